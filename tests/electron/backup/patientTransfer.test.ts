import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parsePatientExport } from '../../../electron/store/patientExport.ts';
import { exportPatientWithPhotos, importPatientWithPhotos } from '../../../electron/backup/patientTransfer.ts';
import { consentHash } from '../../../electron/store/consentHash.ts';
import { originalPath, storeImage } from '../../../electron/photos/photoFiles.ts';
import { patientExportDocumentSchema } from '../../../shared/patientExport.ts';
import { cameraJpeg, plainPng } from '../photos/imageFixtures.ts';
import { actor, courseFields, defaults, dumpDatabase, openTestStore, patientFields, rejectionOf, screeningWith, sessionDraft, tempDir } from '../store/fixtures.ts';
import { PLAIN_PHOTOS } from '../../../electron/photos/photoCodec.ts';

/** A drawn signature as sharp writes it (the import re-encodes every signature image: this one comes out the same). */
const signaturePng = async () => `data:image/png;base64,${(await plainPng(300, 100)).toString('base64')}`;
const FILE = { fileName: 'mesochart-patient-lefevre-anais.json', fileSha256: 'f'.repeat(64) };

/** A patient with a course (override), a signed consent and a withdrawn one, and photos (one removed by an amendment). */
async function patientWithConsentsAndPhotos() {
  const photoDir = join(tempDir(), 'photos');
  const { store, path } = openTestStore();
  const patient = store.createPatient(patientFields({ screening: screeningWith() }), actor);
  const [template] = store.listConsentTemplates('cellulite');
  const consent = store.signConsent(
    { patientId: patient.id, templateId: template!.templateId, templateVersion: template!.version, patientSignature: { kind: 'drawn', name: 'Anaïs Lefèvre', png: await signaturePng() }, practitionerSignature: { kind: 'typed', name: actor.name }, photoConsent: true },
    actor,
  );
  const [pain] = store.listConsentTemplates('pain');
  const withdrawn = store.signConsent({ patientId: patient.id, templateId: pain!.templateId, templateVersion: pain!.version, patientSignature: { kind: 'typed', name: 'Anaïs' }, practitionerSignature: { kind: 'typed', name: actor.name }, photoConsent: true }, actor);
  store.withdrawConsent(withdrawn.id, { date: new Date().toISOString().slice(0, 10), reason: 'Changed her mind' }, actor);
  // The photos are of the cellulite course, whose consent is in force (the pain one was withdrawn).
  const course = store.createCourse(courseFields(patient.id, { indication: 'cellulite', area: 'Thighs' }), actor);
  const session = store.createSession(sessionDraft(patient.id, { courseId: course.id, indication: 'cellulite', treatedAreas: ['Thighs'] }), defaults, actor);
  const images = [await cameraJpeg(200, 120), await plainPng(90, 70)];
  const photoIds: string[] = [];
  for (const bytes of images) {
    const s = await storeImage(photoDir, bytes, PLAIN_PHOTOS);
    photoIds.push(store.addPhoto({ sessionId: session.id, pose: 'front', caption: 'Before', fileName: 'IMG.JPG', hash: s.hash, format: s.format, width: s.width, height: s.height, bytes: s.bytes }, undefined, actor).id);
  }
  store.signSession(session.id, actor);
  store.removePhoto(photoIds[1]!, 'Wrong patient in the picture', actor);
  return { store, path, photoDir, patient, consent, withdrawn, images, session };
}

