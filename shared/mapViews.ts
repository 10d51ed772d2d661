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

/** "Body, front"; an unknown id as it is. */
export function viewLabel(id: string): string {
  return MAP_VIEWS.find((v) => v.id === id)?.label ?? id;
}

const SHORT_VIEW: Record<string, string> = { 'body-front': 'Front', 'body-back': 'Back', face: 'Face', scalp: 'Scalp' };
/** "Front", for narrow table cells. */
export function viewShort(id: string): string {
  return SHORT_VIEW[id] ?? id;
}
