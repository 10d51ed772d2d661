import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createBackup, lastBackupAt, listBackups, restoreBackup, rotateBackups } from '../../../electron/backup/backup.ts';
import { backupFileName, backupTime, kindOfName } from '../../../electron/backup/backupFiles.ts';
import { backupFileName as backupFileNameSchema } from '../../../shared/backups.ts';
import { ApiError } from '../../../shared/errors.ts';
import { actor, defaults, dumpDatabase, openTestStore, patientFields, points, rejectionOf, sessionDraft, tempDir } from '../store/fixtures.ts';

/** Cheap key derivation for tests: the format and the checks are the same, only the cost differs. */
const kdf = { logN: 10, r: 8, p: 1 };

function recordsWithOnePatient() {
  const { store, path } = openTestStore();
  const patient = store.createPatient(patientFields({ lastName: 'Zimmermann-Unique' }), actor);
  const session = store.createSession(sessionDraft(patient.id), defaults, actor);
  store.saveSession(session.id, { notes: 'Backed up' }, points(20), actor);
  return { store, path, patient, session };
}

describe('backup file names', () => {
  it('are named for their time and sort by it, and say how they were taken', () => {
    const at = new Date('2025-01-06T09:30:00.123Z');
    expect(backupFileName(at, 'automatic', false)).toBe('mesochart-2025-01-06T09-30-00-123Z-auto.sqlite');
    expect(backupFileName(at, 'manual', true, 2)).toBe('mesochart-2025-01-06T09-30-00-123Z-2-manual.sqlite.enc');
    expect(backupTime(backupFileName(at, 'manual', true, 2))?.toISOString()).toBe(at.toISOString());
    expect(backupTime('notes.txt')).toBeNull();
    expect(backupFileNameSchema.safeParse(backupFileName(at, 'automatic', true, 3)).success).toBe(true);
    expect(backupFileNameSchema.safeParse(backupFileName(at, 'manual', false)).success).toBe(true);
  });

  it('of an earlier version, without a kind: encrypted ones were taken by hand, plain ones by the schedule', () => {
    expect(kindOfName('mesochart-2025-01-06T09-30-00-123Z.sqlite')).toBe('automatic');
    expect(kindOfName('mesochart-2025-01-06T09-30-00-123Z-1.sqlite.enc')).toBe('manual');
    expect(kindOfName('mesochart-2025-01-06T09-30-00-123Z-auto.sqlite.enc')).toBe('automatic');
    expect(kindOfName('notes.txt')).toBeNull();
  });
});

describe('createBackup', () => {
  it('copies the database (VACUUM INTO) into a timestamped, owner-only file', async () => {
    const { path } = recordsWithOnePatient();
    const dir = join(tempDir(), 'backups');
    const at = new Date('2025-03-01T08:00:00.000Z');
    const info = await createBackup(path, dir, { now: () => at });
    expect(info).toEqual({ file: 'mesochart-2025-03-01T08-00-00-000Z-manual.sqlite', createdAt: at.toISOString(), bytes: expect.any(Number), encrypted: false, sealed: false, photos: null, kind: 'manual', auditHead: null });
    const file = join(dir, info.file);
    const { userVersion, schema, ...rowsOfBackup } = dumpDatabase(file);
    const { userVersion: v, schema: s, ...rowsOfSource } = dumpDatabase(path);
    expect(rowsOfBackup).toEqual(rowsOfSource);
    expect([userVersion, schema]).toEqual([v, s]);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(statSync(dir).mode & 0o777).toBe(0o700);
    expect(existsSync(`${file}-wal`)).toBe(false);
    expect(readdirSync(dir)).toEqual([info.file]);
    expect(lastBackupAt(dir)?.toISOString()).toBe(at.toISOString());
  });

  it('rotates automatic backups in tiers, keeping those taken by hand and other files', async () => {
    const { path } = recordsWithOnePatient();
    const dir = tempDir();
    writeFileSync(join(dir, 'notes.txt'), 'mine');
    const utcDay = (d: Date) => d.toISOString().slice(0, 10);
    const byHand = await createBackup(path, dir, { now: () => new Date('2025-02-28T08:00:00.000Z') });
    // 1 and 2 March are in one week (Monday 24 February), 3 to 5 March in the next.
    for (let day = 1; day <= 5; day++) {
      await createBackup(path, dir, { now: () => new Date(`2025-03-0${day}T08:00:00.000Z`), kind: 'automatic', retention: { days: 2, weeks: 2, months: 0 }, dayOf: utcDay });
    }
    expect(listBackups(dir).map((b) => `${b.createdAt.slice(0, 10)} ${b.kind}`)).toEqual(['2025-03-05 automatic', '2025-03-04 automatic', '2025-03-02 automatic', '2025-02-28 manual']);
    expect(existsSync(join(dir, 'notes.txt'))).toBe(true);
    expect(rotateBackups(dir, { days: 1, weeks: 0, months: 0 }, utcDay)).toHaveLength(2);
    expect(listBackups(dir).map((b) => b.file)).toEqual([listBackups(dir)[0]!.file, byHand.file]);
  });

  it('gives two backups of the same millisecond distinct names', async () => {
    const { path } = recordsWithOnePatient();
    const dir = tempDir();
    const at = new Date('2025-03-01T08:00:00.000Z');
    const a = await createBackup(path, dir, { now: () => at });
    const b = await createBackup(path, dir, { now: () => at });
    expect(a.file).not.toBe(b.file);
    expect(listBackups(dir).map((x) => x.file)).toEqual([b.file, a.file]);
  });

  it('encrypts with a passphrase: no readable record in the file, and a clear error for a wrong passphrase', async () => {
    const { path } = recordsWithOnePatient();
    const dir = tempDir();
    const info = await createBackup(path, dir, { passphrase: 'correct horse battery', kdf });
    expect(info.encrypted).toBe(true);
    expect(info.file.endsWith('.sqlite.enc')).toBe(true);
    const bytes = readFileSync(join(dir, info.file));
    expect(bytes.subarray(0, 16).toString('ascii')).toBe('MESOCHART-BACKUP');
    expect(bytes.includes(Buffer.from('Zimmermann'))).toBe(false);
    expect(bytes.includes(Buffer.from('SQLite format 3'))).toBe(false);

    const target = join(tempDir(), 'restored.sqlite');
    const wrong = await rejectionOf(restoreBackup(join(dir, info.file), target, { passphrase: 'wrong horse battery' }));
    expect(wrong).toBeInstanceOf(ApiError);
    expect(wrong).toMatchObject({ code: 'invalid-input', field: 'passphrase', reason: 'wrong-backup-passphrase' });
    const missing = await rejectionOf(restoreBackup(join(dir, info.file), target));
    expect(missing).toMatchObject({ field: 'passphrase', reason: 'backup-passphrase-required' });
    expect(existsSync(target)).toBe(false);
  });
});

