import { accessSync, constants, existsSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ApiError, type ErrorParams } from '../../shared/errors.ts';
import { readFileHead, SQLITE_MAGIC } from './databaseFiles.ts';
import { LATEST_SCHEMA_VERSION, MESOCHART_APPLICATION_ID, migrate } from './migrations.ts';
import { connectSql, type SqlDatabase } from './sqlDatabase.ts';
import { sqliteResultCode, SQLITE_NOTADB, storageError } from './storageFailure.ts';

export { transaction } from './transaction.ts';

export type OpenDatabaseOptions = {
  /** Open without writing anything: no journal-mode change, no migration. */
  readOnly?: boolean;
  /** How long to wait for another connection's write lock before failing. */
  busyTimeoutMs?: number;
  /**
   * The records' data key (32 bytes) when the file is sealed: every page of the database and its
   * write-ahead log is encrypted with it. Absent for a plaintext file (tests, and a folder from before
   * sealing, which is opened only to be converted).
   */
  key?: Uint8Array;
  /**
   * Runs on the connection once it is open and migrated. Tests use it to look at the connection or to
   * simulate a full disk (PRAGMA max_page_count); the application does not need it.
   */
  afterOpen?: (db: SqlDatabase) => void;
};

const DEFAULT_BUSY_TIMEOUT_MS = 5_000;
const WAL_AUTOCHECKPOINT_PAGES = 10_000;
const IN_MEMORY = ':memory:';

/**
 * Opens the clinical database at `path`, creating and migrating it when needed. Nothing is written
 * before the file is known to be a MesoChart database of a version this code understands: a file of
 * another kind, or of a newer schema, is refused with a 'storage' ApiError and left as it was.
 */
