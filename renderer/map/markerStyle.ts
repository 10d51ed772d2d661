import { NEEDLES, type NeedleId } from '../../shared/needles.ts';
import {
  DEPTH_COLOURS,
  depthStep,
  footprintRadius,
  clusterOffsets,
  labelColour,
  needleShape as paletteNeedleShape,
  RING_HOLE,
  SQUARE_HALF_SIDE,
  type MarkerShape,
} from '../../shared/markerPalette.ts';
import type { DepthRange } from '../../shared/depth.ts';
import type { InjectionPoint } from '../../shared/point.ts';

/**
 * How a point looks on screen. The palette itself (colour by depth, shape by needle gauge: 27G square,
 * 30G disc, 32G ring; multi-injector footprints and their needle clusters; numbering) is
 * shared/markerPalette.ts, the one table the printed record (electron/pdf/) draws from too: it is
 * re-exported here, never restated. What is the screen's own: marker sizes in CSS pixels, the
 * selection ring, leaving numbers out where markers would overlap, and the batched canvas drawing used
 * by the points layer and the drag layer.
 */
export {
  DEPTH_COLOURS,
  LABEL_ON,
  MARKER_STROKE,
  RING_HOLE,
  GAUGE_LEGEND,
  depthStep,
  depthColour,
  depthLegend,
  footprintRadius,
  clusterOffsets,
  numbersByView,
  type MarkerShape,
} from '../../shared/markerPalette.ts';
import { MARKER_STROKE } from '../../shared/markerPalette.ts';

export const SELECTION_COLOUR = '#e8590c';

/** The shared needle → shape rule, looked up once per needle of the catalogue (it is asked per marker). */
const SHAPE_OF = new Map<NeedleId, MarkerShape>(NEEDLES.map((n) => [n.id, paletteNeedleShape(n.id)]));
export function needleShape(needle: NeedleId): MarkerShape {
  return SHAPE_OF.get(needle) ?? paletteNeedleShape(needle);
}
const SHAPE_INDEX: Record<MarkerShape, number> = { square: 0, circle: 1, ring: 2 };

/** Marker sizes on screen, in CSS pixels: labelled when the view is sparse enough, small dots when dense. */
export type MarkerScale = { radius: number; labels: boolean };
/** Big enough for a legible number of up to three digits. */
export const LABELLED: MarkerScale = { radius: 9, labels: true };
export const DENSE: MarkerScale = { radius: 4.5, labels: false };
/** Above this many points in sight, numbers are left out and markers shrink. */
export const LABEL_LIMIT = 400;

