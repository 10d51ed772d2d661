import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { createHandlers } from '../../../electron/handlers.ts';
import { holdStore } from '../../../electron/store/storeHolder.ts';
import type { RawApi } from '../../../shared/api.ts';
import { emptyScreening } from '../../../shared/contraindications.ts';
import type { Consent, ConsentTemplate } from '../../../shared/consent.ts';
import type { ImportPhotosOutcome, Photo, PhotoImage } from '../../../shared/photo.ts';
import type { Session } from '../../../shared/session.ts';
import type { Settings } from '../../../shared/settings.ts';
import { testAccess } from '../access/fixtures.ts';
import { testSettings } from '../settings/testSettings.ts';
import { cameraJpeg, hasGpsTag, renamedText } from '../photos/imageFixtures.ts';
import { openTestStore, tempDir } from '../store/fixtures.ts';

/** The consent and photo channels through the real handler table, store, photo folder and PDF worker. */

const ARTIFACTS = 'tests/.artifacts/pdf';
const pdfText = (pdf: string) => execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
/** The words in reading order, whatever the line breaks: a title may wrap. */
const words = (text: string) => text.replace(/\s+/g, ' ');

/** Settings through the app's path, with the clinic's name on the printed header. */
function settingsPort(patch: Partial<Settings> = {}) {
  return testSettings({ clinic: { name: 'Clinique du Parc', address: '', phone: '' }, ...patch });
}

async function ok<T>(result: Promise<{ ok: boolean; value?: unknown; error?: unknown }>): Promise<T> {
  const r = await result;
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  return r.value as T;
}

async function setUp(patch: Partial<Settings> = {}) {
  const dir = tempDir();
  const { store } = openTestStore();
  const saved: string[] = [];
  const open: string[] = [];
  const api: RawApi = createHandlers({
    store: holdStore(store),
    settings: settingsPort(patch),
    access: testAccess({ name: 'Dr Weiß' }),
    appInfo: () => ({ version: 't', dataDir: dir, databasePath: '', schemaVersion: store.schemaVersion }),
    photoDir: join(dir, 'photos'),
    files: {
      chooseSavePath: async ({ defaultName }) => {
        const path = join(dir, defaultName);
        saved.push(path);
        return path;
      },
      chooseOpenFiles: async () => open,
    },
  });
  const patient = await ok<{ id: string }>(api.createPatient({ firstName: 'Łucja', lastName: 'Wróbel', dateOfBirth: '1988-05-04', sex: 'female', screening: emptyScreening('2025-01-02') }));
  const signaturePng = `data:image/png;base64,${(await sharp({ create: { width: 300, height: 100, channels: 4, background: { r: 255, g: 255, b: 255, alpha: 0 } } }).composite([{ input: Buffer.from('<svg width="300" height="100"><path d="M10 80 C 60 10, 120 10, 150 60 S 250 90, 290 20" stroke="#123" stroke-width="4" fill="none"/></svg>'), left: 0, top: 0 }]).png().toBuffer()).toString('base64')}`;
  return { api, dir, patient, saved, open, signaturePng };
}

