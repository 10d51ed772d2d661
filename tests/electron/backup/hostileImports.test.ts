import { execFileSync } from 'node:child_process';
import { createHash, randomUUID } from 'node:crypto';
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { crc32 } from 'node:zlib';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { exportPatientWithPhotos, importPatientFile } from '../../../electron/backup/patientTransfer.ts';
import { recordChannels } from '../../../electron/channels/records.ts';
import { PLAIN_PHOTOS } from '../../../electron/photos/photoCodec.ts';
import { storeImage } from '../../../electron/photos/photoFiles.ts';
import { consentHash, consentHashMatches } from '../../../electron/store/consentHash.ts';
import type { Actor } from '../../../shared/repository.ts';
import { TEST_KDF } from '../access/fixtures.ts';
import { SETTINGS } from '../pdf/recordFixtures.ts';
import { hugePngHeader, plainPng } from '../photos/imageFixtures.ts';
import { dumpDatabase, FIXTURE_CONSENT_OVERRIDE, openTestStore, patientFields, rejectionOf, screeningWith, sessionDraft, tempDir } from '../store/fixtures.ts';

/**
 * Imports that cannot forge (issue 14): a patient file from elsewhere keeps its signers as it records
 * them, but never becomes a signature of this clinic; its consent templates never become this clinic's;
 * a hash that does not verify, or a signature image that is not a reasonable PNG, refuses the whole
 * file naming the field, and nothing is written. The files go through the channel's path
 * (importPatientFile: the text hashed, the signature images re-encoded, then one transaction).
 */

const credential = { salt: 'c2FsdA==', hash: 'aGFzaA==', params: TEST_KDF };
const pdfText = (pdf: string) => execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
/** Pages rendered to tests/.artifacts/pdf/ to be looked at: the signature block of a record signed elsewhere. */
const renderPages = (pdf: string, name: string) => {
  mkdirSync(ARTIFACTS, { recursive: true });
  execFileSync('pdftoppm', ['-png', '-r', '70', pdf, join(ARTIFACTS, name)]);
};
const ARTIFACTS = 'tests/.artifacts/pdf';
const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');
const dataUrl = (png: Buffer) => `data:image/png;base64,${png.toString('base64')}`;
/* eslint-disable @typescript-eslint/no-explicit-any -- a hostile file is edited as the JSON it is */
type Json = any;

/** A PNG carrying a text chunk (an author, a payload) before its end: the re-encoding drops it. */
function withTextChunk(png: Buffer, text: string): Buffer {
  const data = Buffer.from(`Comment\0${text}`, 'latin1');
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from('tEXt', 'latin1'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body) >>> 0);
  const end = png.length - 12;
  return Buffer.concat([png.subarray(0, end), length, body, crc, png.subarray(end)]);
}

/** A clinic whose practitioner is Dr Élodie Brühl (RPPS 10101234567); `importer` is Dr João Silva. */
function clinic() {
  const { store, path } = openTestStore();
  const elodie = store.createPractitioner({ id: randomUUID(), displayName: 'Dr Élodie Brühl', credential }, { name: 'Dr Élodie Brühl' });
  store.setPractitionerRegistration(elodie.id, { registration: { register: 'rpps', number: '10101234567' }, qualification: 'Médecin, DIU de mésothérapie' }, { name: elodie.displayName, id: elodie.id });
  const joao = store.createPractitioner({ id: randomUUID(), displayName: 'Dr João Silva', credential }, { name: elodie.displayName, id: elodie.id });
  return { store, path, photoDir: join(tempDir(), 'photos'), elodieId: elodie.id, importer: { name: joao.displayName, id: joao.id } as Actor };
}

/**
 * The file another clinic exports: a patient with a signed consent (drawn patient signature
 * `signature`), a signed session by a practitioner of the same name as this clinic's, a photo removed
 * from it by an amendment.
 */
async function otherClinicsFile(signature: Buffer) {
  const { store } = openTestStore();
  const photoDir = join(tempDir(), 'photos');
  const signer: Actor = { name: 'Dr Élodie Brühl', id: randomUUID() };
  const patient = store.createPatient(patientFields({ screening: screeningWith() }), signer);
  const [template] = store.listConsentTemplates('pain', 'en');
  const consent = store.signConsent(
    { patientId: patient.id, templateId: template!.templateId, templateVersion: template!.version, patientSignature: { kind: 'drawn', name: 'Anaïs Lefèvre', png: dataUrl(signature) }, practitionerSignature: { kind: 'typed', name: signer.name }, photoConsent: true },
    signer,
  );
  const session = store.createSession(sessionDraft(patient.id, { consentOverride: FIXTURE_CONSENT_OVERRIDE }), { defaultTechnique: 'point', defaultNeedle: '30G-4mm', injector: { kind: 'single' } }, signer);
  const image = await storeImage(photoDir, await plainPng(90, 70), PLAIN_PHOTOS);
  const photo = store.addPhoto({ sessionId: session.id, pose: 'front', caption: 'Before', fileName: 'IMG.PNG', ...image }, undefined, signer);
  store.signSession(session.id, signer);
  store.removePhoto(photo.id, 'Wrong side photographed', signer);
  const doc: Json = JSON.parse(JSON.stringify(await exportPatientWithPhotos(store, photoDir, PLAIN_PHOTOS, patient.id, signer)));
  return { doc, patient, consent, session: store.getSession(session.id)! };
}

