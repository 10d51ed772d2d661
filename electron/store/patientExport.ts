import { createHash, randomUUID } from 'node:crypto';
import type { SqlDatabase } from './sqlDatabase.ts';
import { ApiError, invalidInput, type ErrorParams } from '../../shared/errors.ts';
import {
  PATIENT_EXPORT_FORMAT,
  PATIENT_EXPORT_VERSION,
  patientExportDocumentSchema,
  type ExportedSession,
  type PatientExportDocument,
  type PatientExportRecords,
} from '../../shared/patientExport.ts';
import { patientAlreadyImported, recordAlreadyPresent } from './alreadyExists.ts';
import { consentHash, consentHashMatches } from './consentHash.ts';
import { findConsent, findOverride, findTemplate, insertConsent, insertOverride, listConsentsOfPatient, withdrawConsentRow } from './consents.ts';
import type { Consent, Signature } from '../../shared/consent.ts';
import type { ImportSource } from '../../shared/patientImport.ts';
import type { Actor } from '../../shared/repository.ts';
import { findPatientImport, insertPatientImport, markImported, signatureImageKey } from './patientImports.ts';
import { findPhoto, insertPhoto, listPhotoRecordsOfPatient, markPhotoRemoved } from './photos.ts';
import type { Patient } from '../../shared/patient.ts';
import { insertAmendment, listAmendments } from './amendments.ts';
import { findAdverseEvent, insertAdverseEvent, listAdverseEventsOfPatient } from './adverseEvents.ts';
import { insertContraindicationAck, listContraindicationAcks } from './contraindicationAcks.ts';
import { findCourse, insertCourse, listCoursesOfPatient } from './courses.ts';
import { findPatient, insertPatient } from './patients.ts';
import { listPoints, replacePoints } from './points.ts';
import { listProducts, replaceProducts } from './products.ts';
import { findSessionRecord, insertSession, updateSession, type SessionRecord } from './sessions.ts';
import { statement } from './statements.ts';
import { catalogueProductExists } from './catalogue.ts';

/**
 * Export and import of one patient as a JSON document (shared/patientExport.ts). These functions work
 * on an open connection and leave transactions and audit entries to the record store, which calls
 * them inside one of its mutations: an import is written whole or not at all.
 */

const SESSION_IDS_OF_PATIENT = 'SELECT id FROM sessions WHERE patient_id = ? ORDER BY date, time, created_at, id';

/** The whole record of one patient, or null when there is no such patient. */
export function readPatientExport(db: SqlDatabase, patientId: string, exportedAt: string): PatientExportRecords | null {
  const patient = findPatient(db, patientId);
  if (!patient) return null;
  const courses = listCoursesOfPatient(db, patientId).reverse();
  const ids = statement(db, SESSION_IDS_OF_PATIENT).all(patientId) as { id: string }[];
  const sessions = ids.map(({ id }): ExportedSession => {
    const record = findSessionRecord(db, id) as SessionRecord;
    return {
      ...record,
      products: listProducts(db, id),
      points: listPoints(db, id),
      amendments: listAmendments(db, id),
      contraindicationAcks: listContraindicationAcks(db, id),
    };
  });
  const consents = listConsentsOfPatient(db, patientId).reverse();
  const importedConsents = new Set(findPatientImport(db, patientId)?.consentIds ?? []);
  const templateKeys = new Set<string>();
  const consentTemplates = consents.flatMap((c) => {
    const key = `${c.templateId}#${c.templateVersion}`;
    if (templateKeys.has(key)) return [];
    templateKeys.add(key);
    // An imported consent was signed on another clinic's template: all these records keep of it is the consent's own text.
    if (importedConsents.has(c.id)) return [templateOfImportedConsent(c)];
    const t = findTemplate(db, c.templateId, c.templateVersion);
    return t ? [{ templateId: t.templateId, version: t.version, indication: t.indication, language: t.language, title: t.title, body: t.body, createdAt: t.createdAt, createdBy: t.createdBy }] : [];
  });
  const consentOverrides = ids.flatMap(({ id }) => {
    const o = findOverride(db, id);
    return o ? [o] : [];
  });
  const photos = listPhotoRecordsOfPatient(db, patientId);
  const adverseEvents = listAdverseEventsOfPatient(db, patientId);
  return { format: PATIENT_EXPORT_FORMAT, version: PATIENT_EXPORT_VERSION, exportedAt, patient, courses, sessions, consentTemplates, consents, consentOverrides, photos, adverseEvents };
}

