import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createBackup, listBackups, restoreBackup } from '../../../electron/backup/backup.ts';
import { createBackupService } from '../../../electron/backup/backupService.ts';
import { originalPath, storeImage } from '../../../electron/photos/photoFiles.ts';
import type { BackupProgress } from '../../../shared/backups.ts';
import { cameraJpeg, plainPng } from '../photos/imageFixtures.ts';
import { actor, consentToPhotos, defaults, openTestStore, patientFields, screeningWith, sessionDraft, tempDir } from '../store/fixtures.ts';
import { PLAIN_PHOTOS } from '../../../electron/photos/photoCodec.ts';

const kdf = { logN: 10, r: 8, p: 1 };
const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/** Every file under `dir`, as relative paths, sorted. */
function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return (readdirSync(dir, { recursive: true, withFileTypes: true }) as import('node:fs').Dirent[])
    .filter((d) => d.isFile())
    .map((d) => join(d.parentPath, d.name).slice(dir.length + 1))
    .sort();
}

/** Records in `root/data` with photos in `root/data/photos`; backups go to `root/backups`. */
async function recordsWithPhotos(count = 2) {
  const root = tempDir();
  const dataDir = join(root, 'data');
  mkdirSync(dataDir, { recursive: true });
  const photoDir = join(dataDir, 'photos');
  const backupDir = join(root, 'backups');
  const { store, path } = openTestStore(join(dataDir, 'mesochart.sqlite'));
  const patient = store.createPatient(patientFields({ screening: screeningWith() }), actor);
  consentToPhotos(store, patient.id);
  const session = store.createSession(sessionDraft(patient.id), defaults, actor);
  const images: { hash: string; format: 'jpeg' | 'png'; bytes: Buffer }[] = [];
  for (let i = 0; i < count; i++) {
    const bytes = i % 2 === 0 ? await cameraJpeg(100 + i, 60) : await plainPng(80 + i, 50);
    const stored = await storeImage(photoDir, bytes, PLAIN_PHOTOS);
    store.addPhoto({ sessionId: session.id, pose: 'front', caption: `photo ${i}`, fileName: `p${i}`, hash: stored.hash, format: stored.format, width: stored.width, height: stored.height, bytes: stored.bytes }, undefined, actor);
    images.push({ hash: stored.hash, format: stored.format, bytes });
  }
  const addPhoto = async (bytes: Buffer) => {
    const stored = await storeImage(photoDir, bytes, PLAIN_PHOTOS);
    store.addPhoto({ sessionId: session.id, pose: 'back', caption: '', fileName: 'x', hash: stored.hash, format: stored.format, width: stored.width, height: stored.height, bytes: stored.bytes }, undefined, actor);
    return stored;
  };
  return { root, dataDir, photoDir, backupDir, store, path, session, images, addPhoto, patientId: patient.id };
}

