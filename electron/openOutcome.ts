import { accessSync, constants, existsSync } from 'node:fs';
import { dirname } from 'node:path';
import type { BackupInfo } from '../shared/backups.ts';
import { listBackups } from './backup/backupFiles.ts';
import type { ErrorParams } from '../shared/errors.ts';
import { DatabaseOpenError } from './store/database.ts';
import { storageFailureOf } from './store/storageFailure.ts';
import { openRecordStore, type RecordStoreOptions, type SqliteRecordStore } from './store/recordStore.ts';

export type OpenFailureKind = 'corrupt' | 'newer-schema' | 'read-only' | 'not-mesochart';

/**
 * Why the records could not be opened, as data (the main process words it in the practitioner's
 * language: electron/mainText.ts), and the ways out there are. `reason`: the refusal's own reason
 * ('truncated', 'newer-schema', 'foreign', 'not-a-database', 'unreadable', 'not-writable'...),
 * `params` its figures; `log` the refusal in English for the log, never shown.
 */
export type OpenFailure = {
  kind: OpenFailureKind;
  reason: string;
  params: ErrorParams;
  log: string;
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

/**
 * Opens the records, or explains why not. Nothing here writes to a file it could not open: every
 * refusal leaves the user's file as it was, and the caller offers the ways out the failure lists
 * (restore a backup, open read-only, quit). Never throws for a bad file.
 */
export function openStoreOrExplain(path: string, options: OpenOutcomeOptions): OpenOutcome {
  const { backupDir, isWritable = writableByProcess, ...storeOptions } = options;
  const failure = (kind: OpenFailureKind, reason: string, params: ErrorParams, log: string, canOpenReadOnly = false): OpenOutcome => ({
    ok: false,
    failure: { kind, reason, params, log, canOpenReadOnly, backups: safeList(backupDir) },
  });

  if (!storeOptions.readOnly && existsSync(path) && !isWritable(path)) {
    return failure('read-only', 'not-writable', { path }, readOnlyMessage(path), canOpenReadOnly(path, storeOptions));
  }
  try {
    return { ok: true, store: openRecordStore(path, storeOptions) };
  } catch (error) {
    const reason = error instanceof DatabaseOpenError ? error.reason : null;
    const cause = error instanceof DatabaseOpenError ? error.cause : error;
    // SQLite's own failure, told the one way the store and the handlers tell it (store/storageFailure.ts).
    const storage = storageFailureOf(cause)?.reason ?? null;
    const detail = (error as Error).message;
    const params: ErrorParams = error instanceof DatabaseOpenError ? error.params : {};
    if (reason === 'newer-schema') return failure('newer-schema', reason, params, detail);
    if (reason === 'foreign') return failure('not-mesochart', reason, params, detail);
    if (reason === 'not-a-database' || reason === 'truncated' || storage === 'records-damaged') {
      return failure('corrupt', reason === 'not-a-database' || reason === 'truncated' ? reason : 'records-damaged', params, `The records file is damaged. ${detail}`);
    }
    if (storage === 'records-read-only') {
      return failure('read-only', 'not-writable', { path }, readOnlyMessage(path), canOpenReadOnly(path, storeOptions));
    }
    return failure('corrupt', reason ?? 'unreadable', params, `The records could not be opened. ${detail}`);
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
