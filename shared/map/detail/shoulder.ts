/**
 * The shoulder's detail views, each two mirrored panels (the patient's right and left shoulder) from the
 * base of the neck to the upper arm:
 * - front (1200 × 680, over body-front): the patient faces the viewer, so the LEFT shoulder is on the
 *   image's RIGHT. Landmarks: clavicle, acromion and the acromioclavicular joint, the coracoid process in
 *   the deltopectoral groove, the bicipital groove (long head of the biceps) on the humeral head;
 * - back (1200 × 680, over body-back): seen from behind, the LEFT shoulder is on the image's LEFT.
 *   Landmarks: the spine of the scapula out to the acromion, the upper border of the trapezius, the
 *   supraspinatus and infraspinatus fossae, the posterior deltoid.
 *
 * Each panel is authored on the image's right and mirrored. Scale about 23 units per cm (a clavicle
 * ≈ 15 cm long spans ≈ 360 units); each panel's box maps onto the same skin of the body view.
 */
import type { BandSpec } from '../bands.ts';
import { mirrorKnots, type Knot, type Pt } from '../curves.ts';
import type { MapViewGeometry, ViewBox } from '../viewGeometry.ts';
import { mirroredPanelRegions, mirroredPanels, outlineRing, type Shear } from './panelBands.ts';

const SHOULDER_WIDTH = 1200;
const SHOULDER_HEIGHT = 680;
export const SHOULDER_MIDLINE = 600;

/**
 * Skin of the image-right panel, front and back alike (as the body views share one silhouette): cut
 * through the neck and trunk beside the midline, the trapezius out to the shoulder's round, the arm, the axilla.
 */
export const SHOULDER_SKIN: Knot[] = [
  [622, 40, 'corner'], // the panel's cut, beside the midline
  [722, 40, 'corner'], // side of the neck
  [730, 64],
  [758, 86], // the trapezius leaves the neck
  [830, 106],
  [910, 122],
  [990, 140],
  [1060, 160], // over the acromion
  [1110, 188],
  [1142, 236], // the deltoid's round
  [1159, 300],
  [1166, 380],
  [1168, 470],
  [1170, 640, 'corner'], // the arm, cut
  [1002, 640, 'corner'],
  [996, 590],
  [984, 540],
  [964, 498, 'corner'], // axilla
  [958, 540],
  [956, 640, 'corner'],
  [622, 640, 'corner'],
];
const SKIN_RING = outlineRing(SHOULDER_SKIN);

// ---------------------------------------------------------------------------------------------------
// Front: the image-right panel is the patient's LEFT shoulder, the neck on its left, the arm on its right.

/** The clavicle, as a bone: upper edge from the sternal end out to the acromioclavicular joint, then its lower edge back. */
export const CLAVICLE: Knot[] = [
  [640, 132, 'corner'],
  [700, 128],
  [780, 136],
  [860, 146],
  [940, 156],
  [996, 164, 'corner'], // acromial end
  [996, 186, 'corner'],
  [940, 178],
  [860, 172],
  [780, 166],
  [700, 164],
  [646, 162, 'corner'],
  [634, 148],
];
/** The acromion seen from the front: from the joint out to its anterolateral corner and back along its anterior edge. */
export const ACROMION: Knot[] = [
  [1004, 162, 'corner'],
  [1050, 164],
  [1090, 176],
  [1104, 192, 'corner'], // anterolateral corner
  [1080, 204],
  [1040, 204],
  [1006, 190, 'corner'],
];
export const AC_JOINT: Knot[] = [[1000, 158], [1000, 175], [1001, 192]];
/** Tip of the coracoid process, palpable in the deltopectoral triangle about 2.5 cm below the clavicle. */
export const CORACOID = { x: 976, y: 238, rx: 16, ry: 12 };
/** The bicipital groove on the front of the humeral head, between the lesser and the greater tubercle. */
export const BICIPITAL_GROOVE: Knot[][] = [
  [[1050, 236], [1052, 290], [1056, 340]],
  [[1068, 236], [1070, 290], [1072, 340]],
];
/** The long head of the biceps leaving the groove down the front of the arm. */
export const BICEPS_LONG_HEAD: Knot[] = [[1064, 346], [1068, 420], [1070, 500]];
/**
 * The deltoid's anterior border: the deltopectoral groove from the clavicle past the coracoid, then down
 * and out to the deltoid's insertion on the side of the arm. Regions are parted along it too.
 */
