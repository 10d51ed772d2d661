/**
 * The knee's detail views (front, medial side, lateral side, back), each the patient's right and left
 * knee side by side as mirror images. Drawn here: each panel's skin and the landmarks injections are
 * placed by. The views' boxes, panels and named regions are domain data (shared/map/detail/knee.ts);
 * the landmarks below are given on the image-right panel (front: the left knee, its medial side towards
 * the centre) and mirrored.
 */
import {
  ANTERIOR_SKIN,
  KNEE_ANTERIOR_GEOMETRY,
  KNEE_LATERAL_GEOMETRY,
  KNEE_MEDIAL_GEOMETRY,
  KNEE_MIDLINE,
  KNEE_POSTERIOR_GEOMETRY,
  LATERAL_SKIN,
  MEDIAL_SKIN,
  mirrorInPanel,
  mirrorKnee,
  PATELLA,
  POSTERIOR_SKIN,
} from '../../../shared/map/detail/knee.ts';
import type { Knot } from '../../../shared/map/curves.ts';
import type { MapArtwork } from '../artwork.ts';
import { ellipsePath, smoothPath } from '../geometry.ts';

type Spot = { x: number; y: number; rx: number; ry: number };

const both = (knots: Knot[], closed = false): string[] => [smoothPath(knots, closed), smoothPath(mirrorKnee(knots), closed)];
const bothSpots = (e: Spot): string[] => [ellipsePath(e.x, e.y, e.rx, e.ry), ellipsePath(2 * KNEE_MIDLINE - e.x, e.y, e.rx, e.ry)];

// ---------------------------------------------------------------------------------------------------
// Front

const QUADRICEPS_TENDON: Knot[][] = [
  [[884, 380], [878, 470], [875, 556]],
  [[962, 380], [967, 470], [966, 556]],
];
/** The groove between the rectus femoris and the vastus medialis, then the teardrop's lower edge onto the patella. */
const VASTUS_MEDIALIS: Knot[] = [[800, 200], [826, 330], [848, 440], [858, 520], [852, 572], [820, 606], [770, 630], [726, 640]];
const VASTUS_LATERALIS: Knot[] = [[1040, 200], [1018, 330], [996, 440], [982, 520], [980, 548]];
/** The iliotibial band's front edge, down the side of the knee to Gerdy's tubercle. */
const ILIOTIBIAL_FRONT: Knot[] = [[1104, 420], [1084, 560], [1066, 690], [1046, 780], [1034, 824]];
const GERDY_FRONT: Spot = { x: 1030, y: 838, rx: 13, ry: 11 };
const PATELLAR_TENDON: Knot[][] = [
  [[893, 726], [886, 800], [888, 884]],
  [[947, 726], [954, 800], [952, 884]],
];
const TIBIAL_TUBEROSITY: Knot[] = [[888, 884], [884, 912], [896, 942], [920, 956], [944, 942], [956, 912], [952, 884]];
const TIBIAL_CREST: Knot[] = [[920, 956], [922, 1060], [927, 1160], [931, 1230]];
/** The joint line either side of the patellar tendon: the tibial plateau's rim, sloping a little outwards. */
const JOINT_LINE_FRONT: Knot[][] = [
  [[753, 770], [800, 776], [846, 780], [874, 782]],
  [[966, 782], [994, 780], [1044, 776], [1092, 770]],
];
/** The pes anserinus: sartorius, gracilis and semitendinosus fanning in from behind to the anteromedial tibia. */
const PES_ANSERINUS_FRONT: Knot[][] = [
  [[750, 860], [778, 898], [814, 932]],
  [[756, 892], [784, 922], [814, 940]],
  [[759, 924], [786, 942], [814, 948]],
];
/** The fibular head's round at the lateral edge, below the joint line. */
const FIBULAR_HEAD_FRONT: Knot[] = [[1099, 818], [1084, 840], [1086, 868], [1106, 884]];

