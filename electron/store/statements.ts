import type { DatabaseSync, StatementSync } from 'node:sqlite';

const cachesByDatabase = new WeakMap<DatabaseSync, Map<string, StatementSync>>();

/**
 * The prepared statement for `sql` on `db`, prepared on first use and reused afterwards: preparing
 * costs more than running the small statements of an edit. Keyed weakly, so a closed and dropped
 * database takes its statements with it.
 */
export function statement(db: DatabaseSync, sql: string): StatementSync {
  let cache = cachesByDatabase.get(db);
  if (!cache) {
    cache = new Map();
    cachesByDatabase.set(db, cache);
  }
  let prepared = cache.get(sql);
  if (!prepared) {
    prepared = db.prepare(sql);
    cache.set(sql, prepared);
  }
  return prepared;
}
