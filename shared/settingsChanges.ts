import type { Settings } from './settings.ts';

/** A preference's value before and after a change, by its path in the settings ('lock.idleMinutes'). */
export type SettingsChanges = Record<string, { from: unknown; to: unknown }>;

/** Where the app keeps its place, not a preference anyone sets: never worth an audit entry. */
const NOT_AUDITED: ReadonlySet<string> = new Set(['recentPatientIds']);

const isPlainObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);

/**
 * The preferences whose value differs, each with its old and new value, for the audit entry of a
 * settings change: groups (clinic, lock, backups...) are followed down to the key that changed; a list
 * (the needle catalogue) is one value. Keys set to nothing read as null, so that "unset" shows.
 */
export function settingsChanges(before: Settings, after: Settings): SettingsChanges {
  const changes: SettingsChanges = {};
  const walk = (a: unknown, b: unknown, path: string) => {
    if (isPlainObject(a) && isPlainObject(b)) {
      for (const key of new Set([...Object.keys(a), ...Object.keys(b)])) {
        if (path === '' && NOT_AUDITED.has(key)) continue;
        walk(a[key], b[key], path === '' ? key : `${path}.${key}`);
      }
      return;
    }
    if (JSON.stringify(a ?? null) !== JSON.stringify(b ?? null)) changes[path] = { from: a ?? null, to: b ?? null };
  };
  walk(before, after, '');
  return changes;
}
