import { join } from 'node:path';
import type { BackupInfo, RestoreResult } from '../../shared/backups.ts';
import { ApiError } from '../../shared/errors.ts';
import { createBackup, listBackups, restoreBackup } from './backup.ts';
import type { KdfParams } from './encryption.ts';

/** What the handlers need of backups: the application's backups folder and its one database. */
export interface BackupPort {
  list(): BackupInfo[];
  createNow(options?: { passphrase?: string | undefined }): Promise<BackupInfo>;
  /** `beforeReplace` closes the store once the backup has been checked and just before the file changes. */
  restore(file: string, options: { passphrase?: string | undefined; beforeReplace: () => void }): Promise<RestoreResult>;
}

export type BackupServiceOptions = {
  databasePath: string;
  backupDir: string;
  /** How many backups to keep: read at each backup, so the setting applies at once. */
  keep: () => number;
  now?: () => Date;
  kdf?: KdfParams;
};

/** Backups of the database at `databasePath` into `backupDir`, named and rotated (backup.ts). */
export function createBackupService(options: BackupServiceOptions): BackupPort {
  const { databasePath, backupDir } = options;
  return {
    list: () => listBackups(backupDir),
    createNow: ({ passphrase } = {}) =>
      createBackup(databasePath, backupDir, {
        keep: options.keep(),
        ...(passphrase !== undefined ? { passphrase } : {}),
        ...(options.now ? { now: options.now } : {}),
        ...(options.kdf ? { kdf: options.kdf } : {}),
      }),
    restore: (file, { passphrase, beforeReplace }) => {
      // The name comes from the renderer: only a listed backup of this folder may be restored.
      if (!listBackups(backupDir).some((b) => b.file === file)) {
        return Promise.reject(new ApiError({ code: 'not-found', field: 'file', message: `There is no backup named ${file}.` }));
      }
      return restoreBackup(join(backupDir, file), databasePath, {
        beforeReplace,
        ...(passphrase !== undefined ? { passphrase } : {}),
        ...(options.now ? { now: options.now } : {}),
      });
    },
  };
}
