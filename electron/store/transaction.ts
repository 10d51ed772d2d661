import type { SqlDatabase } from './sqlDatabase.ts';

/**
 * Runs `fn` inside one write transaction: COMMIT when it returns, ROLLBACK when it (or the COMMIT)
 * throws, so a failure half-way leaves nothing written. BEGIN IMMEDIATE takes the write lock up front,
 * so a concurrent writer waits at BEGIN (busy_timeout) instead of failing in the middle of the work.
 */
export function transaction<T>(db: SqlDatabase, fn: () => T): T {
  db.exec('BEGIN IMMEDIATE');
  try {
    const result = fn();
    if (isThenable(result)) {
      // The work would finish after COMMIT, outside the transaction: refuse rather than half-commit.
      throw new TypeError('transaction() takes a synchronous function; it returned a promise');
    }
    db.exec('COMMIT');
    return result;
  } catch (error) {
    if (db.isTransaction) db.exec('ROLLBACK');
    throw error;
  }
}

function isThenable(value: unknown): boolean {
  return typeof value === 'object' && value !== null && typeof (value as { then?: unknown }).then === 'function';
}
