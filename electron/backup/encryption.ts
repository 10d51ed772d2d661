import { createCipheriv, createDecipheriv, createHash, randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { open, rm } from 'node:fs/promises';
import { ApiError } from '../../shared/errors.ts';

/**
 * The encrypted backup format: a header, then the backup file encrypted with AES-256-GCM.
 *
 *   offset size
 *        0   16  magic "MESOCHART-BACKUP"
 *       16    1  format version (1)
 *       17    1  scrypt log2(N)
 *       18    1  scrypt r
 *       19    1  scrypt p
 *       20   16  salt (random per file)
 *       36   12  iv (random per file)
 *       48   16  passphrase check: SHA-256 of the second half of the derived key, first 16 bytes
 *       64   16  GCM authentication tag (written once the whole file is encrypted)
 *       80    …  ciphertext
 *
 * The key is scrypt(passphrase, salt) → 64 bytes: the first 32 are the AES key, the last 32 only feed
 * the check, which tells a wrong passphrase from a damaged file without revealing the key. The header
 * up to the check is authenticated data, so its parameters cannot be altered unnoticed. The file is
 * encrypted and decrypted chunk by chunk: a large database is never held in memory.
 */
const ENCRYPTION_MAGIC = Buffer.from('MESOCHART-BACKUP', 'ascii');
const FORMAT_VERSION = 1;
const SALT = 20;
const IV = 36;
const CHECK = 48;
const TAG = 64;
const HEADER_BYTES = 80;

export type KdfParams = { logN: number; r: number; p: number };
/** About 32 MiB and a fraction of a second: slow for a guesser, fine for one backup. */
const DEFAULT_KDF: KdfParams = { logN: 15, r: 8, p: 1 };

function deriveKey(passphrase: string, salt: Buffer, kdf: KdfParams): Promise<{ key: Buffer; check: Buffer }> {
  const options: ScryptOptions = { N: 2 ** kdf.logN, r: kdf.r, p: kdf.p, maxmem: 256 * 2 ** kdf.logN * kdf.r };
  return new Promise((resolve, reject) => {
    scrypt(passphrase.normalize('NFC'), salt, 64, options, (error, derived) => {
      if (error) return reject(error);
      resolve({ key: derived.subarray(0, 32), check: createHash('sha256').update(derived.subarray(32)).digest().subarray(0, 16) });
    });
  });
}

/**
 * A key derived once, for encrypting many files under one passphrase: the photos of an encrypted
 * backup share it (each file still gets its own random IV and a full header, so each decrypts alone).
 */
export type PreparedKey = { salt: Buffer; kdf: KdfParams; key: Buffer; check: Buffer };

/** Derives a key from the passphrase (with a new random salt, or the given one). */
export async function prepareKey(passphrase: string, kdf: KdfParams = DEFAULT_KDF, salt: Buffer = randomBytes(16)): Promise<PreparedKey> {
  const { key, check } = await deriveKey(passphrase, salt, kdf);
  return { salt, kdf, key, check };
}

/**
 * Encrypts the file `source` into a new file `target` (mode 0600), with a new key or a prepared one.
 * `target` is a temporary file of the atomic writer (electron/atomicWrite.ts), which flushes and commits it.
 */
export async function encryptFile(source: string, target: string, passphrase: string, kdf: KdfParams = DEFAULT_KDF, prepared?: PreparedKey): Promise<void> {
  const { salt, key, check, kdf: params } = prepared ?? (await prepareKey(passphrase, kdf));
  const iv = randomBytes(12);
  const header = Buffer.alloc(HEADER_BYTES);
  ENCRYPTION_MAGIC.copy(header, 0);
  header.writeUInt8(FORMAT_VERSION, 16);
  header.writeUInt8(params.logN, 17);
  header.writeUInt8(params.r, 18);
  header.writeUInt8(params.p, 19);
  salt.copy(header, SALT);
  iv.copy(header, IV);
  check.copy(header, CHECK);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  cipher.setAAD(header.subarray(0, TAG));
  const out = await open(target, 'wx', 0o600);
  try {
    await out.write(header, 0, HEADER_BYTES, 0);
    let position = HEADER_BYTES;
    for await (const chunk of createReadStream(source, { highWaterMark: 1 << 20 })) {
      const encrypted = cipher.update(chunk as Buffer);
      await out.write(encrypted, 0, encrypted.length, position);
      position += encrypted.length;
    }
    const last = cipher.final();
    if (last.length > 0) await out.write(last, 0, last.length, position);
    await out.write(cipher.getAuthTag(), 0, 16, TAG);
  } finally {
    await out.close();
  }
}

/** Keys already derived while decrypting many files of one backup, by salt and parameters. */
export type KeyCache = Map<string, Promise<{ key: Buffer; check: Buffer }>>;

/** True when the file starts like an encrypted MesoChart backup. */
export async function isEncryptedBackup(file: string): Promise<boolean> {
  const handle = await open(file, 'r');
  try {
    const magic = Buffer.alloc(ENCRYPTION_MAGIC.length);
    const { bytesRead } = await handle.read(magic, 0, magic.length, 0);
    return bytesRead === magic.length && magic.equals(ENCRYPTION_MAGIC);
  } finally {
    await handle.close();
  }
}

/**
 * Decrypts `source` into a new file `target`. A wrong passphrase is refused before anything is
 * decrypted ('invalid-input' on the passphrase); a file that fails authentication is damaged or was
 * altered ('storage'), and `target` is removed.
 */
export async function decryptFile(source: string, target: string, passphrase: string, cache?: KeyCache): Promise<void> {
  const input = await open(source, 'r');
  let header: Buffer;
  let size: number;
  try {
    header = Buffer.alloc(HEADER_BYTES);
    const { bytesRead } = await input.read(header, 0, HEADER_BYTES, 0);
    size = (await input.stat()).size;
    if (bytesRead < HEADER_BYTES || !header.subarray(0, 16).equals(ENCRYPTION_MAGIC)) {
      throw new ApiError({ code: 'storage', field: null, reason: 'not-an-encrypted-backup' });
    }
  } finally {
    await input.close();
  }
  if (header.readUInt8(16) !== FORMAT_VERSION) {
    throw new ApiError({ code: 'storage', field: null, reason: 'newer-backup-format', params: { format: header.readUInt8(16) } });
  }
  const kdf: KdfParams = { logN: header.readUInt8(17), r: header.readUInt8(18), p: header.readUInt8(19) };
  if (kdf.logN < 10 || kdf.logN > 22 || kdf.r < 1 || kdf.r > 32 || kdf.p < 1 || kdf.p > 16) {
    throw new ApiError({ code: 'storage', field: null, reason: 'backup-damaged' });
  }
  const salt = header.subarray(SALT, SALT + 16);
  const cacheKey = `${salt.toString('hex')}/${kdf.logN}/${kdf.r}/${kdf.p}`;
  let derivation = cache?.get(cacheKey);
  if (!derivation) {
    derivation = deriveKey(passphrase, Buffer.from(salt), kdf);
    cache?.set(cacheKey, derivation);
  }
  const { key, check } = await derivation;
  if (!timingSafeEqual(check, header.subarray(CHECK, CHECK + 16))) {
    throw new ApiError({ code: 'invalid-input', field: 'passphrase', reason: 'wrong-backup-passphrase' });
  }
  const decipher = createDecipheriv('aes-256-gcm', key, header.subarray(IV, IV + 12));
  decipher.setAAD(header.subarray(0, TAG));
  decipher.setAuthTag(header.subarray(TAG, TAG + 16));
  const out = await open(target, 'wx', 0o600);
  let failed = false;
  try {
    let position = 0;
    if (size > HEADER_BYTES) {
      for await (const chunk of createReadStream(source, { start: HEADER_BYTES, highWaterMark: 1 << 20 })) {
        const plain = decipher.update(chunk as Buffer);
        await out.write(plain, 0, plain.length, position);
        position += plain.length;
      }
    }
    let last: Buffer;
    try {
      last = decipher.final();
    } catch (error) {
      failed = true;
      throw new ApiError({ code: 'storage', field: null, reason: 'backup-altered' }, { cause: error });
    }
    if (last.length > 0) await out.write(last, 0, last.length, position);
  } catch (error) {
    failed = true;
    throw error;
  } finally {
    await out.close();
    if (failed) await rm(target, { force: true });
  }
}
