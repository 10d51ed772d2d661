/**
 * The knee's detail views, each two mirrored panels (the patient's right and left knee) from mid-thigh to
 * the upper shin, 1240 × 1300:
 * - front (over body-front): the patient faces the viewer, so the LEFT knee is on the image's RIGHT;
 * - medial and lateral side (over body-front, as thin strips along the leg's inner and outer edge): each
 *   panel is the true side view of its knee, the front of the knee towards the image's centre on the
 *   medial view and towards the image's edge on the lateral view;
 * - back (over body-back): seen from behind, the LEFT knee is on the image's LEFT.
 *
 * Each panel is authored on the image's right (box 640–1200 × 50–1250) and mirrored. The scale is the
 * body view's times four (about 32 units per cm): a face-on panel lies over the body view's knee, the
 * patella over the drawn knee cap (body y 1271–1327 → 548–740 here), the popliteal crease over the
 * body back's (body y ≈ 1322 → 745). Landmark heights: patella 548–740, joint line 775, tibial
 * tuberosity 880–975, pes anserinus ≈ 930 (4–5 cm below the joint line), fibular head 840–930.
 */
import type { BandSpec } from '../bands.ts';
import { mirrorKnots, sampleCubics, smoothCubics, type Knot, type Pt } from '../curves.ts';
import type { DetailPanel, MapViewGeometry, ViewBox } from '../viewGeometry.ts';
import { mirroredPanelRegions } from './panelBands.ts';

const KNEE_WIDTH = 1240;
const KNEE_HEIGHT = 1300;
export const KNEE_MIDLINE = 620;
/** The image-right panel's axis: the side views' profiles are mirrored about it (medial ↔ lateral). */
const PANEL_AXIS = 920;

/** The outline of a panel as the dense ring its regions are cut from (as finely as the tests flatten it). */
const outlineRing = (knots: readonly Knot[]): Pt[] => sampleCubics(smoothCubics(knots, true), 24);

const mirrorBox = (b: ViewBox, width: number): ViewBox => ({ ...b, x: width - b.x - b.w });

const PANEL_BOX: ViewBox = { x: 640, y: 50, w: 560, h: 1200 };

/** Both panels from the image-right one: the other is its mirror image, on the view and on the body. */
function mirroredPanels(imageRight: 'left' | 'right', onBody: ViewBox, facesBody: boolean): DetailPanel[] {
  const imageLeft = imageRight === 'left' ? 'right' : 'left';
  return [
    { side: imageLeft, box: mirrorBox(PANEL_BOX, KNEE_WIDTH), onBody: mirrorBox(onBody, 800), facesBody },
    { side: imageRight, box: PANEL_BOX, onBody, facesBody },
  ];
}

/** Down the middle of the leg: every row of the panel is one span of its outline. */
const GUIDE: Pt[] = [[PANEL_AXIS, 0]];
const band = (id: string, y: [number, number], from?: Pt[], to?: Pt[]): BandSpec => ({
  id,
  y,
  guide: GUIDE,
  ...(from ? { from: { line: from } } : {}),
  ...(to ? { to: { line: to } } : {}),
});

// ---------------------------------------------------------------------------------------------------
// Front: the image-right panel is the patient's LEFT knee, its medial side towards the image's centre.

/**
 * Skin from mid-thigh to the upper shin: the thigh tapering to the vastus medialis' bulge above the
 * knee on the medial side, the femoral and tibial condyles, the calf's two heads below.
 */
export const ANTERIOR_SKIN: Knot[] = [
  [690, 58, 'corner'],
  [1158, 58, 'corner'],
  [1150, 220],
  [1134, 380],
  [1112, 500], // vastus lateralis into the iliotibial band
  [1098, 610],
  [1092, 700], // lateral femoral condyle
  [1094, 775], // lateral joint line
  [1102, 845], // fibular head
  [1112, 920],
  [1124, 1020],
  [1130, 1120],
  [1128, 1242, 'corner'],
  [752, 1242, 'corner'],
  [746, 1140],
  [744, 1060], // medial head of the gastrocnemius
  [750, 1000],
  [758, 920],
  [748, 840], // medial tibial condyle
  [748, 775], // medial joint line
  [736, 680],
  [716, 580],
  [708, 480], // vastus medialis
  [714, 380],
  [700, 230],
];

/**
 * The patella, its base up and apex down, over the femoral trochlea: the patella region is cut along
 * its sides. The region's top is level with the base, its bottom the patellar tendon's width.
 */
