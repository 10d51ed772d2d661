import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../../electron/store/database.ts';
import { openRecordStore } from '../../../electron/store/recordStore.ts';
import { ApiError } from '../../../shared/errors.ts';
import type { AccessState } from '../../../shared/access.ts';
import type { BackupInfo } from '../../../shared/backups.ts';
import type { RecordStore } from '../../../shared/repository.ts';
import { ok } from '../handlerFixtures.ts';
import { actor, consentToPhotos, defaults, patientFields, points, screeningWith, sessionDraft, tempDir, thrownBy } from '../store/fixtures.ts';
import { filesHolding, filesUnder, startSealedApp } from './sealedApp.ts';

const HELENE = { displayName: 'Dr Hélène Dubois', passphrase: 'hélène’s long passphrase' };
const NAME = 'Quartermaine-Oyelaran';
const NOTE = 'Réaction vagale légère après la troisième injection';
const SESSION_NOTE = 'Nodule palpable au point 7, revoir dans dix jours';

/** A photo whose bytes are unlike any other file's: random noise, so that a slice of it is found only where it is. */
async function noisePng(): Promise<Buffer> {
  const pixels = Buffer.alloc(64 * 48 * 3);
  for (let i = 0; i < pixels.length; i++) pixels[i] = (i * 2654435761) >>> 24;
  return sharp(pixels, { raw: { width: 64, height: 48, channels: 3 } }).png({ compressionLevel: 0 }).toBuffer();
}

/** A day at the clinic: a patient with a note, a signed session with its chart and note, a photo, a backup by hand and one by the schedule. */
async function aDayOfUse(root: string) {
  const app = await startSealedApp(root);
  const state = await ok<AccessState>(app.api.createFirstPractitioner(HELENE));
  const store = app.folder.stores.current() as RecordStore & ReturnType<typeof app.folder.stores.current>;
  const patient = await store.createPatient(patientFields({ lastName: NAME, notes: NOTE, screening: screeningWith() }), actor);
  await consentToPhotos(store as never, patient.id);
  const draft = await store.createSession(sessionDraft(patient.id), defaults, actor);
  await store.saveSession(draft.id, { notes: SESSION_NOTE }, points(12), actor);
  const photo = await noisePng();
  await ok(app.api.addPhoto({ sessionId: draft.id, pose: 'front', caption: 'Face avant, J0', fileName: 'face.png', data: photo.toString('base64') }));
  await store.signSession(draft.id, actor);
  const manual = await ok<BackupInfo>(app.api.createBackupNow({}));
  const automatic = await app.ctx.backups!.createNow({ kind: 'automatic' });
  return { app, state, patient, photo, manual, automatic, practitionerId: state.current!.id };
}

