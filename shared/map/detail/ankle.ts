/**
 * The ankle and foot, both feet side by side: in profile from the outer side (`ankle-lateral`) and from
 * the inner side (`ankle-medial`), lower leg to toes (1600 × 720), and the sole seen from below with the
 * toes up (`foot-plantar`, 1000 × 1200), as the body back view shows the feet.
 *
 * The profiles are side views of the body front view's feet: each panel maps onto a thin strip along the
 * outer or inner edge of that foot. Seen from the patient's side the toes point towards the viewer's front:
 * so on the lateral view both feet's toes point to the image's centre, on the medial view outwards. The
 * sole maps onto a strip along the bottom of the body back view's heels.
 *
 * Drawn at 24 px to the centimetre for the profiles (foot 26 cm long, sole at y 646, malleoli 7–8 cm above
 * it), 40 for the sole. Only the image's right foot is authored; the left one is its mirror image.
 */
import type { Knot, Pt } from '../curves.ts';
import type { DetailPanel, MapViewGeometry, ViewBox } from '../viewGeometry.ts';
import { along, bothSides, onOutline, outline, type Outline, type Side } from './outlineFaces.ts';

const PROFILE_WIDTH = 1600;
const PROFILE_HEIGHT = 720;
export const PROFILE_MIDLINE = PROFILE_WIDTH / 2;
const SOLE_WIDTH = 1000;
const SOLE_HEIGHT = 1200;
export const SOLE_MIDLINE = SOLE_WIDTH / 2;

/** The image's right foot from its outer side: heel outwards (right), toes to the centre; from the shin down. */
export const LATERAL_KNOTS: Knot[] = [
  [1248, 60, 'corner'], // shin, cut across
  [1254, 200],
  [1262, 330],
  [1266, 420],
  [1252, 450], // front of the ankle
  [1205, 466],
  [1140, 482],
  [1070, 500],
  [1000, 522],
  [940, 548],
  [900, 566], // little toe
  [872, 578],
  [856, 598],
  [854, 622],
  [868, 640],
  [910, 646], // sole
  [1050, 646],
  [1200, 646],
  [1350, 645],
  [1440, 642],
  [1476, 622],
  [1490, 590], // heel
  [1484, 552],
  [1466, 518], // insertion of the Achilles tendon
  [1452, 462],
  [1446, 380],
  [1448, 300],
  [1458, 200],
  [1470, 60, 'corner'], // calf, cut across
];

/** The image's right foot from its inner side: heel to the centre (left), toes outwards; the arch lifts the sole. */
export const MEDIAL_KNOTS: Knot[] = [
  [910, 60, 'corner'], // calf, cut across
  [1132, 60, 'corner'], // shin, cut across
  [1126, 200],
  [1118, 330],
  [1114, 420],
  [1128, 450], // front of the ankle
  [1170, 470],
  [1240, 488],
  [1320, 510],
  [1390, 534],
  [1448, 554], // first metatarsophalangeal joint
  [1494, 566],
  [1520, 584],
  [1532, 610], // tip of the big toe
  [1524, 634],
  [1500, 645],
  [1400, 645], // ball of the foot, under the first metatarsal head
  [1330, 638],
  [1260, 622],
  [1180, 616], // medial arch
  [1100, 626],
  [1030, 642],
  [950, 644],
  [906, 624],
  [890, 590], // heel
  [896, 552],
  [914, 518], // insertion of the Achilles tendon
  [928, 462],
  [934, 380],
  [932, 300],
  [922, 200],
];

/** The image's right sole seen from below, toes up: big toe towards the centre (left), little toe outwards. */
export const PLANTAR_KNOTS: Knot[] = [
  [730, 1112], // back of the heel
  [812, 1096],
  [852, 1040],
  [868, 960],
  [884, 860],
  [898, 750], // tuberosity of the fifth metatarsal
  [908, 640],
  [916, 540], // fifth metatarsal head
  [914, 470],
  [905, 432],
  [884, 412], // little toe
  [864, 420],
  [856, 448],
  [853, 480, 'corner'],
  [850, 430],
  [843, 390],
  [828, 368], // fourth toe
  [808, 368],
  [796, 392],
  [792, 440],
  [790, 470, 'corner'],
  [787, 410],
  [779, 352],
  [761, 330], // third toe
  [741, 332],
  [729, 356],
  [726, 420],
  [724, 462, 'corner'],
  [720, 398],
  [713, 320],
  [696, 298], // second toe
  [675, 300],
  [663, 326],
  [661, 400],
  [660, 455, 'corner'],
  [654, 378],
  [647, 320],
  [629, 290],
  [600, 282], // big toe
  [572, 296],
  [559, 340],
  [558, 420],
  [564, 480],
  [568, 545], // first metatarsal head
  [582, 650],
  [600, 770], // medial arch
  [622, 880],
  [630, 980],
  [652, 1062],
  [690, 1104],
];

const LATERAL_OUTLINE = outline(LATERAL_KNOTS);
const MEDIAL_OUTLINE = outline(MEDIAL_KNOTS);
const PLANTAR_OUTLINE = outline(PLANTAR_KNOTS);

