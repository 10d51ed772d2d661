import { daysBetween } from './courseSchedule.ts';
import { stageLabel, type OutcomeScale } from './outcomeMeasures.ts';

/**
 * The layout of numeric series over the sessions of a course (the VAS before and after, a cellulite
 * grade, girths at several sites...): x by date (days from the first session), y along the measure's
 * axis, lines broken where a session has no value. One layout for the screen's SVG chart
 * (renderer/compare/SeriesChart.tsx) and the printed record's vectors (electron/pdf/seriesPlot.ts), as
 * markerPalette.ts is one palette for both. Pure, so the scaling is tested without a DOM or a PDF.
 */

export type PlotBox = { width: number; height: number; top: number; right: number; bottom: number; left: number };

/** A session of the plot: its id, its tag ("S3") and its date. */
export type PlotSession = { id: string; label: string; date: string };

/** One line: a value per session, in the order the sessions were given; null where none was recorded. */
type PlotSeries = { key: string; values: readonly (number | null)[] };

/** The y axis: its range and ticks; a tick's label is given for stages ("IIa"), else the value is formatted by the medium. */
export type PlotAxis = { min: number; max: number; ticks: { value: number; label?: string }[] };

type PlotColumn = PlotSession & { x: number };
type PlotMark = { x: number; y: number; value: number; session: PlotSession };
type LaidSeries = { key: string; path: string; marks: PlotMark[]; values: (number | null)[] };

type SeriesPlot = {
  /** The sessions in date order, with their x. */
  columns: PlotColumn[];
  /** Each series with its values in date order, its SVG path data (M/L; empty without values) and its marks. */
  series: LaidSeries[];
  yTicks: { value: number; label?: string; y: number }[];
  /** Dates labelled under the axis: every session when few, thinned when many (first and last kept). */
  xTicks: { label: string; date: string; x: number }[];
  plot: { x0: number; x1: number; y0: number; y1: number };
  hasData: boolean;
};

/** y of a value on the axis, clamped to it. */
export function plotY(value: number, axis: Pick<PlotAxis, 'min' | 'max'>, box: PlotBox): number {
  const y0 = box.top;
  const y1 = box.height - box.bottom;
  const span = axis.max - axis.min || 1;
  const v = Math.max(axis.min, Math.min(axis.max, value));
  return y1 - ((v - axis.min) / span) * (y1 - y0);
}

function pathOf(points: readonly { x: number; y: number | null }[]): string {
  let d = '';
  let pen = false;
  for (const p of points) {
    if (p.y === null) {
      pen = false;
      continue;
    }
    d += `${d ? ' ' : ''}${pen ? 'L' : 'M'}${p.x.toFixed(1)} ${p.y.toFixed(1)}`;
    pen = true;
  }
  return d;
}

/** Sessions in date order (a stable sort: sessions of one day keep their order); x spreads them by date, or evenly when they share one day. */
export function layoutSeriesPlot(sessions: readonly PlotSession[], series: readonly PlotSeries[], axis: PlotAxis, box: PlotBox, maxTicks = 8): SeriesPlot {
  const order = sessions.map((_, i) => i).sort((a, b) => (sessions[a] as PlotSession).date.localeCompare((sessions[b] as PlotSession).date));
  const sorted = order.map((i) => sessions[i] as PlotSession);
  const x0 = box.left;
  const x1 = box.width - box.right;
  const first = sorted[0]?.date;
  const last = sorted[sorted.length - 1]?.date;
  const span = first && last ? daysBetween(first, last) : 0;
  const xOf = (s: PlotSession, i: number): number => {
    if (sorted.length === 1) return (x0 + x1) / 2;
    if (span <= 0 || !first) return x0 + ((x1 - x0) * i) / (sorted.length - 1);
    return x0 + ((x1 - x0) * daysBetween(first, s.date)) / span;
  };
  const columns = sorted.map((s, i): PlotColumn => ({ ...s, x: xOf(s, i) }));
  const laid = series.map((s): LaidSeries => {
    const values = order.map((i) => s.values[i] ?? null);
    const ys = values.map((v) => (v === null ? null : plotY(v, axis, box)));
    const marks = columns.flatMap((c, i): PlotMark[] => {
      const value = values[i];
      const y = ys[i];
      return value === null || value === undefined || y === null || y === undefined ? [] : [{ x: c.x, y, value, session: sorted[i] as PlotSession }];
    });
    return { key: s.key, values, path: pathOf(columns.map((c, i) => ({ x: c.x, y: ys[i] ?? null }))), marks };
  });
  const step = Math.max(1, Math.ceil(columns.length / Math.max(1, maxTicks)));
  const xTicks = columns
    .filter((_, i) => i % step === 0 || i === columns.length - 1)
    .filter((p, i, all) => i === all.length - 1 || all.length < 2 || (all[all.length - 1] as PlotColumn).x - p.x >= 24 || i === 0)
    .map((p) => ({ label: p.label, date: p.date, x: p.x }));
  return {
    columns,
    series: laid,
    yTicks: axis.ticks.map((tick) => ({ ...tick, y: plotY(tick.value, axis, box) })),
    xTicks,
    plot: { x0, x1, y0: box.top, y1: box.height - box.bottom },
    hasData: laid.some((s) => s.marks.length > 0),
  };
}

// ---------- axes ----------

/** The VAS's axis, and any score's: 0–10 in steps of 2. */
export const VAS_AXIS: PlotAxis = { min: 0, max: 10, ticks: [0, 2, 4, 6, 8, 10].map((value) => ({ value })) };

/** A step of 1, 2, 2.5 or 5 × 10ⁿ giving at most about `count` intervals over `span`. */
export function niceStep(span: number, count = 5): number {
  if (!(span > 0)) return 1;
  const raw = span / count;
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 2.5, 5, 10].map((m) => m * magnitude).find((s) => s >= raw) ?? 10 * magnitude;
  return step;
}

function ticksBetween(min: number, max: number, step: number): { value: number }[] {
  const ticks: { value: number }[] = [];
  for (let v = min; v <= max + step / 1000; v += step) ticks.push({ value: Math.round(v * 1000) / 1000 });
  return ticks;
}

/**
 * The axis of a measure's scale: stages one tick each, labelled ("0", "I"... "III vertex"); a score or
 * the severity scale's total over its whole range; an amount (cm, hairs per cm²) around the values
 * recorded, on round numbers, since a girth of 58 cm plotted from 0 would show no change at all.
 */
export function scaleAxis(scale: OutcomeScale, values: readonly number[]): PlotAxis {
  switch (scale.kind) {
    case 'stages':
      return { min: 0, max: scale.stages.length - 1, ticks: scale.stages.map((stage, value) => ({ value, label: stageLabel(stage) })) };
    case 'score':
      return scale.min === 0 && scale.max === 10 ? VAS_AXIS : { min: scale.min, max: scale.max, ticks: ticksBetween(scale.min, scale.max, niceStep(scale.max - scale.min)) };
    case 'items':
      return { min: 0, max: scale.totalMax, ticks: ticksBetween(0, scale.totalMax, 3) };
    case 'amount': {
      const lo = values.length ? Math.min(...values) : scale.min;
      const hi = values.length ? Math.max(...values) : scale.max;
      const pad = Math.max((hi - lo) * 0.15, hi * 0.02, 1);
      const step = niceStep(hi - lo + 2 * pad, 4);
      const min = Math.max(scale.min === 1 ? 0 : scale.min, Math.floor((lo - pad) / step) * step);
      const max = Math.ceil((hi + pad) / step) * step;
      return { min, max, ticks: ticksBetween(min, max, step) };
    }
  }
}
