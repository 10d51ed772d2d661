/**
 * The spine seen from behind (800 × 1800), from the occiput to the sacrum; the patient's LEFT is on the
 * image's LEFT. The back is drawn as a torso cropped at the crown and across the buttocks, the arms left
 * out: what the practitioner finds the levels by is on the midline and beside it.
 *
 * Drawn here: the outline and the landmarks (the spinous processes C1 to S1, with C7 the most prominent;
 * the occipital protuberance and the superior nuchal lines; the scapulae; the twelfth ribs; the iliac
 * crests, the dimples over the posterior superior iliac spines and the sacral triangle), and the levels
 * written beside the paravertebral band. The box, the levels and the regions are domain data
 * (shared/map/detail/spine.ts), given in centimetres below the inion.
 */
import { mirrorKnots, symmetricContour, symmetricLine, type Knot } from '../../../shared/map/curves.ts';
import { SPINE_CM, SPINE_GEOMETRY, SPINE_MIDLINE, VERTEBRAE, spineX, spineY } from '../../../shared/map/detail/spine.ts';
import type { MapArtwork } from '../artwork.ts';
import { ellipsePath, smoothPath } from '../geometry.ts';

/** Knots given in centimetres (lateral to the patient's right, below the inion) as view coordinates. */
const at = (knots: readonly (readonly [number, number] | readonly [number, number, 'corner'])[]): Knot[] =>
  knots.map((k): Knot => (k.length === 3 ? [spineX(k[0]), spineY(k[1]), 'corner'] : [spineX(k[0]), spineY(k[1])]));

const both = (knots: Knot[]): string[] => [smoothPath(knots), smoothPath(mirrorKnots(knots, SPINE_MIDLINE))];

const TOP = -2.93;
const BOTTOM = 80.5;

/** The torso's right half, from the crop across the occiput down to the crop across the buttocks. */
const TORSO_HALF = at([
  [0, TOP],
  [7.4, TOP, 'corner'],
  [7.3, -0.5],
  [6.7, 2.5], // behind the mastoid
  [5.9, 5],
  [5.6, 7.5], // the neck at its narrowest
  [6.2, 9.8], // the trapezius leaves the neck
  [8.4, 12],
  [12, 14.2],
  [15.6, 16],
  [17.4, 17.8], // acromion
  [18.2, 20.5],
  [18, 24],
  [17.2, 27, 'corner'], // the arm left out
  [14.6, 29.5, 'corner'], // posterior axillary fold
  [14, 34],
  [13.4, 40],
  [12.6, 47],
  [12.2, 52], // waist
  [13, 56],
  [14.6, 59.5], // over the iliac crest
  [16, 65],
  [16.8, 72],
  [17, 78.5],
  [17, BOTTOM, 'corner'],
  [0, BOTTOM],
]);

/** A spinous process's mark: the cervical ones small, C7 the largest, the lumbar ones broad. */
function spinousProcess(name: string, cm: number): string {
  const [rx, ry] = name === 'C7' ? [9, 6] : name === 'C1' ? [3, 2.5] : name.startsWith('C') ? [5, 3.5] : name.startsWith('T') ? [6, 4] : [8, 5];
  return ellipsePath(SPINE_MIDLINE, spineY(cm), rx, ry);
}

const DETAILS: string[] = [
  ...VERTEBRAE.map((v) => spinousProcess(v.name, v.cm)),
  smoothPath(at([[-0.7, 0.35], [0, -0.25], [0.7, 0.35]])), // external occipital protuberance
  ...both(at([[0.7, 0.2], [3, -0.1], [5.2, 0.5], [6.8, 1.6]])), // superior nuchal line
  // scapula: superior angle, medial border past the root of its spine (T3) to the inferior angle (T7), lateral border
  ...both(at([[7.6, 18.4], [6.8, 22], [7.1, 27], [8.6, 31.8, 'corner'], [10.6, 29], [12.4, 26], [14, 23]])),
  ...both(at([[6.9, 22.2], [10, 20.8], [13.5, 19.6], [16.4, 18.6]])), // spine of the scapula, out to the acromion
  ...both(at([[4.5, 45.4], [7.5, 47.2], [10.5, 49.6]])), // twelfth rib
  ...both(at([[4.7, 66.8], [6.5, 63.3], [9.5, 59.6], [12.2, 58.2], [14, 59]])), // iliac crest, its top at L4
  ellipsePath(spineX(4.6), spineY(67.5), 5, 5), // dimples over the posterior superior iliac spines (S2)
  ellipsePath(spineX(-4.6), spineY(67.5), 5, 5),
  smoothPath(symmetricLine(at([[0, 74, 'corner'], [2.4, 71.2], [4.3, 68.2]]), SPINE_MIDLINE)), // sacral triangle
  smoothPath(at([[0, 74.6], [0, 77.5], [0, 80.3]])), // natal cleft
];

/** The levels, beside the right paravertebral band: every spinous process has room for its name. */
const MARKS = VERTEBRAE.map((v) => ({ x: spineX(4) + 0.4 * SPINE_CM, y: spineY(v.cm), text: v.name }));

export const SPINE: MapArtwork = {
  ...SPINE_GEOMETRY,
  outline: [smoothPath(symmetricContour(TORSO_HALF, SPINE_MIDLINE), true)],
  details: DETAILS,
  marks: MARKS,
};