describe('patient export and import with consents and photos', () => {
  it('exports the consents, their template versions, overrides and photo files, and round-trips byte for byte', async () => {
    const { store, photoDir, patient, consent, images } = await patientWithConsentsAndPhotos();
    const doc = await exportPatientWithPhotos(store, photoDir, PLAIN_PHOTOS, patient.id, actor);
    expect(doc).toMatchObject({ version: 3, consents: [{ id: consent.id, hash: consent.hash, withdrawal: null }, { withdrawal: { reason: 'Changed her mind' } }], consentOverrides: [{ reason: expect.any(String) }] });
    expect(doc.consentTemplates).toHaveLength(2);
    expect(doc.photos.map((p) => Buffer.from(p.data, 'base64'))).toEqual(images);
    expect(doc.photos[1]).toMatchObject({ removedBy: actor.name, removedAt: expect.any(String) });
    expect(patientExportDocumentSchema.safeParse(JSON.parse(JSON.stringify(doc))).success).toBe(true);

    const { store: target, path: targetPath } = openTestStore();
    const targetPhotos = join(tempDir(), 'photos');
    const imported = await importPatientWithPhotos(target, targetPhotos, PLAIN_PHOTOS, JSON.parse(JSON.stringify(doc)), FILE, actor);
    expect(imported).toEqual(doc.patient);
    for (const [i, p] of doc.photos.entries()) expect(readFileSync(originalPath(targetPhotos, p.hash, p.format))).toEqual(images[i]);
    const again = await exportPatientWithPhotos(target, targetPhotos, PLAIN_PHOTOS, patient.id, actor);
    // The template versions go out as the imported consents' own texts: the file's templates were never kept.
    expect({ ...again, exportedAt: null, consentTemplates: null }).toEqual({ ...doc, exportedAt: null, consentTemplates: null });
    expect(again.consentTemplates.map((t) => [t.templateId, t.version, t.title, t.body])).toEqual(doc.consentTemplates.map((t) => [t.templateId, t.version, t.title, t.body]));
    // The consent as imported still verifies: its hash is recomputed from what was signed.
    const importedConsent = target.getConsent(consent.id)!;
    expect(importedConsent).toEqual(store.getConsent(consent.id));
    expect(consentHash(importedConsent)).toBe(importedConsent.hash);
    expect(target.listPhotos({ patientId: patient.id })).toHaveLength(1);
    expect(target.verifyAudit()).toMatchObject({ ok: true });
    // Committed to the file: another connection reads the patient, the consents and the photos.
    const onDisk = dumpDatabase(targetPath);
    expect(JSON.stringify(onDisk.patients)).toContain(patient.id);
    expect(JSON.stringify(onDisk.consents)).toContain(consent.id);
    expect(onDisk.photos).toHaveLength(2);
  });

  it('refuses a photo whose bytes do not match its SHA-256, naming the field, and writes nothing', async () => {
    const { store, photoDir, patient } = await patientWithConsentsAndPhotos();
    const doc = JSON.parse(JSON.stringify(await exportPatientWithPhotos(store, photoDir, PLAIN_PHOTOS, patient.id, actor)));
    const bytes = Buffer.from(doc.photos[1].data, 'base64');
    bytes[bytes.length - 5]! ^= 0xff;
    doc.photos[1].data = bytes.toString('base64');
    const { store: target, path } = openTestStore();
    const targetPhotos = join(tempDir(), 'photos');
    const before = dumpDatabase(path);
    expect(await rejectionOf(importPatientWithPhotos(target, targetPhotos, PLAIN_PHOTOS, doc, FILE, actor))).toMatchObject({ code: 'invalid-input', field: 'document.photos.1.hash' });
    expect(dumpDatabase(path)).toEqual(before);
    expect(existsSync(targetPhotos)).toBe(false);
  });

  it('refuses an altered consent (its hash no longer verifies) and a bad photo field, naming them', async () => {
    const { store, photoDir, patient } = await patientWithConsentsAndPhotos();
    const doc = JSON.parse(JSON.stringify(await exportPatientWithPhotos(store, photoDir, PLAIN_PHOTOS, patient.id, actor)));
    const altered = structuredClone(doc);
    altered.consents[0].text = `${altered.consents[0].text} (and a clause added later)`;
    expect(() => parsePatientExport(altered)).toThrow(expect.objectContaining({ field: 'document.consents.0.hash' }));
    const badHash = structuredClone(doc);
    badHash.photos[0].hash = 'xyz';
    expect(() => parsePatientExport(badHash)).toThrow(expect.objectContaining({ field: 'document.photos.0.hash' }));
    const foreign = structuredClone(doc);
    foreign.photos[0].sessionId = patient.id;
    expect(() => parsePatientExport(foreign)).toThrow(expect.objectContaining({ field: 'document.photos.0.sessionId' }));
  });

  it('still reads a version 1 document (no consents, no photos)', async () => {
    const { store, photoDir, patient } = await patientWithConsentsAndPhotos();
    const doc = JSON.parse(JSON.stringify(await exportPatientWithPhotos(store, photoDir, PLAIN_PHOTOS, patient.id, actor)));
    const { consentTemplates: _t, consents: _c, consentOverrides: _o, photos: _p, ...rest } = doc;
    const v1 = { ...rest, version: 1 };
    const { store: target } = openTestStore();
    await importPatientWithPhotos(target, join(tempDir(), 'photos'), PLAIN_PHOTOS, v1, FILE, actor);
    expect(target.getPatient(patient.id)).toEqual(doc.patient);
    expect(target.listConsents(patient.id)).toEqual([]);
    // A version 1 document cannot smuggle version 2 parts.
    expect(() => parsePatientExport({ ...v1, photos: doc.photos })).toThrow(expect.objectContaining({ field: 'document.photos' }));
  });
});
