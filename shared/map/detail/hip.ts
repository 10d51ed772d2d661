/**
 * The hip seen from the side (1300 × 980, over body-front): two mirrored panels, each the hip and upper
 * thigh in profile from above the iliac crest to mid-thigh, the front of the body towards the view's
 * middle. As on the front view, the patient's RIGHT hip is on the image's LEFT.
 *
 * The panel on the image's left is authored, in centimetres from the greater trochanter (u forwards, v
 * downwards) at 24 units a centimetre, and mirrored. Surface anatomy: the top of the iliac crest about
 * 11.5 cm above the trochanter, the anterior superior iliac spine (ASIS) 5–6 cm above it and 7 cm in
 * front; the gluteus medius fans from the crest down to the trochanter, the tensor fasciae latae runs from
 * the ASIS to the iliotibial band, which goes down the side of the thigh from the trochanter; the gluteus
 * maximus's front border runs from the back of the crest to the band below the trochanter, and the
 * trochanteric bursa lies behind the trochanter's lateral face, under it.
 *
 * Regions are the faces of the outline cut by landmark lines: each cut line is shared by the regions on
 * either side of it, vertex for vertex, so that neighbours neither overlap nor leave a gap.
 */
import { mirrorLine, roundRing, sampleCubics, smoothCubics, type Knot, type Pt } from '../curves.ts';
import type { DetailPanel, MapRegion, MapViewGeometry, ViewBox } from '../viewGeometry.ts';
import { nearestIndex } from './outlineFaces.ts';

const HIP_WIDTH = 1300;
const HIP_HEIGHT = 980;
export const HIP_MIDLINE = 650;
/** Units a centimetre, and where the greater trochanter of the authored (right) hip lies. */
const CM = 24;
const TROCHANTER: Pt = [360, 454];

/** A point given in centimetres from the trochanter (u forwards, v downwards) in view coordinates. */
export const hipPt = (u: number, v: number): Pt => [TROCHANTER[0] + u * CM, TROCHANTER[1] + v * CM];

/** Knots given in centimetres, corners kept. */
export const hipKnots = (knots: readonly (readonly [number, number] | readonly [number, number, 'corner'])[]): Knot[] =>
  knots.map((k): Knot => {
    const [x, y] = hipPt(k[0], k[1]);
    return k.length === 3 ? [x, y, 'corner'] : [x, y];
  });

const TOP = -16;
const BOTTOM = 20;

/** The right hip in profile, clockwise: across the crop above the crest, down the front, back up behind. */
export const HIP_OUTLINE: Knot[] = hipKnots([
  [-9, TOP, 'corner'],
  [9.6, TOP, 'corner'],
  [9.9, -11], // lower abdomen
  [9.6, -6.5], // in front of the ASIS
  [9.1, -2.5], // the groin
  [9.7, 2.5],
  [10.2, 8], // the quadriceps
  [10, 14],
  [9.4, BOTTOM, 'corner'],
  [-8.6, BOTTOM, 'corner'],
  [-8.9, 15],
  [-9.6, 10.5],
  [-10.6, 8.2], // gluteal fold
  [-11.5, 6.5],
  [-13, 3],
  [-13.4, -1], // the buttock at its fullest
  [-12.5, -5.5],
  [-10.6, -9.8],
  [-9.3, -13], // lumbar lordosis
]);

/** The iliac crest, from behind forwards to the ASIS: drawn, and the middle of its region. */
export const ILIAC_CREST: [number, number][] = [[-9.6, -7.8], [-8, -9.2], [-5.5, -10.7], [-1.5, -11.5], [2.5, -10.7], [5.5, -8.8], [7.5, -6.4]];
export const ASIS: [number, number] = [7.5, -6.4];

const PER_CUBIC = 24;
const ring = sampleCubics(smoothCubics(HIP_OUTLINE, true), PER_CUBIC).slice(0, -1);

const nearest = (p: Pt): number => nearestIndex(ring, p);

/** Where a cut line meets the skin's edge: the outline's sample nearest the point given in centimetres. */
const onSkin = (u: number, v: number): Pt => ring[nearest(hipPt(u, v))] as Pt;

/** The skin's edge from `from` to `to`, clockwise (along the top forwards, down the front, back along the bottom, up behind). */
function skin(from: Pt, to: Pt): Pt[] {
  const n = ring.length;
  const i = nearest(from);
  const count = (nearest(to) - i + n) % n;
  return Array.from({ length: count + 1 }, (_, k) => ring[(i + k) % n] as Pt);
}

