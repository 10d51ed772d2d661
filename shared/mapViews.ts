import type { Namespace, TFunction } from 'i18next';
import { z } from 'zod';
import { clinicalText, idKey } from './clinicalText.ts';

/**
 * The map views a point can be placed on, in the order they are offered and listed: the four whole views
 * (group 'whole': body front and back, face, scalp), then the detail views of the joints and the spine
 * where pain is treated, grouped by what they show. Their boxes and named regions are in shared/map/,
 * their artwork in assets/maps/, their names in `clinical:view.<id>`, a group's in `clinical:viewGroup.<group>`.
 */
export const MAP_VIEWS = [
  { id: 'body-front', group: 'whole' },
  { id: 'body-back', group: 'whole' },
  { id: 'face', group: 'whole' },
  { id: 'scalp', group: 'whole' },
  { id: 'knee-anterior', group: 'knee' },
  { id: 'knee-medial', group: 'knee' },
  { id: 'knee-lateral', group: 'knee' },
  { id: 'knee-posterior', group: 'knee' },
  { id: 'shoulder-anterior', group: 'shoulder' },
  { id: 'shoulder-posterior', group: 'shoulder' },
  { id: 'elbow-lateral', group: 'elbow' },
  { id: 'elbow-medial', group: 'elbow' },
  { id: 'hand-dorsal', group: 'hand' },
  { id: 'hand-palmar', group: 'hand' },
  { id: 'ankle-lateral', group: 'ankle' },
  { id: 'ankle-medial', group: 'ankle' },
  { id: 'foot-plantar', group: 'ankle' },
  { id: 'spine', group: 'spine' },
  { id: 'hip-lateral', group: 'hip' },
] as const;

export type MapViewId = (typeof MAP_VIEWS)[number]['id'];
export type MapViewGroup = (typeof MAP_VIEWS)[number]['group'];
export const mapViewIdSchema = z.enum(MAP_VIEWS.map((v) => v.id) as [MapViewId, ...MapViewId[]]);

export type WholeViewId = Extract<(typeof MAP_VIEWS)[number], { group: 'whole' }>['id'];

/** The four whole views: tabs of their own (keys 1–4). */
export const WHOLE_VIEWS: readonly WholeViewId[] = ['body-front', 'body-back', 'face', 'scalp'];

export function isWholeView(view: MapViewId): view is WholeViewId {
  return (WHOLE_VIEWS as readonly MapViewId[]).includes(view);
}

/** The detail views by group, in order: what the detail view picker lists. */
export function detailViewGroups(): { group: MapViewGroup; views: MapViewId[] }[] {
  const groups: { group: MapViewGroup; views: MapViewId[] }[] = [];
  for (const v of MAP_VIEWS) {
    if (v.group === 'whole') continue;
    const last = groups.at(-1);
    if (last?.group === v.group) last.views.push(v.id);
    else groups.push({ group: v.group, views: [v.id] });
  }
  return groups;
}

const known = (id: string): boolean => MAP_VIEWS.some((v) => v.id === id);

/** "Body, front"; an unknown id as it is. */
export function viewLabel(t: TFunction<Namespace>, id: string): string {
  return known(id) ? clinicalText(t, `view.${idKey(id)}`) : id;
}

/** "Front", for narrow table cells. */
export function viewShort(t: TFunction<Namespace>, id: string): string {
  return known(id) ? clinicalText(t, `viewShort.${idKey(id)}`) : id;
}

/** "Knee": the name of a group of detail views. */
export function viewGroupLabel(t: TFunction<Namespace>, group: MapViewGroup): string {
  return clinicalText(t, `viewGroup.${idKey(group)}`);
}
