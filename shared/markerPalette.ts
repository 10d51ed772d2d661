import { DEFAULT_DEPTH_RANGE, type DepthRange } from './depth.ts';
import { gaugeOfId, NEEDLES, type NeedleId } from './needles.ts';
import type { InjectionPoint } from './point.ts';
import { chartOf } from './map/viewProjection.ts';

/**
 * How an injection point looks, as pure tables: colour by depth (a five-step sequential palette,
 * viridis, readable by the colour blind and in grey), shape by needle gauge, a multi-injector shot as a
 * footprint holding a cluster of its needle marks, numbered within its chart. The screen
 * (renderer/map/markerStyle.ts) and the printed record (electron/pdf/) both draw from these, so the
 * legend on paper means what the legend on screen means.
 */

/** Shallow (light) to deep (dark). */
export const DEPTH_COLOURS = ['#f6e04b', '#7ccf5f', '#2a9d8f', '#3b5b92', '#4a1f6b'] as const;
/** Text on each colour: dark on the light ones, white on the dark ones. */
export const LABEL_ON = ['#1a2330', '#1a2330', '#ffffff', '#ffffff', '#ffffff'] as const;
export const MARKER_STROKE = '#17202b';
const LABEL_DARK = '#1a2330';

export type MarkerShape = 'square' | 'circle' | 'ring';

/**
 * The skin layers the schools chart by, as the deepest depth (mm) of each colour step: epidermis (IED,
 * under 1 mm), superficial dermis (IDS, papules: to 2 mm), deep dermis (IDP: under 4 mm), hypodermis as
 * mesotherapy usually reaches it (4–6 mm), deep hypodermis (deep point, to 13 mm). `span` is the depth
 * the legend names for the layer, as the schools write it ("1–2 mm"; min 0: "< 1 mm"); `below` decides
 * a depth on the boundary (2 mm is superficial dermis, 4 mm hypodermis). docs/clinical-sources.md,
 * "Techniques and depths".
 */
export const SKIN_LAYERS = [
  { layer: 'epidermis', below: 1, upTo: 0.5, span: { min: 0, max: 1 } },
  { layer: 'superficial-dermis', below: 2.01, upTo: 2, span: { min: 1, max: 2 } },
  { layer: 'deep-dermis', below: 4, upTo: 3.5, span: { min: 2, max: 4 } },
  { layer: 'hypodermis', below: 6.01, upTo: 6, span: { min: 4, max: 6 } },
  { layer: 'deep-hypodermis', below: Infinity, upTo: 13, span: { min: 6, max: 13 } },
] as const;
export type SkinLayerId = (typeof SKIN_LAYERS)[number]['layer'];

/**
 * Whether markers are coloured by skin layer: when the scale in use reaches into the dermis (a range
 * opened below the default 4 mm, the full scale among them), a colour then says a layer, the same in
 * every session. Within 4 mm and deeper, the colours spread over the range in use.
 */
export function colourByLayer(range: DepthRange): boolean {
  return range.min < DEFAULT_DEPTH_RANGE.min;
}

export function depthStep(depthMm: number, range: DepthRange): number {
  if (colourByLayer(range)) {
    const i = SKIN_LAYERS.findIndex((l) => depthMm < l.below);
    return i < 0 ? SKIN_LAYERS.length - 1 : i;
  }
  const span = range.max - range.min;
  const t = span <= 0 ? 0 : (depthMm - range.min) / span;
  return Math.max(0, Math.min(DEPTH_COLOURS.length - 1, Math.round(t * (DEPTH_COLOURS.length - 1))));
}

export function depthColour(depthMm: number, range: DepthRange): string {
  return DEPTH_COLOURS[depthStep(depthMm, range)] as string;
}

/** The colour of a point's number written on its marker. */
export function labelColour(depthMm: number, range: DepthRange, shape: MarkerShape): string {
  return shape === 'ring' ? LABEL_DARK : (LABEL_ON[depthStep(depthMm, range)] as string);
}

/**
 * The depth each colour stands for, for the legend. By skin layer, each layer the range reaches, with
 * the deepest depth it stands for (capped by the range) and the layer's id; the legends word an entry
 * with depthLegendText.ts.
 */
