/**
 * Guide and boundary lines of the standing figure (bodySilhouette.ts), shared by the front and back
 * views so that their regions line up: a point on the outer thigh is at the same height on both.
 * Lines run top to bottom through (x, y) points on the image's right half; x is held beyond the ends.
 */
import type { BandSpec } from './bands.ts';
import type { Pt } from './curves.ts';

export const MIDLINE: Pt[] = [[400, 0], [400, 2000]];

/** Down the middle of the arm, to pick it out among the spans of a height. */
export const ARM_GUIDE: Pt[] = [[566, 380], [594, 650], [626, 880], [632, 1080]];
export const LEG_GUIDE: Pt[] = [[482, 850], [476, 1300], [472, 1780]];

/** Where the shoulder cap meets the chest (front) or the shoulder blade (back). */
export const DELTOID_LINE: Pt[] = [[550, 330], [546, 400], [540, 470]];

/** Between the front or back of the trunk and its sides: flanks above, hips below. */
export const TRUNK_SIDE_LINE: Pt[] = [[468, 575], [462, 650], [470, 770], [488, 850], [500, 905]];

/** The thigh's inner third and its outer third; the outer line continues the trunk's side line. */
export const LEG_INNER_LINE: Pt[] = [[418, 850], [440, 905], [452, 950], [455, 1100], [459, 1230]];
export const LEG_OUTER_LINE: Pt[] = [...TRUNK_SIDE_LINE, [512, 960], [510, 1100], [500, 1230]];

/** The arm from the shoulder to the wrist, the same bands on both views; the hand below differs (palm, back). */
export const ARM_BANDS: BandSpec[] = [
  { id: 'shoulder', y: [325, 460], guide: ARM_GUIDE, from: { line: DELTOID_LINE } },
  { id: 'arm', y: [460, 615], guide: ARM_GUIDE },
  { id: 'elbow', y: [615, 690], guide: ARM_GUIDE },
  { id: 'forearm', y: [690, 845], guide: ARM_GUIDE },
  { id: 'wrist', y: [845, 900], guide: ARM_GUIDE },
];
