import type { z } from 'zod';
import type { AppInfo } from '../../shared/api.ts';
import type { ChannelContract } from '../../shared/channels/contract.ts';
import { lockedOut } from '../../shared/errors.ts';
import type { Actor, RecordStore } from '../../shared/repository.ts';
import type { Settings } from '../../shared/settings.ts';
import type { AccessControl } from '../access/accessControl.ts';
import type { BackupPort } from '../backup/backupService.ts';
import type { ExportOptions } from '../pdf/exportPdf.ts';
import type { PhotoCodec } from '../photos/photoCodec.ts';
import type { SealedRecords } from '../seal/sealedRecords.ts';
import type { SettingsPort } from '../settings/settingsPort.ts';
import type { StoreHolder } from '../store/storeHolder.ts';
import type { FilePort } from './filePort.ts';

/**
 * The one small object every domain's channels are given (each module takes the part it needs), made
 * once by the handler table (electron/handlers.ts) from what main.ts or a test wires in.
 */
export type ChannelContext = {
  /** The record store in use, read at each call: a restore replaces it (electron/store/storeHolder.ts). */
  store: () => RecordStore;
  /** The holder itself, for the one channel that replaces the store (restoreBackup). */
  stores: StoreHolder;
  /** The preferences as they are now. */
  settings: () => Settings;
  /** Where preferences are changed. */
  settingsPort: SettingsPort;
  /** The unlocked practitioner as the actor of a change; the lock's refusal ('locked-out') when there is none. */
  actor: () => Actor;
  /** The lock: who is unlocked, if anyone; the passphrase attempts. */
  access: AccessControl;
  appInfo: () => Omit<AppInfo, 'language' | 'timeZone'>;
  /** Backups of the records; without it the backup channels answer that backups are not available. */
  backups?: BackupPort | undefined;
  /** The save dialog and the showing of a saved file; without it exports answer that saving is not available. */
  files?: FilePort | undefined;
  /** The data folder's photos/ (owner-only); without it the photo channels say photos are not available. */
  photoDir?: string | undefined;
  /** How photo files are kept: sealed with the records' key once the folder is sealed (handlers.ts derives it from `sealed`). */
  photoCodec: PhotoCodec;
  /** Where the PDF worker and fonts are, when not beside the code (see electron/pdf/exportPdf.ts). */
  pdf?: ExportOptions | undefined;
  /** Sealed records: the vault of their data key and how they are opened; without it the store is plaintext (tests). */
  sealed?: SealedRecords | undefined;
  /** The clock of dates the channels compute (today's timeline); tests pin it. */
  now?: () => Date;
};

/**
 * A domain's channels, typed against its contract in shared/channels/: one function per channel of
 * the domain (no more, no fewer), taking the parsed input and answering the channel's output.
 */
export type ChannelHandlers<T extends Record<string, ChannelContract>> = {
  [K in keyof T]: (input: z.output<T[K]['input']>) => Promise<T[K]['output']> | T[K]['output'];
};

/** The unlocked practitioner, as the actor of a change; the lock's refusal when there is none. */
export function unlockedActor(access: AccessControl): Actor & { id: string } {
  const current = access.current();
  if (!current) throw lockedOut();
  return { name: current.displayName, id: current.id };
}