describe('backups with photos', () => {
  it('copies the referenced originals once into the content-addressed store, shared by every backup', async () => {
    const { photoDir, backupDir, path, images } = await recordsWithPhotos(3);
    const a = await createBackup(path, backupDir, { photoDir, now: () => new Date('2025-03-01T08:00:00.000Z') });
    expect(a.photos).toEqual({ total: 3, missing: [] });
    const stored = filesUnder(join(backupDir, 'photos'));
    expect(stored).toEqual(images.map((i) => join(i.hash.slice(0, 2), `${i.hash}.${i.format === 'jpeg' ? 'jpg' : 'png'}`)).sort());
    for (const image of images) expect(readFileSync(join(backupDir, 'photos', image.hash.slice(0, 2), `${image.hash}.${image.format === 'jpeg' ? 'jpg' : 'png'}`))).toEqual(image.bytes);
    // No derived copy travels: thumbnails are made again from the originals.
    expect(stored.some((f) => f.includes('derived'))).toBe(false);

    const b = await createBackup(path, backupDir, { photoDir, now: () => new Date('2025-03-02T08:00:00.000Z') });
    expect(filesUnder(join(backupDir, 'photos'))).toEqual(stored);
    expect(listBackups(backupDir).map((x) => [x.file, x.photos])).toEqual([
      [b.file, { total: 3, missing: [] }],
      [a.file, { total: 3, missing: [] }],
    ]);
  });

  it('reports progress: the records in pages, then the photos file by file', async () => {
    const { photoDir, backupDir, path } = await recordsWithPhotos(3);
    const seen: BackupProgress[] = [];
    const service = createBackupService({ databasePath: path, backupDir, photoDir, keep: () => 5, onProgress: (p) => seen.push(p) });
    expect(service.progress()).toBeNull();
    await service.createNow();
    expect(service.progress()).toBeNull();
    expect(seen.some((p) => p.operation === 'backup' && p.phase === 'records')).toBe(true);
    expect(seen.filter((p) => p.phase === 'photos').map((p) => `${p.done}/${p.total}`)).toEqual(['0/3', '1/3', '2/3', '3/3']);
  });

  it('rotation removes the photo files no kept backup references, and keeps shared ones', async () => {
    const { photoDir, backupDir, path, images, store, session } = await recordsWithPhotos(2);
    const at = (day: number) => () => new Date(`2025-03-0${day}T08:00:00.000Z`);
    // Automatic backups, kept for the last two days only.
    const twoDays = { kind: 'automatic', retention: { days: 2, weeks: 0, months: 0 }, dayOf: (d: Date) => d.toISOString().slice(0, 10) } as const;
    await createBackup(path, backupDir, { photoDir, ...twoDays, now: at(1) });
    // A draft photo removed from the record: later backups no longer reference it.
    const first = store.listPhotos({ patientId: session.patientId }).find((p) => p.hash === images[0]!.hash)!;
    store.removePhoto(first.id, undefined, actor);
    await createBackup(path, backupDir, { photoDir, ...twoDays, now: at(2) });
    const shard = (h: string) => join(backupDir, 'photos', h.slice(0, 2));
    expect(readdirSync(shard(images[0]!.hash)).some((f) => f.startsWith(images[0]!.hash))).toBe(true);
    await createBackup(path, backupDir, { photoDir, ...twoDays, now: at(3) });
    // The backup of day 1 is gone, and with it the only reference to the removed photo.
    expect(listBackups(backupDir)).toHaveLength(2);
    expect(existsSync(shard(images[0]!.hash)) && readdirSync(shard(images[0]!.hash)).some((f) => f.startsWith(images[0]!.hash))).toBe(false);
    expect(filesUnder(join(backupDir, 'photos'))).toHaveLength(1);
    expect(readdirSync(backupDir).filter((f) => f.endsWith('.photos.json'))).toHaveLength(2);
  });

  it('encrypts each photo with the backup passphrase, shares them between backups of the same passphrase, and restores them', async () => {
    const { photoDir, backupDir, path, images, store } = await recordsWithPhotos(2);
    const a = await createBackup(path, backupDir, { photoDir, passphrase: 'correct horse battery', kdf, now: () => new Date('2025-03-01T08:00:00.000Z') });
    const encrypted = filesUnder(join(backupDir, 'photos'));
    expect(encrypted).toHaveLength(2);
    for (const file of encrypted) {
      expect(file).toMatch(/\.(jpg|png)\.[0-9a-f]{16}\.enc$/);
      const bytes = readFileSync(join(backupDir, 'photos', file));
      expect(bytes.subarray(0, 16).toString('ascii')).toBe('MESOCHART-BACKUP');
      for (const image of images) expect(bytes.includes(image.bytes.subarray(0, 64))).toBe(false);
    }
    await createBackup(path, backupDir, { photoDir, passphrase: 'correct horse battery', kdf, now: () => new Date('2025-03-02T08:00:00.000Z') });
    expect(filesUnder(join(backupDir, 'photos'))).toEqual(encrypted);
    // Another passphrase cannot share those files: its own copies, under its own key id.
    await createBackup(path, backupDir, { photoDir, passphrase: 'another passphrase', kdf, now: () => new Date('2025-03-03T08:00:00.000Z') });
    expect(filesUnder(join(backupDir, 'photos'))).toHaveLength(4);

    store.close();
    rmSync(photoDir, { recursive: true });
    const result = await restoreBackup(join(backupDir, a.file), path, { photoDir, passphrase: 'correct horse battery' });
    expect(result.photos).toEqual({ total: 2, present: 0, restored: 2, problems: [] });
    for (const image of images) expect(readFileSync(originalPath(photoDir, image.hash, image.format))).toEqual(image.bytes);
  });

  it('restores into an empty data folder: the records and every photo, byte for byte', async () => {
    const { photoDir, backupDir, path, images, store, patientId } = await recordsWithPhotos(3);
    const info = await createBackup(path, backupDir, { photoDir });
    store.close();
    const fresh = join(tempDir(), 'data');
    mkdirSync(fresh);
    const freshPhotos = join(fresh, 'photos');
    const result = await restoreBackup(join(backupDir, info.file), join(fresh, 'mesochart.sqlite'), { photoDir: freshPhotos });
    expect(result).toMatchObject({ keptAside: null, photos: { total: 3, present: 0, restored: 3, problems: [] } });
    for (const image of images) {
      const bytes = readFileSync(originalPath(freshPhotos, image.hash, image.format));
      expect(sha256(bytes)).toBe(image.hash);
      expect(bytes).toEqual(image.bytes);
    }
    const { store: reopened } = openTestStore(join(fresh, 'mesochart.sqlite'));
    expect(reopened.getPatient(patientId)).not.toBeNull();
    // Photos already there are kept, not copied again.
    reopened.close();
    const again = await restoreBackup(join(backupDir, info.file), join(fresh, 'mesochart.sqlite'), { photoDir: freshPhotos });
    expect(again.photos).toEqual({ total: 3, present: 3, restored: 0, problems: [] });
  });

  it('detects a corrupted or missing photo in the backup, restores the records and the good photos, and names the others', async () => {
    const { photoDir, backupDir, path, images, store, patientId } = await recordsWithPhotos(3);
    const info = await createBackup(path, backupDir, { photoDir });
    store.close();
    const [bad, gone, good] = images as [(typeof images)[0], (typeof images)[0], (typeof images)[0]];
    const storeFile = (i: typeof bad) => join(backupDir, 'photos', i.hash.slice(0, 2), `${i.hash}.${i.format === 'jpeg' ? 'jpg' : 'png'}`);
    const damaged = Buffer.from(readFileSync(storeFile(bad)));
    damaged[damaged.length - 20]! ^= 0xff;
    writeFileSync(storeFile(bad), damaged);
    rmSync(storeFile(gone));

    rmSync(photoDir, { recursive: true });
    const result = await restoreBackup(join(backupDir, info.file), path, { photoDir });
    expect(result.photos).toMatchObject({ total: 3, present: 0, restored: 1 });
    expect(result.photos!.problems).toEqual(
      expect.arrayContaining([
        { hash: bad.hash, problem: expect.stringContaining('SHA-256 differs') },
        { hash: gone.hash, problem: expect.stringContaining('not in the backup') },
      ]),
    );
    expect(result.photos!.problems).toHaveLength(2);
    // Never a wrong file under a hash name.
    expect(existsSync(originalPath(photoDir, bad.hash, bad.format))).toBe(false);
    expect(existsSync(originalPath(photoDir, gone.hash, gone.format))).toBe(false);
    expect(readFileSync(originalPath(photoDir, good.hash, good.format))).toEqual(good.bytes);
    const { store: reopened } = openTestStore(path);
    expect(reopened.getPatient(patientId)).not.toBeNull();
    reopened.close();
  });

  it('records a photo whose original was already damaged in the data folder as missing from the backup', async () => {
    const { photoDir, backupDir, path, images } = await recordsWithPhotos(2);
    const victim = images[0]!;
    writeFileSync(originalPath(photoDir, victim.hash, victim.format), Buffer.from('not the photo any more'));
    const info = await createBackup(path, backupDir, { photoDir });
    expect(info.photos).toEqual({ total: 2, missing: [victim.hash] });
    expect(filesUnder(join(backupDir, 'photos'))).toHaveLength(1);
    const target = join(tempDir(), 'photos');
    const result = await restoreBackup(join(backupDir, info.file), join(tempDir(), 'db.sqlite'), { photoDir: target });
    expect(result.photos!.problems).toEqual([{ hash: victim.hash, problem: expect.stringMatching(/not in the backup: .*damaged/) }]);
  });
});