const DELTOPECTORAL: Pt[] = [[925, 182], [936, 240], [955, 300], [985, 370], [1030, 430], [1090, 496], [1135, 545], [1200, 600]];
export const DELTOID_BORDER: Knot[] = DELTOPECTORAL.slice(0, -1).concat([[1166, 574]]);
/** Lower border of the pectoralis major: the anterior axillary fold, from the axilla down and in. */
export const PECTORAL_FOLD: Knot[] = [[968, 506], [930, 560], [880, 608], [840, 634]];
/** Lateral border of the sternocleidomastoid, down to the medial clavicle. */
export const STERNOCLEIDOMASTOID: Knot[] = [[736, 44], [704, 84], [672, 126]];

const AC_MEDIAL: Pt[] = [[962, 0]];
const AC_LATERAL: Pt[] = [[1040, 0]];
const GROOVE_MEDIAL = 1030;
const GROOVE_LATERAL = 1090;
/** The deltopectoral groove, then the anterior axillary fold down to the axilla: the pectoral zone's lateral edge. */
const PECTORAL_EDGE: Pt[] = [...DELTOPECTORAL.slice(0, 5), [996, 464], [964, 498]];
/** The groove strip's medial edge, then the deltoid border where it crosses the strip. */
const GROOVE_FROM: Pt[] = [[GROOVE_MEDIAL, 0], [1030, 430], [1090, 496]];
/** The groove strip's lateral edge, then the deltoid border down to its insertion. */
const DELTOID_LATERAL_FROM: Pt[] = [[GROOVE_LATERAL, 0], [1090, 496], [1135, 545], [1200, 600]];
// Guides near the panel's medial cut and the arm's inner side: a row whose span is cut short by the
// slanting bottom or top is still found (bands.ts looks no further than 40 units from the guide).
const NECK_GUIDE: Pt[] = [[660, 0]];
const ARM_GUIDE: Pt[] = [[1040, 0]];
const CLAVICLE_ROW: [number, number] = [134, 214];

/** Heights are read at the acromioclavicular joint; rows slant with the clavicle. */
const ALONG_CLAVICLE: Shear = { slope: 0.085, pivot: 1000 };

const ANTERIOR_BANDS: BandSpec[] = [
  { id: 'supraclavicular', y: [0, CLAVICLE_ROW[0]], guide: NECK_GUIDE, to: { line: AC_MEDIAL } },
  { id: 'clavicle', y: CLAVICLE_ROW, guide: NECK_GUIDE, to: { line: AC_MEDIAL } },
  { id: 'acromioclavicular', y: [0, CLAVICLE_ROW[1]], guide: ARM_GUIDE, from: { line: AC_MEDIAL }, to: { line: AC_LATERAL } },
  { id: 'acromion', y: [0, CLAVICLE_ROW[1]], guide: ARM_GUIDE, from: { line: AC_LATERAL } },
  { id: 'pectoral-upper', y: [CLAVICLE_ROW[1], 700], guide: NECK_GUIDE, to: { line: PECTORAL_EDGE } },
  { id: 'coracoid', y: [CLAVICLE_ROW[1], 268], guide: ARM_GUIDE, from: { line: DELTOPECTORAL }, to: { line: [[GROOVE_MEDIAL, 0]] } },
  { id: 'subacromial-anterior', y: [CLAVICLE_ROW[1], 268], guide: ARM_GUIDE, from: { line: GROOVE_FROM }, to: { line: [[GROOVE_LATERAL, 0]] } },
  { id: 'deltoid-anterior', y: [268, 440], guide: ARM_GUIDE, from: { line: DELTOPECTORAL }, to: { line: [[GROOVE_MEDIAL, 0]] } },
  { id: 'bicipital-groove', y: [268, 496], guide: ARM_GUIDE, from: { line: GROOVE_FROM }, to: { line: [[GROOVE_LATERAL, 0]] } },
  { id: 'deltoid-lateral', y: [CLAVICLE_ROW[1], 600], guide: ARM_GUIDE, from: { line: DELTOID_LATERAL_FROM } },
  { id: 'arm-anterior', y: [400, 700], guide: ARM_GUIDE, from: { line: PECTORAL_EDGE }, to: { line: DELTOPECTORAL } },
];