describe('restoreBackup', () => {
  it('restores a backup, keeping the current file aside, and the store opens on it', async () => {
    const { store, path, patient } = recordsWithOnePatient();
    const dir = tempDir();
    await createBackup(path, dir, { now: () => new Date('2025-03-01T08:00:00.000Z') });
    const atBackup = dumpDatabase(path);
    const later = store.createPatient(patientFields({ firstName: 'After', lastName: 'Backup' }), actor);
    store.close();
    const current = dumpDatabase(path);

    const result = await restoreBackup(join(dir, listBackups(dir)[0]!.file), path, { now: () => new Date('2025-03-02T10:00:00.000Z') });
    expect(result).toEqual({ restoredFrom: 'mesochart-2025-03-01T08-00-00-000Z-manual.sqlite', keptAside: expect.stringMatching(/\.before-restore-2025-03-02T10-00-00-000Z$/), photos: null });
    const { store: reopened } = openTestStore(path);
    expect(reopened.getPatient(patient.id)).not.toBeNull();
    expect(reopened.getPatient(later.id)).toBeNull();
    expect(reopened.verifyAudit()).toMatchObject({ ok: true });
    reopened.close();
    const { userVersion: _a, schema: _b, ...restoredRows } = dumpDatabase(path);
    const { userVersion: _c, schema: _d, ...backupRows } = atBackup;
    expect(restoredRows).toEqual(backupRows);
    expect(dumpDatabase(join(dirname(path), result.keptAside!))).toEqual(current);
    expect(statSync(join(dirname(path), result.keptAside!)).mode & 0o777).toBe(0o600);
  });

  it('restores an encrypted backup with its passphrase', async () => {
    const { store, path, patient } = recordsWithOnePatient();
    const dir = tempDir();
    const info = await createBackup(path, dir, { passphrase: 'correct horse battery', kdf });
    store.setPatientArchived(patient.id, true, actor);
    store.close();
    await restoreBackup(join(dir, info.file), path, { passphrase: 'correct horse battery' });
    const { store: reopened } = openTestStore(path);
    expect(reopened.getPatient(patient.id)?.archived).toBe(false);
  });

  it('refuses a damaged backup and leaves the current database exactly as it was', async () => {
    const { store, path } = recordsWithOnePatient();
    const dir = tempDir();
    const plain = await createBackup(path, dir, { now: () => new Date('2025-03-01T08:00:00.000Z') });
    const sealed = await createBackup(path, dir, { now: () => new Date('2025-03-02T08:00:00.000Z'), passphrase: 'correct horse battery', kdf });
    store.close();
    const before = dumpDatabase(path);
    const beforeFiles = readdirSync(join(path, '..')).sort();

    const plainFile = join(dir, plain.file);
    const bytes = readFileSync(plainFile);
    writeFileSync(plainFile, bytes.subarray(0, Math.floor(bytes.length / 2)));
    let beforeReplaceCalled = false;
    const truncated = await rejectionOf(restoreBackup(plainFile, path, { beforeReplace: () => (beforeReplaceCalled = true) }));
    expect(truncated).toMatchObject({ code: 'storage', reason: 'backup-damaged' });
    expect(beforeReplaceCalled).toBe(false);

    const sealedFile = join(dir, sealed.file);
    const sealedBytes = readFileSync(sealedFile);
    sealedBytes[sealedBytes.length - 10]! ^= 0xff;
    writeFileSync(sealedFile, sealedBytes);
    const altered = await rejectionOf(restoreBackup(sealedFile, path, { passphrase: 'correct horse battery' }));
    expect(altered).toMatchObject({ code: 'storage', reason: 'backup-altered' });

    const foreign = join(dir, 'mesochart-2025-03-03T08-00-00-000Z.sqlite');
    writeFileSync(foreign, 'not a database at all, just some text that is long enough to look like something');
    expect(await rejectionOf(restoreBackup(foreign, path))).toMatchObject({ code: 'storage' });

    expect(dumpDatabase(path)).toEqual(before);
    expect(readdirSync(join(path, '..')).sort()).toEqual(beforeFiles);
  });

  it('refuses a backup file that does not exist', async () => {
    const { path } = recordsWithOnePatient();
    expect(await rejectionOf(restoreBackup(join(tempDir(), 'mesochart-2025-03-01T08-00-00-000Z.sqlite'), path))).toMatchObject({ code: 'not-found' });
  });
});
