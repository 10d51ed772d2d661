/** The artwork of every map view, by view id: what Konva draws on screen and pdfkit in the PDF. */
import type { MapViewId } from '../../shared/mapViews.ts';
import type { MapArtwork } from './artwork.ts';
import { BODY_BACK } from './bodyBack.ts';
import { BODY_FRONT } from './bodyFront.ts';
import { FACE } from './face.ts';
import { SCALP } from './scalp.ts';
import { KNEE_ANTERIOR, KNEE_LATERAL, KNEE_MEDIAL, KNEE_POSTERIOR } from './detail/knee.ts';
import { HAND_DORSAL, HAND_PALMAR } from './detail/hand.ts';
import { ANKLE_LATERAL, ANKLE_MEDIAL, FOOT_PLANTAR } from './detail/ankle.ts';
import { SHOULDER_ANTERIOR, SHOULDER_POSTERIOR } from './detail/shoulder.ts';
import { ELBOW_LATERAL, ELBOW_MEDIAL } from './detail/elbow.ts';
import { SPINE } from './detail/spine.ts';
import { HIP_LATERAL } from './detail/hip.ts';

export const MAP_ARTWORK: Record<MapViewId, MapArtwork> = {
  'body-front': BODY_FRONT,
  'body-back': BODY_BACK,
  face: FACE,
  scalp: SCALP,
  'knee-anterior': KNEE_ANTERIOR,
  'knee-medial': KNEE_MEDIAL,
  'knee-lateral': KNEE_LATERAL,
  'knee-posterior': KNEE_POSTERIOR,
  'shoulder-anterior': SHOULDER_ANTERIOR,
  'shoulder-posterior': SHOULDER_POSTERIOR,
  'elbow-lateral': ELBOW_LATERAL,
  'elbow-medial': ELBOW_MEDIAL,
  'hand-dorsal': HAND_DORSAL,
  'hand-palmar': HAND_PALMAR,
  'ankle-lateral': ANKLE_LATERAL,
  'ankle-medial': ANKLE_MEDIAL,
  'foot-plantar': FOOT_PLANTAR,
  spine: SPINE,
  'hip-lateral': HIP_LATERAL,
};
