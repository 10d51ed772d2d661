import { createHash } from 'node:crypto';
import { pathToFileURL } from 'node:url';
import Libsql from 'libsql';
import { ApiError } from '../../shared/errors.ts';

/**
 * The SQLite connection the record store works through: libsql (SQLite with SQLite3MultipleCiphers'
 * page encryption built in, an N-API binary shipped inside its registry package, so Electron loads it
 * without anything compiled against its headers). The README argues the choice.
 *
 * libsql speaks better-sqlite3's API with sharp edges this wrapper files down, so that the store's code
 * reads as it did on node:sqlite: rows without libsql's `_metadata` timing field, a boolean or an object
 * parameter refused with a TypeError (libsql aborts the whole process on a boolean), `undefined` refused
 * rather than bound as NULL, text holding a NUL refused rather than cut at it, `readOnly` enforced (libsql ignores its own `readonly` option), and
 * `isOpen` / `isTransaction` as node:sqlite named them.
 */
export type SqlValue = null | number | bigint | string | Uint8Array;
export type SqlNamedParameters = Record<string, SqlValue>;
export type SqlParameter = SqlValue | SqlNamedParameters;
export type SqlResultRow = Record<string, SqlValue>;
export type SqlRunResult = { changes: number | bigint; lastInsertRowid: number | bigint };

/** node:sqlite's statement shape (named parameters first, then positional), which both engines satisfy. */
export type SqlStatement = {
  get(...anonymous: SqlValue[]): SqlResultRow | undefined;
  get(named: SqlNamedParameters, ...anonymous: SqlValue[]): SqlResultRow | undefined;
  all(...anonymous: SqlValue[]): SqlResultRow[];
  all(named: SqlNamedParameters, ...anonymous: SqlValue[]): SqlResultRow[];
  run(...anonymous: SqlValue[]): SqlRunResult;
  run(named: SqlNamedParameters, ...anonymous: SqlValue[]): SqlRunResult;
  iterate(...anonymous: SqlValue[]): IterableIterator<SqlResultRow>;
  iterate(named: SqlNamedParameters, ...anonymous: SqlValue[]): IterableIterator<SqlResultRow>;
};

export type SqlDatabase = {
  prepare(sql: string): SqlStatement;
  exec(sql: string): void;
  close(): void;
  readonly isOpen: boolean;
  readonly isTransaction: boolean;
};

export type SqlConnectOptions = {
  /** The records' data key (32 bytes) when the file is sealed; absent for a plaintext file. */
  key?: Uint8Array | undefined;
  readOnly?: boolean;
  /** How long to wait for another connection's write lock before failing with SQLITE_BUSY. */
  timeoutMs?: number;
};

type LibsqlStatement = {
  get(...parameters: unknown[]): unknown;
  all(...parameters: unknown[]): unknown[];
  run(...parameters: unknown[]): { changes: number; lastInsertRowid: number | bigint };
  iterate(...parameters: unknown[]): IterableIterator<unknown>;
};

/**
 * The text SQLite3MultipleCiphers takes as the page key, from the records' 32-byte data key. Its
 * AES-256-CBC cipher reads at most 32 characters of the text it is given (measured: a key differing only
 * after the 32nd character opens the file), so the data key is hashed and written in base64url, 32
 * characters that carry 192 bits, every bit of the data key counting. The same text names the key of a
 * copy made with VACUUM INTO (store/sealedCopy.ts).
 */
export function sqliteKeyText(key: Uint8Array): string {
  return createHash('sha256').update('mesochart sqlite page key\0').update(key).digest('base64url').slice(0, 32);
}