describe('records sealed at rest', () => {
  it('leaves no patient’s name, note or photo bytes in clear anywhere in the data and backups folders after a day of use', async () => {
    const root = tempDir();
    const { app, photo, manual, automatic, state } = await aDayOfUse(root);
    expect(manual.sealed && automatic.sealed).toBe(true);
    expect(state.recoveryKeyToShow).toMatch(/^[0-9A-Z]{4}(-[0-9A-Z]{4}){7}$/);
    // While open (the write-ahead log is there too) and after closing.
    for (const moment of ['open', 'closed']) {
      if (moment === 'closed') app.close();
      expect(filesUnder(root).length, moment).toBeGreaterThan(8);
      expect(filesHolding(root, NAME), moment).toEqual([]);
      expect(filesHolding(root, NOTE), moment).toEqual([]);
      expect(filesHolding(root, SESSION_NOTE), moment).toEqual([]);
      expect(filesHolding(root, photo.subarray(photo.length / 2, photo.length / 2 + 48)), moment).toEqual([]);
      expect(filesHolding(root, 'SQLite format 3'), moment).toEqual([]);
    }
    // The check can fail: the same search finds what a plaintext file holds.
    writeFileSync(join(root, 'data', 'probe.txt'), `x ${NAME} y`);
    expect(filesHolding(root, NAME)).toEqual([join(root, 'data', 'probe.txt')]);
  });

  it('opens after a restart only with a practitioner’s passphrase; a wrong one changes nothing', async () => {
    const root = tempDir();
    const { app, patient, practitionerId, photo } = await aDayOfUse(root);
    await ok(app.api.setPractitionerLanguage({ language: 'pt-BR' }));
    app.close();
    const before = filesUnder(join(root, 'data')).map(({ path, bytes }) => [path, createHash('sha256').update(bytes).digest('hex')]);

    const again = await startSealedApp(root);
    expect(again.folder.stores.isOpen()).toBe(false);
    const locked = await ok<AccessState>(again.api.listPractitioners({}));
    // Named as the keyring names them, in their own language: the lock screen speaks it before anything opens.
    expect(locked.practitioners.map((p) => [p.displayName, p.language])).toEqual([[HELENE.displayName, 'pt-BR']]);
    expect(await again.api.listPatients({})).toMatchObject({ ok: false, error: { code: 'locked-out' } });
    expect(await again.api.unlock({ practitionerId, passphrase: 'not her passphrase' })).toMatchObject({ ok: false, error: { field: 'passphrase', reason: 'wrong-passphrase' } });
    expect(again.folder.stores.isOpen()).toBe(false);
    expect(filesUnder(join(root, 'data')).map(({ path, bytes }) => [path, createHash('sha256').update(bytes).digest('hex')])).toEqual(before);

    const unlocked = await ok<AccessState>(again.api.unlock({ practitionerId, passphrase: HELENE.passphrase }));
    expect(unlocked.current?.displayName).toBe(HELENE.displayName);
    // Confirmed neither before nor after the restart: a new recovery key is shown (nobody saw the first since).
    expect(unlocked.recoveryKeyToShow).toMatch(/^[0-9A-Z]{4}(-[0-9A-Z]{4}){7}$/);
    expect((await again.folder.stores.current().getPatient(patient.id))?.lastName).toBe(NAME);
    const [shown] = await ok<{ id: string }[]>(again.api.listPhotos({ patientId: patient.id }));
    const images = await ok<{ data: string }[]>(again.api.getPhotoImages({ ids: [shown!.id], size: 'thumb' }));
    expect(images[0]!.data.length).toBeGreaterThan(100);
    expect(photo.length).toBeGreaterThan(0);
    again.close();
  });

  it('recovers a forgotten passphrase with the recovery key, which then is the only way besides the new passphrase', async () => {
    const root = tempDir();
    const first = await aDayOfUse(root);
    await ok(first.app.api.confirmRecoveryKey({}));
    expect((await ok<AccessState>(first.app.api.listPractitioners({}))).recoveryKeyToShow).toBeNull();
    const recoveryKey = first.state.recoveryKeyToShow!;
    first.app.close();

    const again = await startSealedApp(root);
    const { practitionerId } = first;
    const next = 'a passphrase found again';
    expect(await again.api.recoverWithKey({ practitionerId, recoveryKey: 'AAAA-BBBB-CCCC-DDDD-EEEE-FFFF-GGGG-HHHH', next })).toMatchObject({ ok: false, error: { field: 'recoveryKey', reason: 'recovery-key-refused' } });
    const recovered = await ok<AccessState>(again.api.recoverWithKey({ practitionerId, recoveryKey: recoveryKey.toLowerCase().replaceAll('-', ' '), next }));
    expect(recovered.current?.id).toBe(practitionerId);
    expect(recovered.recoveryKeyToShow).toBeNull();
    expect((await again.folder.stores.current().getPatient(first.patient.id))?.notes).toBe(NOTE);
    // The wrong key tried while the records were closed is in the audit trail, written once they opened.
    expect((await again.folder.stores.current().listAudit(practitionerId)).map((e) => e.action)).toContain('practitioner.unlock-failed');
    again.close();

    const third = await startSealedApp(root);
    expect(await third.api.unlock({ practitionerId, passphrase: HELENE.passphrase })).toMatchObject({ ok: false, error: { reason: 'wrong-passphrase' } });
    expect((await ok<AccessState>(third.api.unlock({ practitionerId, passphrase: next }))).current?.id).toBe(practitionerId);
    third.close();
  });

  it('goes back to a new folder when the first profile cannot be created after the keyring was written', async () => {
    const root = tempDir();
    let failures = 1;
    const app = await startSealedApp(root, {
      openSealed: (path, key) => {
        const store = openRecordStore(path, { key });
        return {
          ...store,
          createPractitioner: (...args: Parameters<typeof store.createPractitioner>) => {
            if (failures-- > 0) throw new ApiError({ code: 'storage', field: null, reason: 'disk-full' });
            return store.createPractitioner(...args);
          },
        };
      },
    });
    expect(await app.api.createFirstPractitioner(HELENE)).toMatchObject({ ok: false, error: { reason: 'disk-full' } });
    expect(existsSync(join(root, 'data', 'keyring.json'))).toBe(false);
    expect(existsSync(join(root, 'data', 'mesochart.sqlite'))).toBe(false);
    expect((await ok<AccessState>(app.api.listPractitioners({}))).practitioners).toEqual([]);
    const state = await ok<AccessState>(app.api.createFirstPractitioner(HELENE));
    expect(state.current?.displayName).toBe(HELENE.displayName);
    expect(app.folder.vault.practitionersOnKeyring().map((p) => p.id)).toEqual([state.current!.id]);
    app.close();
  });

  it('refuses the records under another key or a damaged file, naming why, and leaves the file as it was', async () => {
    const root = tempDir();
    const { app } = await aDayOfUse(root);
    app.close();
    const path = join(root, 'data', 'mesochart.sqlite');
    const bytes = readFileSync(path);
    expect(thrownBy(() => openDatabase(path, { key: Buffer.alloc(32, 7) }))).toMatchObject({ code: 'storage', reason: 'key-refused' });
    // Every byte of the data key counts (the cipher reads only 32 characters of its key text: store/sqlDatabase.ts).
    const nearly = Buffer.from(app.folder.vault.key());
    nearly[31]! ^= 1;
    expect(thrownBy(() => openDatabase(path, { key: nearly }))).toMatchObject({ code: 'storage', reason: 'key-refused' });
    openDatabase(path, { key: app.folder.vault.key() }).close();
    expect(thrownBy(() => openDatabase(path))).toMatchObject({ code: 'storage', reason: 'not-a-database' });
    expect(readFileSync(path).equals(bytes)).toBe(true);
    expect(existsSync(`${path}-wal`) && readFileSync(`${path}-wal`).length > 0).toBe(false);
  });
});
