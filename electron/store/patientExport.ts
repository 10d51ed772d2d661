import { createHash } from 'node:crypto';
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
import { consentHashMatches } from './consentHash.ts';
import { findConsent, findOverride, findTemplate, insertConsent, insertOverride, insertTemplate, insertTemplateVersion, listConsentsOfPatient, templateExists, withdrawConsentRow } from './consents.ts';
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
import { findPractitioner } from './practitioners.ts';
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
  const templateKeys = new Set<string>();
  const consentTemplates = consents.flatMap((c) => {
    const key = `${c.templateId}#${c.templateVersion}`;
    if (templateKeys.has(key)) return [];
    templateKeys.add(key);
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

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');
const refused = (field: string, reason: string, params: ErrorParams = {}) => new ApiError({ code: 'invalid-input', field: `document.${field}`, reason, params });

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
  return doc;
}

/**
 * Writes a validated export into the database; call inside a transaction. Ids are kept: a patient
 * already in the records, or any course or session id already taken, is refused ('conflict') before
 * anything is written. Signed sessions are written as drafts with their chart and cocktail and then
 * signed, the same path the triggers allow for the application itself; amendments follow.
 */
export function writePatientImport(db: SqlDatabase, doc: PatientExportDocument): Patient {
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
  // Template versions: the one in the records must say exactly what the patient signed; a missing one is added.
  doc.consentTemplates.forEach((t, i) => {
    const existing = templateExists(db, t.templateId);
    if (existing && (existing.indication !== t.indication || existing.language !== t.language)) {
      throw new ApiError({ code: 'conflict', field: `document.consentTemplates.${i}.indication`, reason: 'template-differs', params: { title: t.title } });
    }
    const version = existing ? findTemplate(db, t.templateId, t.version) : null;
    if (version) {
      if (version.title !== t.title || version.body !== t.body) {
        throw new ApiError({ code: 'conflict', field: `document.consentTemplates.${i}.body`, reason: 'template-version-differs', params: { title: t.title, version: t.version } });
      }
      return;
    }
    if (!existing) insertTemplate(db, t.templateId, t.indication, t.language, t.createdAt);
    insertTemplateVersion(db, t);
  });
  insertPatient(db, doc.patient);
  for (const course of doc.courses) insertCourse(db, course);
  for (const session of doc.sessions) {
    const { products, points, amendments, contraindicationAcks, ...exported } = session;
    // A profile these records do not know (the file comes from another clinic's records) is not linked: the name stays.
    const record = { ...exported, practitionerId: exported.practitionerId !== null && findPractitioner(db, exported.practitionerId) ? exported.practitionerId : null };
    insertSession(db, { ...record, status: 'draft', signedAt: null, signedBy: null });
    // Likewise a catalogue product these records do not hold: the session's own copy (kind included) stays.
    replaceProducts(db, session.id, products.map((p) => (p.catalogueId !== null && !catalogueProductExists(db, p.catalogueId) ? { ...p, catalogueId: null } : p)));
    replacePoints(db, session.id, points);
    for (const ack of contraindicationAcks) insertContraindicationAck(db, session.id, ack);
    if (record.status === 'signed') updateSession(db, record);
    for (const amendment of amendments) insertAmendment(db, session.id, amendment);
  }
  for (const consent of doc.consents) {
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
