import { randomUUID } from 'node:crypto';
import { amendmentChanges, applyAmendment, isEmptyAmendment, sessionWithAmendments } from '../../shared/amendments.ts';
import { needsContraindicationAck } from '../../shared/contraindicationAck.ts';
import { CONTRAINDICATIONS, positiveContraindications } from '../../shared/contraindications.ts';
import { courseInputSchema, type Course, type CourseFields } from '../../shared/course.ts';
import { ApiError, notFound } from '../../shared/errors.ts';
import { patientInputSchema, type Patient, type PatientFields } from '../../shared/patient.ts';
import { productIndexProblem, type InjectionPoint } from '../../shared/point.ts';
import { protocolPointsFrom, type Protocol } from '../../shared/protocols.ts';
import type { Actor, AuditEntry, RecordStore } from '../../shared/repository.ts';
import { copyForNextSession, type SessionCopy } from '../../shared/sessionCopy.ts';
import { sessionFieldsSchema, type Amendment, type Session, type SessionFields } from '../../shared/session.ts';
import { insertAmendment, listAmendments } from './amendments.ts';
import { listAudit, writeAudit } from './audit.ts';
import { verifyAuditChain } from './auditChain.ts';
import { findProductUses } from './productRecall.ts';
import { parsePatientExport, readPatientExport, writePatientImport } from './patientExport.ts';
import { insertContraindicationAck, latestContraindicationAck } from './contraindicationAcks.ts';
import { findCourse, insertCourse, listCoursesOfPatient } from './courses.ts';
import { consentAndPhotoMethods, requireConsentToStartCourse } from './consentPhotoMethods.ts';
import { insertOverride } from './consents.ts';
import { openDatabase, sqliteFailure, transaction, type OpenDatabaseOptions } from './database.ts';
import { changedFieldNames, pickFields } from './fields.ts';
import { findPatient, insertPatient, listPatientSummaries, patientExists, updatePatient } from './patients.ts';
import { listPoints, replacePoints } from './points.ts';
import {
  countPractitioners,
  findPractitioner,
  insertPractitioner,
  listPractitioners,
  practitionerNameTaken,
  updatePractitionerCredential,
  updatePractitionerDisabled,
  updatePractitionerLanguage,
} from './practitioners.ts';
import { listProducts, replaceProducts } from './products.ts';
import { deleteProtocol, findProtocol, findProtocolByName, insertProtocol, listProtocols } from './protocols.ts';
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

export type SqliteRecordStore = Synchronous<RecordStore>;

const PATIENT_FIELDS = Object.keys(patientInputSchema.shape) as (keyof PatientFields)[];
const COURSE_FIELDS = Object.keys(courseInputSchema.shape) as (keyof CourseFields)[];
const SESSION_FIELDS = Object.keys(sessionFieldsSchema.shape) as (keyof SessionFields)[];
/** How long without a write before the write-ahead log is folded into the database file. */
const IDLE_CHECKPOINT_MS = 1_000;

/**
 * The record store over the SQLite file at `path`. Inputs are validated by the caller with the shared
 * schemas; the store guards what only it can know (ids exist, signed sessions stay as signed) and
 * makes each mutation one transaction holding the change and its one audit entry.
 */