export function openDatabase(path: string, options: OpenDatabaseOptions = {}): SqlDatabase {
  const readOnly = options.readOnly ?? false;
  const sealed = options.key !== undefined;
  // A sealed file's header is encrypted like the rest: only SQLite, given the key, can tell what it is.
  if (!sealed) refuseNonSqliteFile(path);
  const busyTimeoutMs = options.busyTimeoutMs ?? DEFAULT_BUSY_TIMEOUT_MS;
  const db = connect(path, { readOnly, busyTimeoutMs, key: options.key });
  try {
    const version = readSchemaVersion(db, path, sealed);
    applyConnectionSettings(db, busyTimeoutMs);
    refuseForeignOrNewerSchema(db, path, version);
    if (readOnly) {
      refuseOutdatedSchemaWhenReadOnly(path, version);
    } else {
      enableWriteAheadLog(db, path);
      migrate(db, version);
    }
    options.afterOpen?.(db);
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}

/** Why a database file was refused at open: what electron/openOutcome.ts turns into a way out for the user. */
export type OpenRefusalReason = 'not-a-database' | 'key-refused' | 'truncated' | 'foreign' | 'newer-schema' | 'needs-migration' | 'unreadable';

/** A refusal to open: a 'storage' ApiError that also says why, for the caller to offer a way out. */
export class DatabaseOpenError extends ApiError {
  declare readonly reason: OpenRefusalReason;
  /** `log`: the refusal in full (path, sizes) for the logs; the screen words the reason and params. */
  constructor(reason: OpenRefusalReason, log: string, cause?: unknown, params: ErrorParams = {}) {
    super({ code: 'storage', field: null, reason, params }, { cause, log });
  }
}

/** Check the header ourselves: SQLite would only notice on first read, and must never get to write. */
function refuseNonSqliteFile(path: string): void {
  if (path === IN_MEMORY || !existsSync(path)) return;
  let header: Buffer;
  try {
    header = readFileHead(path, SQLITE_MAGIC.length);
  } catch (error) {
    throw new DatabaseOpenError('unreadable', `Cannot read the database ${path}: ${(error as Error).message}`, error);
  }
  // An empty file is a valid, empty SQLite database (what a crash right after creating it leaves).
  if (header.length === 0) return;
  if (!header.equals(SQLITE_MAGIC)) throw notADatabase(path);
  refuseTruncatedFile(path);
}

/**
 * SQLite itself does not notice a file cut short until it reads a missing page. The header states
 * the database's size in pages (bytes 28–31, valid when bytes 92–95 equal the change counter at
 * 24–27); a shorter file has lost records. Only checked without a write-ahead log: with one, the log
 * may legitimately hold pages a checkpoint has not yet written to the file.
 */
function refuseTruncatedFile(path: string): void {
  const wal = `${path}-wal`;
  if (existsSync(wal) && statSync(wal).size > 0) return;
  const header = readFileHead(path, 100);
  const size = statSync(path).size;
  if (header.length < 100) throw new DatabaseOpenError('truncated', `The database ${path} is cut short (${size} bytes); it was left untouched. Restore a backup.`, undefined, { size });
  const rawPageSize = header.readUInt16BE(16);
  const pageSize = rawPageSize === 1 ? 65_536 : rawPageSize;
  const pages = header.readUInt32BE(28);
  const sizeIsValid = header.readUInt32BE(24) === header.readUInt32BE(92) && pages > 0;
  if (sizeIsValid && size < pages * pageSize) {
    throw new DatabaseOpenError(
      'truncated',
      `The database ${path} is cut short: it should hold ${pages * pageSize} bytes but has ${size}. Records are missing from it; it was left untouched. Restore a backup.`,
      undefined,
      { size, expected: pages * pageSize },
    );
  }
}

/**
 * Reading a database in WAL mode needs its shared-memory file beside it, which SQLite cannot create in
 * a folder it may not write: such a file is opened as immutable (nothing, not even SQLite's own
 * bookkeeping, is written; fine for a file that nobody can change there either).
 */
function connectionTarget(path: string, readOnly: boolean): string {
  if (!readOnly || path === IN_MEMORY) return path;
  try {
    accessSync(dirname(path), constants.W_OK);
    return path;
  } catch {
    const url = pathToFileURL(path);
    url.searchParams.set('immutable', '1');
    return url.href;
  }
}

type ConnectOptions = { readOnly: boolean; busyTimeoutMs: number; key: Uint8Array | undefined };

function connect(path: string, options: ConnectOptions): SqlDatabase {
  const { readOnly, busyTimeoutMs, key } = options;
  let db: SqlDatabase;
  try {
    db = connectSql(connectionTarget(path, readOnly), { readOnly, timeoutMs: busyTimeoutMs, ...(key ? { key } : {}) });
  } catch (error) {
    throw new DatabaseOpenError('unreadable', `Cannot open the database ${path}: ${(error as Error).message}`, error);
  }
  return db;
}

/** Connection settings only, once the file is known to open: none of these writes to it. */
function applyConnectionSettings(db: SqlDatabase, busyTimeoutMs: number): void {
  db.exec('PRAGMA foreign_keys = ON');
  // FULL: a committed record must survive a power cut, not only a crash of the application.
  db.exec('PRAGMA synchronous = FULL');
  db.exec(`PRAGMA busy_timeout = ${Math.max(0, Math.trunc(busyTimeoutMs))}`);
  // 64 MiB of page cache instead of 2: each page read from a sealed file is decrypted, so reading it
  // again from the cache saves more than on a plain file (a lot recall: 67 ms with 2 MiB, 17 with 64).
  db.exec('PRAGMA cache_size = -65536');
}

/** The first read of the file: this is where SQLite itself notices a damaged or foreign header. */
function readSchemaVersion(db: SqlDatabase, path: string, sealed: boolean): number {
  try {
    return pragmaNumber(db, 'user_version');
  } catch (error) {
    const notADatabaseToSqlite = ((sqliteResultCode(error) ?? 0) & 0xff) === SQLITE_NOTADB;
    // With a key, SQLite cannot tell a wrong key from a damaged or foreign file: both decrypt to noise.
    if (notADatabaseToSqlite && sealed) throw keyRefused(path, error);
    if (notADatabaseToSqlite) throw notADatabase(path, error);
    throw new DatabaseOpenError('unreadable', `Cannot read the database ${path}: ${(error as Error).message}`, error);
  }
}

function refuseForeignOrNewerSchema(db: SqlDatabase, path: string, version: number): void {
  const foreign =
    version > 0 ? pragmaNumber(db, 'application_id') !== MESOCHART_APPLICATION_ID : hasAnyTable(db);
  if (foreign) {
    throw new DatabaseOpenError('foreign', `${path} is a SQLite database of another application, not a MesoChart database; it was left untouched.`);
  }
  if (version > LATEST_SCHEMA_VERSION) {
    throw new DatabaseOpenError(
      'newer-schema',
      `The database ${path} has schema version ${version}, but this version of MesoChart knows schema versions up to ${LATEST_SCHEMA_VERSION}. ` +
        'Update MesoChart to open it; the file was not modified.',
      undefined,
      { version, supported: LATEST_SCHEMA_VERSION },
    );
  }
}

function refuseOutdatedSchemaWhenReadOnly(path: string, version: number): void {
  if (version === LATEST_SCHEMA_VERSION) return;
  throw new DatabaseOpenError(
    'needs-migration',
    `The database ${path} has schema version ${version} and needs migrating to version ${LATEST_SCHEMA_VERSION}, which a read-only open cannot do.`,
    undefined,
    { version, latest: LATEST_SCHEMA_VERSION },
  );
}

function enableWriteAheadLog(db: SqlDatabase, path: string): void {
  const row = db.prepare('PRAGMA journal_mode = WAL').get();
  const mode = String(row?.journal_mode);
  // An in-memory database has no log file to put in WAL mode; any real file must get it.
  if (mode !== 'wal' && !(path === IN_MEMORY && mode === 'memory')) {
    throw storageError('journal-mode-refused', undefined, `The database ${path} could not be switched to write-ahead logging (journal mode stays ${mode}).`);
  }
  // The record store checkpoints when idle (store/methods/context.ts); SQLite's automatic checkpoint, which
  // runs inside whichever commit crosses it, stays as a backstop at ~40 MB of log instead of ~4 MB.
  db.exec(`PRAGMA wal_autocheckpoint = ${WAL_AUTOCHECKPOINT_PAGES}`);
}

function hasAnyTable(db: SqlDatabase): boolean {
  return db.prepare("SELECT 1 FROM sqlite_schema WHERE type = 'table' LIMIT 1").get() !== undefined;
}

function pragmaNumber(db: SqlDatabase, name: 'user_version' | 'application_id'): number {
  const row = db.prepare(`PRAGMA ${name}`).get();
  return Number(row?.[name] ?? 0);
}

function keyRefused(path: string, cause: unknown): ApiError {
  return new DatabaseOpenError('key-refused', `${path} does not open with this key: the key is not this file's, or the file is damaged; it was left untouched.`, cause);
}

function notADatabase(path: string, cause?: unknown): ApiError {
  return new DatabaseOpenError('not-a-database', `${path} is not a MesoChart database (not a SQLite file); it was left untouched.`, cause);
}
