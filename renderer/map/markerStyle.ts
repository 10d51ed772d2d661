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

export type MarkerShape = 'square' | 'circle' | 'ring';

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

/**
 * Thicker needle, heavier mark: 27G square, 30G disc, 32G (the finest) ring. Only rectangles and
 * circles: a canvas rasterises them far faster than general polygons, which matters at 5,000 points.
 */
export function needleShape(needle: NeedleId): MarkerShape {
  const gauge = NEEDLES.find((n) => n.id === needle)?.gauge ?? 30;
  return gauge <= 27 ? 'square' : gauge >= 32 ? 'ring' : 'circle';
}

/** The hole of a ring marker, relative to its radius: wider when a number is written in it. */
export const RING_HOLE = { labelled: 0.62, dense: 0.42 };

export const GAUGE_LEGEND: { shape: MarkerShape; label: string }[] = [
  { shape: 'square', label: '27G' },
  { shape: 'circle', label: '30G' },
  { shape: 'ring', label: '32G' },
];

/** Marker sizes on screen, in CSS pixels: labelled when the view is sparse enough, small dots when dense. */
export type MarkerScale = { radius: number; labels: boolean };
export const LABELLED: MarkerScale = { radius: 8, labels: true };
export const DENSE: MarkerScale = { radius: 4.5, labels: false };
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

