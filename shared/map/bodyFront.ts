/**
 * Body, front view (800 × 1800). The patient faces the viewer, so the patient's LEFT is on the image's
 * RIGHT. Hands are in the anatomical position, palms forward: the backs of the hands are charted on the
 * body back view, where they face the viewer (see bodyBack.ts).
 */
import { acrossMidline, bandRegions, type BandSpec } from './bands.ts';
import { ARM_BANDS, ARM_GUIDE, DELTOID_LINE, LEG_GUIDE, LEG_INNER_LINE, LEG_OUTER_LINE, MIDLINE, TRUNK_SIDE_LINE } from './bodyLines.ts';
import { FRONT_SILHOUETTE, BODY_HEIGHT, BODY_MIDLINE, BODY_WIDTH } from './bodySilhouette.ts';
import type { MapViewGeometry } from './viewGeometry.ts';

const MID: BandSpec[] = [
  { id: 'head', y: [40, 262], guide: MIDLINE },
  { id: 'neck', y: [262, 300], guide: MIDLINE },
  { id: 'decollete', y: [300, 440], guide: MIDLINE, ...acrossMidline(DELTOID_LINE, BODY_MIDLINE) },
  { id: 'abdomen-upper', y: [575, 655], guide: MIDLINE, ...acrossMidline(TRUNK_SIDE_LINE, BODY_MIDLINE) },
  { id: 'periumbilical', y: [655, 720], guide: MIDLINE, ...acrossMidline(TRUNK_SIDE_LINE, BODY_MIDLINE) },
  { id: 'abdomen-lower', y: [720, 850], guide: MIDLINE, ...acrossMidline(TRUNK_SIDE_LINE, BODY_MIDLINE) },
];

/** Drawn on the image's right half (the patient's left) and mirrored. */
const PAIRED: BandSpec[] = [
  ...ARM_BANDS,
  { id: 'palm', y: [900, 1082], guide: ARM_GUIDE },
  { id: 'chest', y: [440, 575], guide: MIDLINE, from: { line: MIDLINE }, to: { line: DELTOID_LINE } },
  { id: 'flank', y: [575, 770], guide: MIDLINE, from: { line: TRUNK_SIDE_LINE } },
  { id: 'hip', y: [770, 905], guide: LEG_GUIDE, from: { line: TRUNK_SIDE_LINE } },
  { id: 'thigh-anterior', y: [850, 1230], guide: LEG_GUIDE, from: { line: LEG_INNER_LINE }, to: { line: LEG_OUTER_LINE } },
  { id: 'thigh-inner', y: [914, 1230], guide: LEG_GUIDE, to: { line: LEG_INNER_LINE } },
  { id: 'thigh-outer', y: [905, 1230], guide: LEG_GUIDE, from: { line: LEG_OUTER_LINE } },
  { id: 'knee', y: [1230, 1375], guide: LEG_GUIDE },
  { id: 'shin', y: [1375, 1640], guide: LEG_GUIDE },
  { id: 'ankle', y: [1640, 1732], guide: LEG_GUIDE },
];

export const BODY_FRONT_GEOMETRY: MapViewGeometry = {
  view: 'body-front',
  leftSide: 'image-right',
  width: BODY_WIDTH,
  height: BODY_HEIGHT,
  regions: bandRegions(FRONT_SILHOUETTE.ring, BODY_MIDLINE, 'left', { mid: MID, paired: PAIRED }),
};