export function openRecordStore(path: string, options: RecordStoreOptions = {}): SqliteRecordStore {
  const db = openDatabase(path, options);
  const clock = options.now ?? (() => new Date());
  const schemaVersion = Number(db.prepare('PRAGMA user_version').get()?.user_version);
  const readOnly = options.readOnly ?? false;

  /**
   * Checkpoints run when the application is idle, not inside a save: with synchronous=FULL a
   * checkpoint flushes the database file, which would otherwise land on whichever save crosses
   * SQLite's threshold. database.ts raises that threshold, so it remains only as a backstop.
   */
  let checkpointTimer: ReturnType<typeof setTimeout> | null = null;
  function checkpointWhenIdle(): void {
    if (readOnly || path === ':memory:') return;
    if (checkpointTimer) clearTimeout(checkpointTimer);
    checkpointTimer = setTimeout(() => {
      checkpointTimer = null;
      try {
        if (db.isOpen) db.exec('PRAGMA wal_checkpoint(PASSIVE)');
      } catch {
        // Busy or failing: the next idle moment, or SQLite's own threshold, will do it.
      }
    }, IDLE_CHECKPOINT_MS);
    checkpointTimer.unref?.();
  }

  /** A change and its audit entry, committed together or not at all. */
  function mutate<T>(actor: Actor, change: (at: string) => T): T {
    requireActor(actor);
    const result = withStorageErrors(() => transaction(db, () => change(clock().toISOString())));
    checkpointWhenIdle();
    return result;
  }

  function read<T>(query: () => T): T {
    return withStorageErrors(query);
  }

  function audit(at: string, actor: Actor, action: string, entity: AuditEntry['entity'], entityId: string, detail: object): void {
    writeAudit(db, { at, actor: actor.name, actorId: actor.id ?? null, action, entity, entityId, detail });
  }

  function existingPatient(id: string): Patient {
    const patient = findPatient(db, id);
    if (!patient) throw notFound('patient', id);
    return patient;
  }

  /** A patient that a new course or session is to belong to: naming none is bad input, not a lookup. */
  function requireOwnerPatient(patientId: string): void {
    if (!patientExists(db, patientId)) {
      throw new ApiError({ code: 'invalid-input', field: 'patientId', reason: 'no-such-patient', params: { id: patientId } });
    }
  }

  /** The number the next session of the course gets, once the course is known to be the patient's. */
  function nextNumberInCourse(courseId: string, patientId: string): number {
    const course = findCourse(db, courseId);
    if (!course || course.patientId !== patientId) {
      throw new ApiError({ code: 'invalid-input', field: 'courseId', reason: 'no-such-course-of-patient' });
    }
    return countSessionsInCourse(db, courseId) + 1;
  }

  function draftSession(id: string, idField = 'id'): SessionRecord {
    const session = findSessionRecord(db, id);
    if (!session) throw notFound('session', id, idField);
    if (session.status === 'signed') throw new ApiError({ code: 'locked', field: null, reason: 'signed-record' });
    return session;
  }

  /** The session with everything that lives in tables of its own. */
  function fullSession(record: SessionRecord): Session {
    return {
      ...record,
      products: listProducts(db, record.id),
      points: listPoints(db, record.id),
      amendments: listAmendments(db, record.id),
      contraindicationAck: latestContraindicationAck(db, record.id),
    };
  }

  /** What a new session copies from an earlier one of the same patient, as corrected by its amendments. */
  function copyFrom(sessionId: string, patientId: string): SessionCopy {
    const record = findSessionRecord(db, sessionId);
    if (!record || record.patientId !== patientId) {
      throw new ApiError({ code: 'invalid-input', field: 'copyFromSessionId', reason: 'no-such-session-of-patient' });
    }
    return copyForNextSession(sessionWithAmendments(fullSession(record)), randomUUID);
  }

  /** A point must name a product of the cocktail it will be saved with. */
  function requireKnownProducts(points: readonly InjectionPoint[], productCount: number): void {
    const problem = productIndexProblem(points, productCount);
    if (problem) throw new ApiError({ code: 'invalid-input', ...problem });
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

    getCourse: (id) => read(() => findCourse(db, id)),

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

    getSession: (id, viewer) => {
      const found = read(() => {
        const session = findSessionRecord(db, id);
        return session ? fullSession(session) : null;
      });
      // A view by a person is audited: one insert. A read-only store cannot write it (nothing can).
      if (found && viewer && !readOnly) {
        mutate(viewer, (at) => audit(at, viewer, 'session.view', 'session', id, {}));
      }
      return found;
    },


    findProductUses: (query) => read(() => findProductUses(db, query)),

    auditRecordOutput: ({ action, entity, entityId, detail }, actor) => {
      mutate(actor, (at) => audit(at, actor, action, entity, entityId, detail));
    },

    exportPatient: (id, actor) =>
      mutate(actor, (at) => {
        const document = readPatientExport(db, id, at);
        if (!document) throw notFound('patient', id);
        audit(at, actor, 'patient.export', 'patient', id, { courses: document.courses.length, sessions: document.sessions.length, consents: document.consents.length, photos: document.photos.length });
        return document;
      }),

    importPatient: (document, actor) => {
      const doc = parsePatientExport(document);
      return mutate(actor, (at) => {
        const patient = writePatientImport(db, doc);
        audit(at, actor, 'patient.import', 'patient', patient.id, {
          courses: doc.courses.length,
          sessions: doc.sessions.length,
          ...(doc.version >= 2 ? { consents: doc.consents.length, photos: doc.photos.length } : {}),
          exportedAt: doc.exportedAt,
          version: doc.version,
        });
        return patient;
      });
    },

    verifyAudit: () => read(() => verifyAuditChain(db)),

    createSession: (input, defaults, actor) =>
      mutate(actor, (at) => {
        requireOwnerPatient(input.patientId);
        const { copyFromSessionId, ...given } = input;
        const copy = copyFromSessionId === undefined ? null : copyFrom(copyFromSessionId, input.patientId);
        const indication = given.indication ?? copy?.indication;
        const treatedAreas = given.treatedAreas ?? copy?.treatedAreas;
        if (indication === undefined) throw new ApiError({ code: 'invalid-input', field: 'indication', reason: 'required' });
        if (treatedAreas === undefined) throw new ApiError({ code: 'invalid-input', field: 'treatedAreas', reason: 'required' });
        const courseId = input.courseId ?? null;
        const session: SessionRecord = {
          id: randomUUID(),
          patientId: input.patientId,
          courseId,
          numberInCourse: courseId === null ? null : nextNumberInCourse(courseId, input.patientId),
          date: input.date,
          time: input.time,
          practitioner: input.practitioner,
          indication,
          treatedAreas,
          defaultTechnique: copy?.defaultTechnique ?? defaults.defaultTechnique,
          defaultNeedle: copy?.defaultNeedle ?? defaults.defaultNeedle,
          injector: copy?.injector ?? defaults.injector,
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
        const override = requireConsentToStartCourse(db, session, given.consentOverride);
        insertSession(db, session);
        if (override) insertOverride(db, { sessionId: session.id, reason: override.override, at, by: actor.name });
        const products = copy?.products ?? [];
        const points = copy?.points ?? [];
        if (copy) {
          replaceProducts(db, session.id, products);
          replacePoints(db, session.id, points);
        }
        const { consentOverride: _override, ...givenFields } = given;
        const fields = changedFieldNames(null, { ...givenFields, indication, treatedAreas });
        const detail = copy ? { fields, copiedFrom: copyFromSessionId, points: points.length } : { fields };
        audit(at, actor, 'session.create', 'session', session.id, override ? { ...detail, consentOverride: override.override } : detail);
        return { ...session, products, points, amendments: [], contraindicationAck: null };
      }),

    saveSession: (id, fields, points, actor) =>
      mutate(actor, (at) => {
        const current = draftSession(id);
        const currentProducts = listProducts(db, id);
        const given = pickFields(fields, SESSION_FIELDS);
        if (points) requireDistinctPointIds(points);
        const { products: newProducts, ...recordChanges } = given;
        if (points || newProducts) requireKnownProducts(points ?? listPoints(db, id), (newProducts ?? currentProducts).length);
        const session: SessionRecord = { ...current, ...recordChanges, updatedAt: at };
        updateSession(db, session);
        if (newProducts) replaceProducts(db, id, newProducts);
        if (points) replacePoints(db, id, points);
        const changed = changedFieldNames({ ...current, products: currentProducts }, given);
        audit(at, actor, 'session.save', 'session', id, points ? { fields: changed, points: points.length } : { fields: changed });
        return {
          ...session,
          products: newProducts ?? currentProducts,
          points: points ?? listPoints(db, id),
          amendments: [],
          contraindicationAck: latestContraindicationAck(db, id),
        };
      }),

    signSession: (id, actor) =>
      mutate(actor, (at) => {
        const draft = draftSession(id);
        const patient = existingPatient(draft.patientId);
        const contraindicationAck = latestContraindicationAck(db, id);
        if (needsContraindicationAck(patient, { status: draft.status, contraindicationAck })) {
          const positives = positiveContraindications(patient.screening);
          // The contraindications as ids: the screen words them (clinical namespace).
          const contraindications = CONTRAINDICATIONS.filter((c) => positives.includes(c.key)).map((c) => c.key);
          throw new ApiError({ code: 'conflict', field: 'contraindicationAck', reason: 'contraindications-not-acknowledged', params: { contraindications } });
        }
        const session: SessionRecord = { ...draft, status: 'signed', signedAt: at, signedBy: actor.name, updatedAt: at };
        updateSession(db, session);
        audit(at, actor, 'session.sign', 'session', id, { fields: ['signedAt', 'signedBy', 'status'] });
        return fullSession(session);
      }),

    amendSession: (id, amendment, actor) =>
      mutate(actor, (at) => {
        const record = findSessionRecord(db, id);
        if (!record) throw notFound('session', id);
        if (record.status !== 'signed') {
          throw new ApiError({ code: 'conflict', field: null, reason: 'amend-draft' });
        }
        const reason = typeof amendment.reason === 'string' ? amendment.reason.trim() : '';
        if (reason === '') throw new ApiError({ code: 'invalid-input', field: 'reason', reason: 'amendment-reason-required', params: { action: 'amend' } });
        const session = fullSession(record);
        const current = sessionWithAmendments(session);
        const given = pickFields(amendment.fields, SESSION_FIELDS);
        if (amendment.points) requireDistinctPointIds(amendment.points);
        const changes = amendmentChanges(current, given, amendment.points);
        if (isEmptyAmendment(changes)) {
          throw new ApiError({ code: 'invalid-input', field: null, reason: 'amendment-changes-nothing' });
        }
        if (changes.points || changes.fields?.products) {
          const corrected = applyAmendment(current, changes);
          requireKnownProducts(amendment.points ?? corrected.points, corrected.products.length);
        }
        const entry: Amendment = { id: randomUUID(), seq: session.amendments.length + 1, at, actor: actor.name, reason, changes };
        insertAmendment(db, id, entry);
        const pointCounts = changes.points && {
          added: changes.points.added.length,
          removed: changes.points.removed.length,
          changed: changes.points.changed.length,
        };
        audit(at, actor, 'session.amend', 'session', id, { amendment: entry.seq, fields: Object.keys(changes.fields ?? {}), ...(pointCounts ? { points: pointCounts } : {}) });
        return { ...session, amendments: [...session.amendments, entry] };
      }),

    acknowledgeContraindications: (sessionId, actor) =>
      mutate(actor, (at) => {
        const record = draftSession(sessionId, 'sessionId');
        const items = positiveContraindications(existingPatient(record.patientId).screening);
        if (items.length === 0) {
          throw new ApiError({ code: 'conflict', field: null, reason: 'nothing-to-acknowledge' });
        }
        insertContraindicationAck(db, sessionId, { at, by: actor.name, items });
        audit(at, actor, 'session.acknowledge-contraindications', 'session', sessionId, { fields: ['contraindicationAck'], items: items.length });
        return fullSession(record);
      }),

    listProtocols: (view) => read(() => listProtocols(db, view)),

    saveProtocol: (fields, actor) =>
      mutate(actor, (at) => {
        const name = fields.name.trim();
        if (name === '') throw new ApiError({ code: 'invalid-input', field: 'name', reason: 'required' });
        if (fields.points.length === 0) throw new ApiError({ code: 'invalid-input', field: 'points', reason: 'too_small', params: { minimum: 1, inclusive: true, origin: 'array', unit: 'point' } });
        const strayIndex = fields.points.findIndex((p) => p.view !== fields.view);
        if (strayIndex >= 0) {
          throw new ApiError({ code: 'invalid-input', field: `points.${strayIndex}.view`, reason: 'not-protocol-view', params: { view: fields.view } });
        }
        const existing = findProtocolByName(db, name);
        if (existing) throw new ApiError({ code: 'conflict', field: 'name', reason: 'protocol-name-taken', params: { name: existing.name } });
        const protocol: Protocol = { id: randomUUID(), name, view: fields.view, points: protocolPointsFrom(fields.points), createdAt: at, createdBy: actor.name };
        insertProtocol(db, protocol);
        audit(at, actor, 'protocol.create', 'protocol', protocol.id, { name, view: protocol.view, points: protocol.points.length });
        return protocol;
      }),

    deleteProtocol: (id, actor) =>
      mutate(actor, (at) => {
        const protocol = findProtocol(db, id);
        if (!protocol) throw notFound('protocol', id);
        deleteProtocol(db, id);
        audit(at, actor, 'protocol.delete', 'protocol', id, { name: protocol.name });
        return protocol;
      }),

    listAudit: (entityId) => read(() => listAudit(db, entityId)),

    listPractitioners: () => read(() => listPractitioners(db)),

    findPractitioner: (id) => read(() => findPractitioner(db, id)),

    createPractitioner: ({ id, displayName, credential, language = null, onlyIfNone }, actor) =>
      mutate(actor, (at) => {
        const name = displayName.trim();
        if (onlyIfNone && countPractitioners(db) > 0) {
          throw new ApiError({ code: 'conflict', field: null, reason: 'profile-exists' });
        }
        if (practitionerNameTaken(db, name)) {
          throw new ApiError({ code: 'conflict', field: 'displayName', reason: 'practitioner-name-taken', params: { name } });
        }
        insertPractitioner(db, { id, displayName: name, credential, language, at });
        audit(at, actor, 'practitioner.create', 'practitioner', id, { displayName: name, language });
        return { id, displayName: name, createdAt: at, disabled: false, language };
      }),

    setPractitionerCredential: (id, credential, actor) =>
      mutate(actor, (at) => {
        const found = findPractitioner(db, id);
        if (!found) throw notFound('practitioner', id);
        updatePractitionerCredential(db, id, credential, at);
        audit(at, actor, 'practitioner.passphrase-change', 'practitioner', id, {});
        const { credential: _old, ...summary } = found;
        return summary;
      }),

    setPractitionerDisabled: (id, disabled, actor) =>
      mutate(actor, (at) => {
        const found = findPractitioner(db, id);
        if (!found) throw notFound('practitioner', id);
        const { credential: _credential, ...summary } = found;
        if (disabled && !found.disabled && listPractitioners(db).filter((p) => !p.disabled).length <= 1) {
          throw new ApiError({ code: 'conflict', field: 'id', reason: 'last-enabled-practitioner' });
        }
        updatePractitionerDisabled(db, id, disabled, at);
        audit(at, actor, disabled ? 'practitioner.disable' : 'practitioner.enable', 'practitioner', id, {});
        return { ...summary, disabled };
      }),

    setPractitionerLanguage: (id, language, actor) =>
      mutate(actor, (at) => {
        const found = findPractitioner(db, id);
        if (!found) throw notFound('practitioner', id);
        const { credential: _credential, ...summary } = found;
        updatePractitionerLanguage(db, id, language, at);
        audit(at, actor, 'practitioner.language', 'practitioner', id, { from: found.language, to: language });
        return { ...summary, language };
      }),

    ...consentAndPhotoMethods({ db, mutate, read, audit, existingPatient }),

    recordUnlock: (actor) => {
      if (readOnly) return;
      mutate(actor, (at) => audit(at, actor, 'practitioner.unlock', 'practitioner', actor.id ?? '', {}));
    },

    close: () => {
      if (checkpointTimer) clearTimeout(checkpointTimer);
      checkpointTimer = null;
      if (db.isOpen) db.close();
    },
  };
  return store satisfies RecordStore;
}

/** Every audit entry names who made the change; a mutation without an actor is refused. */
function requireActor(actor: Actor): void {
  if (typeof actor?.name !== 'string' || actor.name.trim() === '') {
    throw new ApiError({ code: 'invalid-input', field: 'actor', reason: 'required' });
  }
}

/** The editor tells points apart by id (selection, undo); two alike would corrupt the chart. */
function requireDistinctPointIds(points: readonly InjectionPoint[]): void {
  const seen = new Set<string>();
  points.forEach((point, index) => {
    if (seen.has(point.id)) {
      throw new ApiError({ code: 'invalid-input', field: `points.${index}.id`, reason: 'repeated-id' });
    }
    seen.add(point.id);
  });
}

/** SQLite's own failures (full disk, I/O, constraint, lock) reach the caller as 'storage' errors, after rollback. */
function withStorageErrors<T>(work: () => T): T {
  try {
    return work();
  } catch (error) {
    throw sqliteFailure(error) ?? error;
  }
}
