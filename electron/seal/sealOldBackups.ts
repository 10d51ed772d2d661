import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { copyFileAtomic, writeAtomicFrom, writeFileAtomic } from '../atomicWrite.ts';
import { keyringName, listBackups } from '../backup/backupFiles.ts';
import { collectPhotoGarbage, readManifest, writeManifest } from '../backup/backupPhotos.ts';
import { readFileHead, SQLITE_MAGIC } from '../store/databaseFiles.ts';
import { copySealedDatabase } from '../store/sealedCopy.ts';
import { connectSql } from '../store/sqlDatabase.ts';
import { keyIdOf } from './keyWrap.ts';
import { sealBytes } from './sealedBytes.ts';

/**
 * The backups taken before the folder was sealed, sealed with its key (after the sealing's commit, and
 * again after each first unlock until none is left): each plaintext backup's database replaced by a
 * sealed copy, the keyring beside it, and the plaintext photo copies of the backups' store replaced by
 * sealed ones in the manifests (the plaintext files then collected). Every step is atomic and decided
 * from what the files are, so a crash half-way is finished the next time. Passphrase-encrypted backups
 * (.enc) are unreadable without their passphrase already and stay as they are.
 */
export async function sealOldBackups(backupDir: string, dataKey: Buffer, keyringPath: string): Promise<void> {
  if (!existsSync(backupDir)) return;
  const backups = listBackups(backupDir).filter((b) => !b.encrypted);
  for (const backup of backups) {
    const path = join(backupDir, backup.file);
    if (isPlainSqlite(path)) {
      await writeAtomicFrom(path, async (temporary) => {
        const db = connectSql(path, { readOnly: true });
        try {
          copySealedDatabase(db, temporary, dataKey);
        } finally {
          db.close();
        }
      });
    }
    if (!existsSync(join(backupDir, keyringName(backup.file)))) await copyFileAtomic(keyringPath, join(backupDir, keyringName(backup.file)));
    await sealManifestPhotos(backupDir, backup.file, dataKey);
  }
  await collectPhotoGarbage(backupDir, listBackups(backupDir).map((b) => b.file));
}

function isPlainSqlite(path: string): boolean {
  return readFileHead(path, SQLITE_MAGIC.length).equals(SQLITE_MAGIC);
}

/** The backup's photos in the shared store as sealed copies (named for the key, as new backups name them). */
async function sealManifestPhotos(backupDir: string, backupFile: string, dataKey: Buffer): Promise<void> {
  const manifest = await readManifest(backupDir, backupFile);
  if (!manifest || manifest.key) return;
  const suffix = `.${keyIdOf(dataKey).slice(0, 16)}.sealed`;
  if (manifest.photos.every((photo) => photo.file.endsWith('.sealed'))) return;
  const kept: typeof manifest.photos = [];
  for (const photo of manifest.photos) {
    if (photo.file.endsWith('.sealed')) {
      kept.push(photo);
      continue;
    }
    const sealedFile = `${photo.file}${suffix}`;
    const target = join(backupDir, 'photos', sealedFile);
    if (!existsSync(target)) {
      const plain = await readFile(join(backupDir, 'photos', photo.file)).catch(() => null);
      // A copy gone or no longer matching its hash is listed as missing from this backup, not sealed under its name.
      if (!plain || createHash('sha256').update(plain).digest('hex') !== photo.hash) {
        manifest.missing.push({ hash: photo.hash, format: photo.format, problem: 'damaged in the backup (found when the backups were sealed)' });
        continue;
      }
      await mkdir(join(target, '..'), { recursive: true, mode: 0o700 });
      await writeFileAtomic(target, sealBytes(dataKey, plain));
    }
    kept.push({ ...photo, file: sealedFile });
  }
  await writeManifest(backupDir, { ...manifest, photos: kept });
}
