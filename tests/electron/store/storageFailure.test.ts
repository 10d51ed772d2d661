import { DatabaseSync } from 'node:sqlite';
import { describe, expect, it } from 'vitest';
import { storageFailureOf } from '../../../electron/store/storageFailure.ts';
import { ApiError } from '../../../shared/errors.ts';

function thrownBy(work: () => unknown): unknown {
  try {
    work();
  } catch (error) {
    return error;
  }
  throw new Error('expected a throw');
}

describe('the one classifier of storage failures', () => {
  it('tells a SQLite failure by its result code, keeping SQLite’s error as the cause', () => {
    const db = new DatabaseSync(':memory:');
    db.exec('CREATE TABLE t (id TEXT PRIMARY KEY)');
    db.prepare('INSERT INTO t VALUES (?)').run('a');
    const raw = thrownBy(() => db.prepare('INSERT INTO t VALUES (?)').run('a'));
    const failure = storageFailureOf(raw);
    expect(failure?.toPayload()).toEqual({ code: 'storage', field: null, reason: 'change-refused', params: {} });
    expect(failure?.cause).toBe(raw);
    db.close();
  });

  it('calls another failure of the records a failed save, and leaves the rest alone', () => {
    const db = new DatabaseSync(':memory:');
    db.close();
    const closed = thrownBy(() => db.prepare('SELECT 1'));
    expect(storageFailureOf(closed)?.toPayload()).toEqual({ code: 'storage', field: null, reason: 'save-failed', params: {} });
    expect(storageFailureOf(new TypeError('x is undefined'))).toBeNull();
    // An ApiError already says what it is, whatever its log text.
    expect(storageFailureOf(new ApiError({ code: 'not-found', reason: 'no-such-record' }, { log: 'no such database row' }))).toBeNull();
  });
});