/**
 * A cut line through its junctions (points other lines start from, in view coordinates), as pieces from
 * junction to junction: a smooth curve through all of them, so that its pieces join without a kink.
 */
function cut(...junctions: Pt[]): Pt[][] {
  const samples = sampleCubics(smoothCubics(junctions, false), PER_CUBIC);
  return junctions.slice(1).map((_, i) => samples.slice(i * PER_CUBIC, (i + 1) * PER_CUBIC + 1));
}

const piece = (pieces: Pt[][], i: number): Pt[] => pieces[i] ?? [];
const back = (line: Pt[]): Pt[] => [...line].reverse();

/** A region's ring from the lines round it, each running from where the last one ended. */
function face(...lines: Pt[][]): Pt[] {
  const out: Pt[] = [];
  for (const line of lines) for (const p of line) if (out.at(-1)?.[0] !== p[0] || out.at(-1)?.[1] !== p[1]) out.push(p);
  const first = out[0];
  const last = out.at(-1);
  if (first && last && first[0] === last[0] && first[1] === last[1]) out.pop();
  return out;
}

// Where the cut lines meet the skin.
const crestTopBack = onSkin(-10.9, -9.1);
const crestTopFront = onSkin(9.8, -7.9);
const crestBottomBack = onSkin(-12.2, -6.3);
const crestBottomFront = onSkin(9.4, -4.9);
const thighFront = onSkin(10, 3.8);
const foldBack = onSkin(-10.7, 8.2);
// Where they meet each other: the ASIS's region starts 3 cm behind it; the columns of the gluteus medius
// and the trochanter part from the crest's band; the trochanter's row is 7.4 cm tall.
const asisTop = hipPt(4.6, -10.9);
const frontOnCrest = hipPt(4.6, -7.9);
const backOnCrest = hipPt(-7, -8.3);
const frontAbove = hipPt(3.9, -3.6);
const frontBelow = hipPt(3.4, 3.8);
const backAbove = hipPt(-5.4, -3.6);
const backBelow = hipPt(-3.6, 3.8);
const bursaAbove = hipPt(-2, -3.6);
const bursaBelow = hipPt(-1.8, 3.8);
const foldOnBand = hipPt(-2.9, 8);

/** The front border of the gluteus medius down to the trochanter, then the front edge of the iliotibial band. */
export const HIP_FRONT_LINE: Pt[] = [frontOnCrest, frontAbove, frontBelow, hipPt(2.4, 12), onSkin(2.1, BOTTOM)];
/** The front border of the gluteus maximus, behind the trochanter, then the back edge of the iliotibial band. */
export const HIP_BACK_LINE: Pt[] = [backOnCrest, backAbove, backBelow, foldOnBand, hipPt(-2.2, 12), onSkin(-2, BOTTOM)];
/** The gluteal fold, from the band back to the skin's edge; drawn from its second point (the crease). */
export const GLUTEAL_FOLD: Pt[] = [foldOnBand, hipPt(-6.2, 8.9), hipPt(-8.4, 8.8), foldBack];