/** The outer side: malleolus, Achilles and peroneal tendons, anterior talofibular ligament, sinus tarsi. */
function lateralRegions(o: Outline): Record<string, Pt[]> {
  const at = (p: Pt): Pt => onOutline(o, p);
  const shinLevel = at([1264, 380]);
  const achillesTop = at([1412, 60]);
  const insertion = at([1480, 546]);
  const ankleFront = at([1215, 469]);
  const sinusFront = at([1170, 484]);
  const heelFront = at([1250, 646]);
  // The line above the malleolus, then the malleolus' outline from its top round to its front.
  const level: Pt[] = [[1318, 380], [1380, 380], [1408, 380]];
  const malleolusBack: Pt[] = [[1382, 440], [1376, 490], [1355, 512], [1330, 514]];
  const malleolusFront: Pt[] = [[1316, 492], [1314, 470], [1312, 440]];
  const achillesFront: Pt[] = [[1410, 200], [1408, 380], [1412, 470], [1424, 535]];
  // The peroneal tendons' course behind and under the malleolus, forwards to the fifth metatarsal's base.
  const peronealLower: Pt[] = [[1424, 535], [1400, 556], [1340, 570], [1270, 584], [1190, 598]];
  const peronealUpper: Pt[] = [[1180, 572], [1230, 560], [1290, 540], [1330, 514]];
  const ligamentTop: Pt = [1266, 484];
  const sinusBack: Pt = [1262, 512];
  const heelCorner: Pt = [1262, 610];
  return {
    'leg-lateral': [...along(o, shinLevel, achillesTop), ...achillesFront.slice(0, 2), ...[...level].reverse().slice(1)],
    achilles: [...along(o, achillesTop, insertion), ...[...achillesFront].reverse()],
    'lateral-malleolus': [...level.slice(0, 2), ...malleolusBack, ...malleolusFront],
    peroneal: [...level.slice(1), ...achillesFront.slice(2), ...peronealLower.slice(1), ...peronealUpper, ...[...malleolusBack].reverse().slice(1)],
    'ankle-anterior': [...along(o, ankleFront, shinLevel), level[0] as Pt, [1312, 440], [1314, 470], ligamentTop],
    atfl: [ligamentTop, [1314, 470], [1316, 492], [1330, 514], [1290, 540], sinusBack],
    'sinus-tarsi': [...along(o, sinusFront, ankleFront), ligamentTop, sinusBack, [1290, 540], [1230, 560], [1195, 520]],
    'heel-lateral': [...along(o, insertion, heelFront), heelCorner, ...[...peronealLower].reverse().slice(1)],
    'foot-lateral': [...along(o, sinusFront, heelFront), heelCorner, [1270, 584], [1190, 598], [1180, 572], [1230, 560], [1195, 520]],
  };
}

/** The inner side: malleolus, tarsal tunnel and tibialis posterior behind and under it, Achilles, heel, arch. */
function medialRegions(o: Outline): Record<string, Pt[]> {
  const at = (p: Pt): Pt => onOutline(o, p);
  const shinLevel = at([1116, 380]);
  const achillesTop = at([968, 60]);
  const insertion = at([906, 540]);
  const ankleFront = at([1185, 477]);
  const midfootFront = at([1300, 504]);
  const ballBack = at([1320, 637]);
  const heelFront = at([1060, 634]);
  const level: Pt[] = [[972, 380], [1006, 380], [1074, 380]];
  const achillesFront: Pt[] = [[970, 200], [972, 380], [968, 470], [956, 535]];
  // The malleolus' outline from the back of its top round its tip to its front.
  const malleolusBack: Pt[] = [[1002, 430], [1004, 480], [1020, 498]];
  const malleolusFront: Pt[] = [[1048, 500], [1072, 485], [1080, 440]];
  // The tarsal tunnel from behind the malleolus down towards the sole; tibialis posterior in front of it.
  const tunnelFront: Pt[] = [[1020, 498], [1040, 540], [1076, 590]];
  const tunnelBack: Pt[] = [[956, 535], [990, 580], [1036, 610]];
  const navicular: Pt[] = [[1076, 590], [1170, 580], [1190, 530], [1130, 500]];
  return {
    'leg-medial': [...along(o, shinLevel, achillesTop), ...achillesFront.slice(0, 2), ...level.slice(1)],
    achilles: [...along(o, achillesTop, insertion), ...[...achillesFront].reverse()],
    'medial-malleolus': [...level.slice(1), ...[...malleolusFront].reverse(), ...[...malleolusBack].reverse()],
    'tarsal-tunnel': [...level.slice(0, 2), ...malleolusBack, ...tunnelFront.slice(1), ...[...tunnelBack].reverse(), ...achillesFront.slice(2, 3)],
    'tibialis-posterior': [...tunnelFront, ...navicular.slice(1), ...malleolusFront.slice(1, 2), malleolusFront[0] as Pt],
    'ankle-anterior': [...along(o, ankleFront, shinLevel), level[2] as Pt, ...[...malleolusFront].reverse().slice(0, 2), navicular[3] as Pt],
    'heel-medial': [...along(o, insertion, heelFront), ...[...tunnelBack].reverse()],
    'arch-medial': [...along(o, ankleFront, midfootFront), [1300, 560], ...along(o, ballBack, heelFront), tunnelBack[2] as Pt, ...navicular],
    'foot-medial': [...along(o, midfootFront, ballBack), [1300, 560]],
  };
}

