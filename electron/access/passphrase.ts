import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto';
import type { PassphraseCredential, ScryptParams } from '../../shared/access.ts';

export type { ScryptParams };
export type StoredCredential = PassphraseCredential;

/**
 * A practitioner's passphrase, kept as a salted scrypt hash (node:crypto): never the passphrase, never
 * anything from which it could be read back without guessing. Each profile has its own random salt, and
 * its cost parameters are stored with the hash, so raising them later leaves older profiles verifiable.
 */
/**
 * 2^17 × 8 × 128 bytes = 128 MiB and a few hundred milliseconds per attempt (OWASP's scrypt figure):
 * one unlock is unnoticeable, a guesser pays that for every try.
 */
export const DEFAULT_PASSPHRASE_KDF: ScryptParams = { algorithm: 'scrypt', logN: 17, r: 8, p: 1, keyLength: 32 };

/** The same text typed on another keyboard or system may arrive composed differently. */
function normalized(passphrase: string): string {
  return passphrase.normalize('NFC');
}

/** scrypt(passphrase, salt) with `params`: the one derivation of a passphrase, for its hash and for the records' key wrap. */
export function deriveFromPassphrase(passphrase: string, salt: Buffer, params: ScryptParams): Promise<Buffer> {
  const options: ScryptOptions = { N: 2 ** params.logN, r: params.r, p: params.p, maxmem: 256 * 2 ** params.logN * params.r };
  return new Promise((resolve, reject) => {
    scrypt(normalized(passphrase), salt, params.keyLength, options, (error, key) => (error ? reject(error) : resolve(key)));
  });
}

/** A new credential for `passphrase`, with a fresh random salt. */
export async function hashPassphrase(passphrase: string, params: ScryptParams = DEFAULT_PASSPHRASE_KDF): Promise<StoredCredential> {
  const salt = randomBytes(16);
  const hash = await deriveFromPassphrase(passphrase, salt, params);
  return { salt: salt.toString('base64'), hash: hash.toString('base64'), params: { ...params } };
}

/** True when `passphrase` is the one the credential was made from; compared in constant time. */
export async function verifyPassphrase(passphrase: string, credential: StoredCredential): Promise<boolean> {
  const expected = Buffer.from(credential.hash, 'base64');
  if (credential.params.algorithm !== 'scrypt' || expected.length !== credential.params.keyLength || expected.length === 0) return false;
  const actual = await deriveFromPassphrase(passphrase, Buffer.from(credential.salt, 'base64'), credential.params);
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}
