/**
 * The shoulder's detail views, front and back, each the patient's right and left shoulder side by side
 * as mirror images. Drawn here: each panel's skin and the landmarks injections are placed by. The views'
 * boxes, panels and named regions are domain data (shared/map/detail/shoulder.ts).
 */
import {
  AC_JOINT,
  ACROMION,
  ACROMION_BASE,
  BICEPS_LONG_HEAD,
  BICIPITAL_GROOVE,
  CLAVICLE,
  CORACOID,
  DELTOID_BORDER,
  mirrorShoulder,
  PECTORAL_FOLD,
  POSTERIOR_AXILLARY_FOLD,
  POSTERIOR_DELTOID_BORDER,
  SCAPULA_BORDERS,
  SCAPULAR_SPINE,
  SHOULDER_ANTERIOR_GEOMETRY,
  SHOULDER_MIDLINE,
  SHOULDER_POSTERIOR_GEOMETRY,
  SHOULDER_SKIN,
  STERNOCLEIDOMASTOID,
} from '../../../shared/map/detail/shoulder.ts';
import type { Knot } from '../../../shared/map/curves.ts';
import type { MapArtwork } from '../artwork.ts';
import { ellipsePath, smoothPath } from '../geometry.ts';

const both = (knots: Knot[], closed = false): string[] => [smoothPath(knots, closed), smoothPath(mirrorShoulder(knots), closed)];
const bothEllipses = (e: { x: number; y: number; rx: number; ry: number }): string[] => [
  ellipsePath(e.x, e.y, e.rx, e.ry),
  ellipsePath(2 * SHOULDER_MIDLINE - e.x, e.y, e.rx, e.ry),
];

export const SHOULDER_ANTERIOR: MapArtwork = {
  ...SHOULDER_ANTERIOR_GEOMETRY,
  outline: both(SHOULDER_SKIN, true),
  details: [
    ...both(CLAVICLE, true),
    ...both(ACROMION, true),
    ...both(AC_JOINT),
    ...bothEllipses(CORACOID),
    ...BICIPITAL_GROOVE.flatMap((line) => both(line)),
    ...both(BICEPS_LONG_HEAD),
    ...both(DELTOID_BORDER),
    ...both(PECTORAL_FOLD),
    ...both(STERNOCLEIDOMASTOID),
  ],
};

export const SHOULDER_POSTERIOR: MapArtwork = {
  ...SHOULDER_POSTERIOR_GEOMETRY,
  outline: both(SHOULDER_SKIN, true),
  details: [
    ...both(SCAPULAR_SPINE, true),
    ...both(ACROMION_BASE),
    ...both(SCAPULA_BORDERS),
    ...both(POSTERIOR_DELTOID_BORDER),
    ...both(POSTERIOR_AXILLARY_FOLD),
  ],
};