export const PATELLA: Knot[] = [
  [920, 552],
  [966, 556],
  [992, 586],
  [997, 640],
  [980, 690],
  [948, 726],
  [920, 742],
  [892, 726],
  [862, 690],
  [845, 640],
  [850, 586],
  [874, 556],
];

/**
 * The column of the extensor apparatus, its medial and lateral edges: the rectus femoris, the
 * quadriceps tendon, the patella, the patellar tendon and the tibial tuberosity, whose edges meet
 * below it to run on down the tibial crest.
 */
const EXTENSOR_MEDIAL: Pt[] = [
  [836, 60], [846, 250], [852, 420], [858, 548], [846, 600], [842, 640], [852, 690], [878, 740],
  [884, 810], [886, 880], [882, 915], [894, 948], [910, 970], [920, 978], [924, 1100], [930, 1240],
];
const EXTENSOR_LATERAL: Pt[] = [
  [1004, 60], [994, 250], [988, 420], [982, 548], [994, 600], [998, 640], [988, 690], [962, 740],
  [956, 810], [954, 880], [958, 915], [946, 948], [930, 970], [920, 978], [924, 1100], [930, 1240],
];

const ANTERIOR_BANDS: BandSpec[] = [
  band('thigh-medial', [60, 420], undefined, EXTENSOR_MEDIAL),
  band('thigh-anterior', [60, 420], EXTENSOR_MEDIAL, EXTENSOR_LATERAL),
  band('thigh-lateral', [60, 420], EXTENSOR_LATERAL),
  band('parapatellar-medial', [420, 740], undefined, EXTENSOR_MEDIAL),
  band('suprapatellar', [420, 548], EXTENSOR_MEDIAL, EXTENSOR_LATERAL),
  band('patella', [548, 740], EXTENSOR_MEDIAL, EXTENSOR_LATERAL),
  band('parapatellar-lateral', [420, 740], EXTENSOR_LATERAL),
  band('joint-line-medial', [740, 830], undefined, EXTENSOR_MEDIAL),
  band('infrapatellar', [740, 880], EXTENSOR_MEDIAL, EXTENSOR_LATERAL),
  band('joint-line-lateral', [740, 815], EXTENSOR_LATERAL),
  band('pes-anserinus', [830, 1000], undefined, EXTENSOR_MEDIAL),
  band('tibial-tuberosity', [880, 978], EXTENSOR_MEDIAL, EXTENSOR_LATERAL),
  band('tibial-condyle-lateral', [815, 950], EXTENSOR_LATERAL),
  band('shin-medial', [1000, 1240], undefined, EXTENSOR_MEDIAL),
  band('shin-lateral', [950, 1240], EXTENSOR_LATERAL),
];

// ---------------------------------------------------------------------------------------------------
// Back: the image-right panel is the patient's RIGHT knee, its medial side towards the image's centre.

/** The same leg from behind: the hamstrings above, the calf's two heads fuller below. */
export const POSTERIOR_SKIN: Knot[] = [
  [690, 58, 'corner'],
  [1158, 58, 'corner'],
  [1150, 220],
  [1134, 380],
  [1114, 500], // biceps femoris
  [1100, 610],
  [1094, 700],
  [1096, 775],
  [1104, 845], // fibular head
  [1120, 940], // lateral head of the gastrocnemius
  [1134, 1040],
  [1138, 1140],
  [1134, 1242, 'corner'],
  [746, 1242, 'corner'],
  [738, 1160],
  [734, 1080], // medial head of the gastrocnemius, lower and fuller
  [740, 1000],
  [752, 910],
  [750, 840],
  [748, 775],
  [738, 680], // semimembranosus and semitendinosus
  [722, 580],
  [712, 480],
  [712, 380],
  [700, 230],
];

/**
 * The popliteal fossa, a diamond: above, the medial hamstrings (semimembranosus, semitendinosus) and
 * the biceps femoris part at its apex; below, the two heads of the gastrocnemius meet at its lower apex
 * and run on down the calf's midline. The lines go on up the thigh between the hamstrings.
 */
const FOSSA_MEDIAL: Pt[] = [[PANEL_AXIS, 60], [PANEL_AXIS, 480], [884, 560], [852, 650], [836, 745], [850, 830], [884, 910], [PANEL_AXIS, 965], [PANEL_AXIS, 1240]];
const FOSSA_LATERAL: Pt[] = [[PANEL_AXIS, 60], [PANEL_AXIS, 480], [958, 560], [990, 650], [1006, 745], [992, 830], [958, 910], [PANEL_AXIS, 965], [PANEL_AXIS, 1240]];

