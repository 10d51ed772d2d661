import { join } from 'node:path';
import { ApiError } from '../../shared/errors.ts';
import { openWithPassphrase, openWithRecoveryKey, readKeyring } from '../seal/keyring.ts';
import { keyIdOf } from '../seal/keyWrap.ts';
import { keyringName } from './backupFiles.ts';

/**
 * The key that opens a sealed backup, from the keyring beside it: the passphrase of one of its
 * practitioners (those enabled when it was taken), or its recovery key. Undefined for a backup of a
 * plaintext folder (no keyring beside it). A restore never trusts the unlocked session alone: whoever
 * brings old records back proves they could open them.
 */
export async function openBackupKey(backupDir: string, backupFile: string, passphrase: string | undefined, folderKey?: Uint8Array): Promise<Buffer | undefined> {
  const keyring = readKeyring(join(backupDir, keyringName(backupFile)));
  if (!keyring) return undefined;
  // A backup encrypted with a passphrase of its own (.enc), sealed with this folder's key: the passphrase
  // that decrypts it (checked then) is the proof; it need not also be a practitioner's.
  if (backupFile.endsWith('.enc') && folderKey && keyIdOf(folderKey) === keyring.keyId) return Buffer.from(folderKey);
  if (!passphrase) throw new ApiError({ code: 'invalid-input', field: 'passphrase', reason: 'backup-passphrase-required' });
  for (const practitioner of keyring.practitioners) {
    const key = await openWithPassphrase(keyring, practitioner.id, passphrase);
    if (key) return key;
  }
  const key = await openWithRecoveryKey(keyring, passphrase);
  if (key) return key;
  throw new ApiError({ code: 'invalid-input', field: 'passphrase', reason: 'backup-passphrase-refused' });
}
