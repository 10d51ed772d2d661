/**
 * Body, back view (800 × 1800). The viewer stands behind the patient, so the patient's LEFT is on the
 * image's LEFT. The hands hang palms forward (anatomical position, as on the front view), so their
 * backs face the viewer here: the backs of the hands are charted on this view, not on the front.
 * The spine is split into the segments treated for pain: cervical, dorsal (thoracic), lumbar, sacrum.
 */
import { acrossMidline, bandRegions, type BandSpec } from './bands.ts';
import { ARM_BANDS, ARM_GUIDE, DELTOID_LINE, LEG_GUIDE, LEG_INNER_LINE, LEG_OUTER_LINE, MIDLINE, TRUNK_SIDE_LINE } from './bodyLines.ts';
import { BACK_SILHOUETTE, BODY_HEIGHT, BODY_MIDLINE, BODY_WIDTH } from './bodySilhouette.ts';
import type { Pt } from './curves.ts';
import type { MapViewGeometry } from './viewGeometry.ts';

/** The paraspinal strip charted as the spine: the neck's width above, 48 px wide from C7 down. */
const SPINE_LINE: Pt[] = [[447, 262], [446, 300], [441, 322], [424, 334], [424, 790], [412, 798], [412, 880]];
/** Medial edge of the sacroiliac band, then of the buttock beside the natal cleft. */
const BUTTOCK_INNER_LINE: Pt[] = [[470, 790], [466, 880], [402, 886], [402, 2000]];

const MID: BandSpec[] = [
  { id: 'head', y: [40, 262], guide: MIDLINE },
  { id: 'cervical', y: [262, 330], guide: MIDLINE, ...acrossMidline(SPINE_LINE, BODY_MIDLINE) },
  { id: 'dorsal', y: [330, 620], guide: MIDLINE, ...acrossMidline(SPINE_LINE, BODY_MIDLINE) },
  { id: 'lumbar', y: [620, 790], guide: MIDLINE, ...acrossMidline(SPINE_LINE, BODY_MIDLINE) },
  { id: 'sacrum', y: [790, 880], guide: MIDLINE, ...acrossMidline(SPINE_LINE, BODY_MIDLINE) },
];

/** Drawn on the image's right half (the patient's right) and mirrored. */
const PAIRED: BandSpec[] = [
  ...ARM_BANDS,
  { id: 'hand-back', y: [900, 1082], guide: ARM_GUIDE },
  { id: 'upper-back', y: [290, 575], guide: MIDLINE, from: { line: SPINE_LINE }, to: { line: DELTOID_LINE } },
  { id: 'lower-back', y: [575, 790], guide: MIDLINE, from: { line: SPINE_LINE }, to: { line: TRUNK_SIDE_LINE } },
  { id: 'flank', y: [575, 770], guide: MIDLINE, from: { line: TRUNK_SIDE_LINE } },
  { id: 'sacroiliac', y: [790, 880], guide: MIDLINE, from: { line: SPINE_LINE }, to: { line: BUTTOCK_INNER_LINE } },
  { id: 'hip', y: [770, 905], guide: LEG_GUIDE, from: { line: TRUNK_SIDE_LINE } },
  { id: 'buttock', y: [790, 975], guide: LEG_GUIDE, from: { line: BUTTOCK_INNER_LINE }, to: { line: LEG_OUTER_LINE } },
  { id: 'thigh-posterior', y: [975, 1230], guide: LEG_GUIDE, from: { line: LEG_INNER_LINE }, to: { line: LEG_OUTER_LINE } },
  { id: 'thigh-inner', y: [975, 1230], guide: LEG_GUIDE, to: { line: LEG_INNER_LINE } },
  { id: 'thigh-outer', y: [905, 1230], guide: LEG_GUIDE, from: { line: LEG_OUTER_LINE } },
  { id: 'knee', y: [1230, 1375], guide: LEG_GUIDE },
  { id: 'calf', y: [1375, 1640], guide: LEG_GUIDE },
  { id: 'ankle', y: [1640, 1740], guide: LEG_GUIDE },
];

export const BODY_BACK_GEOMETRY: MapViewGeometry = {
  view: 'body-back',
  leftSide: 'image-left',
  width: BODY_WIDTH,
  height: BODY_HEIGHT,
  regions: bandRegions(BACK_SILHOUETTE.ring, BODY_MIDLINE, 'right', { mid: MID, paired: PAIRED }),
};
