import { z } from 'zod';

/** The four map views a point can be placed on. Their artwork lives in assets/. */
export const MAP_VIEWS = [
  { id: 'body-front', label: 'Body, front' },
  { id: 'body-back', label: 'Body, back' },
  { id: 'face', label: 'Face' },
  { id: 'scalp', label: 'Scalp' },
] as const;

export type MapViewId = (typeof MAP_VIEWS)[number]['id'];
export const mapViewIdSchema = z.enum(MAP_VIEWS.map((v) => v.id) as [MapViewId, ...MapViewId[]], {
  error: 'must be one of body-front, body-back, face, scalp',
});
