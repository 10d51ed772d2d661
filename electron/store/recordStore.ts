import { randomUUID } from 'node:crypto';
import { courseInputSchema, type Course, type CourseFields } from '../../shared/course.ts';
import { ApiError, notFound } from '../../shared/errors.ts';
import { patientInputSchema, type Patient, type PatientFields } from '../../shared/patient.ts';
import type { InjectionPoint } from '../../shared/point.ts';
import type { Actor, AuditEntry, RecordStore } from '../../shared/repository.ts';
import { sessionFieldsSchema, type Session, type SessionFields } from '../../shared/session.ts';
import { listAudit, writeAudit } from './audit.ts';
import { findCourse, insertCourse, listCoursesOfPatient } from './courses.ts';
import { isSqliteError, openDatabase, storageError, transaction, type OpenDatabaseOptions } from './database.ts';
import { changedFieldNames, pickFields } from './fields.ts';
import { findPatient, insertPatient, listPatientSummaries, patientExists, updatePatient } from './patients.ts';
import { listPoints, replacePoints } from './points.ts';
import { listProducts, replaceProducts } from './products.ts';
import {
  countSessionsInCourse,
  findSessionRecord,
  insertSession,
  listSessionSummaries,
  updateSession,
  type SessionRecord,
} from './sessions.ts';

export type RecordStoreOptions = OpenDatabaseOptions & {
  /** The clock for creation, update and audit times; tests pin it. */
  now?: () => Date;
};

/** The SQLite store answers synchronously: the same methods as RecordStore, without the promises. */
type Synchronous<T> = {
  [K in keyof T]: T[K] extends (...args: infer A) => infer R ? (...args: A) => Awaited<R> : T[K];
};

export type SqliteRecordStore = Synchronous<RecordStore> & {
  /** Signs a draft: from then on the session, its products and its points are immutable. */
  signSession(id: string, actor: Actor): Session;
};

const PATIENT_FIELDS = Object.keys(patientInputSchema.shape) as (keyof PatientFields)[];
const COURSE_FIELDS = Object.keys(courseInputSchema.shape) as (keyof CourseFields)[];
const SESSION_FIELDS = Object.keys(sessionFieldsSchema.shape) as (keyof SessionFields)[];
const LOCKED_MESSAGE = 'Signed sessions cannot be changed; add an amendment';

/**
 * The record store over the SQLite file at `path`. Inputs are validated by the caller with the shared
 * schemas; the store guards what only it can know (ids exist, signed sessions stay as signed) and
 * makes each mutation one transaction holding the change and its one audit entry.
 */
