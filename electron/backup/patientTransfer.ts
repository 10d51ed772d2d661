import { createHash } from 'node:crypto';
import { ApiError } from '../../shared/errors.ts';
import type { Patient } from '../../shared/patient.ts';
import type { PatientExportDocument } from '../../shared/patientExport.ts';
import { documentOfImportText, type ImportFile, type ImportSource } from '../../shared/patientImport.ts';
import type { Actor, RecordStore } from '../../shared/repository.ts';
import type { PhotoCodec } from '../photos/photoCodec.ts';
import { readOriginal, storeImage } from '../photos/photoFiles.ts';
import { patientAlreadyImported } from '../store/alreadyExists.ts';
import { parsePatientExport } from '../store/patientExport.ts';
import { signatureImageKey } from '../store/patientImports.ts';
import { cleanSignaturePng } from '../consent/signatureImage.ts';

/**
 * A patient's export with the photo files (plain Node, beside the store): the store reads and writes
 * the records (electron/store/patientExport.ts, one transaction); this adds the originals' bytes to
 * an export and writes them back on import.
 *
 * On import every photo is checked (schema, byte count, SHA-256: parsePatientExport; then a real JPEG
 * or PNG: storeImage) and written content-addressed into the data folder BEFORE the records'
 * transaction commits, so that no committed record ever names a missing file. If the transaction
 * then fails, the files written stay: they are harmless (named by their content, referenced by no
 * record, as a photo removed from a draft) and a later import of the same file reuses them.
 *
 * Every drawn signature image of the file's consents is checked and re-encoded the same way as one
 * drawn here (electron/consent/signatureImage.ts) before the store writes anything; the store then
 * marks every record as imported from the file, by its name and SHA-256.
 */

export type TransferProgress = { done: number; total: number };

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/** The patient's whole record with every photo's original as base64, each checked against its hash. */
export async function exportPatientWithPhotos(store: RecordStore, photoDir: string | undefined, codec: PhotoCodec, id: string, actor: Actor, onProgress?: (p: TransferProgress) => void): Promise<PatientExportDocument> {
  const records = await store.exportPatient(id, actor);
  if (records.photos.length > 0 && photoDir === undefined) {
    throw new ApiError({ code: 'conflict', field: null, reason: 'photos-unavailable' });
  }
  const photos: PatientExportDocument['photos'] = [];
  onProgress?.({ done: 0, total: records.photos.length });
  for (const photo of records.photos) {
    let bytes: Buffer;
    try {
      bytes = await readOriginal(photoDir as string, photo.hash, photo.format, codec);
    } catch {
      throw new ApiError({ code: 'storage', field: null, reason: 'photo-original-missing', params: { photo: photo.caption || photo.fileName || photo.id, hash: photo.hash.slice(0, 12) } });
    }
    if (sha256(bytes) !== photo.hash) {
      throw new ApiError({ code: 'storage', field: null, reason: 'photo-original-damaged', params: { photo: photo.caption || photo.fileName || photo.id, hash: photo.hash.slice(0, 12) } });
    }
    photos.push({ ...photo, data: bytes.toString('base64') });
    onProgress?.({ done: photos.length, total: records.photos.length });
  }
  return { ...records, photos };
}

/** The file's name and SHA-256, computed here over the text received (the file's bytes for any file read as UTF-8). */
type ImportedFile = Pick<ImportSource, 'fileName' | 'fileSha256'>;

/** A patient file as the channel receives it: hashed, read as JSON, then imported as below. */
export async function importPatientFile(store: RecordStore, photoDir: string | undefined, codec: PhotoCodec, file: ImportFile, actor: Actor, onProgress?: (p: TransferProgress) => void): Promise<Patient> {
  const fileSha256 = createHash('sha256').update(file.text, 'utf8').digest('hex');
  const read = documentOfImportText(file.text);
  if (!read.ok) throw new ApiError({ code: 'invalid-input', field: 'document', reason: `import-${read.reason}` });
  return importPatientWithPhotos(store, photoDir, codec, read.document, { fileName: file.fileName, fileSha256 }, actor, onProgress);
}

/** Each drawn signature image of the document's consents, checked and re-encoded, keyed as the store looks them up. */
async function cleanedSignatureImages(doc: PatientExportDocument): Promise<Record<string, string>> {
  const images: Record<string, string> = {};
  for (const [i, consent] of doc.consents.entries()) {
    for (const field of ['patientSignature', 'practitionerSignature'] as const) {
      const signature = consent[field];
      if (signature.kind !== 'drawn') continue;
      images[signatureImageKey(signature.png)] = await cleanSignaturePng(signature.png, `document.consents.${i}.${field}`);
    }
  }
  return images;
}

/** Checks the whole document, writes its photo files, then its records in one transaction. */
export async function importPatientWithPhotos(store: RecordStore, photoDir: string | undefined, codec: PhotoCodec, document: unknown, file: ImportedFile, actor: Actor, onProgress?: (p: TransferProgress) => void): Promise<Patient> {
  const doc = parsePatientExport(document);
  // Before any photo file is written: a signature image that is refused refuses the whole import.
  const signatureImages = await cleanedSignatureImages(doc);
  if (doc.photos.length > 0 && photoDir === undefined) {
    throw new ApiError({ code: 'conflict', field: null, reason: 'photos-unavailable' });
  }
  // Refuse a patient already there before writing any file.
  if (await store.getPatient(doc.patient.id)) throw patientAlreadyImported(doc.patient);
  onProgress?.({ done: 0, total: doc.photos.length });
  for (const [i, photo] of doc.photos.entries()) {
    let stored;
    try {
      stored = await storeImage(photoDir as string, Buffer.from(photo.data, 'base64'), codec);
    } catch (error) {
      // Why the photo is refused (the photo check's own reason and params) travels along, for the screen to word.
      const inner = error instanceof ApiError ? { cause: error.reason, ...error.params } : { cause: 'unreadable-file' };
      throw new ApiError({ code: 'invalid-input', field: `document.photos.${i}.data`, reason: 'unusable-photo', params: inner }, { cause: error });
    }
    if (stored.hash !== photo.hash || stored.format !== photo.format) {
      throw new ApiError({ code: 'invalid-input', field: `document.photos.${i}.format`, reason: 'photo-format-mismatch', params: { stated: photo.format, actual: stored.format } });
    }
    onProgress?.({ done: i + 1, total: doc.photos.length });
  }
  return store.importPatient(doc, { ...file, signatureImages }, actor);
}
