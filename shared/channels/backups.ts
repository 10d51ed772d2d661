import { z } from 'zod';
import { backupFileName, backupPassphrase, type BackupInfo, type BackupProgress, type RestoreResult } from '../backups.ts';
import { returns, type ChannelContract } from './contract.ts';

/** Backups of the whole records, and the restore of one. */
export const BACKUP_CHANNELS = {
  /** The backups of the records, newest first. */
  listBackups: { input: z.object({}).strict(), output: returns<BackupInfo[]>() },
  /** Takes a backup now (encrypted when a passphrase is given), then rotates. */
  createBackupNow: { input: z.object({ passphrase: backupPassphrase.optional() }).strict(), output: returns<BackupInfo>() },
  /** Replaces the records with a listed backup, keeping the current file aside; the store reopens on it. */
  restoreBackup: { input: z.object({ file: backupFileName, passphrase: z.string().max(1024).optional() }).strict(), output: returns<RestoreResult>() },
  /** The backup or restore in progress (records in pages, then photos in files): poll it for a progress bar. */
  getBackupProgress: { input: z.object({}).strict(), output: returns<{ running: BackupProgress | null }>() },
} as const satisfies Record<string, ChannelContract>;
