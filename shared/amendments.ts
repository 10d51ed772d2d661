import type { InjectionPoint } from './point.ts';
import type { AmendmentChanges, FieldChange, Session, SessionFields } from './session.ts';

/**
 * Amendments: the only way to correct a signed session. The session keeps its signed content; each
 * amendment records what changed from what to what, and applying them in order gives the corrected
 * view. Pure, so that the store, the editor and the PDF agree on what "corrected" means.
 */

/** Equal as values: key order and object identity do not matter. */
export function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((item, i) => sameValue(item, b[i]));
  const ka = Object.keys(a).filter((k) => (a as Record<string, unknown>)[k] !== undefined);
  const kb = Object.keys(b).filter((k) => (b as Record<string, unknown>)[k] !== undefined);
  return ka.length === kb.length && ka.every((k) => sameValue((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}

/** The given fields whose value differs from the current one, each with its old and new value. */
function fieldChanges(current: SessionFields, given: Partial<SessionFields>): NonNullable<AmendmentChanges['fields']> {
  const changes: Record<string, FieldChange> = {};
  for (const name of Object.keys(given).sort() as (keyof SessionFields)[]) {
    const to = given[name];
    if (to === undefined || sameValue(current[name], to)) continue;
    changes[name] = { from: current[name], to } as FieldChange;
  }
  return changes as NonNullable<AmendmentChanges['fields']>;
}

/**
 * How the chart `after` differs from `before`, point by point by id: added (in the order of `after`),
 * removed (ids, in the order of `before`), changed (same id, different content). A reordering alone is
 * no change: a point keeps its number in the record.
 */
export function diffPoints(before: readonly InjectionPoint[], after: readonly InjectionPoint[]): NonNullable<AmendmentChanges['points']> {
  const beforeById = new Map(before.map((p) => [p.id, p]));
  const afterIds = new Set(after.map((p) => p.id));
  const added: InjectionPoint[] = [];
  const changed: { from: InjectionPoint; to: InjectionPoint }[] = [];
  for (const point of after) {
    const previous = beforeById.get(point.id);
    if (!previous) added.push(point);
    else if (!sameValue(previous, point)) changed.push({ from: previous, to: point });
  }
  const removed = before.filter((p) => !afterIds.has(p.id)).map((p) => p.id);
  return { added, removed, changed };
}

/**
 * What an amendment giving `fields` and (optionally) the whole corrected chart `points` changes in
 * `current` (the session as corrected so far). Parts that change nothing are left out, so an
 * amendment that corrects nothing comes back as `{}` (see isEmptyAmendment).
 */
export function amendmentChanges(
  current: Pick<Session, keyof SessionFields | 'points'>,
  fields: Partial<SessionFields>,
  points?: readonly InjectionPoint[],
): AmendmentChanges {
  const changes: AmendmentChanges = {};
  const changedFields = fieldChanges(current, fields);
  if (Object.keys(changedFields).length > 0) changes.fields = changedFields;
  if (points) {
    const diff = diffPoints(current.points, points);
    if (diff.added.length + diff.removed.length + diff.changed.length > 0) changes.points = diff;
  }
  return changes;
}

export function isEmptyAmendment(changes: AmendmentChanges): boolean {
  const fields = changes.fields ? Object.keys(changes.fields).length : 0;
  const points = changes.points ? changes.points.added.length + changes.points.removed.length + changes.points.changed.length : 0;
  return fields + points === 0;
}

/**
 * The session with one amendment's changes applied: fields take their new values; removed points
 * go, changed points are replaced where they stand, added points come last (existing points keep
 * their numbers). Amendments and signature are left as they are.
 */
export function applyAmendment<S extends Pick<Session, keyof SessionFields | 'points'>>(session: S, changes: AmendmentChanges): S {
  const next: S = { ...session };
  for (const [name, change] of Object.entries(changes.fields ?? {}) as [keyof SessionFields, FieldChange | undefined][]) {
    if (change) (next as Record<keyof SessionFields, unknown>)[name] = change.to;
  }
  if (changes.points) {
    const removed = new Set(changes.points.removed);
    const replaced = new Map(changes.points.changed.map((c) => [c.to.id, c.to]));
    next.points = [
      ...session.points.filter((p) => !removed.has(p.id)).map((p) => replaced.get(p.id) ?? p),
      ...changes.points.added,
    ];
  }
  return next;
}

/**
 * The corrected view of a session: its signed content with every amendment applied, oldest first.
 * The record keeps both; the editor and the PDF show the signed content and the corrections.
 */
export function sessionWithAmendments(session: Session): Session {
  const ordered = [...session.amendments].sort((a, b) => a.seq - b.seq);
  return ordered.reduce((corrected, amendment) => applyAmendment(corrected, amendment.changes), session);
}
