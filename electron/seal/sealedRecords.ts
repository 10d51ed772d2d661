import { ApiError } from '../../shared/errors.ts';
import type { RecordStore } from '../../shared/repository.ts';
import { removeDatabaseFiles } from '../store/databaseFiles.ts';
import type { StoreHolder } from '../store/storeHolder.ts';
import type { PractitionerSecret } from './keyring.ts';
import type { RecordsVault } from './recordsVault.ts';
import { sealOldBackups } from './sealOldBackups.ts';
import { sealPlaintextFolder, type RecordsFolder, type SealingProgress } from './sealPlaintextFolder.ts';

/**
 * What the channels need to open sealed records and to seal a folder: the vault (the data key and
 * the keyring), the folder's files, and how the store is opened on them with a key. main.ts and the
 * end-to-end harness wire it; channel tests without it run on a plaintext store as before.
 */
export type SealedRecords = {
  vault: RecordsVault;
  folder: RecordsFolder;
  /** `secret`: what opened the key (a passphrase, the recovery key), which the way out of a damaged file may need to open a backup. */
  openStore(key: Buffer, secret?: string): RecordStore | Promise<RecordStore>;
  /** The backups folder and the keyring: backups taken before sealing are sealed once the records are open. */
  backups?: { dir: string; keyringPath: string };
  log?(message: string, error: unknown): void;
  onProgress?(progress: SealingProgress): void;
};

/** Sealed records not yet opened since the start: what only an unlock (or the recovery key) can open. */
export function isClosedSealed(sealed: SealedRecords | undefined, stores: StoreHolder): sealed is SealedRecords {
  return sealed !== undefined && !stores.isOpen();
}

/** The records opened with the data key the vault now holds. */
export async function openSealedStore(sealed: SealedRecords, stores: StoreHolder, secret?: string): Promise<void> {
  stores.open(await sealed.openStore(sealed.vault.key(), secret));
  if (!sealed.backups) return;
  try {
    await sealOldBackups(sealed.backups.dir, sealed.vault.key(), sealed.backups.keyringPath);
  } catch (error) {
    // The records are open and sealed; the backups left plain are sealed at the next unlock.
    sealed.log?.('Sealing the backups taken before the records were sealed failed; tried again at the next unlock.', error);
  }
}

/**
 * A new, empty records folder sealed from the start (first run): keyring written, records created
 * sealed, then `createProfile`. If the profile is not created (a full disk), the folder goes back to
 * new: a keyring naming a profile the records lack would otherwise be all the lock screen offered.
 */
export async function sealNewFolder<T>(sealed: SealedRecords, stores: StoreHolder, first: PractitionerSecret, createProfile: () => Promise<T>): Promise<T> {
  const { keyring, dataKey } = await sealed.vault.seal(first);
  await sealed.vault.commit(keyring, dataKey);
  try {
    await openSealedStore(sealed, stores, first.passphrase);
    return await createProfile();
  } catch (error) {
    if (stores.isOpen()) stores.closeForRestore();
    await sealed.vault.discardNew();
    await removeDatabaseFiles(sealed.folder.databasePath, { withDatabase: true });
    throw error;
  }
}

/**
 * The plaintext folder in use sealed now, `first` the first to open it: the store closed, the folder
 * converted and verified, the sealed store opened. A failure leaves the plaintext folder as it was,
 * reopened, logged and answered (the lock screen's state says it): the practitioner works on, and the
 * next unlock tries again.
 */
export async function sealPlaintextInUse(sealed: SealedRecords, stores: StoreHolder, first: PractitionerSecret): Promise<ApiError | null> {
  const { keyring, dataKey } = await sealed.vault.seal(first);
  stores.closeForRestore();
  try {
    await sealPlaintextFolder(sealed.folder, dataKey, () => sealed.vault.commit(keyring, dataKey), sealed.onProgress);
  } catch (error) {
    sealed.log?.('Sealing the records folder failed; it stays as it was, and is tried again at the next unlock.', error);
    stores.reopenIfClosed();
    return error instanceof ApiError ? error : new ApiError({ code: 'storage', field: null, reason: 'sealing-failed' }, { cause: error });
  }
  await openSealedStore(sealed, stores, first.passphrase);
  return null;
}