export const KNEE_ANTERIOR: MapArtwork = {
  ...KNEE_ANTERIOR_GEOMETRY,
  outline: both(ANTERIOR_SKIN, true),
  details: [
    ...both(PATELLA, true),
    ...QUADRICEPS_TENDON.flatMap((line) => both(line)),
    ...both(VASTUS_MEDIALIS),
    ...both(VASTUS_LATERALIS),
    ...both(ILIOTIBIAL_FRONT),
    ...bothSpots(GERDY_FRONT),
    ...PATELLAR_TENDON.flatMap((line) => both(line)),
    ...both(TIBIAL_TUBEROSITY),
    ...both(TIBIAL_CREST),
    ...JOINT_LINE_FRONT.flatMap((line) => both(line)),
    ...PES_ANSERINUS_FRONT.flatMap((line) => both(line)),
    ...both(FIBULAR_HEAD_FRONT),
  ],
};

// ---------------------------------------------------------------------------------------------------
// Back (the image-right panel is the right knee, its medial side towards the centre)

const POPLITEAL_CREASE: Knot[] = [[842, 746], [880, 752], [920, 754], [962, 752], [1000, 746]];
/** Semitendinosus: the fossa's upper medial border, then round the medial side to the pes anserinus. */
const SEMITENDINOSUS: Knot[] = [[905, 120], [908, 360], [900, 480], [870, 570], [846, 660], [834, 745], [830, 820], [814, 880], [788, 930], [762, 960]];
const SEMIMEMBRANOSUS: Knot[] = [[850, 300], [846, 460], [828, 560], [806, 660], [796, 760], [792, 840]];
/** Biceps femoris: the fossa's upper lateral border, down to the fibular head. */
const BICEPS_FEMORIS: Knot[] = [[935, 120], [932, 360], [942, 480], [972, 570], [998, 660], [1010, 745], [1024, 810], [1046, 852], [1072, 872]];
/** The gastrocnemius' two heads: the fossa's lower borders, meeting in the calf's midline groove. */
const GASTROCNEMIUS_MEDIAL: Knot[] = [[846, 770], [866, 850], [894, 920], [914, 962]];
const GASTROCNEMIUS_LATERAL: Knot[] = [[996, 770], [978, 850], [948, 920], [926, 962]];
const CALF_GROOVE: Knot[] = [[920, 976], [918, 1080], [920, 1180], [922, 1232]];
const FIBULAR_HEAD_BACK: Knot[] = [[1100, 830], [1082, 848], [1082, 872], [1102, 888]];

export const KNEE_POSTERIOR: MapArtwork = {
  ...KNEE_POSTERIOR_GEOMETRY,
  outline: both(POSTERIOR_SKIN, true),
  details: [
    ...both(POPLITEAL_CREASE),
    ...both(SEMITENDINOSUS),
    ...both(SEMIMEMBRANOSUS),
    ...both(BICEPS_FEMORIS),
    ...both(GASTROCNEMIUS_MEDIAL),
    ...both(GASTROCNEMIUS_LATERAL),
    ...both(CALF_GROOVE),
    ...both(FIBULAR_HEAD_BACK),
  ],
};

// ---------------------------------------------------------------------------------------------------
// Medial side (the image-right panel is the left knee seen from inside, its front towards the centre)

/** The patella's edge behind the skin's front contour, and the patellar tendon's back edge below it. */
const PATELLA_EDGE_MEDIAL: Knot[] = [[748, 540], [784, 556], [802, 610], [804, 670], [790, 718], [756, 744]];
const PATELLAR_TENDON_MEDIAL: Knot[] = [[772, 746], [786, 800], [790, 860], [784, 902]];
/** The medial femoral condyle's dome, from the joint line in front round to the joint line behind. */
const MEDIAL_CONDYLE: Knot[] = [[814, 772], [822, 700], [858, 642], [920, 612], [990, 618], [1044, 650], [1070, 704], [1078, 768]];
const MEDIAL_EPICONDYLE: Spot = { x: 952, y: 680, rx: 10, ry: 10 };
const JOINT_LINE_MEDIAL: Knot[] = [[808, 777], [880, 779], [960, 777], [1040, 772], [1090, 768]];
/** The medial collateral ligament's two edges, from the epicondyle to the tibia under the pes anserinus. */
const MCL: Knot[][] = [
  [[940, 662], [920, 760], [904, 860], [890, 950], [882, 992]],
  [[966, 664], [992, 760], [980, 860], [938, 940], [890, 994]],
];
/** Sartorius, gracilis and semitendinosus: round behind the condyle, then forward over the ligament to the tibia. */
const PES_ANSERINUS_MEDIAL: Knot[][] = [
  [[1094, 640], [1088, 740], [1050, 850], [970, 915], [870, 948], [808, 954]],
  [[1102, 690], [1098, 785], [1062, 870], [980, 930], [874, 960], [810, 964]],
  [[1108, 740], [1108, 825], [1074, 890], [990, 945], [880, 972], [812, 972]],
];
const TIBIA_MEDIAL_BORDER: Knot[] = [[884, 1000], [890, 1120], [896, 1230]];
const POPLITEAL_CREASE_MEDIAL: Knot[] = [[1096, 747], [1068, 752], [1042, 758]];