export function depthLegend(range: DepthRange): { colour: string; label: string; depthMm: number; layer?: SkinLayerId }[] {
  if (colourByLayer(range)) {
    return SKIN_LAYERS.map((l, i) => ({ l, i, from: i === 0 ? 0 : (SKIN_LAYERS[i - 1]?.below ?? 0) }))
      .filter(({ l, from }) => range.min < l.below && range.max >= from)
      .map(({ l, i }) => {
        const d = Math.min(l.upTo, range.max);
        return { colour: DEPTH_COLOURS[i] as string, label: `${d.toFixed(1)} mm`, depthMm: d, layer: l.layer };
      });
  }
  const n = DEPTH_COLOURS.length;
  return DEPTH_COLOURS.map((colour, i) => {
    const d = range.min + ((range.max - range.min) * i) / (n - 1);
    // depthMm: for a formatter ("4,5 mm" in French); label: the English form.
    return { colour, label: `${(Math.round(d * 2) / 2).toFixed(1)} mm`, depthMm: Math.round(d * 2) / 2 };
  }).filter((entry, i, all) => i === 0 || entry.label !== all[i - 1]?.label);
}

/** Thicker needle, heavier mark: 27G square, 30G disc, 32G (the finest) ring. */
export function needleShape(needle: NeedleId): MarkerShape {
  // A needle the clinic added carries its gauge in its id ('27G-8mm'), so no catalogue is needed here.
  const gauge = NEEDLES.find((n) => n.id === needle)?.gauge ?? gaugeOfId(needle) ?? 30;
  return gauge <= 27 ? 'square' : gauge >= 32 ? 'ring' : 'circle';
}

/** The hole of a ring marker, relative to its radius: wider when a number is written in it. */
export const RING_HOLE = { labelled: 0.62, dense: 0.42 };
/** A square marker's half side, relative to the radius of a disc marker. */
export const SQUARE_HALF_SIDE = 0.88;

export const GAUGE_LEGEND: { shape: MarkerShape; label: string }[] = [
  { shape: 'square', label: '27G' },
  { shape: 'circle', label: '30G' },
  { shape: 'ring', label: '32G' },
];

/** The footprint radius of a multi-injector relative to a single marker. */
export function footprintRadius(point: Pick<InjectionPoint, 'injector'>, base: number): number {
  if (point.injector.kind !== 'multi') return base;
  const n = point.injector.needleCount;
  return base * (n <= 1 ? 1 : n <= 7 ? 1.45 : 1.9);
}

/** Offsets of a multi-injector's needles within a unit circle: centre, a ring of six, a ring of the rest. */
const clusterCache = new Map<number, [number, number][]>();
export function clusterOffsets(count: number): [number, number][] {
  let cached = clusterCache.get(count);
  if (cached) return cached;
  const out: [number, number][] = [];
  if (count === 1) out.push([0, 0]);
  else if (count <= 7) {
    const ring = count <= 6 ? count : 6;
    if (count === 7) out.push([0, 0]);
    for (let i = 0; i < ring; i += 1) {
      const a = (i / ring) * Math.PI * 2 - Math.PI / 2;
      out.push([Math.cos(a) * 0.62, Math.sin(a) * 0.62]);
    }
  } else {
    out.push([0, 0]);
    const outer = count - 7;
    for (let i = 0; i < 6; i += 1) {
      const a = (i / 6) * Math.PI * 2 - Math.PI / 2;
      out.push([Math.cos(a) * 0.38, Math.sin(a) * 0.38]);
    }
    for (let i = 0; i < outer; i += 1) {
      const a = (i / outer) * Math.PI * 2 - Math.PI / 2 + Math.PI / outer;
      out.push([Math.cos(a) * 0.76, Math.sin(a) * 0.76]);
    }
  }
  clusterCache.set(count, (cached = out));
  return cached;
}

/**
 * Each point's number within its chart (1-based, in charting order): what the label and the record show.
 * A chart is a whole view with the detail views that look closer at it (chartOf), so that a point placed
 * on the knee's detail view keeps its number where the body view shows it.
 */
export function numbersByChart(points: readonly InjectionPoint[]): Map<string, number> {
  const counts = new Map<string, number>();
  const out = new Map<string, number>();
  for (const p of points) {
    const chart = chartOf(p.view);
    const n = (counts.get(chart) ?? 0) + 1;
    counts.set(chart, n);
    out.set(p.id, n);
  }
  return out;
}