/** The file as the channel receives it. */
const file = (doc: Json, fileName = 'mesochart-patient-lefevre-anais.json') => ({ fileName, text: `${JSON.stringify(doc, null, 2)}\n` });

describe('a forged signer in an imported file', () => {
  it('keeps the signers as recorded, links none to this clinic, signs nothing here, and says so on screen and paper', async () => {
    const here = clinic();
    const { doc, patient, consent, session } = await otherClinicsFile(await plainPng(300, 100));
    // The file claims this clinic's Dr Brühl by name and by her profile's id (the consent's hash made to match).
    doc.sessions[0].practitionerId = here.elodieId;
    doc.consents[0].practitionerSignature.practitionerId = here.elodieId;
    doc.consents[0].hash = consentHash(doc.consents[0]);
    const sent = file(doc);

    await importPatientFile(here.store, here.photoDir, PLAIN_PHOTOS, sent, here.importer);

    const imported = here.store.getSession(session.id)!;
    expect(imported).toMatchObject({ status: 'signed', signedBy: 'Dr Élodie Brühl', signedAt: session.signedAt, practitionerId: null });
    expect(here.store.getConsent(consent.id)?.practitionerSignature).toMatchObject({ name: 'Dr Élodie Brühl', practitionerId: here.elodieId });
    // One entry, the import, under the importer, naming the file: no signature of the session or consent here.
    expect(here.store.listAudit(session.id)).toEqual([]);
    expect(here.store.listAudit(consent.id)).toEqual([]);
    const entries = here.store.listAudit(patient.id);
    expect(entries.map((e) => [e.action, e.actor])).toEqual([['patient.import', 'Dr João Silva']]);
    expect(entries[0]!.detail).toMatchObject({ fileName: sent.fileName, fileSha256: sha256(sent.text), signedSessions: 1 });
    expect(here.store.getPatientImport(patient.id)).toMatchObject({
      fileName: sent.fileName,
      fileSha256: sha256(sent.text),
      importedBy: 'Dr João Silva',
      exportedAt: doc.exportedAt,
      sessionIds: [session.id],
      signedSessionIds: [session.id],
      consentIds: [consent.id],
      consentHashesInFile: {},
    });

    // On paper: signed elsewhere, as the file records it, and never this clinic's Dr Brühl's registration.
    const dir = tempDir();
    const channels = recordChannels({ store: () => here.store, settings: () => SETTINGS, actor: () => here.importer, photoCodec: PLAIN_PHOTOS, files: { chooseSavePath: async ({ defaultName }) => join(dir, defaultName) } });
    const printed = await channels.exportSessionPdf({ sessionId: session.id, open: false, includePhotos: false, language: 'en' });
    const consentPrinted = await channels.exportConsentPdf({ consentId: consent.id, open: false });
    if (!printed.saved || !consentPrinted.saved) throw new Error('not saved');
    renderPages(printed.path, 'imported-session');
    renderPages(consentPrinted.path, 'imported-consent');
    for (const pdf of [printed.path, consentPrinted.path]) {
      const text = pdfText(pdf).replace(/\s+/g, ' ');
      expect(text).toContain(`Signed elsewhere, as recorded in the file ${sent.fileName}`);
      expect(text).toContain('not signed in these records');
      expect(text).toContain(sha256(sent.text));
      expect(text).not.toContain('10101234567');
    }
  });
});

describe('consent templates in an imported file', () => {
  it('never become this clinic’s: the imported consent keeps its own text', async () => {
    const here = clinic();
    const { doc, consent } = await otherClinicsFile(await plainPng(300, 100));
    const before = here.store.listConsentTemplates();
    const shipped = doc.consentTemplates[0];
    // The template the consent was signed on, rewritten; a newer version of it; and a template of its own.
    shipped.body = 'A text this clinic never wrote, passed off as its version of the template.';
    doc.consentTemplates.push({ ...shipped, version: 99, body: 'The text the next patient would be given to sign.' });
    doc.consentTemplates.push({ ...shipped, templateId: randomUUID(), version: 1 });

    await importPatientFile(here.store, here.photoDir, PLAIN_PHOTOS, file(doc), here.importer);

    expect(here.store.listConsentTemplates()).toEqual(before);
    expect(here.store.getConsentTemplate(shipped.templateId, 99)).toBeNull();
    expect(here.store.getConsent(consent.id)?.text).toBe(consent.text);
    // Exported again, the consent goes with its own text as its template's: what these records hold of it.
    const again = await exportPatientWithPhotos(here.store, here.photoDir, PLAIN_PHOTOS, consent.patientId, here.importer);
    expect(again.consentTemplates).toEqual([expect.objectContaining({ templateId: shipped.templateId, version: consent.templateVersion, title: consent.title, body: consent.text })]);
  });
});