export function shapePath(ctx: CanvasRenderingContext2D | Path2D, shape: MarkerShape, x: number, y: number, r: number, hole = RING_HOLE.dense): void {
  if (shape === 'square') {
    const s = r * SQUARE_HALF_SIDE;
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

/**
 * A point to draw, already in screen coordinates. `compact`: drawn small and without its number,
 * because at this zoom a labelled marker would overlap a neighbour (zooming in brings the numbers back).
 */
export type ScreenMarker = { point: InjectionPoint; sx: number; sy: number; number: number; compact?: boolean };

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

/** A batch of single markers drawn with one fill and one stroke: same depth colour, same size class. */
type Batch = { step: number; compact: boolean; path: Path2D };

/**
 * Draws many markers with a handful of canvas operations, whatever their number: every shape goes
 * into a Path2D per colour (and one for all outlines), filled or stroked once. On a software-rendered
 * canvas each fill or stroke has a fixed cost, so 5,000 markers cost about as much as 15 big paths,
 * where one operation per marker would cost thirty times more. Multi-injector footprints first, so
 * single markers stay on top; then numbers; then selection rings. A compact marker (see ScreenMarker)
 * is drawn at the dense size, without number or needle marks.
 */
export function drawMarkers(ctx: CanvasRenderingContext2D, markers: readonly ScreenMarker[], o: DrawOptions): void {
  const labelled = o.scale.labels;
  const discs = new Map<number, Path2D>();
  const discOutline = new Path2D();
  const dots = new Map<number, Path2D>();
  const dotOutline = new Path2D();
  // Keyed by step × 2 + compact: a handful of batches, found without building a string per marker.
  const singles: (Batch | undefined)[] = [];
  const ghosts = new Path2D();
  const ghost = o.ghost && o.ghost.size > 0 ? o.ghost : null;
  let anyFoot = false;
  let anyGhost = false;
  for (const m of markers) {
    const p = m.point;
    const compact = !labelled || m.compact === true;
    const r = compact ? DENSE.radius : o.scale.radius;
    if (ghost?.has(p.id)) {
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
      // Small footprints: needle marks would be sub-pixel specks; the footprint shows a centre mark only.
      const offsets: readonly (readonly [number, number])[] = compact ? CENTRE : clusterOffsets(p.injector.needleCount);
      for (const [dx, dy] of offsets) {
        shapePath(dp, dotShape, m.sx + dx * reach, m.sy + dy * reach, dot);
        shapePath(dotOutline, dotShape, m.sx + dx * reach, m.sy + dy * reach, dot);
      }
      continue;
    }
    const key = (step * 3 + SHAPE_INDEX[shape]) * 2 + (compact ? 1 : 0);
    let g = singles[key];
    if (!g) singles[key] = g = { step, compact, path: new Path2D() };
    shapePath(g.path, shape, m.sx, m.sy, r, compact ? RING_HOLE.dense : RING_HOLE.labelled);
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
  for (const g of singles) {
    if (!g) continue;
    ctx.lineWidth = g.compact ? 1 : 1.5;
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
    const r = o.scale.radius;
    ctx.textAlign = 'center';
    ctx.textBaseline = 'middle';
    for (const m of markers) {
      if (m.compact || ghost?.has(m.point.id)) continue;
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
      const size = text.length >= 3 ? 8.5 : text.length === 2 ? 10 : 11;
      ctx.font = `650 ${size}px system-ui, sans-serif`;
      ctx.fillStyle = labelColour(m.point.depthMm, o.range, needleShape(m.point.needle));
      ctx.fillText(text, m.sx, m.sy + 0.5);
    }
  }

  if (o.selected.size > 0) {
    const rings = new Path2D();
    let any = false;
    for (const m of markers) {
      if (!o.selected.has(m.point.id) || ghost?.has(m.point.id)) continue;
      const r = !labelled || m.compact ? DENSE.radius : o.scale.radius;
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

/**
 * Marks the markers that would overlap a neighbour if drawn labelled at `radius` (their footprints
 * closer than 85% of the sum of their radii) as compact: at the zoom of Fit on a body view, points a
 * couple of centimetres apart are a few pixels apart, and overlapping numbers are unreadable.
 * A spatial hash with cells of the largest footprint's diameter: each marker meets only its neighbours.
 */
export function markCrowded(markers: ScreenMarker[], radius: number): void {
  const maxR = footprintRadius({ injector: { kind: 'multi', needleCount: 18 } }, radius);
  const cell = maxR * 2;
  const grid = new Map<number, ScreenMarker[]>();
  const keyOf = (cx: number, cy: number) => cx * 65536 + cy;
  for (const m of markers) {
    m.compact = false;
    const k = keyOf(Math.floor(m.sx / cell), Math.floor(m.sy / cell));
    const list = grid.get(k);
    if (list) list.push(m);
    else grid.set(k, [m]);
  }
  for (const m of markers) {
    const cx = Math.floor(m.sx / cell);
    const cy = Math.floor(m.sy / cell);
    const rm = footprintRadius(m.point, radius);
    search: for (let dx = -1; dx <= 1; dx += 1) {
      for (let dy = -1; dy <= 1; dy += 1) {
        const list = grid.get(keyOf(cx + dx, cy + dy));
        if (!list) continue;
        for (const n of list) {
          if (n === m) continue;
          const limit = (rm + footprintRadius(n.point, radius)) * 0.85;
          const ddx = n.sx - m.sx;
          const ddy = n.sy - m.sy;
          if (ddx * ddx + ddy * ddy < limit * limit) {
            m.compact = true;
            break search;
          }
        }
      }
    }
  }
}
