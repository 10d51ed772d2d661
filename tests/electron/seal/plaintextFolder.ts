import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { hashPassphrase } from '../../../electron/access/passphrase.ts';
import { PLAIN_PHOTOS } from '../../../electron/photos/photoCodec.ts';
import { storeImage } from '../../../electron/photos/photoFiles.ts';
import { openRecordStore } from '../../../electron/store/recordStore.ts';
import { TEST_KDF } from '../access/fixtures.ts';
import { actor, consentToPhotos, defaults, patientFields, points, screeningWith, sessionDraft } from '../store/fixtures.ts';
import { PRACTITIONER } from './practitioner.ts';

export { PRACTITIONER };

export const PLAINTEXT_NAME = 'Quartermaine-Oyelaran';

/** A photo of its own (seeded noise), different for each seed. */
export async function seededPng(seed: number): Promise<Buffer> {
  const pixels = Buffer.alloc(32 * 24 * 3);
  for (let i = 0; i < pixels.length; i++) pixels[i] = ((i + seed * 7919) * 2654435761) >>> 24;
  return sharp(pixels, { raw: { width: 32, height: 24, channels: 3 } }).png({ compressionLevel: 0 }).toBuffer();
}

/**
 * A records folder as a version before sealing left it, under `root`/data: plaintext records (a
 * practitioner with a passphrase, patients with sessions and charts) and plaintext photo files.
 */
export async function plaintextFolder(root: string, options: { patients?: number; photos?: number } = {}): Promise<{ databasePath: string; photoDir: string; patientIds: string[] }> {
  const dataDir = join(root, 'data');
  const photoDir = join(dataDir, 'photos');
  mkdirSync(photoDir, { recursive: true, mode: 0o700 });
  const databasePath = join(dataDir, 'mesochart.sqlite');
  const store = openRecordStore(databasePath);
  const credential = await hashPassphrase(PRACTITIONER.passphrase, TEST_KDF);
  store.createPractitioner({ id: PRACTITIONER.id, displayName: PRACTITIONER.displayName, credential }, { name: PRACTITIONER.displayName, id: PRACTITIONER.id });
  const patientIds: string[] = [];
  const sessionIds: string[] = [];
  for (let i = 0; i < (options.patients ?? 3); i++) {
    const patient = store.createPatient(patientFields({ lastName: `${PLAINTEXT_NAME}-${i}`, screening: screeningWith() }), actor);
    const draft = store.createSession(sessionDraft(patient.id), defaults, actor);
    store.saveSession(draft.id, { notes: `Séance ${i}` }, points(20), actor);
    patientIds.push(patient.id);
    sessionIds.push(draft.id);
  }
  // The photos belong to the first patient's session, as the application keeps them: a file and its row.
  consentToPhotos(store, patientIds[0]!);
  for (let i = 0; i < (options.photos ?? 2); i++) {
    const stored = await storeImage(photoDir, await seededPng(i), PLAIN_PHOTOS);
    store.addPhoto({ sessionId: sessionIds[0]!, pose: 'front', caption: '', fileName: `${i}.png`, hash: stored.hash, format: stored.format, width: stored.width, height: stored.height, bytes: stored.bytes }, undefined, actor);
  }
  store.close();
  return { databasePath, photoDir, patientIds };
}
