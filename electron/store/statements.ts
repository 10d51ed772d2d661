import type { SqlDatabase, SqlStatement } from './sqlDatabase.ts';

const cachesByDatabase = new WeakMap<SqlDatabase, Map<string, SqlStatement>>();

/**
 * The prepared statement for `sql` on `db`, prepared on first use and reused afterwards: preparing
 * costs more than running the small statements of an edit. Keyed weakly, so a closed and dropped
 * database takes its statements with it.
 */
export function statement(db: SqlDatabase, sql: string): SqlStatement {
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