/** The template version an imported consent is exported with: its own title and text (the file's template text was never kept). */
function templateOfImportedConsent(c: Consent): PatientExportDocument['consentTemplates'][number] {
  return { templateId: c.templateId, version: c.templateVersion, indication: c.indication, language: c.language, title: c.title, body: c.text, createdAt: c.signedAt, createdBy: c.practitionerSignature.name.slice(0, 120) };
}

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');
const refused = (field: string, reason: string, params: ErrorParams = {}) => new ApiError({ code: 'invalid-input', field: `document.${field}`, reason, params });

/** An amendment's photo names the photo by its SHA-256 too: it must be the photo's of the document. */
function checkAmendmentPhotoHashes(doc: PatientExportDocument): void {
  const hashOf = new Map(doc.photos.map((p) => [p.id, p.hash]));
  doc.sessions.forEach((s, i) =>
    s.amendments.forEach((a, j) => {
      for (const side of ['added', 'removed'] as const) {
        a.changes.photos?.[side].forEach((ref, k) => {
          const hash = hashOf.get(ref.id);
          if (hash !== undefined && hash !== ref.hash) throw refused(`sessions.${i}.amendments.${j}.changes.photos.${side}.${k}.hash`, 'photo-hash-mismatch');
        });
      }
    }),
  );
}

/** Validates an export with the shared schemas; the error names the first field at fault. */
export function parsePatientExport(document: unknown): PatientExportDocument {
  const parsed = patientExportDocumentSchema.safeParse(document);
  if (!parsed.success) {
    // The field is named under "document.": the screen words it as a fault of the patient file.
    const error = invalidInput(parsed.error, document);
    throw new ApiError({ code: 'invalid-input', field: error.field === null ? 'document' : `document.${error.field}`, reason: error.reason, params: error.params });
  }
  const doc = parsed.data;
  // What the schemas cannot check without Node: each consent still hashes to its hash (nothing signed
  // was altered), and each photo's bytes are the file its SHA-256 names.
  doc.consents.forEach((c, i) => {
    if (!consentHashMatches(c)) throw refused(`consents.${i}.hash`, 'consent-hash-mismatch');
  });
  doc.photos.forEach((p, i) => {
    const bytes = Buffer.from(p.data, 'base64');
    if (bytes.length !== p.bytes) throw refused(`photos.${i}.bytes`, 'photo-size-mismatch', { stated: p.bytes, actual: bytes.length });
    if (sha256(bytes) !== p.hash) throw refused(`photos.${i}.hash`, 'photo-hash-mismatch');
  });
  checkAmendmentPhotoHashes(doc);
  return doc;
}

type ExportedConsent = PatientExportDocument['consents'][number];

/**
 * A consent as it will be stored: each drawn signature's image replaced by its checked, re-encoded
 * copy (the caller made them: electron/consent/signatureImage.ts). Where that changed the bytes, the
 * hash is recomputed over what is stored and the file's hash kept beside it (imported_records); where
 * it did not (an image MesoChart wrote), the consent is exactly the file's.
 */
function consentAsStored(c: ExportedConsent, i: number, images: ImportSource['signatureImages']): { consent: ExportedConsent; hashInFile: string | null } {
  const image = <S extends Signature>(s: S, field: string): S => {
    if (s.kind !== 'drawn') return s;
    const cleaned = images[signatureImageKey(s.png)];
    if (cleaned === undefined) throw new ApiError({ code: 'internal', field: `document.consents.${i}.${field}.png`, reason: 'signature-unchecked' });
    return { ...s, png: cleaned };
  };
  const patientSignature = image(c.patientSignature, 'patientSignature');
  const practitionerSignature = image(c.practitionerSignature, 'practitionerSignature');
  const png = (s: Signature) => (s.kind === 'drawn' ? s.png : null);
  if (png(patientSignature) === png(c.patientSignature) && png(practitionerSignature) === png(c.practitionerSignature)) return { consent: c, hashInFile: null };
  const stored = { ...c, patientSignature, practitionerSignature };
  return { consent: { ...stored, hash: consentHash(stored) }, hashInFile: c.hash };
}

/** Refuses, before anything is written, a document whose records' ids are already taken here. */
function refuseTakenIds(db: SqlDatabase, doc: PatientExportDocument): void {
  if (findPatient(db, doc.patient.id)) {
    throw patientAlreadyImported(doc.patient);
  }
  doc.courses.forEach((course, i) => {
    if (findCourse(db, course.id)) throw recordAlreadyPresent(`document.courses.${i}.id`, 'course', course.id);
  });
  doc.sessions.forEach((session, i) => {
    if (findSessionRecord(db, session.id)) throw recordAlreadyPresent(`document.sessions.${i}.id`, 'session', session.id);
  });
  doc.consents.forEach((c, i) => {
    if (findConsent(db, c.id)) throw recordAlreadyPresent(`document.consents.${i}.id`, 'consent', c.id);
  });
  doc.photos.forEach((p, i) => {
    if (findPhoto(db, p.id) || statement(db, 'SELECT 1 AS found FROM photos WHERE id = ?').get(p.id)) {
      throw recordAlreadyPresent(`document.photos.${i}.id`, 'photo', p.id);
    }
  });
  doc.adverseEvents.forEach((e, i) => {
    if (findAdverseEvent(db, e.id)) throw recordAlreadyPresent(`document.adverseEvents.${i}.id`, 'adverseEvent', e.id);
  });
}

