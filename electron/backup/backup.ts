import { chmodSync, existsSync, mkdirSync, rmSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { BackupKind, RetentionTiers } from '../../shared/backupRetention.ts';
import type { BackupInfo, RestoreResult } from '../../shared/backups.ts';
import { ApiError } from '../../shared/errors.ts';
import { commitFile, copyFileAtomic, copyToTemporary, writeAtomicFrom } from '../atomicWrite.ts';
import { LATEST_SCHEMA_VERSION, MESOCHART_APPLICATION_ID } from '../store/migrations.ts';
import { connectSql, type SqlDatabase } from '../store/sqlDatabase.ts';
import type { PhotoCodec } from '../photos/photoCodec.ts';
import { keyIdOf } from '../seal/keyWrap.ts';
import { sealedPhotoCodec } from '../seal/sealedPhotos.ts';
import { copySealedDatabase, sealingKeyOptions } from '../store/sealedCopy.ts';
import type { AuditHead } from '../../shared/audit.ts';
import { readAuditHeadOf } from './backupAuditHead.ts';
import { backupFileName, keyringName, listBackups, rotateBackups } from './backupFiles.ts';
import { openBackupKey } from './backupKey.ts';
import { keptAsidePath, rotateKeptAside } from './keptAside.ts';
import { collectPhotoGarbage, copyPhotosIntoStore, photoKeyFor, photosOfManifest, referencedPhotos, restorePhotos, writeManifest, type PhotoManifest } from './backupPhotos.ts';
import { decryptFile, encryptFile, isEncryptedBackup, type KdfParams } from './encryption.ts';

export { listBackups, rotateBackups } from './backupFiles.ts';

export type CreateBackupOptions = {
  /** The clock that names the file; tests pin it. */
  now?: () => Date;
  /** Taken by the schedule or by hand (the default): only automatic backups are ever rotated away. */
  kind?: BackupKind;
  /** Once this one is written, the automatic backups these tiers no longer keep are removed (backupFiles.ts). */
  retention?: RetentionTiers;
  /** The calendar day of a backup for the tiers; this computer's by default. */
  dayOf?: (at: Date) => string;
  /** Encrypt the backup with this passphrase (AES-256-GCM, see encryption.ts). */
  passphrase?: string;
  /**
   * The records' data key when they are sealed: the copy is sealed with it (and the source opened with
   * it when given as a path). Absent for a plaintext folder.
   */
  key?: Uint8Array | undefined;
  /** The folder's keyring: copied beside the backup, so that its practitioners' passphrases open it anywhere. */
  keyringPath?: string | undefined;
  /** Key derivation cost; tests lower it. */
  kdf?: KdfParams;
  /**
   * The data folder's photos/: the originals the backed-up records reference are copied into the
   * backups' photo store (backupPhotos.ts). Without it the backup holds the records only.
   */
  photoDir?: string;
  /** Progress by phase: the records (one step), then the photos (files). */
  onProgress?: (progress: PhaseProgress) => void;
};

export type PhaseProgress = { phase: 'records' | 'photos'; done: number; total: number };

/**
 * Backs the database up into `backupDir` with VACUUM INTO: one read transaction that writes a whole,
 * compacted copy (sealed with the records' key when they are sealed) while the application keeps
 * working. The copy is checked (quick_check) and made a self-contained file (no write-ahead log) before
 * it takes its final name, so a crash half-way leaves a `.partial` file and never a backup that looks
 * complete but is not.
 *
 * `source` is an open connection or the database's path (then a read-only connection of its own).
 */
export async function createBackup(source: SqlDatabase | string, backupDir: string, options: CreateBackupOptions = {}): Promise<BackupInfo> {
  const at = (options.now ?? (() => new Date()))();
  const encrypted = options.passphrase !== undefined;
  const kind = options.kind ?? 'manual';
  mkdirSync(backupDir, { recursive: true, mode: 0o700 });
  let name = backupFileName(at, kind, encrypted);
  for (let counter = 1; existsSync(join(backupDir, name)); counter++) name = backupFileName(at, kind, encrypted, counter);
  const partial = join(backupDir, `.partial-${process.pid}-${name.replace(/\.enc$/, '')}`);

  let auditHead: AuditHead | null = null;
  try {
    const db = typeof source === 'string' ? connectSql(source, { readOnly: true, ...sealingKeyOptions(options.key) }) : source;
    try {
      auditHead = readAuditHeadOf(db);
      options.onProgress?.({ phase: 'records', done: 0, total: 1 });
      copySealedDatabase(db, partial, options.key);
      options.onProgress?.({ phase: 'records', done: 1, total: 1 });
    } finally {
      if (typeof source === 'string') db.close();
    }
  } catch (error) {
    rmSync(partial, { force: true });
    throw backupFailed(error);
  }

  let manifest: PhotoManifest | null = null;
  try {
    sealBackupCopy(partial, options.key);
    if (options.photoDir !== undefined) {
      // The photos of this very snapshot, copied (and their manifest written) before the backup takes
      // its name: a backup that is listed has its photos.
      const refs = referencedPhotos(partial, options.key);
      const key = encrypted ? await photoKeyFor(backupDir, listBackups(backupDir).map((b) => b.file), options.passphrase as string, options.kdf) : undefined;
      manifest = await copyPhotosIntoStore(refs, options.photoDir, backupDir, name, {
        ...(key ? { key } : {}),
        // Sealed photos are copied sealed, as they are; their hash is checked on what they open to.
        ...(options.key ? { codec: sealedPhotoCodec(() => options.key as Uint8Array), sealedKeyId: keyIdOf(options.key) } : {}),
        onProgress: (done, total) => options.onProgress?.({ phase: 'photos', done, total }),
      });
      // Beside the photos, the audit chain's head: "Verify audit trail" compares the chain with it later.
      manifest.auditHead = auditHead;
      await writeManifest(backupDir, manifest);
    }
    // The keyring of this day beside the backup, before the backup takes its name: a listed backup opens.
    if (options.key && options.keyringPath) await copyFileAtomic(options.keyringPath, join(backupDir, keyringName(name)));
    // Through the atomic writer: flushed, renamed, the folder flushed.
    const target = join(backupDir, name);
    if (encrypted) {
      await writeAtomicFrom(target, (temporary) => encryptFile(partial, temporary, options.passphrase as string, options.kdf));
    } else {
      await commitFile(partial, target);
    }
  } finally {
    rmSync(partial, { force: true });
    rmSync(`${partial}-journal`, { force: true });
  }
  if (options.retention !== undefined) {
    rotateBackups(backupDir, options.retention, options.dayOf);
    await collectPhotoGarbage(backupDir, listBackups(backupDir).map((b) => b.file));
  }
  return { file: name, createdAt: at.toISOString(), bytes: statSync(join(backupDir, name)).size, encrypted, sealed: Boolean(options.key && options.keyringPath), photos: photosOfManifest(manifest), kind, auditHead: manifest ? auditHead : null };
}

/** Rollback journal instead of WAL (one file), checked, owner-only (the atomic writer flushes it when it commits it). */
function sealBackupCopy(path: string, key: Uint8Array | undefined): void {
  const copy = connectSql(path, sealingKeyOptions(key));
  try {
    copy.exec('PRAGMA journal_mode = DELETE');
    const check = String(copy.prepare('PRAGMA quick_check').get()?.quick_check);
    if (check !== 'ok') throw new ApiError({ code: 'storage', field: null, reason: 'backup-check-failed' }, { cause: new Error(`integrity_check: ${check}`) });
  } finally {
    copy.close();
  }
  chmodSync(path, 0o600);
}

export type RestoreOptions = {
  /**
   * The passphrase of an encrypted backup; for a sealed one, the passphrase of one of its practitioners
   * or its recovery key (backupKey.ts).
   */
  passphrase?: string;
  /** The records folder's data key when it is sealed: the restored records are sealed with it, whatever the backup's key. */
  key?: Uint8Array | undefined;
  /** How the data folder keeps its photos: those put back are stored so. */
  photoCodec?: PhotoCodec | undefined;
  now?: () => Date;
  /**
   * Runs once the backup is known to be good, right before the database file is replaced: the place
   * to close the store that has the file open.
   */
  beforeReplace?: () => void;
  /**
   * The data folder's photos/: every original the restored records reference and the folder lacks
   * is put back from the backups' photo store (backupPhotos.ts) before the database is replaced.
   */
  photoDir?: string;
  onProgress?: (progress: PhaseProgress) => void;
};

/**
 * Restores `backupFile` over the database at `dbPath`. The backup is first decrypted (if need be)
 * into a staging file next to the database and checked: integrity_check, a MesoChart database, a
 * schema this version knows. Only then is the current database kept aside as
 * `<db>.before-restore-<time>` (a copy, with its write-ahead log if it has one) and the staged file
 * renamed over it, which is atomic: at every moment there is a whole database at `dbPath`. The three
 * newest copies kept aside stay (keptAside.ts): a database each, they would otherwise pile up.
 *
 * With `photoDir`, the photos come back first (restorePhotos): each one checked against its hash. A
 * photo that cannot be brought back (missing from the backup, damaged) does not stop the restore of
 * the records: it is listed in the result's `photos.problems`, which the restore screen shows.
 */
export async function restoreBackup(backupFile: string, dbPath: string, options: RestoreOptions = {}): Promise<RestoreResult> {
  if (!existsSync(backupFile)) throw new ApiError({ code: 'not-found', field: 'file', reason: 'no-such-backup', params: { file: basename(backupFile) } });
  const at = (options.now ?? (() => new Date()))();
  options.onProgress?.({ phase: 'records', done: 0, total: 0 });
  const backupKey = await openBackupKey(dirname(backupFile), basename(backupFile), options.passphrase, options.key);
  // Staged by the atomic writer next to the database, and renamed over it only when all went well.
  const result = await writeAtomicFrom(dbPath, async (staged) => {
    await withBackupSource(backupFile, options.passphrase, (source) => {
      const db = openBackupCopy(source, backupKey, basename(backupFile));
      try {
        checkRestorable(db, basename(backupFile));
        // Copied, not renamed: the restored records are sealed with this folder's key (re-sealed from another
        // key, or sealed for the first time from a backup of before sealing).
        copySealedDatabase(db, staged, options.key);
      } finally {
        db.close();
      }
    });

    // Photos first: a photo put back for records that then fail to be swapped in is harmless (its name
    // is its content), while records swapped in before their photos would show them missing.
    const photos =
      options.photoDir === undefined
        ? null
        : await restorePhotos(referencedPhotos(staged, options.key), options.photoDir, dirname(backupFile), basename(backupFile), {
            ...(options.passphrase !== undefined ? { passphrase: options.passphrase } : {}),
            ...(backupKey ? { backupCodec: sealedPhotoCodec(() => backupKey) } : {}),
            ...(options.photoCodec ? { codec: options.photoCodec } : {}),
            onProgress: (done, total) => options.onProgress?.({ phase: 'photos', done, total }),
          });

    options.beforeReplace?.();
    const keptAside = existsSync(dbPath) ? await keepAside(dbPath, keptAsidePath(dbPath, at), options.key) : null;
    for (const suffix of ['-wal', '-shm', '-journal']) rmSync(`${dbPath}${suffix}`, { force: true });
    return { restoredFrom: basename(backupFile), keptAside: keptAside && basename(keptAside), photos };
  });
  rotateKeptAside(dbPath);
  return result;
}

/**
 * Runs `use` on the backup's database file: the backup itself, or (passphrase-encrypted) a decrypted
 * copy in the backups folder, removed afterwards (a crash leaves it to interruptedFiles.ts).
 */
async function withBackupSource(backupFile: string, passphrase: string | undefined, use: (path: string) => void): Promise<void> {
  if (!(await isEncryptedBackup(backupFile))) {
    use(backupFile);
    return;
  }
  if (passphrase === undefined) throw new ApiError({ code: 'invalid-input', field: 'passphrase', reason: 'backup-passphrase-required' });
  const decrypted = join(dirname(backupFile), `.partial-${process.pid}-restore-${basename(backupFile).replace(/\.enc$/, '')}`);
  try {
    await decryptFile(backupFile, decrypted, passphrase);
    use(decrypted);
  } finally {
    rmSync(decrypted, { force: true });
  }
}

function openBackupCopy(path: string, key: Uint8Array | undefined, name: string): SqlDatabase {
  try {
    return connectSql(path, { readOnly: true, ...sealingKeyOptions(key) });
  } catch (error) {
    throw damaged(name, error);
  }
}

function checkRestorable(db: SqlDatabase, name: string): void {
  let check: string;
  let applicationId: number;
  let version: number;
  try {
    check = db.prepare('PRAGMA integrity_check').all().map((row) => String(row.integrity_check)).join('; ');
    applicationId = Number(db.prepare('PRAGMA application_id').get()?.application_id);
    version = Number(db.prepare('PRAGMA user_version').get()?.user_version);
  } catch (error) {
    throw damaged(name, error);
  }
  if (check !== 'ok') throw damaged(name, new Error(check));
  if (applicationId !== MESOCHART_APPLICATION_ID) {
    throw new ApiError({ code: 'storage', field: 'file', reason: 'not-a-backup', params: { file: name } });
  }
  if (version > LATEST_SCHEMA_VERSION) {
    throw new ApiError({ code: 'storage', field: 'file', reason: 'newer-backup-schema', params: { file: name, version } });
  }
}

/** A copy of the database as it is (checkpointed first when SQLite can open it), with its log if any. */
async function keepAside(dbPath: string, aside: string, key: Uint8Array | undefined): Promise<string> {
  try {
    const db = connectSql(dbPath, sealingKeyOptions(key));
    try {
      db.exec('PRAGMA wal_checkpoint(TRUNCATE)');
    } finally {
      db.close();
    }
  } catch {
    // A damaged file cannot be checkpointed: it is kept as it is, log and all.
  }
  // Copied through the atomic writer (owner-only, flushed): the copy is whole before the swap.
  const keepLog = existsSync(`${dbPath}-wal`) && statSync(`${dbPath}-wal`).size > 0;
  if (keepLog) await copyFileAtomic(`${dbPath}-wal`, `${aside}-wal`);
  await copyFileAtomic(dbPath, aside);
  return aside;
}

function damaged(name: string, cause: unknown): ApiError {
  const error = new ApiError({ code: 'storage', field: 'file', reason: 'backup-damaged', params: { file: name } }, { cause });
  return error;
}

function backupFailed(cause: unknown): ApiError {
  const error = new ApiError({ code: 'storage', field: null, reason: 'backup-write-failed' }, { cause });
  return error;
}

/**
 * The newest backup's time, or null without one. Backups dated after `now` do not count: the clock was
 * set back since, and waiting for their time to come would stop the automatic backups until it does.
 */
export function lastBackupAt(backupDir: string, now: Date = new Date()): Date | null {
  const newest = listBackups(backupDir).find((b) => Date.parse(b.createdAt) <= now.getTime());
  return newest ? new Date(newest.createdAt) : null;
}
