import { createHash } from 'node:crypto';
import { cpSync, mkdirSync, readFileSync, rmSync, truncateSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createBackup } from '../../../electron/backup/backup.ts';
import { openSealedBytes } from '../../../electron/seal/sealedBytes.ts';
import type { AccessState } from '../../../shared/access.ts';
import type { BackupInfo, RestoreResult } from '../../../shared/backups.ts';
import { ok } from '../handlerFixtures.ts';
import { actor, consentToPhotos, defaults, patientFields, screeningWith, sessionDraft, tempDir } from '../store/fixtures.ts';
import { plaintextFolder, PLAINTEXT_NAME, seededPng } from './plaintextFolder.ts';
import { filesHolding, filesUnder, startSealedApp, type SealedApp } from './sealedApp.ts';

const ALPHA = { displayName: 'Dr Ana Alves', passphrase: 'alpha clinic passphrase' };
const BETA = { displayName: 'Dr Bruno Bauer', passphrase: 'beta clinic passphrase' };

/** A clinic set up from scratch on `root`, with one patient `lastName` who has a photo, and one backup by hand. */
async function clinic(root: string, who: typeof ALPHA, lastName: string): Promise<{ app: SealedApp; backup: BackupInfo; patientId: string }> {
  const app = await startSealedApp(root);
  await ok<AccessState>(app.api.createFirstPractitioner(who));
  const store = app.folder.stores.current();
  const patient = await store.createPatient(patientFields({ lastName, screening: screeningWith() }), actor);
  await consentToPhotos(store as never, patient.id);
  const draft = await store.createSession(sessionDraft(patient.id), defaults, actor);
  await ok(app.api.addPhoto({ sessionId: draft.id, pose: 'front', caption: '', fileName: 'a.png', data: (await seededPng(lastName.length)).toString('base64') }));
  const backup = await ok<BackupInfo>(app.api.createBackupNow({}));
  return { app, backup, patientId: patient.id };
}

/** Copies a backup with what lies beside it (manifest, keyring, the photo store) into another clinic's backups folder. */
function bringBackup(fromRoot: string, toRoot: string): void {
  mkdirSync(join(toRoot, 'backups'), { recursive: true });
  cpSync(join(fromRoot, 'backups'), join(toRoot, 'backups'), { recursive: true });
}