export function openRecordStore(path: string, options: RecordStoreOptions = {}): SqliteRecordStore {
  const db = openDatabase(path, options);
  const clock = options.now ?? (() => new Date());
  const schemaVersion = Number(db.prepare('PRAGMA user_version').get()?.user_version);

  /** A change and its audit entry, committed together or not at all. */
  function mutate<T>(actor: Actor, change: (at: string) => T): T {
    requireActor(actor);
    return withStorageErrors(() => transaction(db, () => change(clock().toISOString())));
  }

  function read<T>(query: () => T): T {
    return withStorageErrors(query);
  }

  function audit(at: string, actor: Actor, action: string, entity: AuditEntry['entity'], entityId: string, detail: object): void {
    writeAudit(db, { at, actor: actor.name, action, entity, entityId, detail });
  }

  function existingPatient(id: string): Patient {
    const patient = findPatient(db, id);
    if (!patient) throw notFound('patient', id);
    return patient;
  }

  /** A patient that a new course or session is to belong to: naming none is bad input, not a lookup. */
  function requireOwnerPatient(patientId: string): void {
    if (!patientExists(db, patientId)) {
      throw new ApiError({ code: 'invalid-input', field: 'patientId', message: `patientId names no patient (${patientId})` });
    }
  }

  /** The number the next session of the course gets, once the course is known to be the patient's. */
  function nextNumberInCourse(courseId: string, patientId: string): number {
    const course = findCourse(db, courseId);
    if (!course || course.patientId !== patientId) {
      throw new ApiError({ code: 'invalid-input', field: 'courseId', message: "courseId names no course of this patient" });
    }
    return countSessionsInCourse(db, courseId) + 1;
  }

  function draftSession(id: string): SessionRecord {
    const session = findSessionRecord(db, id);
    if (!session) throw notFound('session', id);
    if (session.status === 'signed') throw new ApiError({ code: 'locked', field: null, message: LOCKED_MESSAGE });
    return session;
  }

  const store: SqliteRecordStore = {
    schemaVersion,

    listPatients: (query) => read(() => listPatientSummaries(db, query)),

    getPatient: (id) => read(() => findPatient(db, id)),

    createPatient: (fields, actor) =>
      mutate(actor, (at) => {
        const given = pickFields(fields, PATIENT_FIELDS) as PatientFields;
        const patient: Patient = { ...given, id: randomUUID(), archived: false, createdAt: at, updatedAt: at };
        insertPatient(db, patient);
        audit(at, actor, 'patient.create', 'patient', patient.id, { fields: changedFieldNames(null, given) });
        return patient;
      }),

    updatePatient: (id, fields, actor) =>
      mutate(actor, (at) => {
        const current = existingPatient(id);
        const given = pickFields(fields, PATIENT_FIELDS);
        const patient: Patient = { ...current, ...given, updatedAt: at };
        updatePatient(db, patient);
        audit(at, actor, 'patient.update', 'patient', id, { fields: changedFieldNames(current, given) });
        return patient;
      }),

    setPatientArchived: (id, archived, actor) =>
      mutate(actor, (at) => {
        const current = existingPatient(id);
        const patient: Patient = { ...current, archived, updatedAt: at };
        updatePatient(db, patient);
        const action = archived ? 'patient.archive' : 'patient.unarchive';
        audit(at, actor, action, 'patient', id, { fields: changedFieldNames(current, { archived }) });
        return patient;
      }),

    listCourses: (patientId) =>
      read(() => {
        existingPatient(patientId);
        return listCoursesOfPatient(db, patientId);
      }),

    createCourse: (fields, actor) =>
      mutate(actor, (at) => {
        const given = pickFields(fields, COURSE_FIELDS) as CourseFields;
        requireOwnerPatient(given.patientId);
        const course: Course = { ...given, id: randomUUID(), createdAt: at, updatedAt: at };
        insertCourse(db, course);
        audit(at, actor, 'course.create', 'course', course.id, { fields: changedFieldNames(null, given) });
        return course;
      }),

    listSessions: (patientId) =>
      read(() => {
        existingPatient(patientId);
        return listSessionSummaries(db, patientId);
      }),

    getSession: (id) =>
      read(() => {
        const session = findSessionRecord(db, id);
        return session ? { ...session, products: listProducts(db, id), points: listPoints(db, id) } : null;
      }),

    createSession: (input, defaults, actor) =>
      mutate(actor, (at) => {
        requireOwnerPatient(input.patientId);
        const courseId = input.courseId ?? null;
        const session: SessionRecord = {
          id: randomUUID(),
          patientId: input.patientId,
          courseId,
          numberInCourse: courseId === null ? null : nextNumberInCourse(courseId, input.patientId),
          date: input.date,
          time: input.time,
          practitioner: input.practitioner,
          indication: input.indication,
          treatedAreas: input.treatedAreas,
          defaultTechnique: defaults.defaultTechnique,
          defaultNeedle: defaults.defaultNeedle,
          injector: defaults.injector,
          vasBefore: null,
          vasAfter: null,
          sideEffects: [],
          aftercare: '',
          notes: input.notes,
          status: 'draft',
          signedAt: null,
          signedBy: null,
          createdAt: at,
          updatedAt: at,
        };
        insertSession(db, session);
        audit(at, actor, 'session.create', 'session', session.id, { fields: changedFieldNames(null, input) });
        return { ...session, products: [], points: [] };
      }),

    saveSession: (id, fields, points, actor) =>
      mutate(actor, (at) => {
        const current = draftSession(id);
        const currentProducts = listProducts(db, id);
        const given = pickFields(fields, SESSION_FIELDS);
        if (points) requireDistinctPointIds(points);
        const { products: newProducts, ...recordChanges } = given;
        const session: SessionRecord = { ...current, ...recordChanges, updatedAt: at };
        updateSession(db, session);
        if (newProducts) replaceProducts(db, id, newProducts);
        if (points) replacePoints(db, id, points);
        const changed = changedFieldNames({ ...current, products: currentProducts }, given);
        audit(at, actor, 'session.save', 'session', id, points ? { fields: changed, points: points.length } : { fields: changed });
        return { ...session, products: newProducts ?? currentProducts, points: points ?? listPoints(db, id) };
      }),

    signSession: (id, actor) =>
      mutate(actor, (at) => {
        const session: SessionRecord = { ...draftSession(id), status: 'signed', signedAt: at, signedBy: actor.name, updatedAt: at };
        updateSession(db, session);
        audit(at, actor, 'session.sign', 'session', id, { fields: ['signedAt', 'signedBy', 'status'] });
        return { ...session, products: listProducts(db, id), points: listPoints(db, id) };
      }),

    listAudit: (entityId) => read(() => listAudit(db, entityId)),

    close: () => {
      if (db.isOpen) db.close();
    },
  };
  return store satisfies RecordStore;
}

/** Every audit entry names who made the change; a mutation without an actor is refused. */
function requireActor(actor: Actor): void {
  if (typeof actor?.name !== 'string' || actor.name.trim() === '') {
    throw new ApiError({ code: 'invalid-input', field: 'actor', message: 'actor must name who makes the change' });
  }
}

/** The editor tells points apart by id (selection, undo); two alike would corrupt the chart. */
function requireDistinctPointIds(points: readonly InjectionPoint[]): void {
  const seen = new Set<string>();
  points.forEach((point, index) => {
    if (seen.has(point.id)) {
      throw new ApiError({ code: 'invalid-input', field: `points.${index}.id`, message: `points.${index}.id repeats the id of another point` });
    }
    seen.add(point.id);
  });
}

/** SQLite's own failures (constraint, I/O, lock) reach the caller as 'storage' errors, after rollback. */
function withStorageErrors<T>(work: () => T): T {
  try {
    return work();
  } catch (error) {
    if (isSqliteError(error)) throw storageError(`The database refused the operation: ${error.message}`, error);
    throw error;
  }
}