/** Records the import (file, hash, who, when) and marks every record it brings as imported. */
function recordImport(db: SqlDatabase, doc: PatientExportDocument, consents: ReturnType<typeof consentAsStored>[], { source, at, actor }: ImportWrite): void {
  const importId = randomUUID();
  insertPatientImport(db, {
    id: importId,
    patientId: doc.patient.id,
    fileName: source.fileName,
    fileSha256: source.fileSha256,
    exportedAt: doc.exportedAt,
    formatVersion: doc.version,
    importedAt: at,
    importedBy: actor.name,
    importedById: actor.id ?? null,
  });
  for (const course of doc.courses) markImported(db, importId, 'course', course.id);
  for (const session of doc.sessions) markImported(db, importId, 'session', session.id, { signedInFile: session.status === 'signed' });
  for (const { consent, hashInFile } of consents) markImported(db, importId, 'consent', consent.id, { hashInFile });
  for (const photo of doc.photos) markImported(db, importId, 'photo', photo.id);
  for (const event of doc.adverseEvents) markImported(db, importId, 'adverse-event', event.id);
}

/** Who imports which file, and when (the mutation's time). */
type ImportWrite = { source: ImportSource; at: string; actor: Actor };

/**
 * Writes a validated export into the database; call inside a transaction. Ids are kept: a patient
 * already in the records, or any course or session id already taken, is refused ('conflict') before
 * anything is written. Every record is marked as imported from its file (patientImports.ts).
 *
 * Nothing of the file becomes this clinic's: the consent templates it carries are not added (an
 * imported consent keeps its own text), no record is linked to this clinic's practitioner profiles
 * (the names stay as the file records them), and a session signed in the file is stored as signed
 * with its signer and time as recorded, without a signature of its own: no 'session.sign' entry,
 * nothing taken from stock. Signed sessions are written as drafts with their chart and cocktail and
 * then marked signed, the same path the triggers allow for the application itself; amendments follow.
 */
export function writePatientImport(db: SqlDatabase, doc: PatientExportDocument, write: ImportWrite): Patient {
  refuseTakenIds(db, doc);
  const consents = doc.consents.map((c, i) => consentAsStored(c, i, write.source.signatureImages));
  insertPatient(db, doc.patient);
  // Marked before the consents go in: the schema lets only an imported consent name a template version these records lack.
  recordImport(db, doc, consents, write);
  for (const course of doc.courses) insertCourse(db, course);
  for (const session of doc.sessions) {
    const { products, points, amendments, contraindicationAcks, ...exported } = session;
    // Never linked to a profile of these records: a name in the file is not this clinic's practitioner, whoever it claims to be.
    const record = { ...exported, practitionerId: null };
    insertSession(db, { ...record, status: 'draft', signedAt: null, signedBy: null });
    // Likewise a catalogue product these records do not hold: the session's own copy (kind included) stays.
    replaceProducts(db, session.id, products.map((p) => (p.catalogueId !== null && !catalogueProductExists(db, p.catalogueId) ? { ...p, catalogueId: null } : p)));
    replacePoints(db, session.id, points);
    for (const ack of contraindicationAcks) insertContraindicationAck(db, session.id, ack);
    if (record.status === 'signed') updateSession(db, record);
    for (const amendment of amendments) insertAmendment(db, session.id, amendment);
  }
  for (const { consent } of consents) {
    const { withdrawal, ...signed } = consent;
    insertConsent(db, { ...signed, withdrawal: null });
    if (withdrawal) withdrawConsentRow(db, consent.id, withdrawal.date, withdrawal.reason, withdrawal.recordedAt, withdrawal.recordedBy);
  }
  for (const override of doc.consentOverrides) insertOverride(db, override);
  for (const photo of doc.photos) {
    const { data: _data, removedAt, removedBy, ...row } = photo;
    insertPhoto(db, { ...row, patientId: doc.patient.id });
    if (removedAt !== null && removedBy !== null) markPhotoRemoved(db, photo.id, removedAt, removedBy);
  }
  for (const event of doc.adverseEvents) insertAdverseEvent(db, event);
  return doc.patient;
}