const POSTERIOR_BANDS: BandSpec[] = [
  band('thigh-posterior', [60, 400]),
  band('hamstring-medial', [400, 790], undefined, FOSSA_MEDIAL),
  band('popliteal-fossa', [480, 965], FOSSA_MEDIAL, FOSSA_LATERAL),
  band('hamstring-lateral', [400, 790], FOSSA_LATERAL),
  band('gastrocnemius-medial', [790, 1240], undefined, FOSSA_MEDIAL),
  band('gastrocnemius-lateral', [790, 1240], FOSSA_LATERAL),
];

// ---------------------------------------------------------------------------------------------------
// Sides: the medial view's image-right panel is the patient's LEFT knee seen from its inner side, front
// towards the image's centre; the lateral view's is the LEFT knee seen from outside, front towards the
// image's edge. The lateral profile is the medial one mirrored about the panel's axis.

/** The knee in profile: the quadriceps, the patella's prominence, the patellar tendon, the tibial tuberosity and crest in front; the hamstrings, the popliteal hollow and the calf behind. */
export const MEDIAL_SKIN: Knot[] = [
  [700, 58, 'corner'],
  [1150, 58, 'corner'],
  [1146, 250],
  [1134, 430],
  [1116, 580], // hamstrings
  [1106, 680],
  [1102, 745], // popliteal hollow
  [1110, 820],
  [1130, 910], // calf
  [1148, 1010],
  [1156, 1110],
  [1154, 1242, 'corner'],
  [782, 1242, 'corner'],
  [774, 1120],
  [764, 1000], // tibial crest
  [750, 920], // tibial tuberosity
  [756, 860],
  [756, 800], // patellar tendon
  [740, 740],
  [726, 660], // patella
  [728, 590],
  [742, 530], // quadriceps tendon
  [728, 430],
  [712, 250],
];

export const mirrorInPanel = (knots: readonly Knot[]): Knot[] => mirrorKnots(knots, PANEL_AXIS);
const mirrorLineInPanel = (line: readonly Pt[]): Pt[] => line.map(([x, y]): Pt => [2 * PANEL_AXIS - x, y]);

export const LATERAL_SKIN: Knot[] = mirrorInPanel(MEDIAL_SKIN);

/**
 * Behind the extensor apparatus: the strip along the patella's edge, the patellar tendon and the tibial
 * tuberosity, about 2 cm deep, which leaves the skin's front edge below the tuberosity.
 */
const MEDIAL_FRONT: Pt[] = [[800, 520], [808, 600], [810, 680], [806, 740], [812, 820], [812, 900], [806, 960], [780, 995], [600, 1010]];
/**
 * The medial collateral ligament, a spindle from the medial epicondyle (≈ 3 cm above the joint line,
 * behind the condyle's middle) down and forward to the tibia under the pes anserinus (≈ 6 cm below);
 * its two edges run on as one line above it and, below, down the tibia's medial border.
 */
const MCL_FRONT: Pt[] = [[958, 520], [958, 620], [932, 680], [912, 760], [898, 860], [886, 940], [878, 1000], [896, 1240]];
const MCL_BACK: Pt[] = [[958, 520], [958, 620], [988, 680], [1004, 760], [990, 860], [950, 940], [878, 1000], [896, 1240]];

const MEDIAL_BANDS: BandSpec[] = [
  band('thigh-medial', [60, 520]),
  band('parapatellar-medial', [520, 740], undefined, MEDIAL_FRONT),
  band('infrapatellar', [740, 900], undefined, MEDIAL_FRONT),
  band('tibial-tuberosity', [900, 1010], undefined, MEDIAL_FRONT),
  band('medial-condyle', [520, 740], MEDIAL_FRONT, MCL_FRONT),
  band('joint-line-medial', [740, 830], MEDIAL_FRONT, MCL_FRONT),
  band('pes-anserinus', [830, 1010], MEDIAL_FRONT, MCL_FRONT),
  band('shin-medial', [1010, 1240], MEDIAL_FRONT, MCL_FRONT),
  band('medial-collateral', [620, 1000], MCL_FRONT, MCL_BACK),
  band('popliteal-medial', [520, 920], MCL_BACK),
  band('calf-medial', [920, 1240], MCL_BACK),
];

