import { describe, expect, it } from 'vitest';
import { hashPassphrase, verifyPassphrase } from '../../../electron/access/passphrase.ts';
import { parseScryptParams } from '../../../electron/store/practitioners.ts';
import { TEST_KDF } from './fixtures.ts';

describe('passphrase hashing (scrypt, per-profile salt)', () => {
  it('verifies the passphrase it was made from, and no other', async () => {
    const credential = await hashPassphrase('correct horse battery staple', TEST_KDF);
    expect(await verifyPassphrase('correct horse battery staple', credential)).toBe(true);
    expect(await verifyPassphrase('correct horse battery stapler', credential)).toBe(false);
    expect(await verifyPassphrase('Correct horse battery staple', credential)).toBe(false);
    expect(await verifyPassphrase('', credential)).toBe(false);
  });

  it('never keeps the passphrase: a random salt and a hash of the stated length, different each time', async () => {
    const a = await hashPassphrase('correct horse battery staple', TEST_KDF);
    const b = await hashPassphrase('correct horse battery staple', TEST_KDF);
    expect(JSON.stringify(a)).not.toContain('horse');
    expect(Buffer.from(a.salt, 'base64')).toHaveLength(16);
    expect(Buffer.from(a.hash, 'base64')).toHaveLength(TEST_KDF.keyLength);
    expect(a.salt).not.toBe(b.salt);
    expect(a.hash).not.toBe(b.hash);
    expect(a.params).toEqual(TEST_KDF);
  });

  it('treats composed and decomposed accents as the same passphrase (NFC)', async () => {
    const credential = await hashPassphrase('Crème brûlée au café', TEST_KDF);
    expect(await verifyPassphrase('Cre\u0300me bru\u0302le\u0301e au cafe\u0301', credential)).toBe(true);
  });

  it('refuses a credential whose stored parameters or hash were tampered with', async () => {
    const credential = await hashPassphrase('correct horse battery staple', TEST_KDF);
    expect(await verifyPassphrase('correct horse battery staple', { ...credential, hash: Buffer.alloc(32).toString('base64') })).toBe(false);
    expect(await verifyPassphrase('correct horse battery staple', { ...credential, params: { ...credential.params, keyLength: 16 } })).toBe(false);
    expect(parseScryptParams(JSON.stringify(TEST_KDF))).toEqual(TEST_KDF);
    expect(parseScryptParams('{"algorithm":"scrypt","logN":4,"r":8,"p":1,"keyLength":32}')).toBeNull();
    expect(parseScryptParams('{"algorithm":"md5"}')).toBeNull();
    expect(parseScryptParams('not json')).toBeNull();
  });

  it('hashes with costly parameters unless told otherwise, 2^17 × r 8 (128 MiB) and a 32-byte key, and verifies with them', { timeout: 20_000 }, async () => {
    const credential = await hashPassphrase('correct horse battery staple');
    expect(credential.params).toEqual({ algorithm: 'scrypt', logN: 17, r: 8, p: 1, keyLength: 32 });
    expect(Buffer.from(credential.hash, 'base64')).toHaveLength(32);
    expect(await verifyPassphrase('correct horse battery staple', credential)).toBe(true);
  });
});
