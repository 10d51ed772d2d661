/** The artwork of every map view, by view id: what Konva draws on screen and pdfkit in the PDF. */
import type { MapViewId } from '../../shared/mapViews.ts';
import type { MapArtwork } from './artwork.ts';
import { BODY_BACK } from './bodyBack.ts';
import { BODY_FRONT } from './bodyFront.ts';
import { FACE } from './face.ts';
import { SCALP } from './scalp.ts';
import { SPINE } from './detail/spine.ts';

export const MAP_ARTWORK: Record<MapViewId, MapArtwork> = {
  'body-front': BODY_FRONT,
  'body-back': BODY_BACK,
  face: FACE,
  scalp: SCALP,
  spine: SPINE,
};
