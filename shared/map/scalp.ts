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
import { acrossMidline, bandRegions, type BandSpec } from './bands.ts';
import { sampleCubics, smoothCubics, symmetricContour, type Knot, type Pt } from './curves.ts';
import type { MapViewGeometry } from './viewGeometry.ts';

const SCALP_SIZE = 1000;
export const SCALP_MIDLINE = 500;

export const SKULL_HALF: Knot[] = [
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
const skullCubics = smoothCubics(symmetricContour(SKULL_HALF, SCALP_MIDLINE), true);
const skullRing = sampleCubics(skullCubics, 16);

/** Side of the central column (frontal, mid-scalp, vertex), bowing out with the skull. */
const CENTRAL_SIDE: Pt[] = [[650, 100], [660, 330], [672, 540], [660, 740]];
const GUIDE: Pt[] = [[SCALP_MIDLINE, 0]];

const MID: BandSpec[] = [
  { id: 'frontal', y: [100, 330], guide: GUIDE, ...acrossMidline(CENTRAL_SIDE, SCALP_MIDLINE) },
  { id: 'mid-scalp', y: [330, 540], guide: GUIDE, ...acrossMidline(CENTRAL_SIDE, SCALP_MIDLINE) },
  { id: 'vertex', y: [540, 740], guide: GUIDE, ...acrossMidline(CENTRAL_SIDE, SCALP_MIDLINE) },
  { id: 'occipital', y: [740, 900], guide: GUIDE },
];

/** Drawn on the image's right half (the patient's right) and mirrored. */
const PAIRED: BandSpec[] = [
  { id: 'temporal', y: [140, 480], guide: GUIDE, from: { line: CENTRAL_SIDE } },
  { id: 'parietal', y: [480, 740], guide: GUIDE, from: { line: CENTRAL_SIDE } },
];

export const SCALP_GEOMETRY: MapViewGeometry = {
  view: 'scalp',
  leftSide: 'image-left',
  width: SCALP_SIZE,
  height: SCALP_SIZE,
  regions: bandRegions(skullRing, SCALP_MIDLINE, 'right', { mid: MID, paired: PAIRED }),
};
