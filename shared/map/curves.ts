/**
 * The curves the maps are authored with. A map's lines are given as knots (points the line passes
 * through); these turn knots into smooth cubic Béziers, and into dense polylines from which the region
 * polygons are cut, so that regions follow the very curve the artwork draws (assets/maps/ turns the
 * same cubics into path data).
 *
 * Pure functions: the same module serves region lookup, the screen, the PDF worker and the unit tests.
 */

export type Pt = [number, number];
/** A point the curve passes through; 'corner' breaks the tangent there (armpit, crotch, finger webs). */
export type Knot = Pt | [number, number, 'corner'];
export type Cubic = [Pt, Pt, Pt, Pt];

/** How far along each chord the Bézier handles reach: about a third gives round, overshoot-free curves. */
const HANDLE = 0.36;

const sub = (a: Pt, b: Pt): Pt => [a[0] - b[0], a[1] - b[1]];
const len = (a: Pt): number => Math.hypot(a[0], a[1]);

function at<T>(items: readonly T[], i: number): T {
  const item = items[((i % items.length) + items.length) % items.length];
  if (item === undefined) throw new Error('empty knot list');
  return item;
}

const isCorner = (k: Knot): boolean => k.length === 3;
const pt = (k: Knot): Pt => [k[0], k[1]];

/**
 * Smooth curve through the knots, one cubic per chord. Each handle points along the neighbours' chord
 * (p[i+1] − p[i−1]) and is scaled by its own chord length, so unevenly spaced knots neither loop nor bulge.
 */
export function smoothCubics(knots: readonly Knot[], closed: boolean): Cubic[] {
  const n = knots.length;
  const tangent = (i: number): Pt | null => {
    const k = at(knots, i);
    const open = !closed && (i === 0 || i === n - 1);
    if (isCorner(k) || open) return null;
    const d = sub(pt(at(knots, i + 1)), pt(at(knots, i - 1)));
    const l = len(d);
    return l === 0 ? null : [d[0] / l, d[1] / l];
  };
  const cubics: Cubic[] = [];
  const last = closed ? n : n - 1;
  for (let i = 0; i < last; i += 1) {
    const p0 = pt(at(knots, i));
    const p3 = pt(at(knots, i + 1));
    const chord = len(sub(p3, p0));
    const t0 = tangent(i);
    const t3 = tangent(i + 1);
    // A corner or an open end aims its handle at the neighbouring knot: a clean bend, no kink in the chord.
    const c1: Pt = t0 ? [p0[0] + t0[0] * chord * HANDLE, p0[1] + t0[1] * chord * HANDLE] : lerp(p0, p3, HANDLE);
    const c2: Pt = t3 ? [p3[0] - t3[0] * chord * HANDLE, p3[1] - t3[1] * chord * HANDLE] : lerp(p3, p0, HANDLE);
    cubics.push([p0, c1, c2, p3]);
  }
  return cubics;
}

function lerp(a: Pt, b: Pt, t: number): Pt {
  return [a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t];
}

function bezierPoint([p0, p1, p2, p3]: Cubic, t: number): Pt {
  const u = 1 - t;
  const a = u * u * u;
  const b = 3 * u * u * t;
  const c = 3 * u * t * t;
  const d = t * t * t;
  return [a * p0[0] + b * p1[0] + c * p2[0] + d * p3[0], a * p0[1] + b * p1[1] + c * p2[1] + d * p3[1]];
}

/** The drawn curve as a dense polyline (the last point of a closed curve is not repeated). */
export function sampleCubics(cubics: readonly Cubic[], perCubic = 24): Pt[] {
  const out: Pt[] = [];
  for (const c of cubics) {
    for (let s = 0; s < perCubic; s += 1) out.push(bezierPoint(c, s / perCubic));
  }
  const end = cubics[cubics.length - 1];
  if (end) out.push(end[3]);
  return out;
}

/** Mirror a line's points across the vertical line x = cx. */
export function mirrorLine(line: readonly Pt[], cx: number): Pt[] {
  return line.map(([x, y]): Pt => [2 * cx - x, y]);
}

/** Mirror knots across the vertical line x = cx, keeping their corner marks. */
export function mirrorKnots(knots: readonly Knot[], cx: number): Knot[] {
  return knots.map((k): Knot => (isCorner(k) ? [2 * cx - k[0], k[1], 'corner'] : [2 * cx - k[0], k[1]]));
}

/**
 * A bilaterally symmetric closed contour from its right half, given top to bottom from the midline
 * knot to the midline knot: the left half is the mirror image, walked back up.
 */
export function symmetricContour(rightHalf: readonly Knot[], cx: number): Knot[] {
  const inner = rightHalf.slice(1, -1);
  return [...rightHalf, ...mirrorKnots(inner, cx).reverse()];
}

/** Round a polygon's vertices to one decimal, as stored. */
export function roundRing(ring: readonly Pt[]): [number, number][] {
  return ring.map(([x, y]) => [Math.round(x * 10) / 10, Math.round(y * 10) / 10]);
}

/**
 * A bilaterally symmetric open line (a hairline, a lip) from its right half, given from the midline
 * outwards: the result runs from the left end through the midline to the right end.
 */
export function symmetricLine(rightHalf: readonly Knot[], cx: number): Knot[] {
  return [...mirrorKnots(rightHalf.slice(1), cx).reverse(), ...rightHalf];
}