export const KNEE_MEDIAL: MapArtwork = {
  ...KNEE_MEDIAL_GEOMETRY,
  outline: both(MEDIAL_SKIN, true),
  details: [
    ...both(PATELLA_EDGE_MEDIAL),
    ...both(PATELLAR_TENDON_MEDIAL),
    ...both(MEDIAL_CONDYLE),
    ...bothSpots(MEDIAL_EPICONDYLE),
    ...both(JOINT_LINE_MEDIAL),
    ...MCL.flatMap((line) => both(line)),
    ...PES_ANSERINUS_MEDIAL.flatMap((line) => both(line)),
    ...both(TIBIA_MEDIAL_BORDER),
    ...both(POPLITEAL_CREASE_MEDIAL),
  ],
};

// ---------------------------------------------------------------------------------------------------
// Lateral side (the image-right panel is the left knee seen from outside, its front towards the edge)

const LATERAL_CONDYLE: Knot[] = [[1026, 772], [1018, 704], [984, 648], [926, 620], [862, 626], [812, 656], [788, 706], [782, 768]];
const LATERAL_EPICONDYLE: Spot = { x: 902, y: 686, rx: 10, ry: 10 };
/** The lateral collateral ligament, a cord from the epicondyle to the fibular head. */
const LCL: Knot[][] = [
  [[894, 698], [880, 760], [866, 810], [852, 848]],
  [[910, 700], [898, 760], [882, 812], [868, 850]],
];
const FIBULAR_HEAD: Spot = { x: 857, y: 884, rx: 30, ry: 34 };
const FIBULA_NECK: Knot[][] = [
  [[836, 912], [844, 1000], [850, 1120], [854, 1230]],
  [[878, 914], [876, 1000], [878, 1120], [882, 1230]],
];
const GERDY_TUBERCLE: Spot = { x: 1006, y: 838, rx: 14, ry: 11 };
/** The iliotibial band's two edges, narrowing over the lateral condyle to Gerdy's tubercle. */
const ILIOTIBIAL_BAND: Knot[][] = [
  [[1048, 60], [1042, 300], [1034, 520], [1024, 700], [1016, 790], [1012, 826]],
  [[930, 60], [924, 300], [930, 520], [958, 700], [988, 790], [1000, 828]],
];
/** The biceps femoris tendon, down the back of the thigh to the fibular head. */
const BICEPS_TENDON: Knot[] = [[760, 200], [780, 420], [806, 620], [830, 760], [846, 848]];

export const KNEE_LATERAL: MapArtwork = {
  ...KNEE_LATERAL_GEOMETRY,
  outline: both(LATERAL_SKIN, true),
  details: [
    ...both(mirrorInPanel(PATELLA_EDGE_MEDIAL)),
    ...both(mirrorInPanel(PATELLAR_TENDON_MEDIAL)),
    ...both(LATERAL_CONDYLE),
    ...bothSpots(LATERAL_EPICONDYLE),
    ...both(mirrorInPanel(JOINT_LINE_MEDIAL)),
    ...LCL.flatMap((line) => both(line)),
    ...bothSpots(FIBULAR_HEAD),
    ...FIBULA_NECK.flatMap((line) => both(line)),
    ...bothSpots(GERDY_TUBERCLE),
    ...ILIOTIBIAL_BAND.flatMap((line) => both(line)),
    ...both(BICEPS_TENDON),
    ...both(mirrorInPanel(POPLITEAL_CREASE_MEDIAL)),
  ],
};
