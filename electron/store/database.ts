import { closeSync, existsSync, openSync, readSync } from 'node:fs';
import { DatabaseSync } from 'node:sqlite';
import { ApiError } from '../../shared/errors.ts';
import { LATEST_SCHEMA_VERSION, MESOCHART_APPLICATION_ID, migrate } from './migrations.ts';

export { transaction } from './transaction.ts';

export type OpenDatabaseOptions = {
  /** Open without writing anything: no journal-mode change, no migration. */
  readOnly?: boolean;
  /** How long to wait for another connection's write lock before failing. */
  busyTimeoutMs?: number;
  /**
   * Runs on the connection once it is open and migrated. Tests use it to look at the connection or to
   * simulate a full disk (PRAGMA max_page_count); the application does not need it.
   */
  afterOpen?: (db: DatabaseSync) => void;
};

const DEFAULT_BUSY_TIMEOUT_MS = 5_000;
const WAL_AUTOCHECKPOINT_PAGES = 10_000;
const SQLITE_MAGIC = Buffer.from('SQLite format 3\u0000', 'latin1');
const SQLITE_NOTADB = 26;
const IN_MEMORY = ':memory:';

/**
 * Opens the clinical database at `path`, creating and migrating it when needed. Nothing is written
 * before the file is known to be a MesoChart database of a version this code understands: a file of
 * another kind, or of a newer schema, is refused with a 'storage' ApiError and left as it was.
 */
