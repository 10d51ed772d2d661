import { ApiError } from '../../shared/errors.ts';

/**
 * The one classifier of storage failures: what the store does with an error thrown inside a read or a
 * change, and what the handler table does with one that reached it unclassified. A SQLite failure
 * is told by its result code, in words a practitioner can act on; another error that plainly comes
 * from the records (a closed database, a disk) is a failed save. Null for anything
 * else, and for an ApiError, which already says what it is.
 */
export function storageFailureOf(error: unknown): ApiError | null {
  if (error instanceof ApiError) return null;
  const resultCode = sqliteResultCode(error);
  if (resultCode !== null) return sqliteFailure(error as Error, resultCode);
  if (error instanceof Error && /sqlite|database|disk/i.test(`${error.message} ${(error as { code?: unknown }).code ?? ''}`)) {
    return storageError('save-failed', error, error.message);
  }
  return null;
}

/**
 * SQLite's result code of a SQLite failure (constraint, I/O, busy, corrupt...), or null for another
 * error: libsql puts it in `rawCode` (its `code` is the name, 'SQLITE_BUSY'), node:sqlite in `errcode`.
 */
export function sqliteResultCode(error: unknown): number | null {
  if (!(error instanceof Error)) return null;
  const { rawCode, errcode, code } = error as { rawCode?: unknown; errcode?: unknown; code?: unknown };
  if (typeof rawCode === 'number' && typeof code === 'string' && code.startsWith('SQLITE_')) return rawCode;
  if (typeof errcode === 'number' && code === 'ERR_SQLITE_ERROR') return errcode;
  return null;
}

/** A 'storage' ApiError with its reason, keeping the underlying error as its cause for the logs. */
export function storageError(reason: string, cause?: unknown, log?: string): ApiError {
  return new ApiError({ code: 'storage', field: null, reason }, { cause, ...(log ? { log } : {}) });
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
export const SQLITE_NOTADB = 26;

/** The reasons are worded by the screen (each says the change was not saved); SQLite's text stays in the log. */
function sqliteFailure(error: Error, resultCode: number): ApiError {
  const log = `SQLite: ${error.message}`;
  switch (resultCode & 0xff) {
    case SQLITE_FULL:
      return storageError('disk-full', error, log);
    case SQLITE_IOERR:
      return storageError('disk-error', error, log);
    case SQLITE_READONLY:
    case SQLITE_CANTOPEN:
      return storageError('records-read-only', error, log);
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
      return storageError('records-busy', error, log);
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
      return storageError('records-damaged', error, log);
    case SQLITE_CONSTRAINT:
      return storageError('change-refused', error, log);
    default:
      return storageError('operation-refused', error, log);
  }
}
