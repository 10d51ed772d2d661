import type { DepthRange } from '../../shared/depth.ts';
import { NEEDLES, type NeedleId } from '../../shared/needles.ts';
import type { InjectionPoint } from '../../shared/point.ts';

/**
 * How a point looks: colour by depth (a five-step sequential palette, viridis, readable by the colour
 * blind and in grey), shape by needle gauge, a number label when there is room, a multi-injector shot
 * drawn as its footprint (a cluster of its needle marks), the selection as a ring. Pure canvas drawing,
 * shared by the points layer, the drag layer and the legend.
 */

/** Shallow (light) to deep (dark). */
export const DEPTH_COLOURS = ['#f6e04b', '#7ccf5f', '#2a9d8f', '#3b5b92', '#4a1f6b'] as const;
/** Text on each colour: dark on the light ones, white on the dark ones. */
const LABEL_ON = ['#1a2330', '#1a2330', '#ffffff', '#ffffff', '#ffffff'] as const;
export const MARKER_STROKE = '#17202b';
export const SELECTION_COLOUR = '#e8590c';

export type MarkerShape = 'square' | 'circle' | 'diamond';

export function depthStep(depthMm: number, range: DepthRange): number {
  const span = range.max - range.min;
  const t = span <= 0 ? 0 : (depthMm - range.min) / span;
  return Math.max(0, Math.min(DEPTH_COLOURS.length - 1, Math.round(t * (DEPTH_COLOURS.length - 1))));
}

export function depthColour(depthMm: number, range: DepthRange): string {
  return DEPTH_COLOURS[depthStep(depthMm, range)] as string;
}

/** The depth each colour stands for, for the legend. */
export function depthLegend(range: DepthRange): { colour: string; label: string }[] {
  const n = DEPTH_COLOURS.length;
  return DEPTH_COLOURS.map((colour, i) => {
    const d = range.min + ((range.max - range.min) * i) / (n - 1);
    return { colour, label: `${(Math.round(d * 2) / 2).toFixed(1)} mm` };
  }).filter((entry, i, all) => i === 0 || entry.label !== all[i - 1]?.label);
}

/** Thicker needle, squarer mark: 27G square, 30G circle, 32G (the finest) diamond. */
export function needleShape(needle: NeedleId): MarkerShape {
  const gauge = NEEDLES.find((n) => n.id === needle)?.gauge ?? 30;
  return gauge <= 27 ? 'square' : gauge >= 32 ? 'diamond' : 'circle';
}

export const GAUGE_LEGEND: { shape: MarkerShape; label: string }[] = [
  { shape: 'square', label: '27G' },
  { shape: 'circle', label: '30G' },
  { shape: 'diamond', label: '32G' },
];

/** Marker sizes on screen, in CSS pixels: labelled when the view is sparse enough, small dots when dense. */
export type MarkerScale = { radius: number; labels: boolean };
export const LABELLED: MarkerScale = { radius: 9, labels: true };
export const DENSE: MarkerScale = { radius: 5, labels: false };
/** Above this many points in sight, numbers are left out and markers shrink. */
export const LABEL_LIMIT = 400;

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

export function shapePath(ctx: CanvasRenderingContext2D | Path2D, shape: MarkerShape, x: number, y: number, r: number): void {
  if (shape === 'circle') {
    ctx.moveTo(x + r, y);
    ctx.arc(x, y, r, 0, Math.PI * 2);
  } else if (shape === 'square') {
    const s = r * 0.88;
    ctx.rect(x - s, y - s, s * 2, s * 2);
  } else {
    const s = r * 1.18;
    ctx.moveTo(x, y - s);
    ctx.lineTo(x + s, y);
    ctx.lineTo(x, y + s);
    ctx.lineTo(x - s, y);
    ctx.closePath();
  }
}

/** A point to draw, already in screen coordinates. */
export type ScreenMarker = { point: InjectionPoint; sx: number; sy: number; number: number };

export type DrawOptions = {
  range: DepthRange;
  scale: MarkerScale;
  selected: ReadonlySet<string>;
  /** Faded (the originals of points being dragged). */
  ghost?: ReadonlySet<string>;
};

/**
 * Draws many markers with few canvas state changes: bodies batched into one path per colour and shape,
 * then footprints' needle marks, then labels, then selection rings.
 */
