import { rm } from 'node:fs/promises';
import type { ScryptParams } from '../../shared/access.ts';
import type { Language } from '../../shared/i18n/languages.ts';
import { lockedOut } from '../../shared/errors.ts';
import { keyIdOf, newDataKey } from './keyWrap.ts';
import {
  createKeyring,
  newRecoveryKey,
  openWithPassphrase,
  openWithRecoveryKey,
  readKeyring,
  withoutPractitioner,
  withPractitioner,
  withPractitionerLanguage,
  withRecoveryConfirmed,
  withRecoveryKey,
  writeKeyring,
  type Keyring,
  type PractitionerSecret,
} from './keyring.ts';

export type RecordsVaultOptions = {
  /** data/keyring.json: its presence says the records folder is sealed. */
  keyringPath: string;
  /** Cost of the passphrase and recovery-key wraps; tests lower it. */
  kdf: ScryptParams;
};

/**
 * The records' data key while the application runs: absent until an unlock (or the recovery key)
 * opens the keyring, then held in the main process until it quits (locking the screen keeps it: the
 * records stay open behind the lock, as autosave and backups need). Every change to who can open the
 * records cold goes through here and is written to the keyring at once.
 */
export type RecordsVault = {
  isSealed(): boolean;
  isOpen(): boolean;
  /** The data key; the lock's refusal while not open. */
  key(): Buffer;
  /** Which key seals these records (keyIdOf), or null before sealing. */
  keyId(): string | null;
  /** Who can open the records cold: what the lock screen lists before anything is decrypted. */
  practitionersOnKeyring(): { id: string; displayName: string; language: Language | null }[];
  hasPractitioner(id: string): boolean;
  /** Opens the records' key with `id`'s passphrase; false for a wrong passphrase or no wrap of theirs. */
  openWithPassphrase(id: string, passphrase: string): Promise<boolean>;
  /** Opens the records' key with the recovery key as typed; false when it does not open it. */
  openWithRecoveryKey(typed: string): Promise<boolean>;
  /**
   * A keyring for a new sealing (first run, or a plaintext folder being converted): a new data key,
   * wrapped by `first`'s passphrase and by a new recovery key. Nothing is written: commit() does that,
   * when the caller's files are ready (the conversion's commit point).
   */
  seal(first: PractitionerSecret, dataKey?: Buffer): Promise<{ keyring: Keyring; dataKey: Buffer }>;
  /** Makes a keyring built by seal() the folder's (written), and opens its key. */
  commit(keyring: Keyring, dataKey: Buffer): Promise<void>;
  /** Undoes a first run's commit that its profile never followed: the keyring removed, the key forgotten. */
  discardNew(): Promise<void>;
  /** `who`'s passphrase opens the records cold from now on (added, or replacing their older passphrase). */
  rememberPractitioner(who: PractitionerSecret): Promise<void>;
  forgetPractitioner(id: string): Promise<void>;
  /** A practitioner's own language changed: the keyring says it too (the lock screen speaks it cold). */
  setPractitionerLanguage(id: string, language: Language | null): Promise<void>;
  /** A new recovery key replaces the old one; it is shown until confirmed. */
  renewRecoveryKey(): Promise<string>;
  confirmRecoveryKey(): Promise<void>;
  /** The recovery key waiting to be confirmed, renewed first if an earlier run's was never confirmed (nobody saw it since). */
  recoveryKeyToShow(): Promise<string | null>;
};

export function openRecordsVault(options: RecordsVaultOptions): RecordsVault {
  let keyring = readKeyring(options.keyringPath);
  let dataKey: Buffer | null = null;
  let pendingRecoveryKey: string | null = null;

  const openKey = (): Buffer => {
    if (!dataKey) throw lockedOut();
    return dataKey;
  };
  const sealedKeyring = (): Keyring => {
    if (!keyring) throw lockedOut();
    return keyring;
  };
  const save = async (next: Keyring): Promise<void> => {
    await writeKeyring(options.keyringPath, next);
    keyring = next;
  };
  const renewRecoveryKey = async (): Promise<string> => {
    const recovery = newRecoveryKey();
    await save(await withRecoveryKey(sealedKeyring(), openKey(), recovery, options.kdf));
    pendingRecoveryKey = recovery;
    return recovery;
  };

  return {
    isSealed: () => keyring !== null,
    isOpen: () => dataKey !== null,
    key: openKey,
    keyId: () => keyring?.keyId ?? null,
    practitionersOnKeyring: () => (keyring?.practitioners ?? []).map(({ id, displayName, language }) => ({ id, displayName, language })),
    hasPractitioner: (id) => keyring?.practitioners.some((p) => p.id === id) ?? false,
    async openWithPassphrase(id, passphrase) {
      const key = keyring ? await openWithPassphrase(keyring, id, passphrase) : null;
      if (key) dataKey = key;
      return key !== null;
    },
    async openWithRecoveryKey(typed) {
      const key = keyring ? await openWithRecoveryKey(keyring, typed) : null;
      if (key) dataKey = key;
      return key !== null;
    },
    async seal(first, given) {
      const key = given ?? newDataKey();
      const recovery = newRecoveryKey();
      const built = await createKeyring(key, first, recovery, options.kdf);
      pendingRecoveryKey = recovery;
      return { keyring: built, dataKey: key };
    },
    async commit(built, key) {
      if (keyIdOf(key) !== built.keyId) throw new RangeError('The keyring does not belong to this data key.');
      await save(built);
      dataKey = key;
    },
    async discardNew() {
      await rm(options.keyringPath, { force: true });
      keyring = null;
      dataKey = null;
      pendingRecoveryKey = null;
    },
    async rememberPractitioner(who) {
      await save(await withPractitioner(sealedKeyring(), openKey(), who, options.kdf));
    },
    async setPractitionerLanguage(id, language) {
      if (!keyring?.practitioners.some((p) => p.id === id && p.language !== language)) return;
      await save(withPractitionerLanguage(keyring, id, language));
    },
    async forgetPractitioner(id) {
      if (!keyring?.practitioners.some((p) => p.id === id)) return;
      await save(withoutPractitioner(keyring, id));
    },
    renewRecoveryKey,
    async confirmRecoveryKey() {
      await save(withRecoveryConfirmed(sealedKeyring()));
      pendingRecoveryKey = null;
    },
    async recoveryKeyToShow() {
      if (!keyring || !dataKey || keyring.recovery.confirmed) return null;
      return pendingRecoveryKey ?? (await renewRecoveryKey());
    },
  };
}
