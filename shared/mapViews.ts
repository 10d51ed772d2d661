import type { Namespace, TFunction } from 'i18next';
import { z } from 'zod';
import { clinicalText, idKey } from './clinicalText.ts';

/**
 * The four map views a point can be placed on. Their boxes and named regions are in shared/map/, their
 * artwork in assets/maps/, their names in `clinical:view.<id>`.
 */
export const MAP_VIEWS = [{ id: 'body-front' }, { id: 'body-back' }, { id: 'face' }, { id: 'scalp' }] as const;

export type MapViewId = (typeof MAP_VIEWS)[number]['id'];
export const mapViewIdSchema = z.enum(MAP_VIEWS.map((v) => v.id) as [MapViewId, ...MapViewId[]]);

const known = (id: string): boolean => MAP_VIEWS.some((v) => v.id === id);

/** "Body, front"; an unknown id as it is. */
export function viewLabel(t: TFunction<Namespace>, id: string): string {
  return known(id) ? clinicalText(t, `view.${idKey(id)}`) : id;
}

/** "Front", for narrow table cells. */
export function viewShort(t: TFunction<Namespace>, id: string): string {
  return known(id) ? clinicalText(t, `viewShort.${idKey(id)}`) : id;
}
