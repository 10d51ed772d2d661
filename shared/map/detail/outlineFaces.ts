/**
 * Regions as the faces of a drawn outline cut by shared lines. A detail panel's skin is not a limb hanging
 * straight down, where horizontal bands do (bands.ts): a foot in profile, a thumb, the fingers' tips each
 * want a region of their own shape. A region here walks the outline between two anchors and comes back
 * along cut lines; two neighbours name the same anchors and the same cut points, so they share that edge
 * vertex for vertex and neither overlaps nor leaves a gap.
 */
import { mirrorLine, roundRing, sampleCubics, smoothCubics, type Cubic, type Knot, type Pt } from '../curves.ts';
import type { MapRegion } from '../viewGeometry.ts';

/** Samples per cubic: the maps test flattens the drawn path as finely, so region vertices sit on its line. */
const PER_CUBIC = 24;

/** A closed outline as the cubics the artwork draws and the dense ring regions are cut from. */
export type Outline = { cubics: Cubic[]; ring: Pt[] };

export function outline(knots: readonly Knot[]): Outline {
  const cubics = smoothCubics(knots, true);
  return { cubics, ring: sampleCubics(cubics, PER_CUBIC).slice(0, -1) };
}

/** The index of the ring's sample nearest `p`: where a cut line meets the skin's edge. */
export function nearestIndex(ring: readonly Pt[], p: Pt): number {
  let best = 0;
  let bestDistance = Infinity;
  ring.forEach(([x, y], i) => {
    const d = Math.hypot(x - p[0], y - p[1]);
    if (d < bestDistance) [best, bestDistance] = [i, d];
  });
  return best;
}

/**
 * The outline from the sample nearest `from` to the sample nearest `to`, both included: a region's stretch
 * of skin edge. It goes the shorter way round, or the way that passes nearest `via` (the toes' tips, say,
 * when the way round them is the longer one).
 */
export function along(o: Outline, from: Pt, to: Pt, via?: Pt): Pt[] {
  const n = o.ring.length;
  const i = nearestIndex(o.ring, from);
  const j = nearestIndex(o.ring, to);
  const forward = (j - i + n) % n;
  let step = forward <= n - forward ? 1 : -1;
  if (via) step = (nearestIndex(o.ring, via) - i + n) % n <= forward ? 1 : -1;
  const count = step === 1 ? forward : n - forward;
  const out: Pt[] = [];
  for (let k = 0; k <= count; k += 1) out.push(o.ring[(i + step * k + n) % n] as Pt);
  return out;
}

/** A point of the outline: where a cut line meets the skin's edge. */
export function onOutline(o: Outline, p: Pt): Pt {
  return o.ring[nearestIndex(o.ring, p)] as Pt;
}

export type Side = 'left' | 'right';

/**
 * Both panels' regions from those authored on the image's right panel (stem → ring): each as it is, named
 * for the side `imageRight` says the image's right shows, and its mirror image across `midline` for the other.
 */
export function bothSides(regions: Record<string, Pt[]>, imageRight: Side, midline: number): MapRegion[] {
  const imageLeft: Side = imageRight === 'left' ? 'right' : 'left';
  const out: MapRegion[] = [];
  for (const [stem, ring] of Object.entries(regions)) {
    out.push({ id: `${stem}-${imageRight}`, polygon: roundRing(ring) });
    out.push({ id: `${stem}-${imageLeft}`, polygon: roundRing(mirrorLine(ring, midline).reverse()) });
  }
  return out;
}
