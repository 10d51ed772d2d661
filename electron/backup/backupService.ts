import { join } from 'node:path';
import { DEFAULT_RETENTION, type BackupKind } from '../../shared/backupRetention.ts';
import type { BackupInfo, BackupProgress, RestoreResult } from '../../shared/backups.ts';
import { ApiError } from '../../shared/errors.ts';
import { createBackup, listBackups, restoreBackup, type PhaseProgress } from './backup.ts';
import { PLAIN_PHOTOS, type PhotoCodec } from '../photos/photoCodec.ts';
import { keyIdOf } from '../seal/keyWrap.ts';
import { repairOriginal } from './backupPhotos.ts';
import type { KdfParams } from './encryption.ts';
import { removeInterruptedFiles } from './interruptedFiles.ts';
import { rotateKeptAside } from './keptAside.ts';

/** What the handlers need of backups: the application's backups folder and its one database. */
export interface BackupPort {
  list(): BackupInfo[];
  /** A backup taken by hand (the default) is never rotated away; the schedule's are, in tiers. */
  createNow(options?: { passphrase?: string | undefined; kind?: BackupKind }): Promise<BackupInfo>;
  /** `beforeReplace` closes the store once the backup has been checked and just before the file changes. */
  restore(file: string, options: { passphrase?: string | undefined; beforeReplace: () => void }): Promise<RestoreResult>;
  /** The backup or restore in progress, if any, for a progress bar. */
  progress(): BackupProgress | null;
  /**
   * Calls `listener` with each backup taken from now on, by hand or by the schedule (which the handlers
   * never see: the audit trail learns of automatic backups here). Answers the way to stop.
   */
  onCreated?(listener: (info: BackupInfo) => void): () => void;
  /** Puts back a photo original found damaged or missing when read, from a backup that has it (backupPhotos.ts); answers whether it did. */
  repairPhoto?(photo: { hash: string; format: 'jpeg' | 'png' }): Promise<boolean>;
}

export type BackupServiceOptions = {
  databasePath: string;
  backupDir: string;
  /** The data folder's photos/: backups carry the originals the records reference, restores put them back. */
  photoDir?: string;
  /**
   * How many days keep their newest automatic backup (settings.backups.keep), besides the fixed 4 weeks
   * and 12 months of shared/backupRetention.ts: read at each backup, so the setting applies at once.
   */
  keep: () => number;
  now?: () => Date;
  /** The calendar day of a backup for the tiers; this computer's by default. */
  dayOf?: (at: Date) => string;
  kdf?: KdfParams;
  /**
   * The records' sealing, read at each operation: the data key (undefined while the folder is plaintext),
   * the keyring copied beside each backup, how photos are kept. Without it backups are plaintext (tests).
   */
  sealing?: { key: () => Uint8Array | undefined; keyringPath: string; photoCodec: PhotoCodec };
  /** Every step of a backup or restore (the same as progress() answers). */
  onProgress?: (progress: BackupProgress) => void;
};

/**
 * Backups of the database at `databasePath` into `backupDir`, named and rotated, with their photos
 * (backup.ts, backupPhotos.ts). One operation at a time: a backup asked for while another (or a
 * restore) runs waits for it, so that the photo store's rotation never races a copy. Created once at
 * start, before any backup or restore can run: it first clears what interrupted ones left behind.
 */
export function createBackupService(options: BackupServiceOptions): BackupPort {
  const { databasePath, backupDir, photoDir } = options;
  removeInterruptedFiles({ backupDir, databasePath, ...(photoDir !== undefined ? { photoDir } : {}) });
  rotateKeptAside(databasePath);
  let queue: Promise<unknown> = Promise.resolve();
  let current: BackupProgress | null = null;
  const serially = <T>(operation: BackupProgress['operation'], run: (report: (p: PhaseProgress) => void) => Promise<T>): Promise<T> => {
    const next = queue.then(async () => {
      const startedAt = (options.now?.() ?? new Date()).toISOString();
      const report = (p: PhaseProgress) => {
        current = { operation, ...p, startedAt };
        options.onProgress?.(current);
      };
      try {
        return await run(report);
      } finally {
        current = null;
      }
    });
    queue = next.catch(() => undefined);
    return next;
  };
  const created = new Set<(info: BackupInfo) => void>();
  return {
    list: () => listBackups(backupDir),
    repairPhoto: async (photo) => {
      if (photoDir === undefined) return false;
      const key = options.sealing?.key();
      return repairOriginal(photo, photoDir, backupDir, options.sealing?.photoCodec ?? PLAIN_PHOTOS, key ? keyIdOf(key).slice(0, 16) : null);
    },
    progress: () => current,
    onCreated: (listener) => {
      created.add(listener);
      return () => created.delete(listener);
    },
    createNow: ({ passphrase, kind = 'manual' } = {}) =>
      serially('backup', (onProgress) =>
        createBackup(databasePath, backupDir, {
          kind,
          retention: { ...DEFAULT_RETENTION, days: options.keep() },
          onProgress,
          ...(options.dayOf ? { dayOf: options.dayOf } : {}),
          ...(photoDir !== undefined ? { photoDir } : {}),
          ...(passphrase !== undefined ? { passphrase } : {}),
          ...(options.now ? { now: options.now } : {}),
          ...(options.kdf ? { kdf: options.kdf } : {}),
          ...sealingOf(options.sealing),
        }).then((info) => {
          for (const listener of created) listener(info);
          return info;
        }),
      ),
    restore: (file, { passphrase, beforeReplace }) => {
      // The name comes from the renderer: only a listed backup of this folder may be restored.
      if (!listBackups(backupDir).some((b) => b.file === file)) {
        return Promise.reject(new ApiError({ code: 'not-found', field: 'file', reason: 'no-such-backup', params: { file } }));
      }
      return serially('restore', (onProgress) =>
        restoreBackup(join(backupDir, file), databasePath, {
          beforeReplace,
          onProgress,
          ...(photoDir !== undefined ? { photoDir } : {}),
          ...(passphrase !== undefined ? { passphrase } : {}),
          ...(options.now ? { now: options.now } : {}),
          ...(options.sealing ? { key: options.sealing.key(), photoCodec: options.sealing.photoCodec } : {}),
        }),
      );
    },
  };
}

/** What a backup takes of the sealing: the key and the keyring to copy, once the folder is sealed. */
function sealingOf(sealing: BackupServiceOptions['sealing']): { key?: Uint8Array; keyringPath?: string } {
  const key = sealing?.key();
  return sealing && key ? { key, keyringPath: sealing.keyringPath } : {};
}