describe('hashes in an imported file', () => {
  /** Expects the file refused naming `field`, and nothing written: no row, no photo file. */
  async function refusedNaming(doc: Json, field: string, reason?: string) {
    const here = clinic();
    const before = dumpDatabase(here.path);
    const error = await rejectionOf(importPatientFile(here.store, here.photoDir, PLAIN_PHOTOS, file(doc), here.importer));
    expect(error).toMatchObject({ code: 'invalid-input', field, ...(reason ? { reason } : {}) });
    expect(dumpDatabase(here.path)).toEqual(before);
    expect(existsSync(here.photoDir)).toBe(false);
  }

  it('are taken over the file as sent: a file that is not JSON is refused before anything else', async () => {
    const here = clinic();
    expect(await rejectionOf(importPatientFile(here.store, here.photoDir, PLAIN_PHOTOS, { fileName: 'notes.json', text: '{"format": "mesochart.patient",' }, here.importer))).toMatchObject({ field: 'document', reason: 'import-not-json' });
  });

  it('refuse the whole file when a consent’s content hash does not verify', async () => {
    const { doc } = await otherClinicsFile(await plainPng(300, 100));
    doc.consents[0].text = `${doc.consents[0].text}\nA clause added after signing.`;
    await refusedNaming(doc, 'document.consents.0.hash', 'consent-hash-mismatch');
  });

  it('refuse it when a photo’s SHA-256, or an amendment’s reference to it, does not verify', async () => {
    const { doc } = await otherClinicsFile(await plainPng(300, 100));
    const photo = structuredClone(doc);
    photo.photos[0].hash = 'a'.repeat(64);
    await refusedNaming(photo, 'document.photos.0.hash', 'photo-hash-mismatch');
    const amendment = structuredClone(doc);
    amendment.sessions[0].amendments[0].changes.photos.removed[0].hash = 'b'.repeat(64);
    await refusedNaming(amendment, 'document.sessions.0.amendments.0.changes.photos.removed.0.hash', 'photo-hash-mismatch');
  });
});

describe('signature images', () => {
  it('an oversized one refuses the import naming its consent, even with a hash that verifies', async () => {
    const { doc } = await otherClinicsFile(await sharp({ create: { width: 2_400, height: 900, channels: 4, background: '#ffffff00' } }).png().toBuffer());
    const here = clinic();
    const error = await rejectionOf(importPatientFile(here.store, here.photoDir, PLAIN_PHOTOS, file(doc), here.importer));
    expect(error).toMatchObject({ code: 'invalid-input', field: 'document.consents.0.patientSignature', reason: 'signature-too-large', params: { width: 2_400, height: 900, maxWidth: 2_000, maxHeight: 800 } });
    // A header that claims a size without the pixels is refused the same way, before any decoding.
    const claimed = await otherClinicsFile(hugePngHeader(20_000, 20_000));
    expect(await rejectionOf(importPatientFile(here.store, here.photoDir, PLAIN_PHOTOS, file(claimed.doc), here.importer))).toMatchObject({ field: 'document.consents.0.patientSignature', reason: 'signature-too-large' });
    expect(here.store.listPatients({ search: '', includeArchived: true, offset: 0, limit: 50 }).total).toBe(0);
  });

  it('one with a payload is re-encoded before it is stored: the consent is hashed anew, the file’s hash kept beside it', async () => {
    const drawn = withTextChunk(await plainPng(300, 100), 'x'.repeat(5_000));
    const { doc, consent } = await otherClinicsFile(drawn);
    const here = clinic();
    await importPatientFile(here.store, here.photoDir, PLAIN_PHOTOS, file(doc), here.importer);
    const stored = here.store.getConsent(consent.id)!;
    const png = stored.patientSignature.kind === 'drawn' ? Buffer.from(stored.patientSignature.png.split(',')[1]!, 'base64') : Buffer.alloc(0);
    expect(png.includes(Buffer.from('tEXt'))).toBe(false);
    expect(await sharp(png).metadata()).toMatchObject({ format: 'png', width: 300, height: 100 });
    expect(stored.hash).not.toBe(consent.hash);
    expect(consentHashMatches(stored)).toBe(true);
    expect(stored).toMatchObject({ signedAt: consent.signedAt, practitionerSignature: consent.practitionerSignature });
    expect(here.store.getPatientImport(consent.patientId)?.consentHashesInFile).toEqual({ [consent.id]: consent.hash });
  });
});