export function shapePath(ctx: CanvasRenderingContext2D | Path2D, shape: MarkerShape, x: number, y: number, r: number, hole = RING_HOLE.dense): void {
  if (shape === 'square') {
    const s = r * 0.88;
    ctx.rect(x - s, y - s, s * 2, s * 2);
    return;
  }
  ctx.moveTo(x + r, y);
  ctx.arc(x, y, r, 0, Math.PI * 2);
  if (shape === 'ring' && hole > 0) {
    // Drawn the other way round: a hole under the nonzero rule.
    ctx.moveTo(x + r * hole, y);
    ctx.arc(x, y, r * hole, 0, Math.PI * 2, true);
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

const CENTRE = [[0, 0]] as const;

function pathFor<K>(map: Map<K, Path2D>, key: K): Path2D {
  let p = map.get(key);
  if (!p) map.set(key, (p = new Path2D()));
  return p;
}

/**
 * Draws many markers with a handful of canvas operations, whatever their number: every shape goes
 * into a Path2D per colour (and one for all outlines), filled or stroked once. On a software-rendered
 * canvas each fill or stroke has a fixed cost, so 5,000 markers cost about as much as 15 big paths,
 * where one operation per marker would cost thirty times more. Multi-injector footprints first, so
 * single markers stay on top; then numbers; then selection rings.
 */
export function drawMarkers(ctx: CanvasRenderingContext2D, markers: readonly ScreenMarker[], o: DrawOptions): void {
  const r = o.scale.radius;
  const labelled = o.scale.labels;
  const discs = new Map<number, Path2D>();
  const discOutline = new Path2D();
  const dots = new Map<number, Path2D>();
  const dotOutline = new Path2D();
  const singles = new Map<string, { step: number; path: Path2D }>();
  const ghosts = new Path2D();
  let anyFoot = false;
  let anyGhost = false;
  for (const m of markers) {
    const p = m.point;
    if (o.ghost?.has(p.id)) {
      shapePath(ghosts, needleShape(p.needle), m.sx, m.sy, footprintRadius(p, r));
      anyGhost = true;
      continue;
    }
    const step = depthStep(p.depthMm, o.range);
    const shape = needleShape(p.needle);
    if (p.injector.kind === 'multi') {
      anyFoot = true;
      const fr = footprintRadius(p, r);
      const disc = pathFor(discs, step);
      disc.moveTo(m.sx + fr, m.sy);
      disc.arc(m.sx, m.sy, fr, 0, Math.PI * 2);
      discOutline.moveTo(m.sx + fr, m.sy);
      discOutline.arc(m.sx, m.sy, fr, 0, Math.PI * 2);
      const dot = Math.max(1.3, Math.min(2.6, fr / 5.5));
      const dp = pathFor(dots, step);
      const reach = fr - dot - 1;
      const dotShape = shape === 'ring' ? 'circle' : shape;
      // Dense views: needle marks would be sub-pixel specks; the footprint shows a centre mark only.
      const offsets: readonly (readonly [number, number])[] = labelled ? clusterOffsets(p.injector.needleCount) : CENTRE;
      for (const [dx, dy] of offsets) {
        shapePath(dp, dotShape, m.sx + dx * reach, m.sy + dy * reach, dot);
        shapePath(dotOutline, dotShape, m.sx + dx * reach, m.sy + dy * reach, dot);
      }
      continue;
    }
    const key = `${step}${shape}`;
    let g = singles.get(key);
    if (!g) singles.set(key, (g = { step, path: new Path2D() }));
    const hole = labelled ? RING_HOLE.labelled : RING_HOLE.dense;
    shapePath(g.path, shape, m.sx, m.sy, r, hole);
  }

  ctx.lineJoin = 'round';
  ctx.strokeStyle = MARKER_STROKE;
  if (anyFoot) {
    ctx.globalAlpha = 0.28;
    for (const [step, path] of discs) {
      ctx.fillStyle = DEPTH_COLOURS[step] as string;
      ctx.fill(path);
    }
    ctx.globalAlpha = 1;
    // A thin solid rim (a dashed one costs several times more to rasterise).
    ctx.lineWidth = 1;
    ctx.globalAlpha = 0.7;
    ctx.stroke(discOutline);
    ctx.globalAlpha = 1;
    for (const [step, path] of dots) {
      ctx.fillStyle = DEPTH_COLOURS[step] as string;
      ctx.fill(path);
    }
    ctx.lineWidth = 0.9;
    ctx.stroke(dotOutline);
  }
  ctx.lineWidth = labelled ? 1.5 : 1;
  for (const g of singles.values()) {
    ctx.fillStyle = DEPTH_COLOURS[g.step] as string;
    ctx.fill(g.path);
    ctx.stroke(g.path);
  }

  if (anyGhost) {
    ctx.globalAlpha = 0.45;
    ctx.setLineDash([2, 2]);
    ctx.lineWidth = 1;
    ctx.stroke(ghosts);
    ctx.setLineDash([]);
    ctx.globalAlpha = 1;
  }

  if (labelled) {
    ctx.textAlign = 'center';
    ctx.textBaseline = 'middle';
    for (const m of markers) {
      if (o.ghost?.has(m.point.id)) continue;
      const text = String(m.number);
      if (m.point.injector.kind === 'multi') {
        // Outside the footprint, on a small plate, up and to the right.
        const fr = footprintRadius(m.point, r);
        ctx.font = '600 11px system-ui, sans-serif';
        const w = ctx.measureText(text).width + 6;
        const lx = m.sx + fr * 0.78 + w / 2;
        const ly = m.sy - fr * 0.78;
        ctx.fillStyle = '#ffffff';
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
      const size = text.length >= 3 ? 7.5 : text.length === 2 ? 9 : 10;
      ctx.font = `650 ${size}px system-ui, sans-serif`;
      ctx.fillStyle = needleShape(m.point.needle) === 'ring' ? '#1a2330' : (LABEL_ON[step] as string);
      ctx.fillText(text, m.sx, m.sy + 0.5);
    }
  }

  if (o.selected.size > 0) {
    const rings = new Path2D();
    let any = false;
    for (const m of markers) {
      if (!o.selected.has(m.point.id) || o.ghost?.has(m.point.id)) continue;
      const rr = footprintRadius(m.point, r) + (m.point.injector.kind === 'multi' ? 3 : 4.5);
      rings.moveTo(m.sx + rr, m.sy);
      rings.arc(m.sx, m.sy, rr, 0, Math.PI * 2);
      any = true;
    }
    if (any) {
      ctx.lineWidth = 4.5;
      ctx.strokeStyle = '#ffffff';
      ctx.stroke(rings);
      ctx.lineWidth = 2.5;
      ctx.strokeStyle = SELECTION_COLOUR;
      ctx.stroke(rings);
    }
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
