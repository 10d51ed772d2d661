import { createCipheriv, createDecipheriv, createHmac, randomBytes } from 'node:crypto';
import { z } from 'zod';
import { scryptParamsSchema, type ScryptParams } from '../../shared/access.ts';
import { deriveFromPassphrase } from '../access/passphrase.ts';

/**
 * The records' data key wrapped by a secret (a practitioner's passphrase, or the recovery key): the
 * secret is stretched with scrypt into a key-encryption key, which seals the data key with AES-256-GCM.
 * The GCM tag makes a wrong secret fail cleanly (never a wrong key handed to SQLite), and the additional
 * data binds each wrap to whom it is for, so a wrap copied onto another profile does not open.
 */
const DATA_KEY_BYTES = 32;

const base64 = z.base64();
export const keyWrapSchema = z
  .object({ salt: base64, kdf: scryptParamsSchema, iv: base64, tag: base64, wrapped: base64 })
  .strict();
export type KeyWrap = z.infer<typeof keyWrapSchema>;

/** A new random data key: what encrypts every page of the records, every photo and every backup. */
export function newDataKey(): Buffer {
  return randomBytes(DATA_KEY_BYTES);
}

/**
 * A short public name of a data key (an HMAC of a fixed label under the key: it reveals nothing of the
 * key). Tells "this backup was sealed with another key" apart from "damaged" without trying to decrypt.
 */
export function keyIdOf(dataKey: Uint8Array): string {
  return createHmac('sha256', dataKey).update('mesochart key id').digest('hex').slice(0, 32);
}

export async function wrapDataKey(dataKey: Uint8Array, secret: string, boundTo: string, kdf: ScryptParams): Promise<KeyWrap> {
  const salt = randomBytes(16);
  const iv = randomBytes(12);
  const kek = await deriveFromPassphrase(secret, salt, { ...kdf, keyLength: 32 });
  const cipher = createCipheriv('aes-256-gcm', kek, iv);
  cipher.setAAD(Buffer.from(boundTo, 'utf8'));
  const wrapped = Buffer.concat([cipher.update(dataKey), cipher.final()]);
  return {
    salt: salt.toString('base64'),
    kdf: { ...kdf, keyLength: 32 },
    iv: iv.toString('base64'),
    tag: cipher.getAuthTag().toString('base64'),
    wrapped: wrapped.toString('base64'),
  };
}

/** The data key, or null when `secret` is not the one the wrap was made with (or the wrap was altered). */
export async function unwrapDataKey(wrap: KeyWrap, secret: string, boundTo: string): Promise<Buffer | null> {
  const kek = await deriveFromPassphrase(secret, Buffer.from(wrap.salt, 'base64'), wrap.kdf);
  const decipher = createDecipheriv('aes-256-gcm', kek, Buffer.from(wrap.iv, 'base64'));
  decipher.setAAD(Buffer.from(boundTo, 'utf8'));
  decipher.setAuthTag(Buffer.from(wrap.tag, 'base64'));
  try {
    const key = Buffer.concat([decipher.update(Buffer.from(wrap.wrapped, 'base64')), decipher.final()]);
    return key.length === DATA_KEY_BYTES ? key : null;
  } catch {
    return null;
  }
}
