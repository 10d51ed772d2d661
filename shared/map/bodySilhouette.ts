/**
 * The standing figure shared by the body front and back views: 800 × 1800, midline x = 400, eight heads
 * tall (head 40–255, nipples ≈ 470, navel ≈ 685, crotch ≈ 905, knees ≈ 1310, soles ≈ 1775), arms hanging
 * a little away from the trunk in the anatomical position (palms forward, thumbs out) so every limb
 * has its own outline. Shoulders span about 2.6 head widths: a neutral adult build, neither athletic
 * nor slight, because one chart serves every patient.
 *
 * Only the image's right half is authored; the left half is its mirror image. Seen from behind, the
 * silhouette is the same figure except for the feet (heels instead of toes).
 */
import { sampleCubics, smoothCubics, symmetricContour, type Cubic, type Knot, type Pt } from './curves.ts';

export const BODY_WIDTH = 800;
export const BODY_HEIGHT = 1800;
export const BODY_MIDLINE = 400;

/** Crown to the start of the inner leg above the foot, down the image's right side. */
const UPPER: Knot[] = [
  [400, 40], // crown
  [441, 47],
  [469, 72],
  [479, 108],
  [478, 140, 'corner'], // top of the ear
  [486, 147],
  [489, 167],
  [484, 189],
  [474, 200, 'corner'], // ear lobe
  [467, 221],
  [456, 243],
  [445, 262, 'corner'], // jaw meets the neck
  [443, 285],
  [458, 303], // trapezius
  [500, 318],
  [545, 330],
  [578, 345], // deltoid
  [598, 372],
  [607, 412],
  [611, 470],
  [616, 560],
  [624, 650], // elbow
  [640, 720],
  [648, 800],
  [652, 876], // wrist, thumb side
  [661, 902], // thenar eminence
  [671, 930],
  [679, 958], // thumb, pointing down along the hand
  [679, 979],
  [671, 987], // thumb tip
  [664, 976],
  [660, 960, 'corner'], // web between thumb and index
  [667, 996],
  [668, 1036],
  [660, 1068],
  [640, 1081], // finger tips
  [617, 1073],
  [602, 1044],
  [594, 990],
  [594, 930],
  [600, 878], // wrist, little-finger side
  [588, 800],
  [572, 720],
  [564, 655], // elbow crease
  [550, 560],
  [541, 492],
  [530, 450, 'corner'], // armpit
  [531, 480],
  [528, 540],
  [518, 608],
  [513, 650], // waist
  [520, 712],
  [538, 782], // iliac crest
  [556, 842],
  [563, 892], // greater trochanter: widest at the hips
  [561, 952],
  [552, 1050],
  [540, 1150],
  [528, 1238],
  [522, 1300], // knee
  [525, 1352],
  [533, 1420], // calf
  [529, 1500],
  [513, 1590],
  [500, 1660],
  [497, 1700], // ankle
];

const FEET_FRONT: Knot[] = [
  [502, 1716], // lateral malleolus
  [506, 1738],
  [513, 1758],
  [510, 1771], // little toe
  [494, 1776],
  [474, 1779],
  [456, 1777], // big toe
  [446, 1766],
  [444, 1745],
  [446, 1722],
];

/** Heels seen from behind: narrower and shorter than the forefoot seen from the front. */
const FEET_BACK: Knot[] = [
  [501, 1728],
  [500, 1756],
  [487, 1772],
  [468, 1775], // heel
  [452, 1764],
  [446, 1736],
];

const INNER_LEG: Knot[] = [
  [448, 1695], // inner ankle
  [444, 1620],
  [436, 1520],
  [438, 1430],
  [443, 1370],
  [437, 1310], // knee, inner
  [430, 1232],
  [418, 1120],
  [410, 1010],
  [405, 950],
  [403, 918],
  [400, 909], // crotch
];

/** The closed outline as cubics (the artwork draws them) and as the dense ring regions are cut from. */
type Silhouette = { cubics: Cubic[]; ring: Pt[] };

function silhouette(feet: Knot[]): Silhouette {
  const cubics = smoothCubics(symmetricContour([...UPPER, ...feet, ...INNER_LEG], BODY_MIDLINE), true);
  return { cubics, ring: sampleCubics(cubics, 16) };
}

export const FRONT_SILHOUETTE = silhouette(FEET_FRONT);
export const BACK_SILHOUETTE = silhouette(FEET_BACK);
