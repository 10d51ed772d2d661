/**
 * The ankle and foot: both feet in profile from the outer side (`ankle-lateral`) and the inner side
 * (`ankle-medial`), and both soles seen from below, toes up (`foot-plantar`). The image's right foot is
 * drawn here; the left one is its mirror image.
 *
 * Drawn here: the outlines and the landmarks injections are placed by. The views' boxes and named regions
 * are domain data (shared/map/detail/ankle.ts), which this artwork takes as they are.
 */
import { mirrorKnots, type Knot } from '../../../shared/map/curves.ts';
import {
  ANKLE_LATERAL_GEOMETRY,
  ANKLE_MEDIAL_GEOMETRY,
  FOOT_PLANTAR_GEOMETRY,
  LATERAL_KNOTS,
  MEDIAL_KNOTS,
  PLANTAR_KNOTS,
  PROFILE_MIDLINE,
  SOLE_MIDLINE,
} from '../../../shared/map/detail/ankle.ts';
import type { MapArtwork } from '../artwork.ts';
import { ellipsePath, smoothPath } from '../geometry.ts';

/** A drawing on the image's right and its mirror image across the view's midline. */
const mirrored = (midline: number) => ({
  lines: (knots: Knot[], closed = false): string[] => [smoothPath(knots, closed), smoothPath(mirrorKnots(knots, midline), closed)],
  ellipses: (cx: number, cy: number, rx: number, ry: number): string[] => [ellipsePath(cx, cy, rx, ry), ellipsePath(2 * midline - cx, cy, rx, ry)],
});

const profile = mirrored(PROFILE_MIDLINE);
const sole = mirrored(SOLE_MIDLINE);

const LATERAL_DETAILS: string[] = [
  // the fibula down to its malleolus, and the malleolus
  ...profile.lines([[1338, 150], [1342, 280], [1346, 410]]),
  ...profile.lines([[1350, 410, 'corner'], [1374, 428], [1380, 462], [1366, 496], [1348, 506, 'corner'], [1328, 488], [1322, 450], [1330, 420]], true),
  // Achilles tendon, its front edge down to the heel
  ...profile.lines([[1416, 180], [1414, 330], [1420, 450], [1434, 530]]),
  // the peroneal tendons behind and under the malleolus, brevis on to the fifth metatarsal's base
  ...profile.lines([[1394, 300], [1398, 420], [1390, 500], [1362, 530], [1300, 552], [1230, 576], [1180, 604]]),
  ...profile.lines([[1404, 300], [1410, 430], [1402, 512], [1372, 546], [1310, 566], [1250, 586]]),
  ...profile.ellipses(1172, 614, 14, 10), // base of the fifth metatarsal
  // anterior talofibular ligament, malleolus to the talus' neck; the sinus tarsi in front of it
  ...profile.lines([[1322, 474], [1296, 490], [1272, 502]]),
  ...profile.lines([[1328, 496], [1302, 512], [1278, 522]]),
  ...profile.ellipses(1232, 526, 22, 14),
  // the ankle's front crease, the sole's edge, the little toe's nail and crease
  ...profile.lines([[1258, 436], [1240, 458], [1230, 474]]),
  ...profile.lines([[1446, 626], [1300, 632], [1100, 632], [940, 634], [890, 630]]),
  ...profile.lines([[872, 584], [866, 600], [866, 616]]),
  ...profile.lines([[908, 566], [902, 592], [906, 620]]),
];

const MEDIAL_DETAILS: string[] = [
  // the tibia's medial border down to its malleolus, and the malleolus
  ...profile.lines([[1066, 120], [1058, 260], [1046, 390]]),
  ...profile.lines([[1040, 392, 'corner'], [1068, 410], [1078, 450], [1066, 482], [1042, 492, 'corner'], [1016, 478], [1008, 440], [1016, 408]], true),
  // Achilles tendon
  ...profile.lines([[966, 180], [966, 330], [962, 450], [950, 530]]),
  // tibialis posterior behind and under the malleolus to the navicular's tuberosity; the flexor retinaculum
  // over the tarsal tunnel, from the malleolus to the heel
  ...profile.lines([[1000, 300], [996, 420], [1008, 492], [1040, 516], [1090, 534], [1118, 546]]),
  ...profile.ellipses(1130, 552, 14, 11),
  ...profile.lines([[1010, 488], [986, 530], [990, 572], [1012, 600]]),
  // the ankle's front crease, the arch's edge, the big toe's joint, crease and nail
  ...profile.lines([[1122, 436], [1140, 458], [1152, 472]]),
  ...profile.lines([[934, 628], [1030, 630], [1120, 614], [1200, 606], [1280, 614], [1360, 630], [1440, 634]]),
  ...profile.lines([[1418, 560], [1440, 590], [1444, 622]]),
  ...profile.lines([[1478, 566], [1474, 600], [1480, 634]]),
  ...profile.lines([[1502, 572], [1516, 590], [1520, 608]]),
];

const PLANTAR_DETAILS: string[] = [
  // the heel pad, the plantar fascia fanning out from the calcaneus' medial tubercle to the metatarsal heads
  ...sole.lines([[700, 990], [760, 972], [820, 990], [836, 1040], [800, 1084], [730, 1092], [676, 1060], [668, 1020]], true),
  ...sole.ellipses(702, 930, 12, 10),
  ...sole.lines([[702, 920], [672, 780], [630, 580]]),
  ...sole.lines([[712, 920], [706, 760], [696, 574]]),
  ...sole.lines([[720, 920], [738, 760], [756, 578]]),
  ...sole.lines([[728, 920], [772, 760], [814, 586]]),
  ...sole.lines([[736, 924], [806, 770], [868, 600]]),
  // the metatarsal heads (the first with its two sesamoids), the fifth metatarsal's tuberosity
  ...sole.ellipses(614, 560, 30, 24),
  ...sole.ellipses(600, 586, 8, 8),
  ...sole.ellipses(630, 588, 8, 8),
  ...sole.ellipses(696, 548, 20, 16),
  ...sole.ellipses(756, 552, 18, 15),
  ...sole.ellipses(816, 562, 17, 14),
  ...sole.ellipses(872, 578, 16, 13),
  ...sole.ellipses(886, 752, 10, 14),
  // the toes' creases at their bases and their pads
  ...sole.lines([[566, 470], [608, 482], [650, 472]]),
  ...sole.lines([[668, 440], [692, 448], [716, 440]]),
  ...sole.lines([[732, 448], [756, 456], [778, 448]]),
  ...sole.lines([[798, 456], [820, 462], [842, 456]]),
  ...sole.lines([[860, 464], [880, 470], [900, 464]]),
  ...sole.lines([[574, 360], [604, 380], [640, 362]]),
];

export const ANKLE_LATERAL: MapArtwork = {
  ...ANKLE_LATERAL_GEOMETRY,
  outline: profile.lines(LATERAL_KNOTS, true),
  details: LATERAL_DETAILS,
};

export const ANKLE_MEDIAL: MapArtwork = {
  ...ANKLE_MEDIAL_GEOMETRY,
  outline: profile.lines(MEDIAL_KNOTS, true),
  details: MEDIAL_DETAILS,
};

export const FOOT_PLANTAR: MapArtwork = {
  ...FOOT_PLANTAR_GEOMETRY,
  outline: sole.lines(PLANTAR_KNOTS, true),
  details: PLANTAR_DETAILS,
};