/** The image-right panel, and the same skin on the body view: beside the midline to the upper arm (scale 576 / 216). */
const PANEL_BOX: ViewBox = { x: 612, y: 36, w: 576, h: 608 };
const PANEL_ON_BODY: ViewBox = { x: 404, y: 288, w: 216, h: 228 };

export const SHOULDER_ANTERIOR_GEOMETRY: MapViewGeometry = {
  view: 'shoulder-anterior',
  leftSide: 'image-right',
  width: SHOULDER_WIDTH,
  height: SHOULDER_HEIGHT,
  regions: mirroredPanelRegions(SKIN_RING, SHOULDER_MIDLINE, 'left', ANTERIOR_BANDS, ALONG_CLAVICLE),
  detail: { body: 'body-front', panels: mirroredPanels(SHOULDER_WIDTH, 'left', PANEL_BOX, PANEL_ON_BODY, true) },
};

export const mirrorShoulder = (knots: readonly Knot[]): Knot[] => mirrorKnots(knots, SHOULDER_MIDLINE);

// ---------------------------------------------------------------------------------------------------
// Back: the image-right panel is the patient's RIGHT shoulder, the spine on its left, the arm on its right.

/** The spine of the scapula, from its root at the medial border rising out to the acromion, round the acromion's tip and back. */
export const SCAPULAR_SPINE: Knot[] = [
  [756, 262, 'corner'], // root, on the medial border
  [810, 244],
  [880, 224],
  [950, 206],
  [1010, 192],
  [1060, 180],
  [1098, 182],
  [1112, 196],
  [1104, 214, 'corner'], // the acromial angle (posterolateral corner)
  [1066, 224],
  [1020, 224],
  [950, 234],
  [880, 248],
  [810, 264],
  [764, 272, 'corner'],
];
/** The acromion's medial edge, where it leaves the spine. */
export const ACROMION_BASE: Knot[] = [[1022, 190], [1016, 206], [1020, 224]];
/** Superior angle, medial border down to the inferior angle, lateral border up to where the deltoid covers it. */
export const SCAPULA_BORDERS: Knot[] = [
  [956, 176],
  [890, 172],
  [820, 162],
  [776, 156, 'corner'], // superior angle
  [760, 200],
  [756, 262],
  [756, 360],
  [764, 460],
  [780, 550],
  [800, 610, 'corner'], // inferior angle
  [850, 540],
  [900, 466],
  [944, 396],
];
/** Medial border of the scapula as the regions' edge (its drawn line, from the superior angle down). */
const MEDIAL_BORDER: Pt[] = [[776, 156], [760, 200], [756, 262], [756, 360], [764, 460], [780, 550], [800, 610], [800, 2000]];
/** The posterior deltoid's border: from the spine of the scapula down and out to the insertion. */
const POSTERIOR_DELTOID: Pt[] = [[870, 228], [900, 300], [950, 370], [1010, 430], [1080, 490], [1140, 545], [1200, 590]];
export const POSTERIOR_DELTOID_BORDER: Knot[] = POSTERIOR_DELTOID.slice(0, -1).concat([[1166, 568]]);
/** The posterior axillary fold (teres major and latissimus), from the axilla down and in. */
export const POSTERIOR_AXILLARY_FOLD: Knot[] = [[968, 506], [924, 548], [872, 596], [836, 632]];

