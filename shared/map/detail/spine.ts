/**
 * The spine seen from behind (800 × 1800), from the occiput to the sacrum: the back as paravertebral
 * mesotherapy charts it, level by level. Seen from behind, the patient's LEFT is on the image's LEFT.
 *
 * Drawn to an adult's surface anatomy at 20.5 units a centimetre below the external occipital
 * protuberance (the inion, y = 100): the spinous processes are about 2 cm apart in the neck, 2.5 cm in
 * the thorax and 3.5 cm in the lumbar spine; C7 (vertebra prominens) is the first prominent one, the root
 * of the scapular spine lies at T3 and its inferior angle at T7, the tops of the iliac crests at L4
 * (Tuffier's line) and the posterior superior iliac spines (the dimples) at S2.
 *
 * For each interspace from C1–C2 to L5–S1: the midline (interspinous) and a paravertebral band on each
 * side, 1 to 4 cm from the midline, where paravertebral points go. Above C1 the suboccipital area
 * (the occipital nerves' emergence); below S1 the sacrum and the sacroiliac joints.
 */
import { BODY_MIDLINE } from '../bodySilhouette.ts';
import type { Pt } from '../curves.ts';
import type { MapRegion, MapViewGeometry, ViewBox } from '../viewGeometry.ts';

const SPINE_WIDTH = 800;
const SPINE_HEIGHT = 1800;
export const SPINE_MIDLINE = 400;
/** Units a centimetre of skin. */
export const SPINE_CM = 20.5;
const INION_Y = 100;

/** Height of a level given in centimetres below the inion. */
export const spineY = (cm: number): number => INION_Y + cm * SPINE_CM;
/** x of a point `cm` to the patient's right of the midline (the image's right, seen from behind). */
export const spineX = (cm: number): number => SPINE_MIDLINE + cm * SPINE_CM;

/** The tip of each spinous process, in centimetres below the inion (C1: its posterior tubercle). */
export const VERTEBRAE: readonly { name: string; cm: number }[] = [
  ...['C1', 'C2', 'C3', 'C4', 'C5', 'C6', 'C7'].map((name, i) => ({ name, cm: [3.5, 5.5, 7.4, 9.2, 11, 12.8, 14.6][i] as number })),
  ...Array.from({ length: 12 }, (_, i) => ({ name: `T${i + 1}`, cm: 17 + i * 2.45 })),
  ...['L1', 'L2', 'L3', 'L4', 'L5', 'S1'].map((name, i) => ({ name, cm: [47.4, 50.9, 54.4, 57.9, 61.4, 64.6][i] as number })),
];

/** Half the width of the interspinous column, and the paravertebral band's outer edge (cm from the midline). */
const MIDLINE_HALF = 1;
const PARAVERTEBRAL_OUTER = 4;
/** The suboccipital area starts just below the inion; the sacrum and sacroiliac bands end at the natal cleft. */
const SUBOCCIPITAL_TOP = 0.5;
const SACRUM_END = 74;
const SACRUM_HALF = 2.5;
const SACROILIAC_OUTER = 7;

function rect(id: string, x0: number, x1: number, y0: number, y1: number): MapRegion {
  const ring: Pt[] = [[x0, y0], [x1, y0], [x1, y1], [x0, y1]];
  return { id, polygon: ring.map(([x, y]) => [Math.round(x * 10) / 10, Math.round(y * 10) / 10]) };
}

/** A region on each side between `inner` and `outer` cm from the midline: the patient's right on the image's right. */
function sided(id: (side: 'left' | 'right') => string, inner: number, outer: number, y0: number, y1: number): MapRegion[] {
  return [rect(id('right'), spineX(inner), spineX(outer), y0, y1), rect(id('left'), spineX(-outer), spineX(-inner), y0, y1)];
}

/** The three columns of one interspace, between the spinous processes above and below it. */
function interspace(upper: string, lower: string, y0: number, y1: number): MapRegion[] {
  const level = `${upper}-${lower}`.toLowerCase();
  return [
    rect(`midline-${level}`, spineX(-MIDLINE_HALF), spineX(MIDLINE_HALF), y0, y1),
    ...sided((side) => `paravertebral-${side}-${level}`, MIDLINE_HALF, PARAVERTEBRAL_OUTER, y0, y1),
  ];
}

function regions(): MapRegion[] {
  const first = VERTEBRAE[0];
  const last = VERTEBRAE[VERTEBRAE.length - 1];
  if (!first || !last) throw new Error('no vertebrae');
  const levels = VERTEBRAE.slice(1).flatMap((lower, i) => {
    const upper = VERTEBRAE[i] as { name: string; cm: number };
    return interspace(upper.name, lower.name, spineY(upper.cm), spineY(lower.cm));
  });
  return [
    ...sided((side) => `suboccipital-${side}`, 0, PARAVERTEBRAL_OUTER, spineY(SUBOCCIPITAL_TOP), spineY(first.cm)),
    ...levels,
    rect('sacrum', spineX(-SACRUM_HALF), spineX(SACRUM_HALF), spineY(last.cm), spineY(SACRUM_END)),
    ...sided((side) => `sacroiliac-${side}`, SACRUM_HALF, SACROILIAC_OUTER, spineY(last.cm), spineY(SACRUM_END)),
  ];
}

/** The charted strip: the paravertebral bands from the occiput down, and the sacroiliac bands below. */
const BOX: ViewBox = {
  x: spineX(-SACROILIAC_OUTER),
  y: spineY(SUBOCCIPITAL_TOP),
  w: 2 * SACROILIAC_OUTER * SPINE_CM,
  h: (SACRUM_END - SUBOCCIPITAL_TOP) * SPINE_CM,
};

/**
 * Where the strip lies on body-back: half the size, the inion at y = 158. Fitted to the levels the
 * body view draws (C7's mark at 300, the dorsal–lumbar boundary at 620, the iliac crests near 775 and
 * the dimples at 824) to within about 2 cm of skin, so the whole strip keeps one scale.
 */
const ON_BODY_SCALE = 0.5;
const ON_BODY_INION_Y = 158;
const onBody = (b: ViewBox): ViewBox => ({
  x: BODY_MIDLINE + (b.x - SPINE_MIDLINE) * ON_BODY_SCALE,
  y: ON_BODY_INION_Y + (b.y - INION_Y) * ON_BODY_SCALE,
  w: b.w * ON_BODY_SCALE,
  h: b.h * ON_BODY_SCALE,
});

export const SPINE_GEOMETRY: MapViewGeometry = {
  view: 'spine',
  leftSide: 'image-left',
  width: SPINE_WIDTH,
  height: SPINE_HEIGHT,
  regions: regions(),
  detail: { body: 'body-back', panels: [{ side: null, box: BOX, onBody: onBody(BOX), facesBody: true }] },
};
