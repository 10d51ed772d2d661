/**
 * The hand and wrist from the back (`hand-dorsal`) and from the palm (`hand-palmar`), both hands side by
 * side, fingers down and thumbs out as they hang on the body views. The image's right hand is drawn here;
 * the left one is its mirror image.
 *
 * Drawn here: the outline and the landmarks injections are placed by. The views' boxes and named regions
 * are domain data (shared/map/detail/hand.ts), which this artwork takes as they are.
 */
import { mirrorKnots, type Knot } from '../../../shared/map/curves.ts';
import { HAND_DORSAL_GEOMETRY, HAND_KNOTS, HAND_MIDLINE, HAND_OUTLINE, HAND_PALMAR_GEOMETRY } from '../../../shared/map/detail/hand.ts';
import type { MapArtwork } from '../artwork.ts';
import { ellipsePath, pathData, smoothPath } from '../geometry.ts';

const both = (knots: Knot[], closed = false): string[] => [smoothPath(knots, closed), smoothPath(mirrorKnots(knots, HAND_MIDLINE), closed)];
const bothEllipses = (cx: number, cy: number, rx: number, ry: number): string[] => [
  ellipsePath(cx, cy, rx, ry),
  ellipsePath(2 * HAND_MIDLINE - cx, cy, rx, ry),
];

const OUTLINE = [pathData(HAND_OUTLINE.cubics, true), smoothPath(mirrorKnots(HAND_KNOTS, HAND_MIDLINE), true)];

/** A finger joint's skin creases: a short bow across the finger at (x, y), `w` wide. */
const crease = (x: number, y: number, w: number, bow: number): Knot[] => [[x - w / 2, y], [x, y + bow], [x + w / 2, y]];

/** The nail on a finger's last phalanx, from its base (x, y) to its free edge, `w` wide and `h` long. */
const nail = (x: number, y: number, w: number, h: number): Knot[] => [
  [x - w / 2, y + h, 'corner'],
  [x - w / 2, y + h * 0.3],
  [x, y],
  [x + w / 2, y + h * 0.3],
  [x + w / 2, y + h, 'corner'],
];

/** The fingers' axes at the joints: x and y of the metacarpophalangeal, proximal and distal interphalangeal joints. */
const FINGERS = {
  index: { x: 1030, mcp: 975, pip: 1215, dip: 1345, tipX: 1032 },
  middle: { x: 935, mcp: 990, pip: 1240, dip: 1378, tipX: 936 },
  ring: { x: 848, mcp: 980, pip: 1222, dip: 1352, tipX: 843 },
  little: { x: 768, mcp: 950, pip: 1175, dip: 1285, tipX: 752 },
};

const DORSAL_DETAILS: string[] = [
  ...bothEllipses(736, 452, 24, 20), // head of the ulna, its styloid below
  ...both([[716, 492], [726, 505], [742, 502]]),
  ...both([[986, 400], [974, 450], [986, 494]]), // radial styloid
  ...bothEllipses(878, 432, 9, 13), // Lister's tubercle
  // the dorsal wrist joint line, radius and ulna to the carpus
  ...both([[722, 530], [800, 545], [880, 548], [960, 535], [1000, 520]]),
  // extensor pollicis longus round Lister's tubercle to the thumb, and the short extensor along the radial edge:
  // the snuffbox lies between them
  ...both([[884, 450], [930, 500], [975, 600], [1030, 720], [1068, 830], [1092, 935]]),
  ...both([[993, 420], [1006, 500], [1030, 590], [1058, 680], [1080, 770]]),
  // the finger extensors fanning out from the wrist to the knuckles
  ...both([[880, 600], [955, 780], [1020, 940]]),
  ...both([[875, 600], [905, 780], [932, 955]]),
  ...both([[866, 600], [858, 780], [850, 945]]),
  ...both([[858, 600], [810, 780], [772, 915]]),
  // knuckles: the metacarpal heads, then the finger joints' creases and the nails
  ...Object.values(FINGERS).flatMap((f) => [
    ...both([[f.x - 26, f.mcp + 10], [f.x - 14, f.mcp - 8], [f.x + 14, f.mcp - 8], [f.x + 26, f.mcp + 10]]),
    ...both(crease(f.x, f.pip - 8, 36, -6)),
    ...both(crease(f.x, f.pip + 6, 44, -8)),
    ...both(crease(f.x, f.dip, 34, -5)),
  ]),
  ...both(nail(FINGERS.index.tipX, 1375, 44, 52), true),
  ...both(nail(FINGERS.middle.tipX, 1408, 46, 56), true),
  ...both(nail(FINGERS.ring.tipX, 1382, 44, 52), true),
  ...both(nail(FINGERS.little.tipX, 1314, 38, 44), true),
  // thumb: the metacarpophalangeal and interphalangeal joints, the nail
  ...both([[1072, 805], [1090, 792], [1110, 792]]),
  ...both(crease(1104, 925, 50, -6)),
  ...both([[1088, 1012, 'corner'], [1092, 974], [1110, 962], [1128, 974], [1130, 1012, 'corner']]),
];

const PALMAR_DETAILS: string[] = [
  // the proximal and distal wrist creases
  ...both([[712, 470], [790, 478], [880, 474], [960, 464], [990, 458]]),
  ...both([[716, 540], [800, 542], [902, 536], [1004, 522]]),
  // palmaris longus down the middle of the wrist, flexor carpi radialis beside it
  ...both([[872, 120], [870, 320], [866, 520]]),
  ...both([[944, 130], [950, 330], [958, 520]]),
  ...bothEllipses(738, 566, 16, 16), // pisiform
  ...bothEllipses(978, 562, 14, 12), // tubercle of the scaphoid
  // the flexor retinaculum, roof of the carpal tunnel: from pisiform and hamate's hook to scaphoid and trapezium
  ...both([[752, 584, 'corner'], [860, 566], [962, 578, 'corner'], [958, 640], [950, 690, 'corner'], [870, 700], [782, 694, 'corner'], [770, 640]], true),
  // the thenar crease round the ball of the thumb, the proximal and distal palmar creases
  ...both([[902, 540], [912, 610], [930, 690], [958, 770], [995, 825], [1036, 848]]),
  ...both([[1036, 852], [980, 832], [910, 832], [850, 846], [800, 870]]),
  ...both([[712, 880], [780, 892], [850, 905], [920, 918], [968, 940]]),
  // A1 pulleys over the metacarpal heads: where a trigger finger catches
  ...Object.values(FINGERS).flatMap((f) => [
    ...bothEllipses(f.x, f.mcp - 14, 20, 9),
    ...both(crease(f.x, 1092, 70, 6)), // the palmodigital crease, at the finger's base
    ...both(crease(f.x, f.pip - 4, 56, 5)), // the interphalangeal creases, doubled at the proximal joint
    ...both(crease(f.x, f.pip + 8, 56, 5)),
    ...both(crease(f.x, f.dip, 50, 5)),
  ]),
  ...bothEllipses(1090, 818, 16, 9), // the thumb's A1 pulley
  ...both([[1064, 830], [1088, 834], [1114, 802]]), // thumb: metacarpophalangeal and interphalangeal creases
  ...both(crease(1102, 930, 70, 6)),
];

export const HAND_DORSAL: MapArtwork = { ...HAND_DORSAL_GEOMETRY, outline: OUTLINE, details: DORSAL_DETAILS };
export const HAND_PALMAR: MapArtwork = { ...HAND_PALMAR_GEOMETRY, outline: OUTLINE, details: PALMAR_DETAILS };
