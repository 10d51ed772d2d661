import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { ApiError } from '../../shared/errors.ts';
import { keyIdOf } from './keyWrap.ts';

/**
 * A file's bytes sealed with the records' data key (photo originals and their derived copies): AES-256-GCM
 * with a random IV per file, under a header that names the format and the key.
 *
 *   offset size
 *        0    8  magic "MCSEALED"
 *        8    1  format version (1)
 *        9   16  key id (keyIdOf: which data key; not secret)
 *       25   12  iv
 *       37   16  GCM tag
 *       53    …  ciphertext
 *
 * The header up to the IV is authenticated data: a file cannot be passed off under another key's name.
 */
const MAGIC = Buffer.from('MCSEALED', 'ascii');
const VERSION = 1;
const KEY_ID = 9;
const IV = 25;
const TAG = 37;
const HEADER_BYTES = 53;

export function isSealedBytes(bytes: Uint8Array): boolean {
  return bytes.length >= HEADER_BYTES && Buffer.from(bytes.buffer, bytes.byteOffset, MAGIC.length).equals(MAGIC);
}

export function sealBytes(dataKey: Uint8Array, plain: Uint8Array): Buffer {
  const header = Buffer.alloc(HEADER_BYTES);
  MAGIC.copy(header, 0);
  header[8] = VERSION;
  Buffer.from(keyIdOf(dataKey), 'hex').copy(header, KEY_ID);
  randomBytes(12).copy(header, IV);
  const cipher = createCipheriv('aes-256-gcm', dataKey, header.subarray(IV, TAG));
  cipher.setAAD(header.subarray(0, IV));
  const body = Buffer.concat([cipher.update(plain), cipher.final()]);
  cipher.getAuthTag().copy(header, TAG);
  return Buffer.concat([header, body]);
}

/**
 * The plain bytes of a sealed file. Refused (a 'storage' ApiError naming `field`) when the file is not
 * sealed, was sealed with another key ('sealed-other-key': a file of another clinic's records), or
 * does not authenticate ('sealed-damaged': altered or cut short).
 */
export function openSealedBytes(dataKey: Uint8Array, sealed: Uint8Array, field: string): Buffer {
  const bytes = Buffer.from(sealed.buffer, sealed.byteOffset, sealed.byteLength);
  if (!isSealedBytes(bytes) || bytes[8] !== VERSION) throw refused(field, 'sealed-damaged');
  if (bytes.subarray(KEY_ID, IV).toString('hex') !== keyIdOf(dataKey)) throw refused(field, 'sealed-other-key');
  const decipher = createDecipheriv('aes-256-gcm', dataKey, bytes.subarray(IV, TAG));
  decipher.setAAD(bytes.subarray(0, IV));
  decipher.setAuthTag(bytes.subarray(TAG, HEADER_BYTES));
  try {
    return Buffer.concat([decipher.update(bytes.subarray(HEADER_BYTES)), decipher.final()]);
  } catch (error) {
    throw refused(field, 'sealed-damaged', error);
  }
}

function refused(field: string, reason: 'sealed-damaged' | 'sealed-other-key', cause?: unknown): ApiError {
  return new ApiError({ code: 'storage', field, reason }, { cause, log: `${field}: ${reason}` });
}