/** Opens `target` (a path, ':memory:' or a `file:` URI) as a connection the store can use. */
export function connectSql(target: string, options: SqlConnectOptions = {}): SqlDatabase {
  const db = new Libsql(options.readOnly ? readOnlyTarget(target) : target, {
    timeout: options.timeoutMs ?? 5_000,
    ...(options.key ? { encryptionKey: sqliteKeyText(options.key) } : {}),
  });
  return {
    prepare: (sql) => wrapStatement(db.prepare(sql) as unknown as LibsqlStatement),
    exec: (sql) => {
      db.exec(sql);
    },
    close: () => {
      if (db.open && !options.readOnly) leaveWriteAheadLog(db);
      db.close();
    },
    get isOpen() {
      return db.open;
    },
    get isTransaction() {
      return db.inTransaction;
    },
  };
}

/**
 * libsql's close leaves the SQLite connection alive until every statement prepared on it is garbage
 * collected (the store caches its statements), so SQLite's own close, which folds the write-ahead log
 * into the file and deletes it, happens later, at a moment nobody chose. A connection left in WAL mode
 * that closes late would fold and delete the log of whatever file then has this path (a restored
 * backup, the sealed copy of a converted folder): leave rollback-journal mode now instead, which folds
 * and removes the log while we hold the connection, and leaves a late close nothing to do.
 */
function leaveWriteAheadLog(db: Libsql.Database): void {
  try {
    const row = db.prepare('PRAGMA journal_mode = DELETE').get() as { journal_mode?: unknown } | undefined;
    if (row?.journal_mode !== 'wal') return;
  } catch {
    // Another connection still uses the log: below.
  }
  // Not the last connection to use the log: fold what can be folded; the last one leaves it.
  try {
    db.exec('PRAGMA wal_checkpoint(TRUNCATE)');
  } catch {
    // Busy or failing: the log stays and is read with the file, as SQLite means it to.
  }
}

/**
 * A read-only open as SQLite's URI says it (mode=ro): libsql ignores its own readonly option, and
 * PRAGMA query_only would also forbid VACUUM INTO, which only reads this database (backups).
 */
function readOnlyTarget(target: string): string {
  if (target === ':memory:') return target;
  const url = target.startsWith('file:') ? new URL(target) : pathToFileURL(target);
  url.searchParams.set('mode', 'ro');
  return url.href;
}

function wrapStatement(statement: LibsqlStatement): SqlStatement {
  return {
    get: (...parameters: SqlParameter[]) => withoutMetadata(statement.get(...checked(parameters))),
    all: (...parameters: SqlParameter[]) => statement.all(...checked(parameters)) as SqlResultRow[],
    run: (...parameters: SqlParameter[]) => {
      const { changes, lastInsertRowid } = statement.run(...checked(parameters));
      return { changes, lastInsertRowid };
    },
    iterate: (...parameters: SqlParameter[]) => statement.iterate(...checked(parameters)) as IterableIterator<SqlResultRow>,
  } as SqlStatement;
}

function withoutMetadata(row: unknown): SqlResultRow | undefined {
  if (row === undefined || row === null) return undefined;
  const result = row as SqlResultRow & { _metadata?: unknown };
  delete result._metadata;
  return result;
}

function checked(parameters: SqlParameter[]): SqlParameter[] {
  for (const parameter of parameters) {
    if (isNamedParameters(parameter)) {
      for (const [name, value] of Object.entries(parameter)) checkValue(value, name);
    } else {
      checkValue(parameter, null);
    }
  }
  return parameters;
}

function isNamedParameters(parameter: SqlParameter): parameter is SqlNamedParameters {
  return typeof parameter === 'object' && parameter !== null && !(parameter instanceof Uint8Array);
}

function checkValue(value: unknown, name: string | null): void {
  // libsql binds text up to its first NUL and drops the rest without a word: refuse it instead.
  if (typeof value === 'string' && value.includes('\u0000')) throw new ApiError({ code: 'invalid-input', field: null, reason: 'nul-character' });
  if (value === null || typeof value === 'number' || typeof value === 'bigint' || typeof value === 'string' || value instanceof Uint8Array) return;
  const what = name === null ? 'A parameter' : `Parameter ${name}`;
  throw new TypeError(`${what} cannot be bound: SQLite takes null, a number, a bigint, a string or bytes, not ${value === undefined ? 'undefined' : typeof value}.`);
}
