/**
 * Body, back view (800 × 1800). The viewer stands behind the patient, so the patient's LEFT is on the
 * image's LEFT. The hands hang palms forward (anatomical position, as on the front view), so their
 * backs face the viewer here: the backs of the hands are charted on this view, not on the front.
 * The spine is split into the segments treated for pain: cervical, dorsal (thoracic), lumbar, sacrum.
 *
 * Drawn here: the outline and the anatomical lines. The view's box and its named regions are domain
 * data (shared/map/bodyBack.ts), which this artwork takes as they are.
 */
import { BACK_SILHOUETTE, BODY_MIDLINE } from '../../shared/map/bodySilhouette.ts';
import { BODY_BACK_GEOMETRY } from '../../shared/map/bodyBack.ts';
import { mirrorKnots, type Knot } from '../../shared/map/curves.ts';
import type { MapArtwork } from './artwork.ts';
import { ellipsePath, pathData, smoothPath } from './geometry.ts';

const both = (knots: Knot[]): string[] => [smoothPath(knots), smoothPath(mirrorKnots(knots, BODY_MIDLINE))];

const DETAILS: string[] = [
  smoothPath([[444, 244], [426, 250], [412, 247], [400, 252], [388, 247], [374, 250], [356, 244]]), // nape hairline
  ...both([[483, 153], [487, 168], [481, 186]]), // ear, back of the helix
  smoothPath([[400, 300], [400, 500], [400, 700], [400, 850]]), // spinous processes
  ellipsePath(400, 300, 4, 4), // C7, the vertebra prominens
  ...both([[456, 372], [500, 361], [544, 352], [574, 350]]), // spine of the scapula
  ...both([[452, 382], [455, 444], [470, 520, 'corner'], [497, 472], [525, 428]]), // shoulder blade, medial and lateral borders
  ...both([[531, 452], [540, 412], [549, 372], [556, 346]]), // posterior border of the deltoid
  ...both([[534, 786], [500, 772], [460, 780]]), // iliac crest
  ellipsePath(430, 824, 3, 3), // dimples of Venus, over the sacroiliac joints
  ellipsePath(370, 824, 3, 3),
  ...both([[428, 830], [412, 860], [400, 880]]), // sacral triangle
  smoothPath([[400, 880], [400, 905]]), // natal cleft
  ...both([[404, 968], [440, 983], [484, 985], [522, 972], [546, 955]]), // gluteal fold
  ...both([[448, 1318], [480, 1326], [514, 1318]]), // popliteal crease
  ...both([[446, 1430], [462, 1500], [478, 1545]]), // calf, medial head of the gastrocnemius
  ...both([[528, 1430], [510, 1500], [490, 1545]]), // calf, lateral head
  ...both([[462, 1600], [464, 1650], [462, 1700]]), // Achilles tendon
  ...both([[486, 1600], [484, 1650], [487, 1700]]),
  ...both([[584, 644], [594, 651], [606, 648]]), // olecranon
  ...both([[606, 1000], [623, 994], [640, 994], [660, 998]]), // knuckles
  ...both([[621, 1018], [620, 1045], [621, 1073]]), // fingers
  ...both([[638, 1012], [638, 1045], [640, 1079]]),
  ...both([[654, 1012], [656, 1042], [658, 1069]]),
];

export const BODY_BACK: MapArtwork = {
  ...BODY_BACK_GEOMETRY,
  outline: [pathData(BACK_SILHOUETTE.cubics, true)],
  details: DETAILS,
};