export function openDatabase(path: string, options: OpenDatabaseOptions = {}): DatabaseSync {
  const readOnly = options.readOnly ?? false;
  refuseNonSqliteFile(path);
  const db = connect(path, readOnly, options.busyTimeoutMs ?? DEFAULT_BUSY_TIMEOUT_MS);
  try {
    const version = readSchemaVersion(db, path);
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

/** A 'storage' ApiError, keeping the underlying error as its cause for the logs. */
export function storageError(message: string, cause?: unknown): ApiError {
  const error = new ApiError({ code: 'storage', field: null, message });
  if (cause !== undefined) error.cause = cause;
  return error;
}

// SQLite's primary result codes (the low byte of an extended code).
const SQLITE_BUSY = 5;
const SQLITE_LOCKED = 6;
const SQLITE_READONLY = 8;
const SQLITE_IOERR = 10;
const SQLITE_CORRUPT = 11;
const SQLITE_FULL = 13;
const SQLITE_CANTOPEN = 14;
const SQLITE_CONSTRAINT = 19;

/**
 * A SQLite failure as a 'storage' ApiError whose message says what happened in words a practitioner
 * can act on; null for anything that is not a SQLite error. The raw error stays as the cause.
 */
export function sqliteFailure(error: unknown): ApiError | null {
  if (!isSqliteError(error)) return null;
  const unsaved = 'The change was not saved and the records are as they were before it.';
  switch (error.errcode & 0xff) {
    case SQLITE_FULL:
      return storageError(`The disk is full. ${unsaved} Free some disk space, then try again.`, error);
    case SQLITE_IOERR:
      return storageError(`The disk reported a write error (${error.message}). ${unsaved} Check the disk, then try again.`, error);
    case SQLITE_READONLY:
    case SQLITE_CANTOPEN:
      return storageError(`The records file cannot be written (${error.message}). ${unsaved}`, error);
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
      return storageError(`The records are busy in another window or program. ${unsaved} Try again in a moment.`, error);
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
      return storageError(`The records file is damaged (${error.message}). ${unsaved} Restore a backup.`, error);
    case SQLITE_CONSTRAINT:
      return storageError(`The database refused the change: ${error.message}. ${unsaved}`, error);
    default:
      return storageError(`The database refused the operation: ${error.message}. ${unsaved}`, error);
  }
}

/** True for the errors node:sqlite throws for SQLite failures (constraint, I/O, busy, corrupt...). */
export function isSqliteError(error: unknown): error is Error & { errcode: number; errstr: string } {
  return error instanceof Error && (error as { code?: unknown }).code === 'ERR_SQLITE_ERROR';
}

/** Check the header ourselves: SQLite would only notice on first read, and must never get to write. */
function refuseNonSqliteFile(path: string): void {
  if (path === IN_MEMORY || !existsSync(path)) return;
  const header = Buffer.alloc(SQLITE_MAGIC.length);
  let bytesRead: number;
  try {
    const fd = openSync(path, 'r');
    try {
      bytesRead = readSync(fd, header, 0, header.length, 0);
    } finally {
      closeSync(fd);
    }
  } catch (error) {
    throw storageError(`Cannot read the database ${path}: ${(error as Error).message}`, error);
  }
  // An empty file is a valid, empty SQLite database (what a crash right after creating it leaves).
  if (bytesRead === 0) return;
  if (bytesRead < header.length || !header.equals(SQLITE_MAGIC)) throw notADatabase(path);
}

function connect(path: string, readOnly: boolean, busyTimeoutMs: number): DatabaseSync {
  let db: DatabaseSync;
  try {
    db = new DatabaseSync(path, { readOnly, enableForeignKeyConstraints: true, timeout: busyTimeoutMs });
  } catch (error) {
    throw storageError(`Cannot open the database ${path}: ${(error as Error).message}`, error);
  }
  // Connection settings only: none of these writes to the file.
  db.exec('PRAGMA foreign_keys = ON');
  // FULL: a committed record must survive a power cut, not only a crash of the application.
  db.exec('PRAGMA synchronous = FULL');
  db.exec(`PRAGMA busy_timeout = ${Math.max(0, Math.trunc(busyTimeoutMs))}`);
  return db;
}

/** The first read of the file: this is where SQLite itself notices a damaged or foreign header. */
function readSchemaVersion(db: DatabaseSync, path: string): number {
  try {
    return pragmaNumber(db, 'user_version');
  } catch (error) {
    if (isSqliteError(error) && error.errcode === SQLITE_NOTADB) throw notADatabase(path, error);
    throw storageError(`Cannot read the database ${path}: ${(error as Error).message}`, error);
  }
}

function refuseForeignOrNewerSchema(db: DatabaseSync, path: string, version: number): void {
  const foreign =
    version > 0 ? pragmaNumber(db, 'application_id') !== MESOCHART_APPLICATION_ID : hasAnyTable(db);
  if (foreign) {
    throw storageError(`${path} is a SQLite database of another application, not a MesoChart database; it was left untouched.`);
  }
  if (version > LATEST_SCHEMA_VERSION) {
    throw storageError(
      `The database ${path} has schema version ${version}, but this version of MesoChart knows schema versions up to ${LATEST_SCHEMA_VERSION}. ` +
        'Update MesoChart to open it; the file was not modified.',
    );
  }
}

function refuseOutdatedSchemaWhenReadOnly(path: string, version: number): void {
  if (version === LATEST_SCHEMA_VERSION) return;
  throw storageError(
    `The database ${path} has schema version ${version} and needs migrating to version ${LATEST_SCHEMA_VERSION}, which a read-only open cannot do.`,
  );
}

function enableWriteAheadLog(db: DatabaseSync, path: string): void {
  const row = db.prepare('PRAGMA journal_mode = WAL').get();
  const mode = String(row?.journal_mode);
  // An in-memory database has no log file to put in WAL mode; any real file must get it.
  if (mode !== 'wal' && !(path === IN_MEMORY && mode === 'memory')) {
    throw storageError(`The database ${path} could not be switched to write-ahead logging (journal mode stays ${mode}).`);
  }
  // The record store checkpoints when idle (recordStore.ts); SQLite's automatic checkpoint, which
  // runs inside whichever commit crosses it, stays as a backstop at ~40 MB of log instead of ~4 MB.
  db.exec(`PRAGMA wal_autocheckpoint = ${WAL_AUTOCHECKPOINT_PAGES}`);
}

function hasAnyTable(db: DatabaseSync): boolean {
  return db.prepare("SELECT 1 FROM sqlite_schema WHERE type = 'table' LIMIT 1").get() !== undefined;
}

function pragmaNumber(db: DatabaseSync, name: 'user_version' | 'application_id'): number {
  const row = db.prepare(`PRAGMA ${name}`).get();
  return Number(row?.[name] ?? 0);
}

function notADatabase(path: string, cause?: unknown): ApiError {
  return storageError(`${path} is not a MesoChart database (not a SQLite file); it was left untouched.`, cause);
}