/** The right hip's regions, by stem. */
function rightHipFaces(): [string, Pt[]][] {
  const itbFrontFoot = HIP_FRONT_LINE.at(-1) as Pt;
  const itbBackFoot = HIP_BACK_LINE.at(-1) as Pt;
  // The crest's band, 1.5 cm either side of it.
  const crestTop = cut(crestTopBack, hipPt(-8, -10.7), hipPt(-5.5, -12.2), hipPt(-1.5, -13), hipPt(2.5, -12.2), asisTop, hipPt(7.5, -7.9), crestTopFront);
  const crestBottom = cut(crestBottomBack, hipPt(-8, -7.7), backOnCrest, hipPt(-5.5, -9.2), hipPt(-1.5, -10), hipPt(2.5, -9.2), frontOnCrest, hipPt(7.5, -4.9), crestBottomFront);
  const ctBack = crestTop.slice(0, 5).flat();
  const ctFront = crestTop.slice(5).flat();
  const cbBack = piece(crestBottom, 0).concat(piece(crestBottom, 1));
  const cbMid = crestBottom.slice(2, 6).flat();
  const cbFront = crestBottom.slice(6).flat();
  const asisBack = piece(cut(asisTop, frontOnCrest), 0);
  // The front of the gluteus medius and the trochanter, then of the iliotibial band; the gluteus
  // maximus's front border, then the back of the band.
  const front = cut(...HIP_FRONT_LINE);
  const behind = cut(...HIP_BACK_LINE);
  const frontUpper = piece(front, 0);
  const frontMiddle = piece(front, 1);
  const frontLower = piece(front, 2).concat(piece(front, 3));
  const behindUpper = piece(behind, 0);
  const behindMiddle = piece(behind, 1);
  const behindLower = piece(behind, 2);
  const behindFoot = piece(behind, 3).concat(piece(behind, 4));
  const above = cut(backAbove, bursaAbove, frontAbove);
  const below = cut(backBelow, bursaBelow, frontBelow);
  const bursaFront = piece(cut(bursaAbove, bursaBelow), 0);
  const thigh = piece(cut(frontBelow, thighFront), 0);
  const fold = cut(...GLUTEAL_FOLD).flat();
  const [aboveBack, aboveFront] = [piece(above, 0), piece(above, 1)];
  const [belowBack, belowFront] = [piece(below, 0), piece(below, 1)];

  return [
    ['flank', face(skin(crestTopBack, crestTopFront), back(ctFront), back(ctBack))],
    ['iliac-crest', face(ctBack, asisBack, back(cbMid), back(cbBack), skin(crestBottomBack, crestTopBack))],
    ['anterior-superior-iliac-spine', face(ctFront, skin(crestTopFront, crestBottomFront), back(cbFront), back(asisBack))],
    ['tensor-fasciae-latae', face(cbFront, skin(crestBottomFront, thighFront), back(thigh), back(frontMiddle), back(frontUpper))],
    ['gluteus-medius', face(cbMid, frontUpper, back(aboveFront), back(aboveBack), back(behindUpper))],
    ['greater-trochanter', face(aboveFront, frontMiddle, back(belowFront), back(bursaFront))],
    ['trochanteric-bursa', face(aboveBack, bursaFront, back(belowBack), back(behindMiddle))],
    ['iliotibial-band-upper', face(belowBack, belowFront, frontLower, skin(itbFrontFoot, itbBackFoot), back(behindFoot), back(behindLower))],
    ['thigh-anterolateral', face(thigh, skin(thighFront, itbFrontFoot), back(frontLower))],
    ['thigh-posterolateral', face(behindFoot, skin(itbBackFoot, foldBack), back(fold))],
    ['gluteus-maximus', face(cbBack, behindUpper, behindMiddle, behindLower, fold, skin(foldBack, crestBottomBack))],
  ];
}

function regions(): MapRegion[] {
  return rightHipFaces().flatMap(([stem, polygon]) => [
    { id: `${stem}-right`, polygon: roundRing(polygon) },
    { id: `${stem}-left`, polygon: roundRing(mirrorLine(polygon, HIP_MIDLINE).reverse()) },
  ]);
}

/**
 * The right hip's panel; on body-front, a strip just inside the hip's outer edge (set in far enough to
 * stay on the skin where the waist curves in above the crest), at the heights it draws: the body view
 * draws the trochanter at y = 892 and about 9.6 units a centimetre there.
 */
const BOX: ViewBox = { x: 30, y: 30, w: 590, h: 920 };
const BODY_TROCHANTER_Y = 892;
const ON_BODY_SCALE = 0.4;
const ON_BODY_STRIP: ViewBox = {
  x: 266,
  y: BODY_TROCHANTER_Y + (BOX.y - TROCHANTER[1]) * ON_BODY_SCALE,
  w: 16,
  h: BOX.h * ON_BODY_SCALE,
};
const mirrorBox = (b: ViewBox, width: number): ViewBox => ({ ...b, x: width - b.x - b.w });

const PANELS: DetailPanel[] = [
  { side: 'right', box: BOX, onBody: ON_BODY_STRIP, facesBody: false },
  { side: 'left', box: mirrorBox(BOX, HIP_WIDTH), onBody: mirrorBox(ON_BODY_STRIP, 800), facesBody: false },
];

export const HIP_LATERAL_GEOMETRY: MapViewGeometry = {
  view: 'hip-lateral',
  leftSide: 'image-right',
  width: HIP_WIDTH,
  height: HIP_HEIGHT,
  regions: regions(),
  detail: { body: 'body-front', panels: PANELS },
};
