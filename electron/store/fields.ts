/**
 * The names of the fields whose value differs between `before` and `after`, for the audit detail:
 * names only, never values, so that the audit trail carries no clinical content of its own.
 * With no `before` (a creation), the fields given a non-empty value.
 */
export function changedFieldNames<T extends object>(before: T | null, after: Partial<T>): string[] {
  return Object.entries(after)
    .filter(([name, value]) => {
      if (value === undefined) return false;
      if (before === null) return !isEmptyValue(value);
      return JSON.stringify((before as Record<string, unknown>)[name]) !== JSON.stringify(value);
    })
    .map(([name]) => name)
    .sort();
}

function isEmptyValue(value: unknown): boolean {
  return value === null || value === '' || (Array.isArray(value) && value.length === 0);
}

/**
 * Only the named fields of `source`, skipping absent ones. The store writes what the domain calls a
 * field and nothing else, even if a caller hands it an object carrying more (an id, a status...).
 */
export function pickFields<T extends object, K extends keyof T>(source: T, names: readonly K[]): Partial<Pick<T, K>> {
  const picked: Partial<Pick<T, K>> = {};
  for (const name of names) {
    if (Object.hasOwn(source, name) && source[name] !== undefined) picked[name] = source[name];
  }
  return picked;
}
