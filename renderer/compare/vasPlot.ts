import { daysBetween } from '../../shared/courseSchedule.ts';

/**
 * The pain score (VAS 0–10) before and after each session of a course, laid out for an SVG chart:
 * x by date (days from the first session), y from 10 at the top to 0 at the bottom, lines broken where
 * a score is missing. Pure, so the scaling is tested without a DOM.
 */
export type VasEntry = { id: string; label: string; date: string; before: number | null; after: number | null };

export type VasPlotBox = { width: number; height: number; top: number; right: number; bottom: number; left: number };

export type VasPlotPoint = { id: string; label: string; date: string; x: number; yBefore: number | null; yAfter: number | null; before: number | null; after: number | null };

export type VasPlot = {
  points: VasPlotPoint[];
  /** SVG path data (M/L), one per series; empty when the series has no value. */
  beforePath: string;
  afterPath: string;
  yTicks: { value: number; y: number }[];
  /** Dates labelled under the axis: every entry when few, thinned when many (first and last kept). */
  xTicks: { label: string; date: string; x: number }[];
  plot: { x0: number; x1: number; y0: number; y1: number };
  hasData: boolean;
};

const VAS_MAX = 10;

export function vasY(value: number, box: VasPlotBox): number {
  const y0 = box.top;
  const y1 = box.height - box.bottom;
  const v = Math.max(0, Math.min(VAS_MAX, value));
  return y1 - (v / VAS_MAX) * (y1 - y0);
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

/** Entries in date order; x spreads them by date, or evenly when they all share one day. */
export function layoutVasPlot(entries: readonly VasEntry[], box: VasPlotBox, maxTicks = 8): VasPlot {
  const sorted = [...entries].sort((a, b) => a.date.localeCompare(b.date));
  const x0 = box.left;
  const x1 = box.width - box.right;
  const first = sorted[0]?.date;
  const last = sorted[sorted.length - 1]?.date;
  const span = first && last ? daysBetween(first, last) : 0;
  const xOf = (e: VasEntry, i: number): number => {
    if (sorted.length === 1) return (x0 + x1) / 2;
    if (span <= 0 || !first) return x0 + ((x1 - x0) * i) / (sorted.length - 1);
    return x0 + ((x1 - x0) * daysBetween(first, e.date)) / span;
  };
  const points = sorted.map((e, i): VasPlotPoint => ({
    id: e.id,
    label: e.label,
    date: e.date,
    x: xOf(e, i),
    before: e.before,
    after: e.after,
    yBefore: e.before === null ? null : vasY(e.before, box),
    yAfter: e.after === null ? null : vasY(e.after, box),
  }));
  const step = Math.max(1, Math.ceil(points.length / Math.max(1, maxTicks)));
  const xTicks = points
    .filter((_, i) => i % step === 0 || i === points.length - 1)
    .filter((p, i, all) => i === all.length - 1 || all.length < 2 || (all[all.length - 1] as VasPlotPoint).x - p.x >= 24 || i === 0)
    .map((p) => ({ label: p.label, date: p.date, x: p.x }));
  return {
    points,
    beforePath: pathOf(points.map((p) => ({ x: p.x, y: p.yBefore }))),
    afterPath: pathOf(points.map((p) => ({ x: p.x, y: p.yAfter }))),
    yTicks: [0, 2, 4, 6, 8, 10].map((value) => ({ value, y: vasY(value, box) })),
    xTicks,
    plot: { x0, x1, y0: box.top, y1: box.height - box.bottom },
    hasData: points.some((p) => p.before !== null || p.after !== null),
  };
}
