/**
 * Scalp seen from above (1000 × 1000), forehead at the top, nose peeking out beyond it, ears at the
 * sides. Looking down on the crown with the face towards the top of the image, the patient's LEFT is on
 * the image's LEFT. The skull is egg-shaped: narrower at the forehead, widest across the parietal
 * eminences behind the ears (cephalic index ≈ 0.8).
 *
 * Regions follow the zones of hair-loss charts: the frontal hairline zone, mid-scalp, vertex (crown),
 * occipital band at the back, and on each side the temporal area ahead of the ear and the parietal
 * area above and behind it. The sutures are drawn as landmarks.
 */
import type { MapArtwork } from '../../shared/mapArtwork.ts';
import { bandRegions, type BandSpec } from './bands.ts';
import { ellipsePath, mirrorKnots, sampleCubics, smoothCubics, smoothPath, symmetricContour, symmetricLine, type Knot, type Pt } from './geometry.ts';

const SIZE = 1000;
const CX = 500;

const SKULL_HALF: Knot[] = [
  [500, 115], // forehead
  [610, 129],
  [705, 184],
  [768, 270],
  [801, 380],
  [813, 500], // parietal eminence
  [810, 600],
  [790, 700],
  [745, 790],
  [665, 860],
  [500, 890], // occiput
];
const skullCubics = smoothCubics(symmetricContour(SKULL_HALF, CX), true);
const skullRing = sampleCubics(skullCubics, 16);

const both = (knots: Knot[]): string[] => [smoothPath(knots), smoothPath(mirrorKnots(knots, CX))];
const mirror = (line: Pt[]): Pt[] => line.map(([x, y]): Pt => [2 * CX - x, y]);

/** Side of the central column (frontal, mid-scalp, vertex), bowing out with the skull. */
const CENTRAL_SIDE: Pt[] = [[650, 100], [660, 330], [672, 540], [660, 740]];
const GUIDE: Pt[] = [[CX, 0]];

const MID: BandSpec[] = [
  { id: 'frontal', y: [100, 330], guide: GUIDE, from: { line: mirror(CENTRAL_SIDE) }, to: { line: CENTRAL_SIDE } },
  { id: 'mid-scalp', y: [330, 540], guide: GUIDE, from: { line: mirror(CENTRAL_SIDE) }, to: { line: CENTRAL_SIDE } },
  { id: 'vertex', y: [540, 740], guide: GUIDE, from: { line: mirror(CENTRAL_SIDE) }, to: { line: CENTRAL_SIDE } },
  { id: 'occipital', y: [740, 900], guide: GUIDE },
];

/** Drawn on the image's right half (the patient's right) and mirrored. */
const PAIRED: BandSpec[] = [
  { id: 'temporal', y: [140, 480], guide: GUIDE, from: { line: CENTRAL_SIDE } },
  { id: 'parietal', y: [480, 740], guide: GUIDE, from: { line: CENTRAL_SIDE } },
];

const DETAILS: string[] = [
  smoothPath(symmetricLine([[500, 168], [582, 174], [652, 202], [698, 250], [722, 302]], CX)), // frontal hairline, temporal recesses
  smoothPath(symmetricLine([[500, 332], [600, 340], [700, 368], [772, 414]], CX)), // coronal suture
  smoothPath([[500, 332], [504, 420], [497, 520], [503, 620], [500, 722]]), // sagittal suture
  smoothPath(symmetricLine([[500, 722], [590, 758], [664, 790], [716, 806]], CX)), // lambdoid suture
  smoothPath([[500, 640], [512, 632], [506, 620], [490, 624], [486, 644], [504, 656], [526, 644]]), // crown whorl
  ellipsePath(500, 640, 2, 2),
];

export const SCALP: MapArtwork = {
  view: 'scalp',
  width: SIZE,
  height: SIZE,
  outline: [
    smoothPath(symmetricContour(SKULL_HALF, CX), true),
    smoothPath([[467, 118, 'corner'], [481, 98], [500, 84], [519, 98], [533, 118, 'corner']]), // tip of the nose
    ...both([[807, 440, 'corner'], [827, 446], [840, 482], [837, 530], [825, 562], [809, 572, 'corner']]), // ears
  ],
  details: DETAILS,
  regions: bandRegions(skullRing, CX, 'right', { mid: MID, paired: PAIRED }),
};
