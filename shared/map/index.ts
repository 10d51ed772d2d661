/** Every map view's box and named regions, by view id: the domain's side of the maps (assets/maps/ draws them). */
import type { MapViewId } from '../mapViews.ts';
import { BODY_BACK_GEOMETRY } from './bodyBack.ts';
import { BODY_FRONT_GEOMETRY } from './bodyFront.ts';
import { FACE_GEOMETRY } from './face.ts';
import { SCALP_GEOMETRY } from './scalp.ts';
import { SPINE_GEOMETRY } from './detail/spine.ts';
import type { MapViewGeometry } from './viewGeometry.ts';

export const MAP_GEOMETRY: Record<MapViewId, MapViewGeometry> = {
  'body-front': BODY_FRONT_GEOMETRY,
  'body-back': BODY_BACK_GEOMETRY,
  face: FACE_GEOMETRY,
  scalp: SCALP_GEOMETRY,
  spine: SPINE_GEOMETRY,
};
