// Unlock as a practitioner meets it after a start: the sealed folder closed, its keyring on disk; the
// data key unwrapped with the passphrase at the application's real scrypt cost, the records opened with
// it, the first page of the patient list read. What the unlock channel adds (the profile looked up, the
// unlock audited) is a few rows and is left out, as the open figure leaves it out.
import { performance } from 'node:perf_hooks';
import { DEFAULT_PASSPHRASE_KDF } from '../../electron/access/passphrase.ts';
import { openRecordsVault } from '../../electron/seal/recordsVault.ts';
import { openRecordStore } from '../../electron/store/recordStore.ts';

type UnlockRun = { totalMs: number; unwrapMs: number };

export async function unlockToPatientList(folder: { databasePath: string; keyringPath: string }, practitionerId: string, passphrase: string): Promise<UnlockRun> {
  const start = performance.now();
  const vault = openRecordsVault({ keyringPath: folder.keyringPath, kdf: DEFAULT_PASSPHRASE_KDF });
  if (!(await vault.openWithPassphrase(practitionerId, passphrase))) throw new Error('The bench passphrase did not open the keyring.');
  const unwrapMs = performance.now() - start;
  const store = openRecordStore(folder.databasePath, { key: vault.key() });
  const page = store.listPatients({ search: '', includeArchived: false, offset: 0, limit: 50 });
  const totalMs = performance.now() - start;
  store.close();
  if (page.items.length === 0) throw new Error('The unlocked records listed no patient.');
  return { totalMs, unwrapMs };
}
