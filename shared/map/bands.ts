/**
 * Cutting region polygons out of a silhouette. A region is a band of the body between two heights,
 * within one limb or the trunk, between two side bounds (the silhouette's own edge, a fraction of the
 * limb's width, or a guide line). Because every band is measured on the same polyline that the outline
 * is drawn from, regions sit inside the drawn silhouette, and neighbours that name the same bound share
 * that edge exactly instead of overlapping.
 */
import { mirrorLine, roundRing, type Pt } from './curves.ts';
import type { MapRegion } from './viewGeometry.ts';

/** Where a band's side lies at a given height. */
type Bound =
  | { edge: true } // the silhouette itself
  | { frac: number } // a fraction of the limb's width at that height, from its image-left edge
  | { line: Pt[] }; // x along a polyline through (x, y) points, held constant beyond its ends

export type BandSpec = {
  /** Stem of the id; paired bands get '-left' / '-right' (the patient's side). Names: `clinical:region.<view>.<id>`. */
  id: string;
  /** Top and bottom heights. */
  y: [number, number];
  /** A line running down the middle of the limb or trunk meant, to pick it among the spans at a height. */
  guide: Pt[];
  from?: Bound;
  to?: Bound;
};

/** Piecewise-linear x at height y along points given top to bottom. */
function xOnLine(line: readonly Pt[], y: number): number {
  const first = line[0];
  const last = line[line.length - 1];
  if (!first || !last) throw new Error('empty line');
  if (y <= first[1]) return first[0];
  for (let i = 1; i < line.length; i += 1) {
    const a = line[i - 1];
    const b = line[i];
    if (a && b && y <= b[1]) return b[1] === a[1] ? b[0] : a[0] + ((b[0] - a[0]) * (y - a[1])) / (b[1] - a[1]);
  }
  return last[0];
}

/** The inside intervals of a closed polygon along the horizontal line at height y, left to right. */
function spansAt(ring: readonly Pt[], y: number): [number, number][] {
  const xs: number[] = [];
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i, i += 1) {
    const a = ring[i];
    const b = ring[j];
    if (!a || !b) continue;
    if (a[1] > y !== b[1] > y) xs.push(a[0] + ((y - a[1]) * (b[0] - a[0])) / (b[1] - a[1]));
  }
  xs.sort((p, q) => p - q);
  const spans: [number, number][] = [];
  for (let i = 0; i + 1 < xs.length; i += 2) spans.push([xs[i] as number, xs[i + 1] as number]);
  return spans;
}

const STEP = 4;

/** One band as a polygon (left side down, right side up), or null when it is empty. */
export function bandPolygon(silhouette: readonly Pt[], spec: BandSpec): Pt[] | null {
  const [y0, y1] = spec.y;
  const left: Pt[] = [];
  const right: Pt[] = [];
  // Heights on one grid for every band, so that side-by-side bands bounded by the same line share
  // the very same vertices along it.
  const heights = new Set<number>([y0, y1]);
  for (let y = Math.ceil(y0 / STEP) * STEP; y < y1; y += STEP) if (y > y0) heights.add(y);
  // Sample at the bend of every bounding line too, so that two neighbours bounded by the same line
  // follow it vertex for vertex rather than cutting its corners differently (which would overlap).
  for (const b of [spec.from, spec.to]) {
    if (b && 'line' in b) for (const [, ly] of b.line) if (ly > y0 && ly < y1) heights.add(ly);
  }
  for (const y of [...heights].sort((p, q) => p - q)) {
    const gx = xOnLine(spec.guide, y);
    const spans = spansAt(silhouette, y);
    // The span the guide runs through; failing that (the guide grazes a gap), the nearest one.
    let best: [number, number] | undefined;
    let bestDistance = Infinity;
    for (const span of spans) {
      const d = gx < span[0] ? span[0] - gx : gx > span[1] ? gx - span[1] : 0;
      if (d < bestDistance) [best, bestDistance] = [span, d];
    }
    if (!best || bestDistance > 40) continue;
    const [s0, s1] = best;
    const resolve = (b: Bound | undefined, fallback: number): number => {
      if (!b || 'edge' in b) return fallback;
      if ('frac' in b) return s0 + (s1 - s0) * b.frac;
      return Math.min(s1, Math.max(s0, xOnLine(b.line, y)));
    };
    const l = resolve(spec.from, s0);
    const r = resolve(spec.to, s1);
    if (r - l < 0.5) continue;
    left.push([l, y]);
    right.push([r, y]);
  }
  if (left.length < 2) return null;
  return [...left, ...right.reverse()];
}

/** The sides of a band that straddles the midline: a line on the image's right half and its mirror image. */
export function acrossMidline(line: Pt[], cx: number): Pick<BandSpec, 'from' | 'to'> {
  return { from: { line: mirrorLine(line, cx) }, to: { line } };
}

export type Side = 'left' | 'right';

/**
 * Regions from band specs drawn on the image's right half, each mirrored to the left half as well
 * (pass `mid` for those that straddle the midline). `imageRight` says whose side the image's right is:
 * the patient's left on a view seen from the front, the patient's right on a view seen from behind.
 */
export function bandRegions(
  silhouette: readonly Pt[],
  cx: number,
  imageRight: Side,
  specs: { mid?: BandSpec[]; paired?: BandSpec[] },
): MapRegion[] {
  const out: MapRegion[] = [];
  const polygon = (spec: BandSpec): Pt[] => {
    const p = bandPolygon(silhouette, spec);
    if (!p) throw new Error(`region ${spec.id} is empty`);
    return p;
  };
  for (const spec of specs.mid ?? []) out.push({ id: spec.id, polygon: roundRing(polygon(spec)) });
  for (const spec of specs.paired ?? []) {
    const ring = polygon(spec);
    const mirrored = mirrorLine(ring, cx).reverse();
    const imageLeft: Side = imageRight === 'left' ? 'right' : 'left';
    out.push(sided(spec, imageRight, ring), sided(spec, imageLeft, mirrored));
  }
  return out;
}

function sided(spec: { id: string }, side: Side, ring: Pt[]): MapRegion {
  return { id: `${spec.id}-${side}`, polygon: roundRing(ring) };
}
