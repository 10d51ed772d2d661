/**
 * The elbow's detail views, lateral and medial side, each the patient's right and left elbow side by side
 * as mirror images. Drawn here: each panel's skin and the landmarks injections are placed by. The views'
 * boxes, panels and named regions are domain data (shared/map/detail/elbow.ts).
 */
import type { Knot } from '../../../shared/map/curves.ts';
import {
  ANCONEUS_BORDER,
  BRACHIORADIALIS_BORDER,
  ELBOW_LATERAL_GEOMETRY,
  ELBOW_MEDIAL_GEOMETRY,
  ELBOW_MIDLINE,
  EXTENSOR_TENDON,
  FLEXOR_TENDON,
  LATERAL_CREASE,
  LATERAL_EPICONDYLE,
  LATERAL_RIDGE,
  LATERAL_SKIN,
  MEDIAL_CREASE,
  MEDIAL_EPICONDYLE,
  MEDIAL_RIDGE,
  MEDIAL_SKIN,
  mirrorElbow,
  OLECRANON_LATERAL,
  OLECRANON_MEDIAL,
  RADIAL_HEAD,
  RADIAL_NECK,
  ULNAR_NERVE,
} from '../../../shared/map/detail/elbow.ts';
import type { MapArtwork } from '../artwork.ts';
import { ellipsePath, smoothPath } from '../geometry.ts';

const both = (knots: Knot[], closed = false): string[] => [smoothPath(knots, closed), smoothPath(mirrorElbow(knots), closed)];
const bothEllipses = (e: { x: number; y: number; rx: number; ry: number }): string[] => [
  ellipsePath(e.x, e.y, e.rx, e.ry),
  ellipsePath(2 * ELBOW_MIDLINE - e.x, e.y, e.rx, e.ry),
];

export const ELBOW_LATERAL: MapArtwork = {
  ...ELBOW_LATERAL_GEOMETRY,
  outline: both(LATERAL_SKIN, true),
  details: [
    ...bothEllipses(LATERAL_EPICONDYLE),
    ...both(RADIAL_HEAD, true),
    ...RADIAL_NECK.flatMap((l) => both(l)),
    ...both(OLECRANON_LATERAL),
    ...both(LATERAL_RIDGE),
    ...EXTENSOR_TENDON.flatMap((l) => both(l)),
    ...both(BRACHIORADIALIS_BORDER),
    ...both(ANCONEUS_BORDER),
    ...both(LATERAL_CREASE),
  ],
};

export const ELBOW_MEDIAL: MapArtwork = {
  ...ELBOW_MEDIAL_GEOMETRY,
  outline: both(MEDIAL_SKIN, true),
  details: [
    ...bothEllipses(MEDIAL_EPICONDYLE),
    ...both(OLECRANON_MEDIAL),
    ...both(ULNAR_NERVE),
    ...both(MEDIAL_RIDGE),
    ...FLEXOR_TENDON.flatMap((l) => both(l)),
    ...both(MEDIAL_CREASE),
  ],
};
