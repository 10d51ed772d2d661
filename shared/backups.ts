import { z } from 'zod';
import type { AuditHead } from './audit.ts';
import type { BackupKind } from './backupRetention.ts';

/** A backup file of the records, as the backups screen lists it (newest first). */
export type BackupInfo = {
  /** The file's name inside the backups folder: what restoreBackup takes. */
  file: string;
  /** When it was taken (ISO 8601), from its name. */
  createdAt: string;
  bytes: number;
  /** Encrypted with a passphrase (AES-256-GCM); restoring asks for it. */
  encrypted: boolean;
  /**
   * Sealed with the records' data key, its keyring beside it: restoring asks for the passphrase of a
   * practitioner of the backup (or its recovery key). False for a backup of a plaintext folder.
   */
  sealed: boolean;
  /** Its photos; null for a backup taken before backups carried photos (records only). */
  photos: BackupPhotos | null;
  /** The audit trail's newest link when it was taken (its manifest); null or absent when it recorded none. */
  auditHead?: AuditHead | null;
  /** Taken by the schedule (rotated in tiers, shared/backupRetention.ts) or by hand (never rotated away). */
  kind: BackupKind;
};

export type RestoreResult = {
  restoredFrom: string;
  /** Where the records as they were before the restore were kept (a file name next to the database). */
  keptAside: string | null;
  /** The photos put back in the data folder; null when the restore was not given the photos folder. */
  photos: RestoredPhotos | null;
};

/** A backup passphrase: long enough to be worth a key derivation, bounded so it cannot be abused. */
export const backupPassphrase = z
  .string()
  .min(8)
  .max(1024);

/** A backup's file name as listed: no folder part, so that no other file can be named. */
export const backupFileName = z
  .string()
  .regex(/^mesochart-[0-9TZ-]+(-auto|-manual)?\.sqlite(\.enc)?$/);

/**
 * The clinical photos of a backup: the originals its records reference, copied once into the
 * backups folder's content-addressed store (backups/photos/ab/<sha256>.<ext>, shared by every backup).
 * `missing` lists the photos (by hash) that could not be copied because their original was missing
 * or damaged in the data folder when the backup was taken: the records name them, the backup lacks them.
 */
export type BackupPhotos = { total: number; missing: string[] };

/** A photo a restore could not bring back, and why (missing from the backup, damaged, undecryptable). */
export type PhotoRestoreProblem = { hash: string; problem: string };

/**
 * What a restore did with the photos: originals referenced by the restored records (`total`), those
 * already in the data folder (`present`), those copied back from the backup (`restored`, each checked
 * against its SHA-256), and those that could not be (`problems`). The records are restored even when
 * some photos cannot be: those photos show as unavailable, and the restore says which.
 */
export type RestoredPhotos = { total: number; present: number; restored: number; problems: PhotoRestoreProblem[] };

/** A backup or restore in progress, for a determinate progress bar (poll getBackupProgress). */
export type BackupProgress = {
  operation: 'backup' | 'restore';
  /** 'records': the database, `done` / `total` in pages; 'photos': the originals, in files. */
  phase: 'records' | 'photos';
  done: number;
  total: number;
  startedAt: string;
};
