import type { DatabaseSync } from 'node:sqlite';
import { ApiError, invalidInput } from '../../shared/errors.ts';
import {
  PATIENT_EXPORT_FORMAT,
  PATIENT_EXPORT_VERSION,
  patientExportDocumentSchema,
  type ExportedSession,
  type PatientExportDocument,
} from '../../shared/patientExport.ts';
import type { Patient } from '../../shared/patient.ts';
import { insertAmendment, listAmendments } from '../store/amendments.ts';
import { insertContraindicationAck, listContraindicationAcks } from '../store/contraindicationAcks.ts';
import { findCourse, insertCourse, listCoursesOfPatient } from '../store/courses.ts';
import { findPatient, insertPatient } from '../store/patients.ts';
import { listPoints, replacePoints } from '../store/points.ts';
import { listProducts, replaceProducts } from '../store/products.ts';
import { findSessionRecord, insertSession, updateSession, type SessionRecord } from '../store/sessions.ts';
import { statement } from '../store/statements.ts';

/**
 * Export and import of one patient as a JSON document (shared/patientExport.ts). These functions work
 * on an open connection and leave transactions and audit entries to the record store, which calls
 * them inside one of its mutations: an import is written whole or not at all.
 */

const SESSION_IDS_OF_PATIENT = 'SELECT id FROM sessions WHERE patient_id = ? ORDER BY date, time, created_at, id';

/** The whole record of one patient, or null when there is no such patient. */
export function readPatientExport(db: DatabaseSync, patientId: string, exportedAt: string): PatientExportDocument | null {
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
  return { format: PATIENT_EXPORT_FORMAT, version: PATIENT_EXPORT_VERSION, exportedAt, patient, courses, sessions };
}

/** Validates an export with the shared schemas; the error names the first field at fault. */
export function parsePatientExport(document: unknown): PatientExportDocument {
  const parsed = patientExportDocumentSchema.safeParse(document);
  if (!parsed.success) {
    const error = invalidInput(parsed.error);
    throw new ApiError({ code: 'invalid-input', field: error.field === null ? 'document' : `document.${error.field}`, message: `The patient file is not valid: ${error.message}` });
  }
  return parsed.data;
}

/**
 * Writes a validated export into the database; call inside a transaction. Ids are kept: a patient
 * already in the records, or any course or session id already taken, is refused ('conflict') before
 * anything is written. Signed sessions are written as drafts with their chart and cocktail and then
 * signed, the same path the triggers allow for the application itself; amendments follow.
 */
export function writePatientImport(db: DatabaseSync, doc: PatientExportDocument): Patient {
  if (findPatient(db, doc.patient.id)) {
    throw new ApiError({ code: 'conflict', field: 'document.patient.id', message: `${doc.patient.firstName} ${doc.patient.lastName} is already in the records (same patient id); the file was not imported again.` });
  }
  doc.courses.forEach((course, i) => {
    if (findCourse(db, course.id)) throw new ApiError({ code: 'conflict', field: `document.courses.${i}.id`, message: `A course with id ${course.id} is already in the records` });
  });
  doc.sessions.forEach((session, i) => {
    if (findSessionRecord(db, session.id)) throw new ApiError({ code: 'conflict', field: `document.sessions.${i}.id`, message: `A session with id ${session.id} is already in the records` });
  });
  insertPatient(db, doc.patient);
  for (const course of doc.courses) insertCourse(db, course);
  for (const session of doc.sessions) {
    const { products, points, amendments, contraindicationAcks, ...record } = session;
    insertSession(db, { ...record, status: 'draft', signedAt: null, signedBy: null });
    replaceProducts(db, session.id, products);
    replacePoints(db, session.id, points);
    for (const ack of contraindicationAcks) insertContraindicationAck(db, session.id, ack);
    if (record.status === 'signed') updateSession(db, record);
    for (const amendment of amendments) insertAmendment(db, session.id, amendment);
  }
  return doc.patient;
}