/** Heights are read at x = 1000; rows slant with the spine of the scapula, rising outwards. */
const ALONG_SPINE: Shear = { slope: -0.2, pivot: 1000 };
/** A point given by its height in the sheared frame (so that a line may step at one height). */
const atRow = (x: number, row: number): Pt => [x, row + ALONG_SPINE.slope * (x - ALONG_SPINE.pivot)];

const TRAPEZIUS_ROW = 150;
const SPINE_ROW = 212;
const ACROMION_ROW = 240;
const SUBACROMIAL_ROW = 300;
const ACROMION_MEDIAL: Pt[] = [[1000, 0]];
/** Infraspinatus' lateral edge: the posterior deltoid, then the posterior axillary fold down to the axilla. */
const INFRASPINATUS_EDGE: Pt[] = [...POSTERIOR_DELTOID.slice(0, 4), [986, 466], [964, 498]];
/** Beside the subacromial zone the deltoid ends at the acromion's medial edge; below it, at the skin. */
const DELTOID_POSTERIOR_TO: Pt[] = [[1000, 0], atRow(1000, SUBACROMIAL_ROW), atRow(1190, SUBACROMIAL_ROW + 0.3)];
const MEDIAL_GUIDE: Pt[] = [[680, 0], [680, 560], [770, 640]];
const SCAPULA_GUIDE: Pt[] = [[930, 0]];
const DELTOID_GUIDE: Pt[] = [[1040, 0]];
const ARM_BACK_GUIDE: Pt[] = [[1140, 0]];

const POSTERIOR_BANDS: BandSpec[] = [
  { id: 'trapezius-upper', y: [-100, TRAPEZIUS_ROW], guide: [[660, 0]], to: { line: ACROMION_MEDIAL } },
  { id: 'interscapular', y: [TRAPEZIUS_ROW, 800], guide: MEDIAL_GUIDE, to: { line: MEDIAL_BORDER } },
  { id: 'supraspinatus', y: [TRAPEZIUS_ROW, SPINE_ROW], guide: SCAPULA_GUIDE, from: { line: MEDIAL_BORDER }, to: { line: ACROMION_MEDIAL } },
  { id: 'acromion', y: [-100, ACROMION_ROW], guide: DELTOID_GUIDE, from: { line: ACROMION_MEDIAL } },
  { id: 'subacromial-posterior', y: [ACROMION_ROW, SUBACROMIAL_ROW], guide: DELTOID_GUIDE, from: { line: ACROMION_MEDIAL } },
  { id: 'infraspinatus', y: [SPINE_ROW, 800], guide: SCAPULA_GUIDE, from: { line: MEDIAL_BORDER }, to: { line: INFRASPINATUS_EDGE } },
  { id: 'deltoid-posterior', y: [SPINE_ROW, 700], guide: DELTOID_GUIDE, from: { line: POSTERIOR_DELTOID }, to: { line: DELTOID_POSTERIOR_TO } },
  { id: 'arm-posterior', y: [SPINE_ROW, 800], guide: ARM_BACK_GUIDE, from: { line: INFRASPINATUS_EDGE }, to: { line: POSTERIOR_DELTOID } },
];

export const SHOULDER_POSTERIOR_GEOMETRY: MapViewGeometry = {
  view: 'shoulder-posterior',
  leftSide: 'image-left',
  width: SHOULDER_WIDTH,
  height: SHOULDER_HEIGHT,
  regions: mirroredPanelRegions(SKIN_RING, SHOULDER_MIDLINE, 'right', POSTERIOR_BANDS, ALONG_SPINE),
  detail: { body: 'body-back', panels: mirroredPanels(SHOULDER_WIDTH, 'right', PANEL_BOX, PANEL_ON_BODY, true) },
};
