/** Every map view's box and named regions, by view id: the domain's side of the maps (assets/maps/ draws them). */
import type { MapViewId } from '../mapViews.ts';
import { BODY_BACK_GEOMETRY } from './bodyBack.ts';
import { BODY_FRONT_GEOMETRY } from './bodyFront.ts';
import { FACE_GEOMETRY } from './face.ts';
import { SCALP_GEOMETRY } from './scalp.ts';
import { HAND_DORSAL_GEOMETRY, HAND_PALMAR_GEOMETRY } from './detail/hand.ts';
import { ANKLE_LATERAL_GEOMETRY, ANKLE_MEDIAL_GEOMETRY, FOOT_PLANTAR_GEOMETRY } from './detail/ankle.ts';
import { SHOULDER_ANTERIOR_GEOMETRY, SHOULDER_POSTERIOR_GEOMETRY } from './detail/shoulder.ts';
import { ELBOW_LATERAL_GEOMETRY, ELBOW_MEDIAL_GEOMETRY } from './detail/elbow.ts';
import { SPINE_GEOMETRY } from './detail/spine.ts';
import { HIP_LATERAL_GEOMETRY } from './detail/hip.ts';
import { KNEE_ANTERIOR_GEOMETRY, KNEE_LATERAL_GEOMETRY, KNEE_MEDIAL_GEOMETRY, KNEE_POSTERIOR_GEOMETRY } from './detail/knee.ts';
import type { MapViewGeometry } from './viewGeometry.ts';

export const MAP_GEOMETRY: Record<MapViewId, MapViewGeometry> = {
  'body-front': BODY_FRONT_GEOMETRY,
  'body-back': BODY_BACK_GEOMETRY,
  face: FACE_GEOMETRY,
  scalp: SCALP_GEOMETRY,
  'knee-anterior': KNEE_ANTERIOR_GEOMETRY,
  'knee-medial': KNEE_MEDIAL_GEOMETRY,
  'knee-lateral': KNEE_LATERAL_GEOMETRY,
  'knee-posterior': KNEE_POSTERIOR_GEOMETRY,
  'shoulder-anterior': SHOULDER_ANTERIOR_GEOMETRY,
  'shoulder-posterior': SHOULDER_POSTERIOR_GEOMETRY,
  'elbow-lateral': ELBOW_LATERAL_GEOMETRY,
  'elbow-medial': ELBOW_MEDIAL_GEOMETRY,
  'hand-dorsal': HAND_DORSAL_GEOMETRY,
  'hand-palmar': HAND_PALMAR_GEOMETRY,
  'ankle-lateral': ANKLE_LATERAL_GEOMETRY,
  'ankle-medial': ANKLE_MEDIAL_GEOMETRY,
  'foot-plantar': FOOT_PLANTAR_GEOMETRY,
  spine: SPINE_GEOMETRY,
  'hip-lateral': HIP_LATERAL_GEOMETRY,
};
