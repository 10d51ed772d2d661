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
import type { PlacedLabel } from '../../shared/map/labelPlacement.ts';
import type { InjectionPoint } from '../../shared/point.ts';
import { contrastRatio } from '../compare/sessionColours.ts';
import { ARTWORK_COLOURS } from './artworkColours.ts';

/**
 * How a point looks on screen. The palette itself (colour by depth, shape by needle gauge: 27G square,
 * 30G disc, 32G ring; multi-injector footprints and their needle clusters; numbering) is
 * shared/markerPalette.ts, the one table the printed record (electron/pdf/) draws from too: it is
 * re-exported here, never restated. What is the screen's own: marker sizes in CSS pixels, the
 * selection ring, the crowded size and the numbers moved aside with a leader where markers would
 * overlap (shared/map/labelPlacement.ts places them), and the batched canvas drawing used by the
 * points layer and the drag layer.
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
  numbersByChart,
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
/**
 * A labelled marker that would overlap a neighbour is drawn smaller, but never below this: its shape
 * (the needle gauge) must still read; its number then goes aside on a plate (labelPlacement.ts).
 */
export const CROWDED_RADIUS = 6;
/**
 * A 32G ring with its number: larger than a disc, with a wider hole, so that a number of up to two
 * digits sits inside the hole without touching the ring (at the disc's size it crossed it).
 */
export const RING_LABELLED = { radius: 11.5, hole: 0.74 };

/** Numbers are never written smaller than this (CSS px): on a marker 11 px for one digit, 10 for two; aside on a plate 11. */
export const NUMBER_MIN_PX = 10;
export const PLATE_FONT_PX = 11;
const DIGIT_EM = 0.62;
const PLATE_PAD = 3;
export const PLATE_HEIGHT = 15;

/** The font size of a number written on its marker. */
export function insideFontPx(digits: number): number {
  return digits <= 1 ? 11 : NUMBER_MIN_PX;
}

/** The width of a number's plate when it is moved aside (CSS px; digits are about as wide as each other). */
export function plateWidth(digits: number): number {
  return Math.ceil(digits * PLATE_FONT_PX * DIGIT_EM + PLATE_PAD * 2);
}

/** The radius a labelled marker is drawn with: its shape's, or the crowded size. */
export function labelledRadius(shape: MarkerShape, compact: boolean): number {
  if (compact) return CROWDED_RADIUS;
  return shape === 'ring' ? RING_LABELLED.radius : LABELLED.radius;
}

/**
 * Whether a number fits on a single marker of this shape at full size without touching its outline:
 * the number's box (digit widths, cap height) inside the disc, the square, or the ring's hole, less
 * the outline's half width. Three digits never do: they go aside.
 */
export function numberFitsOn(shape: MarkerShape, digits: number): boolean {
  if (digits >= 3) return false;
  const size = insideFontPx(digits);
  const halfW = (digits * size * DIGIT_EM) / 2;
  const halfH = (size * 0.72) / 2;
  const stroke = 0.75;
  if (shape === 'square') return halfW <= LABELLED.radius * SQUARE_HALF_SIDE - stroke - 1 && halfH <= LABELLED.radius * SQUARE_HALF_SIDE - stroke - 1;
  const well = shape === 'ring' ? RING_LABELLED.radius * RING_LABELLED.hole - stroke : LABELLED.radius - stroke;
  return Math.hypot(halfW, halfH) <= well - 0.5;
}

/**
 * The multi-injector footprint, drawn so that it reads on the artwork's cream fill and across its
 * grey and dark lines alike: a dark violet rim (a hue of its own, not the outline's slate) on a white
 * casing, over a light violet wash. No one colour contrasts with both the fill and the dark outline,
 * hence the casing; the depth stays with the needle marks inside.
 */
const FOOTPRINT = { rim: '#4f2683', casing: '#ffffff', wash: 'rgba(79, 38, 131, 0.13)' } as const;

/** The contrasts the footprint's colours make with what the artwork draws (WCAG ratios; ≥ 3 for graphics). */
export function footprintContrasts(): { rimOnFill: number; rimOnDetail: number; rimOnBackground: number; casingOnOutline: number; rimOnCasing: number } {
  return {
    rimOnFill: contrastRatio(FOOTPRINT.rim, ARTWORK_COLOURS.fill),
    rimOnDetail: contrastRatio(FOOTPRINT.rim, ARTWORK_COLOURS.detail),
    rimOnBackground: contrastRatio(FOOTPRINT.rim, ARTWORK_COLOURS.background),
    casingOnOutline: contrastRatio(FOOTPRINT.casing, ARTWORK_COLOURS.outline),
    rimOnCasing: contrastRatio(FOOTPRINT.rim, FOOTPRINT.casing),
  };
}

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
 * A point to draw, already in screen coordinates. `compact`: drawn at the crowded size, because at
 * this zoom a labelled marker would overlap a neighbour. `label`: where its number goes (see
 * labelPlacement.ts); null: no free spot, the number is left out; absent: on the marker when it fits
 * there, else on a plate beside it (a dragged marker).
 */
export type ScreenMarker = {
  point: InjectionPoint;
  sx: number;
  sy: number;
  number: number;
  compact?: boolean;
  label?: PlacedLabel | null;
  /** Placed on another view of the same chart (a knee's detail view, seen on the body view): drawn faded, not picked. */
  elsewhere?: boolean;
};

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
 * single markers stay on top; then numbers (drawNumbers); then selection rings. A compact marker (see
 * ScreenMarker) is drawn at the crowded size, without needle marks; its number goes where its label says.
 */