/** The sole: toes, the ball over the metatarsal heads, arch, the plantar fascia's origin at the heel, heel pad. */
function plantarRegions(o: Outline): Record<string, Pt[]> {
  const at = (p: Pt): Pt => onOutline(o, p);
  const toesMedial = at([562, 500]);
  const toesLateral = at([914, 505]);
  const ballMedial = at([578, 640]);
  const ballLateral = at([906, 640]);
  const fasciaMedial = at([622, 880]);
  const heelMedial = at([632, 960]);
  const heelLateral = at([868, 960]);
  // The toes' creases at their bases, then the line behind the metatarsal heads.
  const toeBases: Pt[] = [[620, 497], [700, 493], [790, 492], [860, 497]];
  const ball: Pt[] = [[700, 640], [790, 640]];
  const column: Pt[] = [[790, 880], [790, 960]];
  return {
    toes: [...along(o, toesMedial, toesLateral, [600, 282]), ...[...toeBases].reverse()],
    'metatarsal-heads': [...along(o, ballMedial, toesMedial), ...toeBases, ...along(o, toesLateral, ballLateral), ...[...ball].reverse()],
    arch: [...along(o, ballMedial, fasciaMedial), column[0] as Pt, ball[1] as Pt, ball[0] as Pt],
    'midfoot-lateral': [ball[1] as Pt, ...along(o, ballLateral, heelLateral), ...[...column].reverse()],
    'plantar-fascia-origin': [...along(o, fasciaMedial, heelMedial), ...[...column].reverse()],
    heel: [...along(o, heelMedial, heelLateral), column[1] as Pt],
  };
}

/** One panel on each side of the midline, the image's right one `right` and its mirror image. */
function panelPair(midline: number, right: { box: ViewBox; onBody: ViewBox }, bodyWidth: number, imageRight: Side): DetailPanel[] {
  const imageLeft: Side = imageRight === 'left' ? 'right' : 'left';
  const { box, onBody } = right;
  return [
    { side: imageLeft, box: { ...box, x: 2 * midline - box.x - box.w }, onBody: { ...onBody, x: bodyWidth - onBody.x - onBody.w }, facesBody: false },
    { side: imageRight, box, onBody, facesBody: false },
  ];
}

const BODY_WIDTH = 800;
const PROFILE_BOX: ViewBox = { x: 820, y: 40, w: 740, h: 640 };
/** The profiles' strip on the body front view: from mid-shin (y 1516) to below the sole (1791), 18 px wide. */
const PROFILE_STRIP = { y: 1516, w: 18, h: 275 };

export const ANKLE_LATERAL_GEOMETRY: MapViewGeometry = {
  view: 'ankle-lateral',
  leftSide: 'image-right',
  width: PROFILE_WIDTH,
  height: PROFILE_HEIGHT,
  regions: bothSides(lateralRegions(LATERAL_OUTLINE), 'left', PROFILE_MIDLINE),
  // Along the outer edge of the left ankle and foot (x 497–513 on the body front view).
  detail: { body: 'body-front', panels: panelPair(PROFILE_MIDLINE, { box: PROFILE_BOX, onBody: { x: 496, ...PROFILE_STRIP } }, BODY_WIDTH, 'left') },
};

export const ANKLE_MEDIAL_GEOMETRY: MapViewGeometry = {
  view: 'ankle-medial',
  leftSide: 'image-right',
  width: PROFILE_WIDTH,
  height: PROFILE_HEIGHT,
  regions: bothSides(medialRegions(MEDIAL_OUTLINE), 'left', PROFILE_MIDLINE),
  // Along the inner edge of the left ankle and foot (x 444–448 on the body front view).
  detail: { body: 'body-front', panels: panelPair(PROFILE_MIDLINE, { box: PROFILE_BOX, onBody: { x: 438, ...PROFILE_STRIP } }, BODY_WIDTH, 'left') },
};

export const FOOT_PLANTAR_GEOMETRY: MapViewGeometry = {
  view: 'foot-plantar',
  leftSide: 'image-left',
  width: SOLE_WIDTH,
  height: SOLE_HEIGHT,
  regions: bothSides(plantarRegions(PLANTAR_OUTLINE), 'right', SOLE_MIDLINE),
  // Along the bottom of the right heel on the body back view (x 446–501, down to y 1775).
  detail: {
    body: 'body-back',
    panels: panelPair(SOLE_MIDLINE, { box: { x: 540, y: 40, w: 420, h: 1120 }, onBody: { x: 444, y: 1758, w: 60, h: 20 } }, BODY_WIDTH, 'right'),
  },
};
