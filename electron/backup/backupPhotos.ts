import { createHash, timingSafeEqual } from 'node:crypto';
import { mkdir, readdir, readFile, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { AuditHead } from '../../shared/audit.ts';
import type { BackupPhotos, PhotoRestoreProblem, RestoredPhotos } from '../../shared/backups.ts';
import { copyToTemporary, rewriteTemporary, writeAtomicFrom, writeFileAtomic } from '../atomicWrite.ts';
import type { PhotoCodec } from '../photos/photoCodec.ts';
import { originalPath, type ImageFormat } from '../photos/photoFiles.ts';
import { sealingKeyOptions } from '../store/sealedCopy.ts';
import { connectSql } from '../store/sqlDatabase.ts';
import { listBackups, manifestName } from './backupFiles.ts';
import { decryptFile, encryptFile, prepareKey, type KdfParams, type KeyCache, type PreparedKey } from './encryption.ts';

/**
 * The photos of the backups. Originals never change and are named by their SHA-256, so the backups
 * share one content-addressed store in the backups folder, `photos/ab/<hash>.<ext>`: a photo is
 * copied once, whatever the number of backups that reference it. An encrypted backup's photos are
 * encrypted file by file with the backup's passphrase (the backup file format of encryption.ts, one
 * key derivation per passphrase, a fresh IV per file): `photos/ab/<hash>.<ext>.<key id>.enc`, where the
 * key id (the start of the key's salt) keeps apart photos encrypted under different passphrases.
 *
 * Each backup has a manifest beside it, `<backup file>.photos.json`: the photos its records reference
 * (those of its own database copy, read after the copy, so the set is that of the snapshot), the store
 * file of each, those that could not be copied, and the public part of its key (salt, cost, check;
 * never the key). Rotation removes a backup with its manifest, then every store file that no kept
 * manifest names. The manifest is plain JSON so that rotation works without any passphrase; it
 * reveals the photos' hashes and count, not their content.
 */

export type PhotoRef = { hash: string; format: ImageFormat };
export type ManifestKey = { salt: string; logN: number; r: number; p: number; check: string };
export type PhotoManifest = {
  format: 'mesochart.backup-photos';
  version: 1;
  backup: string;
  key: ManifestKey | null;
  /** `file`: the path inside the store, e.g. `ab/ab12….jpg`. */
  photos: (PhotoRef & { file: string })[];
  missing: (PhotoRef & { problem: string })[];
  /** The audit trail's newest link when the backup was taken (backupAuditHead.ts); absent from older manifests. */
  auditHead?: AuditHead | null;
};

const PHOTO_STORE = 'photos';
const HASH = /^[0-9a-f]{64}$/;
const STORE_FILE = /^[0-9a-f]{64}\.(jpg|png)(\.[0-9a-f]{16}\.sealed)?(\.[0-9a-f]{16}\.enc)?$/;

const extension = (format: ImageFormat) => (format === 'jpeg' ? 'jpg' : 'png');
const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');
const keyId = (salt: Buffer) => salt.toString('hex').slice(0, 16);

/** A stored photo's plain bytes, or empty bytes (whose hash matches no photo) when it does not open. */
function plainOf(stored: Uint8Array, codec: PhotoCodec | undefined, hash: string): Uint8Array {
  if (!codec) return stored;
  try {
    return codec.fromStored(stored, `photos.${hash}`);
  } catch {
    return new Uint8Array();
  }
}

/** The photos a database references: every photo row, removed ones included (their file stays). */
export function referencedPhotos(dbPath: string, key?: Uint8Array): PhotoRef[] {
  const db = connectSql(dbPath, { readOnly: true, ...sealingKeyOptions(key) });
  try {
    const table = db.prepare("SELECT 1 AS found FROM sqlite_master WHERE type = 'table' AND name = 'photos'").get();
    if (!table) return [];
    const rows = db.prepare('SELECT DISTINCT hash, format FROM photos ORDER BY hash').all() as { hash: string; format: ImageFormat }[];
    return rows.filter((r) => HASH.test(r.hash) && (r.format === 'jpeg' || r.format === 'png')).map((r) => ({ hash: r.hash, format: r.format }));
  } finally {
    db.close();
  }
}

export async function readManifest(backupDir: string, backupFile: string): Promise<PhotoManifest | null> {
  try {
    const parsed = JSON.parse(await readFile(join(backupDir, manifestName(backupFile)), 'utf8')) as PhotoManifest;
    return parsed && parsed.format === 'mesochart.backup-photos' && Array.isArray(parsed.photos) && Array.isArray(parsed.missing) ? parsed : null;
  } catch {
    return null;
  }
}

export function photosOfManifest(manifest: PhotoManifest | null): BackupPhotos | null {
  return manifest ? { total: manifest.photos.length + manifest.missing.length, missing: manifest.missing.map((m) => m.hash) } : null;
}

/**
 * The key for an encrypted backup's photos: the key of a kept backup that the same passphrase opens
 * (so its encrypted photos are shared), else a new one.
 */
export async function photoKeyFor(backupDir: string, backups: readonly string[], passphrase: string, kdf: KdfParams | undefined): Promise<PreparedKey> {
  const seen = new Set<string>();
  for (const file of backups) {
    const key = (await readManifest(backupDir, file))?.key;
    if (!key || seen.has(key.salt)) continue;
    seen.add(key.salt);
    const params = { logN: key.logN, r: key.r, p: key.p };
    if (kdf && (kdf.logN !== params.logN || kdf.r !== params.r || kdf.p !== params.p)) continue;
    const candidate = await prepareKey(passphrase, params, Buffer.from(key.salt, 'hex'));
    const check = Buffer.from(key.check, 'hex');
    if (check.length === candidate.check.length && timingSafeEqual(check, candidate.check)) return candidate;
  }
  return prepareKey(passphrase, kdf);
}

async function exists(path: string): Promise<boolean> {
  return stat(path).then(
    () => true,
    () => false,
  );
}

export type CopyPhotosOptions = {
  /** The key of an encrypted backup (photoKeyFor); absent: the photos are stored as they are. */
  key?: PreparedKey;
  /**
   * How the data folder keeps its photos. Sealed photos are copied sealed, as they are, under a name
   * that carries their key's id (`<hash>.jpg.<key id>.sealed`): never mixed with a plaintext copy.
   */
  codec?: PhotoCodec;
  /** The records' key id when the folder is sealed (names the sealed copies). */
  sealedKeyId?: string;
  onProgress?: (done: number, total: number) => void;
};

/**
 * Copies into the store every referenced original it does not hold yet, each checked against its
 * hash first (a missing or damaged original is listed, never copied under its name). Answers the
 * manifest of the backup `backupFile`, which the caller writes.
 */
export async function copyPhotosIntoStore(refs: readonly PhotoRef[], photoDir: string, backupDir: string, backupFile: string, options: CopyPhotosOptions = {}): Promise<PhotoManifest> {
  const store = join(backupDir, PHOTO_STORE);
  const { key } = options;
  const manifest: PhotoManifest = {
    format: 'mesochart.backup-photos',
    version: 1,
    backup: backupFile,
    key: key ? { salt: key.salt.toString('hex'), logN: key.kdf.logN, r: key.kdf.r, p: key.kdf.p, check: key.check.toString('hex') } : null,
    photos: [],
    missing: [],
  };
  let done = 0;
  options.onProgress?.(0, refs.length);
  for (const ref of refs) {
    const sealedSuffix = options.sealedKeyId ? `.${options.sealedKeyId.slice(0, 16)}.sealed` : '';
    const file = `${ref.hash.slice(0, 2)}/${ref.hash}.${extension(ref.format)}${sealedSuffix}${key ? `.${keyId(key.salt)}.enc` : ''}`;
    const target = join(store, file);
    if (await exists(target)) {
      manifest.photos.push({ ...ref, file });
    } else {
      const source = originalPath(photoDir, ref.hash, ref.format);
      let bytes: Buffer | null = null;
      try {
        bytes = await readFile(source);
      } catch {
        manifest.missing.push({ ...ref, problem: 'its original is missing from the data folder' });
      }
      if (bytes && sha256(plainOf(bytes, options.codec, ref.hash)) !== ref.hash) {
        manifest.missing.push({ ...ref, problem: 'its original in the data folder is damaged (its SHA-256 differs)' });
        bytes = null;
      }
      if (bytes) {
        await mkdir(join(target, '..'), { recursive: true, mode: 0o700 });
        if (key) await writeAtomicFrom(target, (temporary) => encryptFile(source, temporary, '', key.kdf, key));
        else await writeFileAtomic(target, bytes);
        manifest.photos.push({ ...ref, file });
      }
    }
    options.onProgress?.(++done, refs.length);
  }
  return manifest;
}

export async function writeManifest(backupDir: string, manifest: PhotoManifest): Promise<void> {
  await writeFileAtomic(join(backupDir, manifestName(manifest.backup)), `${JSON.stringify(manifest, null, 1)}\n`);
}

/**
 * Removes the manifests of backups that are gone, then every file of the photo store that no kept
 * manifest names (and leftovers of interrupted copies). Answers how many photo files were removed.
 * Call it with no backup being written (the backup service runs one operation at a time).
 */
export async function collectPhotoGarbage(backupDir: string, keptBackups: readonly string[]): Promise<number> {
  const kept = new Set(keptBackups);
  const referenced = new Set<string>();
  let names: string[] = [];
  try {
    names = await readdir(backupDir);
  } catch {
    return 0;
  }
  for (const name of names) {
    if (!name.endsWith('.photos.json')) continue;
    const backup = name.slice(0, -'.photos.json'.length);
    if (!kept.has(backup)) {
      await rm(join(backupDir, name), { force: true });
      continue;
    }
  }
  for (const backup of kept) {
    const manifest = await readManifest(backupDir, backup);
    for (const p of manifest?.photos ?? []) referenced.add(p.file);
  }
  const store = join(backupDir, PHOTO_STORE);
  let removed = 0;
  let shards: string[];
  try {
    shards = await readdir(store);
  } catch {
    return 0;
  }
  for (const shard of shards) {
    if (!/^[0-9a-f]{2}$/.test(shard)) continue;
    for (const file of await readdir(join(store, shard))) {
      const stale = file.endsWith('.tmp') || (STORE_FILE.test(file) && !referenced.has(`${shard}/${file}`));
      if (!stale) continue;
      await rm(join(store, shard, file), { force: true });
      if (!file.endsWith('.tmp')) removed++;
    }
  }
  return removed;
}

export type RestorePhotosOptions = {
  /** The passphrase of an encrypted backup (already checked against its database). */
  passphrase?: string;
  /** How the backup's sealed photo copies open (with the backup's key); plaintext copies are read as they are. */
  backupCodec?: PhotoCodec;
  /** How the data folder keeps its photos: each photo put back is stored so (sealed with the folder's key). */
  codec?: PhotoCodec;
  onProgress?: (done: number, total: number) => void;
};

/**
 * Puts back into the data folder every original that the restored records reference and that is
 * not there, from the backups' photo store: decrypted if need be, checked against its SHA-256, then
 * renamed into place (never a half or wrong file under a hash name). Photos already in the data
 * folder are kept as they are (content-addressed: the name is the content). A photo that cannot be
 * brought back is listed with the reason; the caller restores the records all the same.
 */
export async function restorePhotos(refs: readonly PhotoRef[], photoDir: string, backupDir: string, backupFile: string, options: RestorePhotosOptions = {}): Promise<RestoredPhotos> {
  const manifest = await readManifest(backupDir, backupFile);
  const inManifest = new Map((manifest?.photos ?? []).map((p) => [p.hash, p.file]));
  const missingAtBackup = new Map((manifest?.missing ?? []).map((m) => [m.hash, m.problem]));
  const store = join(backupDir, PHOTO_STORE);
  const cache: KeyCache = new Map();
  const problems: PhotoRestoreProblem[] = [];
  let present = 0;
  let restored = 0;
  let done = 0;
  options.onProgress?.(0, refs.length);
  for (const ref of refs) {
    const target = originalPath(photoDir, ref.hash, ref.format);
    // A photo whose bytes no longer match its hash (cut short, altered) is put back like a missing one.
    if (await intactOriginal(target, ref.hash, options.codec)) {
      present++;
    } else {
      const file = inManifest.get(ref.hash) ?? `${ref.hash.slice(0, 2)}/${ref.hash}.${extension(ref.format)}`;
      const codecs = { from: /\.sealed(\.|$)/.test(file) ? options.backupCodec : undefined, to: options.codec };
      const problem = await restoreOne(join(store, file), target, ref.hash, file.endsWith('.enc') ? options.passphrase : undefined, file.endsWith('.enc'), cache, codecs);
      if (problem === null) restored++;
      else problems.push({ hash: ref.hash, problem: missingAtBackup.has(ref.hash) && problem === NOT_IN_BACKUP ? `not in the backup: ${missingAtBackup.get(ref.hash)} when it was taken` : problem });
    }
    options.onProgress?.(++done, refs.length);
  }
  return { total: refs.length, present, restored, problems };
}

const NOT_IN_BACKUP = 'not in the backup (its file is missing from the backups folder)';

/**
 * Puts back one photo original found damaged or missing when read, from the backups' photo store: the
 * copy of the newest backup that has one this folder can open (plain, or sealed with this folder's key:
 * `keyIdPrefix`), checked against its hash and kept as the folder keeps its photos. Answers whether it did.
 */
export async function repairOriginal(ref: PhotoRef, photoDir: string, backupDir: string, codec: PhotoCodec, keyIdPrefix: string | null): Promise<boolean> {
  for (const backup of listBackups(backupDir)) {
    if (backup.encrypted) continue;
    const entry = (await readManifest(backupDir, backup.file))?.photos.find((p) => p.hash === ref.hash && !p.file.endsWith('.enc'));
    if (!entry) continue;
    const sealedWith = /\.([0-9a-f]{16})\.sealed$/.exec(entry.file)?.[1];
    if (sealedWith !== undefined && sealedWith !== keyIdPrefix) continue;
    const target = originalPath(photoDir, ref.hash, ref.format);
    const problem = await restoreOne(join(backupDir, PHOTO_STORE, entry.file), target, ref.hash, undefined, false, new Map(), { from: sealedWith ? codec : undefined, to: codec });
    if (problem === null) return true;
  }
  return false;
}

/** The data folder's original is there and opens to the bytes its name says. */
async function intactOriginal(path: string, hash: string, codec: PhotoCodec | undefined): Promise<boolean> {
  let stored: Buffer;
  try {
    stored = await readFile(path);
  } catch {
    return false;
  }
  return sha256(plainOf(stored, codec, hash)) === hash;
}

type Codecs = { from: PhotoCodec | undefined; to: PhotoCodec | undefined };

async function restoreOne(source: string, target: string, hash: string, passphrase: string | undefined, encrypted: boolean, cache: KeyCache, codecs: Codecs): Promise<string | null> {
  if (!(await exists(source))) return NOT_IN_BACKUP;
  if (encrypted && passphrase === undefined) return 'encrypted, and no passphrase was given';
  await mkdir(join(target, '..'), { recursive: true, mode: 0o700 });
  try {
    // Committed by the atomic writer only once checked: never a half or wrong file under a hash name.
    await writeAtomicFrom(target, async (temporary) => {
      if (encrypted) {
        try {
          await decryptFile(source, temporary, passphrase as string, cache);
        } catch (error) {
          throw new PhotoNotRestored(`damaged in the backup (${(error as Error).message})`);
        }
      } else {
        await copyToTemporary(source, temporary);
      }
      const plain = plainOf(await readFile(temporary), codecs.from, hash);
      if (sha256(plain) !== hash) throw new PhotoNotRestored('damaged in the backup (its SHA-256 differs from its name)');
      // Kept as the data folder keeps its photos (sealed with its key), whatever the backup's key was.
      if (codecs.to) await rewriteTemporary(temporary, codecs.to.toStored(plain));
    });
    return null;
  } catch (error) {
    if (error instanceof PhotoNotRestored) return error.message;
    throw error;
  }
}

/** Why one photo could not be put back: listed, while the restore goes on. */
class PhotoNotRestored extends Error {}