describe('sealed backups', () => {
  it('restores a sealed backup only with a passphrase of its day; without one, or with a wrong one, nothing changes', async () => {
    const root = tempDir();
    const { app, backup, patientId } = await clinic(root, ALPHA, 'Avelar');
    expect(backup.sealed).toBe(true);
    await app.folder.stores.current().updatePatient(patientId, patientFields({ lastName: 'Changed-After-Backup', screening: screeningWith() }), actor);
    expect(await app.api.restoreBackup({ file: backup.file })).toMatchObject({ ok: false, error: { field: 'passphrase', reason: 'backup-passphrase-required' } });
    expect(await app.api.restoreBackup({ file: backup.file, passphrase: 'somebody else' })).toMatchObject({ ok: false, error: { field: 'passphrase', reason: 'backup-passphrase-refused' } });
    expect((await app.folder.stores.current().getPatient(patientId))?.lastName).toBe('Changed-After-Backup');
    await ok<RestoreResult>(app.api.restoreBackup({ file: backup.file, passphrase: ALPHA.passphrase }));
    expect((await app.folder.stores.current().getPatient(patientId))?.lastName).toBe('Avelar');
    expect(filesHolding(root, 'Avelar')).toEqual([]);
    app.close();
  });

  it('restores a backup encrypted with a passphrase of its own, sealed with this folder’s key, with that passphrase alone', async () => {
    const root = tempDir();
    const { app, patientId } = await clinic(root, ALPHA, 'Avelar');
    const encrypted = await ok<BackupInfo>(app.api.createBackupNow({ passphrase: 'a backup passphrase of its own' }));
    expect(encrypted).toMatchObject({ encrypted: true, sealed: true });
    await app.folder.stores.current().updatePatient(patientId, patientFields({ lastName: 'Changed', screening: screeningWith() }), actor);
    expect(await app.api.restoreBackup({ file: encrypted.file, passphrase: 'not that one at all' })).toMatchObject({ ok: false });
    await ok<RestoreResult>(app.api.restoreBackup({ file: encrypted.file, passphrase: 'a backup passphrase of its own' }));
    expect((await app.folder.stores.current().getPatient(patientId))?.lastName).toBe('Avelar');
    app.close();
  });

  it('repairs a photo original cut short in the data folder by a restore, from the backup that has it', async () => {
    const root = tempDir();
    const { app, backup } = await clinic(root, ALPHA, 'Avelar');
    const [original] = filesUnder(join(root, 'data', 'photos')).filter(({ path }) => /[0-9a-f]{64}\.png$/.test(path));
    truncateSync(original!.path, Math.floor(original!.bytes.length / 2));
    const restored = await ok<RestoreResult>(app.api.restoreBackup({ file: backup.file, passphrase: ALPHA.passphrase }));
    expect(restored.photos).toMatchObject({ total: 1, restored: 1, present: 0, problems: [] });
    const repaired = readFileSync(original!.path);
    expect(repaired.equals(original!.bytes) || createHash('sha256').update(openSealedBytes(app.folder.vault.key(), repaired, 'photo')).digest('hex') === /([0-9a-f]{64})\.png$/.exec(original!.path)![1]).toBe(true);
    app.close();
  });

  it('repairs a photo original found cut short when it is read, from the backup that has it, and shows the photo', async () => {
    const root = tempDir();
    const { app, patientId } = await clinic(root, ALPHA, 'Avelar');
    const [original] = filesUnder(join(root, 'data', 'photos')).filter(({ path }) => /[0-9a-f]{64}\.png$/.test(path));
    truncateSync(original!.path, 40);
    rmSync(join(root, 'data', 'photos', 'derived'), { recursive: true, force: true });
    const [photo] = await ok<{ id: string }[]>(app.api.listPhotos({ patientId }));
    const [image] = await ok<{ data: string; width: number }[]>(app.api.getPhotoImages({ ids: [photo!.id], size: 'display' }));
    expect(image!.width).toBeGreaterThan(0);
    const hash = /([0-9a-f]{64})\.png$/.exec(original!.path)![1];
    expect(createHash('sha256').update(openSealedBytes(app.folder.vault.key(), readFileSync(original!.path), 'photo')).digest('hex')).toBe(hash);
    app.close();
  });

  it('brings another clinic’s sealed backup in with its practitioner’s passphrase, re-sealed with this clinic’s key, photos included', async () => {
    const alphaRoot = tempDir();
    const alpha = await clinic(alphaRoot, ALPHA, 'Avelar');
    alpha.app.close();
    const betaRoot = tempDir();
    const beta = await clinic(betaRoot, BETA, 'Brandão');
    bringBackup(alphaRoot, betaRoot);
    // Beta's own passphrase opens nothing of Alpha's backup.
    expect(await beta.app.api.restoreBackup({ file: alpha.backup.file, passphrase: BETA.passphrase })).toMatchObject({ ok: false, error: { reason: 'backup-passphrase-refused' } });
    const restored = await ok<RestoreResult>(beta.app.api.restoreBackup({ file: alpha.backup.file, passphrase: ALPHA.passphrase }));
    expect(restored.photos).toMatchObject({ total: 1, problems: [] });
    const keyId = beta.app.folder.vault.keyId();
    beta.app.close();

    // Beta's keyring still opens the records (sealed with Beta's key), which now hold Alpha's patient, photo
    // and practitioners: the one whose passphrase opened the backup is on Beta's keyring; Beta's profile is gone.
    const again = await startSealedApp(betaRoot);
    expect(again.folder.vault.keyId()).toBe(keyId);
    const onKeyring = again.folder.vault.practitionersOnKeyring();
    expect(onKeyring.map((p) => p.displayName).sort()).toEqual([ALPHA.displayName, BETA.displayName]);
    const betaId = onKeyring.find((p) => p.displayName === BETA.displayName)!.id;
    expect(await again.api.unlock({ practitionerId: betaId, passphrase: BETA.passphrase })).toMatchObject({ ok: false, error: { reason: 'no-such-profile' } });
    const alphaId = onKeyring.find((p) => p.displayName === ALPHA.displayName)!.id;
    await ok(again.api.unlock({ practitionerId: alphaId, passphrase: ALPHA.passphrase }));
    expect((await again.folder.stores.current().getPatient(alpha.patientId))?.lastName).toBe('Avelar');
    const [photo] = await ok<{ id: string }[]>(again.api.listPhotos({ patientId: alpha.patientId }));
    const [image] = await ok<{ data: string }[]>(again.api.getPhotoImages({ ids: [photo!.id], size: 'thumb' }));
    expect(image!.data.length).toBeGreaterThan(100);
    expect(filesHolding(join(betaRoot, 'data'), 'Avelar')).toEqual([]);
    again.close();
  });

  it('restores a backup from before sealing into sealed records: the restored records are sealed', async () => {
    const oldRoot = tempDir();
    const { databasePath } = await plaintextFolder(oldRoot);
    const old = await createBackup(databasePath, join(oldRoot, 'backups'), { now: () => new Date('2025-02-01T10:00:00Z') });
    expect(old.sealed).toBe(false);
    const root = tempDir();
    const { app } = await clinic(root, ALPHA, 'Avelar');
    bringBackup(oldRoot, root);
    await ok<RestoreResult>(app.api.restoreBackup({ file: old.file }));
    expect((await app.folder.stores.current().listPatients({ search: '', includeArchived: false, offset: 0, limit: 50 })).items.map((p) => p.lastName)).toContain(`${PLAINTEXT_NAME}-0`);
    app.close();
    // The backup itself stays as it was taken (from before sealing); the records folder is sealed.
    expect(filesHolding(join(root, 'data'), PLAINTEXT_NAME)).toEqual([]);
  });
});