describe('consent channels', () => {
  it('signs the version read, refuses typed names unless the clinic allows them, and prints the consent as its own PDF', async () => {
    const { api, patient, saved, signaturePng } = await setUp();
    const [template] = await ok<ConsentTemplate[]>(api.listConsentTemplates({ indication: 'hair-loss' }));
    const base = { patientId: patient.id, templateId: template!.templateId, templateVersion: 1, screeningConfirmed: true, photoConsent: true };
    const typed = await api.signConsent({ ...base, patientSignature: { kind: 'typed', name: 'Łucja Wróbel' }, practitionerSignature: { kind: 'drawn', name: 'x', png: signaturePng } });
    expect(typed).toMatchObject({ ok: false, error: { code: 'invalid-input', field: 'patientSignature' } });
    const unconfirmed = await api.signConsent({ ...base, screeningConfirmed: false, patientSignature: { kind: 'drawn', name: 'Łucja Wróbel', png: signaturePng }, practitionerSignature: { kind: 'drawn', name: 'x', png: signaturePng } });
    expect(unconfirmed).toMatchObject({ ok: false, error: { code: 'invalid-input', field: 'screeningConfirmed' } });
    const consent = await ok<Consent>(api.signConsent({ ...base, patientSignature: { kind: 'drawn', name: 'Łucja Wróbel', png: signaturePng }, practitionerSignature: { kind: 'drawn', name: 'x', png: signaturePng } }));
    expect(consent.practitionerSignature.name).toBe('Dr Weiß');

    const outcome = await ok<{ saved: boolean; path: string; pages: number }>(api.exportConsentPdf({ consentId: consent.id }));
    expect(outcome.saved).toBe(true);
    expect(saved[0]).toMatch(/WRÓBEL-Łucja-consent-\d{4}-\d\d-\d\d\.pdf$/);
    mkdirSync(ARTIFACTS, { recursive: true });
    for (const f of readdirSync(ARTIFACTS)) if (f.startsWith('consent-')) rmSync(join(ARTIFACTS, f));
    execFileSync('pdftoppm', ['-png', '-r', '60', outcome.path, join(ARTIFACTS, 'consent')]);
    const text = pdfText(outcome.path);
    writeFileSync(join(ARTIFACTS, 'consent.txt'), text);
    for (const phrase of ['Informed consent: mesotherapy of the scalp for hair loss', 'SIGNED', 'WRÓBEL, Łucja', 'version 1', 'WHAT MESOTHERAPY IS', '8 to 15 sessions', 'Screening answers confirmed by the patient', 'Pregnancy', 'Dr Weiß', consent.hash, 'Clinique du Parc']) {
      expect(words(text), phrase).toContain(phrase);
    }
    expect(text).toMatch(/Page 1 of \d/);

    await ok(api.withdrawConsent({ id: consent.id, date: '2099-01-01', reason: 'Moved away' }));
    const again = await ok<{ path: string }>(api.exportConsentPdf({ consentId: consent.id }));
    expect(pdfText(again.path)).toContain('WITHDRAWN ON');
  });

  it('accepts a typed name where the clinic allows it', async () => {
    const { api, patient } = await setUp({ consent: { allowTypedSignature: true } });
    const [template] = await ok<ConsentTemplate[]>(api.listConsentTemplates({ indication: 'pain' }));
    const consent = await ok<Consent>(api.signConsent({ patientId: patient.id, templateId: template!.templateId, templateVersion: 1, screeningConfirmed: true, photoConsent: true, patientSignature: { kind: 'typed', name: 'Łucja Wróbel' }, practitionerSignature: { kind: 'typed', name: 'Dr Weiß' } }));
    expect(consent.patientSignature).toEqual({ kind: 'typed', name: 'Łucja Wróbel' });
  });
});

