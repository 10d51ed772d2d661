import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { keyIdOf, newDataKey } from '../../../electron/seal/keyWrap.ts';
import {
  createKeyring,
  newRecoveryKey,
  openWithPassphrase,
  openWithRecoveryKey,
  readKeyring,
  withoutPractitioner,
  withPractitioner,
  withRecoveryKey,
  writeKeyring,
} from '../../../electron/seal/keyring.ts';
import { TEST_KDF } from '../access/fixtures.ts';
import { tempDir } from '../store/fixtures.ts';

const HELENE = { id: '0b9f3e4c-1d2a-4c5b-8e6f-7a8b9c0d1e2f', displayName: 'Dr Hélène Dubois', passphrase: 'hélène’s long passphrase' };
const MAREK = { id: '1c0a4f5d-2e3b-4d6c-9f70-8b9cad1e2f30', displayName: 'Dr Marek Nowak', passphrase: 'marek’s own passphrase' };

describe('the keyring of sealed records', () => {
  it('opens the data key with a practitioner’s passphrase or the recovery key, and with nothing else', async () => {
    const dataKey = newDataKey();
    const recovery = newRecoveryKey();
    const keyring = await createKeyring(dataKey, HELENE, recovery, TEST_KDF);
    expect(keyring.keyId).toBe(keyIdOf(dataKey));
    expect((await openWithPassphrase(keyring, HELENE.id, HELENE.passphrase))?.equals(dataKey)).toBe(true);
    expect(await openWithPassphrase(keyring, HELENE.id, 'not her passphrase')).toBeNull();
    expect(await openWithPassphrase(keyring, MAREK.id, HELENE.passphrase)).toBeNull();
    expect((await openWithRecoveryKey(keyring, recovery.toLowerCase().replaceAll('-', ' ')))?.equals(dataKey)).toBe(true);
    expect(await openWithRecoveryKey(keyring, newRecoveryKey())).toBeNull();
    expect(await openWithRecoveryKey(keyring, 'nonsense')).toBeNull();
  });

  it('binds each wrap to whom it is for: a wrap copied onto another profile opens nothing', async () => {
    const dataKey = newDataKey();
    const keyring = await withPractitioner(await createKeyring(dataKey, HELENE, newRecoveryKey(), TEST_KDF), dataKey, MAREK, TEST_KDF);
    const helenesWrap = keyring.practitioners.find((p) => p.id === HELENE.id)!.wrap;
    const forged = { ...keyring, practitioners: keyring.practitioners.map((p) => (p.id === MAREK.id ? { ...p, wrap: helenesWrap } : p)) };
    expect(await openWithPassphrase(forged, MAREK.id, HELENE.passphrase)).toBeNull();
    expect((await openWithPassphrase(keyring, MAREK.id, MAREK.passphrase))?.equals(dataKey)).toBe(true);
  });

  it('replaces a changed passphrase, forgets a disabled practitioner, and voids a renewed recovery key', async () => {
    const dataKey = newDataKey();
    const oldRecovery = newRecoveryKey();
    let keyring = await createKeyring(dataKey, HELENE, oldRecovery, TEST_KDF);
    keyring = await withPractitioner(keyring, dataKey, { ...HELENE, passphrase: 'a new passphrase for hélène' }, TEST_KDF);
    expect(keyring.practitioners).toHaveLength(1);
    expect(await openWithPassphrase(keyring, HELENE.id, HELENE.passphrase)).toBeNull();
    expect(await openWithPassphrase(keyring, HELENE.id, 'a new passphrase for hélène')).not.toBeNull();
    const newRecovery = newRecoveryKey();
    keyring = await withRecoveryKey(keyring, dataKey, newRecovery, TEST_KDF);
    expect(await openWithRecoveryKey(keyring, oldRecovery)).toBeNull();
    expect(await openWithRecoveryKey(keyring, newRecovery)).not.toBeNull();
    expect(withoutPractitioner(keyring, HELENE.id).practitioners).toEqual([]);
  });

  it('is written whole and read back; a damaged keyring is refused naming the field, never read as empty', async () => {
    const path = join(tempDir(), 'keyring.json');
    expect(readKeyring(path)).toBeNull();
    const keyring = await createKeyring(newDataKey(), HELENE, newRecoveryKey(), TEST_KDF);
    await writeKeyring(path, keyring);
    expect(readKeyring(path)).toEqual(keyring);
    expect(readFileSync(path, 'utf8')).not.toContain(HELENE.passphrase);
    const damaged = JSON.parse(readFileSync(path, 'utf8'));
    damaged.practitioners[0].wrap.iv = 'not base64!';
    writeFileSync(path, JSON.stringify(damaged));
    expect(() => readKeyring(path)).toThrow(expect.objectContaining({ code: 'storage', reason: 'keyring-damaged', field: 'keyring.practitioners.0.wrap.iv' }));
    writeFileSync(path, '{ cut sho');
    expect(() => readKeyring(path)).toThrow(expect.objectContaining({ reason: 'keyring-damaged', field: 'keyring' }));
  });
});
