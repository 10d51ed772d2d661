import { accessSync, constants, existsSync } from 'node:fs';
import { dirname } from 'node:path';
import type { BackupInfo } from '../../shared/backups.ts';
import { listBackups } from '../backup/backupFiles.ts';
import { DatabaseOpenError, isSqliteError } from './database.ts';
import { openRecordStore, type RecordStoreOptions, type SqliteRecordStore } from './recordStore.ts';

export type OpenFailureKind = 'corrupt' | 'newer-schema' | 'read-only' | 'not-mesochart';

/** Why the records could not be opened, in words for the user, and the ways out there are. */
export type OpenFailure = {
  kind: OpenFailureKind;
  message: string;
  /** The file can be opened to read (and print) the records, without any change. */
  canOpenReadOnly: boolean;
  /** Backups that could replace the file, newest first (the current file is kept aside on restore). */
  backups: BackupInfo[];
};

export type OpenOutcome = { ok: true; store: SqliteRecordStore } | { ok: false; failure: OpenFailure };

export type OpenOutcomeOptions = RecordStoreOptions & {
  backupDir: string;
  /** Whether the process may write `path` (and create its log files beside it); tests replace it. */
  isWritable?: (path: string) => boolean;
};

/** Write access as the operating system grants it to this process (root passes every check). */
function writableByProcess(path: string): boolean {
  try {
    accessSync(dirname(path), constants.W_OK);
    if (existsSync(path)) accessSync(path, constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

const SQLITE_READONLY = 8;
const SQLITE_CORRUPT = 11;
const SQLITE_CANTOPEN = 14;
const SQLITE_NOTADB = 26;

/**
 * Opens the records, or explains why not. Nothing here writes to a file it could not open: every
 * refusal leaves the user's file as it was, and the caller offers the ways out the failure lists
 * (restore a backup, open read-only, quit). Never throws for a bad file.
 */
export function openStoreOrExplain(path: string, options: OpenOutcomeOptions): OpenOutcome {
  const { backupDir, isWritable = writableByProcess, ...storeOptions } = options;
  const failure = (kind: OpenFailureKind, message: string, canOpenReadOnly = false): OpenOutcome => ({
    ok: false,
    failure: { kind, message, canOpenReadOnly, backups: safeList(backupDir) },
  });

  if (!storeOptions.readOnly && existsSync(path) && !isWritable(path)) {
    return failure('read-only', readOnlyMessage(path), canOpenReadOnly(path, storeOptions));
  }
  try {
    return { ok: true, store: openRecordStore(path, storeOptions) };
  } catch (error) {
    const reason = error instanceof DatabaseOpenError ? error.reason : null;
    const cause = error instanceof DatabaseOpenError ? error.cause : error;
    const code = isSqliteError(cause) ? cause.errcode & 0xff : null;
    const detail = (error as Error).message;
    if (reason === 'newer-schema') {
      return failure('newer-schema', `${detail}\n\nUpdate MesoChart to open these records, or restore a backup made by this version.`);
    }
    if (reason === 'foreign') {
      return failure('not-mesochart', `${detail}\n\nMove that file elsewhere, or restore a backup of your records.`);
    }
    if (reason === 'not-a-database' || reason === 'truncated' || code === SQLITE_CORRUPT || code === SQLITE_NOTADB) {
      return failure('corrupt', `The records file is damaged. ${detail}\n\nRestore the latest backup; the damaged file is kept aside.`);
    }
    if (code === SQLITE_READONLY || code === SQLITE_CANTOPEN) {
      return failure('read-only', readOnlyMessage(path), canOpenReadOnly(path, storeOptions));
    }
    return failure('corrupt', `The records could not be opened. ${detail}`);
  }
}

function readOnlyMessage(path: string): string {
  return `The records file ${path} (or its folder) cannot be written. MesoChart can open it to read and print, but not to change it. Give your user write access to it, or restore a backup into a writable place.`;
}

function canOpenReadOnly(path: string, options: RecordStoreOptions): boolean {
  try {
    openRecordStore(path, { ...options, readOnly: true }).close();
    return true;
  } catch {
    return false;
  }
}

function safeList(dir: string): BackupInfo[] {
  try {
    return listBackups(dir);
  } catch {
    return [];
  }
}