describe('photo channels', () => {
  it('adds dropped and chosen photos, reports refused files, serves thumbnails without GPS, and lists the consent and photos in the session record', async () => {
    const { api, dir, patient, open, signaturePng } = await setUp();
    const course = await ok<{ id: string }>(api.createCourse({ patientId: patient.id, indication: 'hair-loss', area: 'Scalp', plannedSessions: 10, startDate: '2025-01-06' }));
    const refused = await api.createSession({ patientId: patient.id, courseId: course.id, date: '2025-01-06', time: '10:00', practitioner: 'Dr Weiß', indication: 'hair-loss', treatedAreas: ['Scalp, vertex'] });
    expect(refused).toMatchObject({ ok: false, error: { code: 'conflict', field: 'consent' } });
    const [template] = await ok<ConsentTemplate[]>(api.listConsentTemplates({ indication: 'hair-loss' }));
    await ok(api.signConsent({ patientId: patient.id, templateId: template!.templateId, templateVersion: 1, screeningConfirmed: true, photoConsent: true, patientSignature: { kind: 'drawn', name: 'Łucja Wróbel', png: signaturePng }, practitionerSignature: { kind: 'drawn', name: 'x', png: signaturePng } }));
    const today = new Date().toISOString().slice(0, 10);
    const session = await ok<Session>(api.createSession({ patientId: patient.id, courseId: course.id, date: today, time: '10:00', practitioner: 'Dr Weiß', indication: 'hair-loss', treatedAreas: ['Scalp, vertex'] }));

    const jpeg = await cameraJpeg(1600, 1200);
    const dropped = await ok<Photo>(api.addPhoto({ sessionId: session.id, pose: 'scalp', caption: 'Vertex before', fileName: 'IMG_0001.JPG', data: jpeg.toString('base64') }));
    expect(dropped).toMatchObject({ pose: 'scalp', width: 1200, height: 1600, format: 'jpeg', courseId: course.id });
    const textDrop = await api.addPhoto({ sessionId: session.id, pose: 'scalp', caption: '', fileName: 'notes.jpg', data: renamedText().toString('base64') });
    expect(textDrop).toMatchObject({ ok: false, error: { code: 'invalid-input', field: 'data' } });

    writeFileSync(join(dir, 'side.jpg'), await cameraJpeg(800, 600));
    writeFileSync(join(dir, 'notes.jpg'), renamedText());
    open.push(join(dir, 'side.jpg'), join(dir, 'notes.jpg'));
    const imported = await ok<ImportPhotosOutcome>(api.importPhotos({ sessionId: session.id, pose: 'face-left', caption: '' }));
    expect(imported.added.map((p) => p.fileName)).toEqual(['side.jpg']);
    expect(imported.refused).toEqual([{ fileName: 'notes.jpg', error: { code: 'invalid-input', field: 'data', reason: 'photo-not-an-image', params: {} } }]);

    expect((await ok<Photo[]>(api.listPhotos({ patientId: patient.id, pose: 'scalp' }))).map((p) => p.id)).toEqual([dropped.id]);
    expect(await ok<Photo[]>(api.listPhotos({ patientId: patient.id, courseId: course.id }))).toHaveLength(2);
    const images = await ok<PhotoImage[]>(api.getPhotoImages({ ids: [dropped.id], size: 'thumb' }));
    const thumb = Buffer.from(images[0]!.data, 'base64');
    expect(hasGpsTag(thumb)).toBe(false);
    expect(Math.max(images[0]!.width, images[0]!.height)).toBe(320);

    await ok(api.signSession({ id: session.id }));
    const record = await ok<{ path: string }>(api.exportSessionPdf({ sessionId: session.id, includePhotos: true }));
    const text = pdfText(record.path);
    expect(text).toContain('Informed consent');
    expect(text).toContain('Informed consent: mesotherapy of the scalp for hair loss (version 1)');
    expect(text).toContain('Photos (2)');
    expect(text).toContain('Scalp');
    expect(text).toContain('Vertex before');
    const images2 = execFileSync('pdfimages', ['-list', record.path], { encoding: 'utf8' });
    expect(images2.split('\n').filter((l) => /\bjpeg\b/.test(l)).length).toBeGreaterThanOrEqual(2);

    // Removing a photo from the signed session is an amendment; its file stays.
    const noReason = await api.removePhoto({ id: dropped.id });
    expect(noReason).toMatchObject({ ok: false, error: { code: 'locked', field: 'reason' } });
    await ok(api.removePhoto({ id: dropped.id, reason: 'Wrong patient in the frame' }));
    const amended = await ok<Session>(api.getSession({ id: session.id }));
    expect(amended.amendments.at(-1)).toMatchObject({ reason: 'Wrong patient in the frame', changes: { photos: { added: [], removed: [{ id: dropped.id, pose: 'scalp' }] } } });
    expect(await ok<Photo[]>(api.listPhotos({ patientId: patient.id }))).toHaveLength(1);
    expect(readdirSync(join(dir, 'photos', dropped.hash.slice(0, 2)))).toContain(`${dropped.hash}.jpg`);
    const exported = await ok<unknown>(api.exportPatient({ id: patient.id }));
    expect(JSON.stringify(exported)).toContain('Wrong patient in the frame');
  });
});