const LATERAL_FRONT: Pt[] = mirrorLineInPanel(MEDIAL_FRONT);
/**
 * The lateral collateral ligament, a cord from the lateral epicondyle down and back to the fibular head
 * (≈ 2 cm below the joint line): a spindle round it, then a rounded one round the fibular head; the two
 * edges run on as one line above it (the iliotibial band in front, the biceps femoris behind) and,
 * below, down the fibula.
 */
const LCL_FRONT: Pt[] = [[905, 440], [905, 640], [925, 700], [915, 760], [890, 810], [858, 840], [895, 868], [900, 895], [882, 920], [860, 932], [866, 1240]];
const LCL_BACK: Pt[] = [[905, 440], [905, 640], [878, 690], [860, 750], [846, 800], [858, 840], [820, 865], [815, 895], [834, 920], [860, 932], [866, 1240]];

/** On the lateral view the front of the knee is on the image's right: lines run back (left) to front (right). */
const LATERAL_BANDS: BandSpec[] = [
  band('thigh-lateral', [60, 440]),
  band('parapatellar-lateral', [440, 740], LATERAL_FRONT),
  band('infrapatellar', [740, 900], LATERAL_FRONT),
  band('tibial-tuberosity', [900, 1010], LATERAL_FRONT),
  band('iliotibial-band', [440, 740], LCL_FRONT, LATERAL_FRONT),
  band('joint-line-lateral', [740, 810], LCL_FRONT, LATERAL_FRONT),
  band('gerdy-tubercle', [810, 920], LCL_FRONT, LATERAL_FRONT),
  band('shin-lateral', [920, 1240], LCL_FRONT, LATERAL_FRONT),
  band('lateral-collateral', [640, 840], LCL_BACK, LCL_FRONT),
  band('fibular-head', [840, 932], LCL_BACK, LCL_FRONT),
  band('popliteal-lateral', [440, 900], undefined, LCL_BACK),
  band('calf-lateral', [900, 1240], undefined, LCL_BACK),
];

// ---------------------------------------------------------------------------------------------------
// Where each panel lies on the body views (the image-right panel's; its twin is mirrored about x = 400).

/** The left knee on body-front (body-back's right knee), mid-thigh to upper shin: the panel's box / 4. */
const FACE_ON_BODY: ViewBox = { x: 410, y: 1150, w: 140, h: 300 };
/** A strip just inside the left leg's inner edge on body-front (x 437–443 from the knee down). */
const MEDIAL_STRIP: ViewBox = { x: 444, y: 1150, w: 16, h: 300 };
/** A strip just inside the left leg's outer edge on body-front (x ≥ 522 at the knee). */
const LATERAL_STRIP: ViewBox = { x: 503, y: 1150, w: 16, h: 300 };

function geometry(
  id: MapViewGeometry['view'],
  body: 'body-front' | 'body-back',
  skin: Knot[],
  bands: BandSpec[],
  onBody: ViewBox,
  facesBody: boolean,
): MapViewGeometry {
  // From the front or a side the image's right is the patient's left; from behind, the patient's right.
  const imageRight = body === 'body-front' ? 'left' : 'right';
  return {
    view: id,
    leftSide: body === 'body-front' ? 'image-right' : 'image-left',
    width: KNEE_WIDTH,
    height: KNEE_HEIGHT,
    regions: mirroredPanelRegions(outlineRing(skin), KNEE_MIDLINE, imageRight, bands),
    detail: { body, panels: mirroredPanels(imageRight, onBody, facesBody) },
  };
}

export const KNEE_ANTERIOR_GEOMETRY = geometry('knee-anterior', 'body-front', ANTERIOR_SKIN, ANTERIOR_BANDS, FACE_ON_BODY, true);
export const KNEE_MEDIAL_GEOMETRY = geometry('knee-medial', 'body-front', MEDIAL_SKIN, MEDIAL_BANDS, MEDIAL_STRIP, false);
export const KNEE_LATERAL_GEOMETRY = geometry('knee-lateral', 'body-front', LATERAL_SKIN, LATERAL_BANDS, LATERAL_STRIP, false);
export const KNEE_POSTERIOR_GEOMETRY = geometry('knee-posterior', 'body-back', POSTERIOR_SKIN, POSTERIOR_BANDS, FACE_ON_BODY, true);

export const mirrorKnee = (knots: readonly Knot[]): Knot[] => mirrorKnots(knots, KNEE_MIDLINE);