export function drawMarkers(ctx: CanvasRenderingContext2D, markers: readonly ScreenMarker[], o: DrawOptions): void {
  if (markers.some((m) => m.elsewhere)) {
    // Points placed on another view go under this view's own, faded: where they are, not what to edit here.
    ctx.globalAlpha = ELSEWHERE_ALPHA;
    drawMarkerBatch(ctx, markers.filter((m) => m.elsewhere), { ...o, selected: NONE });
    ctx.globalAlpha = 1;
    drawMarkerBatch(ctx, markers.filter((m) => !m.elsewhere), o);
  } else drawMarkerBatch(ctx, markers, o);
}

/** How opaque a point placed on another view is drawn: its number still reads, its colour says it is not this view's. */
const ELSEWHERE_ALPHA = 0.55;
const NONE: ReadonlySet<string> = new Set();

function drawMarkerBatch(ctx: CanvasRenderingContext2D, markers: readonly ScreenMarker[], o: DrawOptions): void {
  const labelled = o.scale.labels;
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
    const shape = needleShape(p.needle);
    const r = labelled ? labelledRadius(shape, m.compact === true) : DENSE.radius;
    if (ghost?.has(p.id)) {
      shapePath(ghosts, shape, m.sx, m.sy, footprintRadius(p, r));
      anyGhost = true;
      continue;
    }
    const step = depthStep(p.depthMm, o.range);
    if (p.injector.kind === 'multi') {
      anyFoot = true;
      const fr = footprintRadius(p, labelled ? labelledRadius('circle', m.compact === true) : DENSE.radius);
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
    shapePath(g.path, shape, m.sx, m.sy, r, compact ? RING_HOLE.dense : RING_LABELLED.hole);
  }

  ctx.lineJoin = 'round';
  ctx.strokeStyle = MARKER_STROKE;
  if (anyFoot) {
    ctx.fillStyle = FOOTPRINT.wash;
    ctx.fill(discOutline);
    // A solid rim on a white casing (a dashed one costs several times more to rasterise).
    ctx.lineWidth = 3.5;
    ctx.strokeStyle = FOOTPRINT.casing;
    ctx.stroke(discOutline);
    ctx.lineWidth = 1.5;
    ctx.strokeStyle = FOOTPRINT.rim;
    ctx.stroke(discOutline);
    ctx.strokeStyle = MARKER_STROKE;
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

  if (labelled) drawNumbers(ctx, markers, o.range, ghost);

  if (o.selected.size > 0) {
    const rings = new Path2D();
    let any = false;
    for (const m of markers) {
      if (!o.selected.has(m.point.id) || ghost?.has(m.point.id)) continue;
      const r = labelled ? labelledRadius(needleShape(m.point.needle), m.compact === true) : DENSE.radius;
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

/** Where a marker's number goes when no placement was made for it (a dragged marker): on it, or just up and right. */
function defaultLabel(m: ScreenMarker, shape: MarkerShape, digits: number): PlacedLabel {
  if (m.point.injector.kind !== 'multi' && !m.compact && numberFitsOn(shape, digits)) return { x: m.sx, y: m.sy, moved: false, leader: null };
  const r = footprintRadius(m.point, labelledRadius(shape, m.compact === true));
  return { x: m.sx + r * 0.78 + plateWidth(digits) / 2, y: m.sy - r * 0.78, moved: true, leader: null };
}

/**
 * The numbers: on their markers, or moved aside on a white plate with a leader line back to the
 * marker (a white casing under it, so it reads across the artwork's lines).
 */
function drawNumbers(ctx: CanvasRenderingContext2D, markers: readonly ScreenMarker[], range: DepthRange, ghost: ReadonlySet<string> | null): void {
  const leaders = new Path2D();
  const plates = new Path2D();
  const aside: { text: string; x: number; y: number }[] = [];
  let anyAside = false;
  ctx.textAlign = 'center';
  ctx.textBaseline = 'middle';
  for (const m of markers) {
    if (m.label === null || ghost?.has(m.point.id)) continue;
    const text = String(m.number);
    const shape = needleShape(m.point.needle);
    const label = m.label ?? defaultLabel(m, shape, text.length);
    if (!label.moved) {
      ctx.font = `650 ${insideFontPx(text.length)}px system-ui, sans-serif`;
      ctx.fillStyle = labelColour(m.point.depthMm, range, shape);
      ctx.fillText(text, m.sx, m.sy + 0.5);
      continue;
    }
    anyAside = true;
    const w = plateWidth(text.length);
    plates.rect(label.x - w / 2, label.y - PLATE_HEIGHT / 2, w, PLATE_HEIGHT);
    if (label.leader) {
      leaders.moveTo(label.leader.x1, label.leader.y1);
      leaders.lineTo(label.leader.x2, label.leader.y2);
    }
    aside.push({ text, x: label.x, y: label.y });
  }
  if (!anyAside) return;
  ctx.lineCap = 'round';
  ctx.lineWidth = 3;
  ctx.strokeStyle = '#ffffff';
  ctx.stroke(leaders);
  ctx.lineWidth = 1.2;
  ctx.strokeStyle = MARKER_STROKE;
  ctx.stroke(leaders);
  ctx.fillStyle = '#ffffff';
  ctx.fill(plates);
  ctx.lineWidth = 1;
  ctx.stroke(plates);
  ctx.font = `600 ${PLATE_FONT_PX}px system-ui, sans-serif`;
  ctx.fillStyle = '#1a2330';
  for (const a of aside) ctx.fillText(a.text, a.x, a.y + 0.5);
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