export function drawMarkers(ctx: CanvasRenderingContext2D, markers: readonly ScreenMarker[], o: DrawOptions): void {
  const r = o.scale.radius;
  const groups = new Map<string, { colour: string; shape: MarkerShape; path: Path2D }>();
  const multis: ScreenMarker[] = [];
  const ghosts: ScreenMarker[] = [];
  for (const m of markers) {
    if (o.ghost?.has(m.point.id)) {
      ghosts.push(m);
      continue;
    }
    if (m.point.injector.kind === 'multi') {
      multis.push(m);
      continue;
    }
    const step = depthStep(m.point.depthMm, o.range);
    const shape = needleShape(m.point.needle);
    const key = `${step}${shape}`;
    let g = groups.get(key);
    if (!g) groups.set(key, (g = { colour: DEPTH_COLOURS[step] as string, shape, path: new Path2D() }));
    shapePath(g.path, shape, m.sx, m.sy, r);
  }

  ctx.lineJoin = 'round';
  // Multi-injector footprints first, so single markers on top stay readable.
  for (const m of multis) {
    if (m.point.injector.kind !== 'multi') continue;
    const colour = depthColour(m.point.depthMm, o.range);
    const fr = footprintRadius(m.point, r);
    ctx.beginPath();
    ctx.arc(m.sx, m.sy, fr, 0, Math.PI * 2);
    ctx.globalAlpha = 0.28;
    ctx.fillStyle = colour;
    ctx.fill();
    ctx.globalAlpha = 1;
    ctx.lineWidth = 1.25;
    ctx.strokeStyle = MARKER_STROKE;
    ctx.setLineDash([3, 2]);
    ctx.stroke();
    ctx.setLineDash([]);
    const dot = Math.max(1.3, Math.min(2.6, fr / 5.5));
    const shape = needleShape(m.point.needle);
    ctx.beginPath();
    for (const [dx, dy] of clusterOffsets(m.point.injector.needleCount)) shapePath(ctx, shape, m.sx + dx * (fr - dot - 1), m.sy + dy * (fr - dot - 1), dot);
    ctx.fillStyle = colour;
    ctx.fill();
    ctx.lineWidth = 0.9;
    ctx.stroke();
  }

  ctx.lineWidth = o.scale.labels ? 1.5 : 1;
  ctx.strokeStyle = MARKER_STROKE;
  for (const g of groups.values()) {
    ctx.fillStyle = g.colour;
    ctx.fill(g.path);
    ctx.stroke(g.path);
  }

  if (ghosts.length > 0) {
    ctx.globalAlpha = 0.35;
    ctx.setLineDash([2, 2]);
    ctx.beginPath();
    for (const m of ghosts) shapePath(ctx, needleShape(m.point.needle), m.sx, m.sy, footprintRadius(m.point, r));
    ctx.stroke();
    ctx.setLineDash([]);
    ctx.globalAlpha = 1;
  }

  if (o.scale.labels) {
    ctx.textAlign = 'center';
    ctx.textBaseline = 'middle';
    for (const m of markers) {
      if (o.ghost?.has(m.point.id)) continue;
      const text = String(m.number);
      if (m.point.injector.kind === 'multi') {
        // Outside the footprint, on a small plate, up and to the right.
        const fr = footprintRadius(m.point, r);
        const size = 11;
        ctx.font = `600 ${size}px system-ui, sans-serif`;
        const w = ctx.measureText(text).width + 6;
        const lx = m.sx + fr * 0.78 + w / 2;
        const ly = m.sy - fr * 0.78;
        ctx.fillStyle = '#ffffff';
        ctx.strokeStyle = MARKER_STROKE;
        ctx.lineWidth = 1;
        ctx.beginPath();
        ctx.rect(lx - w / 2, ly - 7, w, 14);
        ctx.fill();
        ctx.stroke();
        ctx.fillStyle = '#1a2330';
        ctx.fillText(text, lx, ly + 0.5);
        continue;
      }
      const step = depthStep(m.point.depthMm, o.range);
      const size = text.length >= 3 ? 8 : text.length === 2 ? 9.5 : 10.5;
      ctx.font = `650 ${size}px system-ui, sans-serif`;
      ctx.fillStyle = LABEL_ON[step] as string;
      ctx.fillText(text, m.sx, m.sy + 0.5);
    }
  }

  if (o.selected.size > 0) {
    const path = new Path2D();
    for (const m of markers) {
      if (!o.selected.has(m.point.id) || o.ghost?.has(m.point.id)) continue;
      const rr = footprintRadius(m.point, r) + (m.point.injector.kind === 'multi' ? 3 : 4.5);
      path.moveTo(m.sx + rr, m.sy);
      path.arc(m.sx, m.sy, rr, 0, Math.PI * 2);
    }
    ctx.lineWidth = 4.5;
    ctx.strokeStyle = '#ffffff';
    ctx.stroke(path);
    ctx.lineWidth = 2.5;
    ctx.strokeStyle = SELECTION_COLOUR;
    ctx.stroke(path);
  }
}

/** Each point's number within its view (1-based, in charting order): what the label and the record show. */
export function numbersByView(points: readonly InjectionPoint[]): Map<string, number> {
  const counts = new Map<string, number>();
  const out = new Map<string, number>();
  for (const p of points) {
    const n = (counts.get(p.view) ?? 0) + 1;
    counts.set(p.view, n);
    out.set(p.id, n);
  }
  return out;
}
