import { z } from 'zod';

/** A backup file of the records, as the backups screen lists it (newest first). */
export type BackupInfo = {
  /** The file's name inside the backups folder: what restoreBackup takes. */
  file: string;
  /** When it was taken (ISO 8601), from its name. */
  createdAt: string;
  bytes: number;
  /** Encrypted with a passphrase (AES-256-GCM); restoring asks for it. */
  encrypted: boolean;
};

export type RestoreResult = {
  restoredFrom: string;
  /** Where the records as they were before the restore were kept (a file name next to the database). */
  keptAside: string | null;
};

/** A backup passphrase: long enough to be worth a key derivation, bounded so it cannot be abused. */
export const backupPassphrase = z
  .string({ error: 'must be text' })
  .min(8, { error: 'must be at least 8 characters' })
  .max(1024, { error: 'must be at most 1024 characters' });

/** A backup's file name as listed: no folder part, so that no other file can be named. */
export const backupFileName = z
  .string({ error: 'must be a backup file name' })
  .regex(/^mesochart-[0-9TZ-]+\.sqlite(\.enc)?$/, { error: 'must be the name of a MesoChart backup (as listed)' });
