import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { ScryptParams } from '../../shared/access.ts';
import type { RecordStore } from '../../shared/repository.ts';
import type { BackupServiceOptions } from '../backup/backupService.ts';
import { openRecordStore } from '../store/recordStore.ts';
import { holdStore, type StoreHolder } from '../store/storeHolder.ts';
import { openRecordsVault, type RecordsVault } from './recordsVault.ts';
import { photoCodecOf } from './sealedPhotos.ts';
import type { SealedRecords } from './sealedRecords.ts';
import { settleSealing } from './sealPlaintextFolder.ts';

/** The files of the data folder: the records, their photos, the keyring that says they are sealed. */
export type RecordsFolderPaths = { dataDir: string; databasePath: string; photoDir: string; keyringPath: string };

function recordsFolderPaths(dataDir: string): RecordsFolderPaths {
  return { dataDir, databasePath: join(dataDir, 'mesochart.sqlite'), photoDir: join(dataDir, 'photos'), keyringPath: join(dataDir, 'keyring.json') };
}

export type RecordsFolderOptions = {
  /** Cost of new passphrase and recovery-key wraps; tests lower it. */
  kdf: ScryptParams;
  /** Opens a plaintext folder's records at start (main.ts explains a failure and offers a way out); null: do not start. */
  openPlaintext?: (databasePath: string) => RecordStore | null | Promise<RecordStore | null>;
  /** Opens sealed records with their key at the first unlock (main.ts offers a way out of a damaged file). */
  openSealed?: (databasePath: string, key: Buffer, secret?: string) => RecordStore | Promise<RecordStore>;
  log?: (message: string, error: unknown) => void;
  /** The backups folder: backups taken before the records were sealed are sealed once they are open. */
  backupDir?: string;
};

export type OpenedRecordsFolder = {
  paths: RecordsFolderPaths;
  vault: RecordsVault;
  /** Closed while the records are sealed and not yet unlocked; open on a plaintext folder. */
  stores: StoreHolder;
  sealed: SealedRecords;
  /** What the backup service needs of the sealing (backupService.ts). */
  backupSealing: NonNullable<BackupServiceOptions['sealing']>;
};

/**
 * The data folder as the application runs on it, the one wiring of main.ts, the end-to-end harness and
 * the tests: the keyring read (a damaged one throws: nothing is opened then), a sealing interrupted by a
 * crash finished or undone, a plaintext folder's records opened (to be sealed at the first unlock),
 * sealed records left closed until an unlock opens them. Null when `openPlaintext` declined.
 */
export async function openRecordsFolder(dataDir: string, options: RecordsFolderOptions): Promise<OpenedRecordsFolder | null> {
  const paths = recordsFolderPaths(dataDir);
  const { databasePath, photoDir, keyringPath } = paths;
  const vault = openRecordsVault({ keyringPath, kdf: options.kdf });
  await settleSealing({ databasePath, photoDir }, vault.isSealed());
  let first: RecordStore | null = null;
  if (!vault.isSealed() && existsSync(databasePath)) {
    first = await (options.openPlaintext ?? openRecordStore)(databasePath);
    if (!first) return null;
  }
  const keyOption = () => (vault.isOpen() ? { key: vault.key() } : {});
  const stores = holdStore(first, () => openRecordStore(databasePath, keyOption()));
  const openSealed = options.openSealed ?? ((path: string, key: Buffer) => openRecordStore(path, { key }));
  const sealed: SealedRecords = {
    vault,
    folder: { databasePath, photoDir },
    openStore: (key, secret) => openSealed(databasePath, key, secret),
    ...(options.log ? { log: options.log } : {}),
    ...(options.backupDir ? { backups: { dir: options.backupDir, keyringPath } } : {}),
  };
  const backupSealing = { key: () => (vault.isOpen() ? vault.key() : undefined), keyringPath, photoCodec: photoCodecOf(vault) };
  return { paths, vault, stores, sealed, backupSealing };
}
