import { randomUUID } from 'node:crypto';
import { amendmentChanges, applyAmendment, isEmptyAmendment, sessionWithAmendments } from '../../../shared/amendments.ts';
import { earlierAckHolds, needsContraindicationAck } from '../../../shared/contraindicationAck.ts';
import { amendedExpiredLotsWithoutReason, expiredLotReasonRequired, expiredLotsWithoutReason } from '../../../shared/expiredLot.ts';
import { isExpiredOn, type Product } from '../../../shared/product.ts';
import { ApiError, notFound } from '../../../shared/errors.ts';
import { productIndexProblem, type InjectionPoint } from '../../../shared/point.ts';
import type { SessionStore } from '../../../shared/repository.ts';
import { copyForNextSession, type SessionCopy } from '../../../shared/sessionCopy.ts';
import { sessionFieldsSchema, type Amendment, type SessionFields } from '../../../shared/session.ts';
import { sessionScreeningItems } from '../../../shared/sessionScreening.ts';
import type { SqlDatabase } from '../sqlDatabase.ts';
import { insertAmendment } from '../amendments.ts';
import { insertOverride } from '../consents.ts';
import { insertContraindicationAck, latestContraindicationAck, latestPatientAck } from '../contraindicationAcks.ts';
import { findCourse } from '../courses.ts';
import { changedFieldNames, pickFields } from '../fields.ts';
import { listPoints, replacePoints } from '../points.ts';
import { listProducts, replaceProducts } from '../products.ts';
import { countSessionsInCourse, findSessionRecord, insertSession, listSessionSummaries, updateSession, type SessionRecord } from '../sessions.ts';
import { requireConsentInForce } from './consent.ts';
import { screeningAtStart } from './screeningAtStart.ts';
import { amendmentContent, contentHash, signedSessionContent } from '../signedContent.ts';
import { takeStockOnSigning } from './stockOnSigning.ts';
import type { StoreContext, Synchronous } from './context.ts';
import { practitionerChangedTo, practitionerOfNewSession } from './sessionPractitioner.ts';
import { existingPatient, fullSession, requireOwnerPatient } from './lookups.ts';

const SESSION_FIELDS = Object.keys(sessionFieldsSchema.shape) as (keyof SessionFields)[];

/**
 * Sessions: drafts, saved as often as the editor likes; signing, after which the content is immutable
 * and corrections are amendments; the acknowledgement of the patient's contraindications.
 */
export function sessionMethods({ db, mutate, read, audit, readOnly }: StoreContext): Synchronous<SessionStore> {
  return {
    listSessions: (patientId) =>
      read(() => {
        existingPatient(db, patientId);
        return listSessionSummaries(db, patientId);
      }),

    getSession: (id, viewer) => {
      const found = read(() => {
        const session = findSessionRecord(db, id);
        return session ? fullSession(db, session) : null;
      });
      // A view by a person is audited: one insert. A read-only store cannot write it (nothing can).
      if (found && viewer && !readOnly) {
        mutate(viewer, (at) => audit(at, viewer, 'session.view', 'session', id, {}));
      }
      return found;
    },

    createSession: (input, defaults, actor) =>
      mutate(actor, (at) => {
        requireOwnerPatient(db, input.patientId);
        const { copyFromSessionId, screening: confirmation, diagnosis, ...given } = input;
        const copy = copyFromSessionId === undefined ? null : copyFrom(db, copyFromSessionId, input.patientId);
        const indication = given.indication ?? copy?.indication;
        const treatedAreas = given.treatedAreas ?? copy?.treatedAreas;
        if (indication === undefined) throw new ApiError({ code: 'invalid-input', field: 'indication', reason: 'required' });
        if (treatedAreas === undefined) throw new ApiError({ code: 'invalid-input', field: 'treatedAreas', reason: 'required' });
        const courseId = input.courseId ?? null;
        const course = courseId === null ? null : findCourse(db, courseId);
        const session: SessionRecord = {
          id: randomUUID(),
          patientId: input.patientId,
          courseId,
          numberInCourse: courseId === null ? null : nextNumberInCourse(db, courseId, input.patientId),
          date: input.date,
          time: input.time,
          // The practitioner's profile (by default the unlocked one), and its name as it is today.
          ...practitionerOfNewSession(db, input, actor),
          indication,
          diagnosis: diagnosis ?? course?.diagnosis ?? '',
          treatedAreas,
          defaultTechnique: copy?.defaultTechnique ?? defaults.defaultTechnique,
          defaultNeedle: copy?.defaultNeedle ?? defaults.defaultNeedle,
          injector: copy?.injector ?? defaults.injector,
          vasBefore: null,
          vasAfter: null,
          outcomes: [],
          sideEffects: [],
          aftercare: '',
          notes: input.notes,
          // The screening as it stands today, re-confirmed (or updated) in starting this session.
          screening: screeningAtStart({ db, audit }, input.patientId, confirmation, at, actor),
          status: 'draft',
          signedAt: null,
          signedBy: null,
          createdAt: at,
          updatedAt: at,
        };
        const override = requireConsentInForce(db, session, given.consentOverride);
        // Read before this session exists: the patient's latest acknowledgement, of an earlier session.
        const earlierAck = latestPatientAck(db, input.patientId);
        insertSession(db, session);
        // The screening unchanged since it was last acknowledged: the acknowledgement carries over, not asked again.
        const items = sessionScreeningItems(session.screening, existingPatient(db, input.patientId).dateOfBirth, session.date);
        const carriedAck = earlierAckHolds(earlierAck, session.screening, items) ? { at, by: actor.name, items } : null;
        if (carriedAck) insertContraindicationAck(db, session.id, carriedAck);
        if (override) insertOverride(db, { sessionId: session.id, reason: override.override, at, by: actor.name });
        const products = copy?.products ?? [];
        const points = copy?.points ?? [];
        if (copy) {
          replaceProducts(db, session.id, products);
          replacePoints(db, session.id, points);
        }
        const { consentOverride: _override, ...givenFields } = given;
        const fields = changedFieldNames(null, { ...givenFields, indication, treatedAreas, diagnosis: session.diagnosis });
        const screening = confirmation.kind;
        const started = copy ? { fields, screening, copiedFrom: copyFromSessionId, points: points.length } : { fields, screening };
        const detail = carriedAck && earlierAck ? { ...started, ackCarriedFrom: earlierAck.sessionId } : started;
        audit(at, actor, 'session.create', 'session', session.id, override ? { ...detail, consentOverride: override.override } : detail);
        return { ...session, products, points, amendments: [], contraindicationAck: carriedAck };
      }),

    saveSession: (id, fields, points, actor) =>
      mutate(actor, (at) => {
        const current = draftSession(db, id);
        const currentProducts = listProducts(db, id);
        const given = pickFields(fields, SESSION_FIELDS);
        if (points) requireDistinctPointIds(points);
        const { products: newProducts, ...recordChanges } = given;
        if (points || newProducts) requireKnownProducts(points ?? listPoints(db, id), (newProducts ?? currentProducts).length);
        const session: SessionRecord = { ...current, ...recordChanges, ...practitionerChangedTo(db, current, given.practitioner), updatedAt: at };
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
        const draft = draftSession(db, id);
        const patient = existingPatient(db, draft.patientId);
        const contraindicationAck = latestContraindicationAck(db, id);
        if (needsContraindicationAck(patient, { ...draft, contraindicationAck })) {
          // The items as ids, from the session's own copy of the screening: the screen words them (clinical namespace).
          const contraindications = sessionScreeningItems(draft.screening, patient.dateOfBirth, draft.date);
          throw new ApiError({ code: 'conflict', field: 'contraindicationAck', reason: 'contraindications-not-acknowledged', params: { contraindications } });
        }
        const products = listProducts(db, id);
        const unexplained = expiredLotsWithoutReason(products, draft.date);
        if (unexplained[0] !== undefined) throw expiredLotReasonRequired(products, unexplained[0]);
        const session: SessionRecord = { ...draft, status: 'signed', signedAt: at, signedBy: actor.name, updatedAt: at };
        updateSession(db, session);
        // In the signature's transaction: a signature that fails takes nothing out of stock.
        const stock = takeStockOnSigning(db, id, products, at, actor);
        const expiredLots = expiredLotsUsed(products, draft.date);
        // What the signature covers, as it will read back: its hash lets an auditor tell a later alteration.
        const signed = fullSession(db, session);
        audit(at, actor, 'session.sign', 'session', id, { fields: ['signedAt', 'signedBy', 'status'], contentHash: contentHash(signedSessionContent(signed)), ...(stock.length > 0 ? { stock } : {}), ...(expiredLots.length > 0 ? { expiredLots } : {}) });
        return signed;
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
        const session = fullSession(db, record);
        const current = sessionWithAmendments(session);
        const given = pickFields(amendment.fields, SESSION_FIELDS);
        // A corrected practitioner is a profile too: the correction records its name as the profile has it.
        if (given.practitioner !== undefined) given.practitioner = practitionerChangedTo(db, current, given.practitioner).practitioner;
        if (amendment.points) requireDistinctPointIds(amendment.points);
        const changes = amendmentChanges(current, given, amendment.points);
        if (isEmptyAmendment(changes)) {
          throw new ApiError({ code: 'invalid-input', field: null, reason: 'amendment-changes-nothing' });
        }
        if (changes.points || changes.fields?.products) {
          const corrected = applyAmendment(current, changes);
          requireKnownProducts(amendment.points ?? corrected.points, corrected.products.length);
        }
        if (changes.fields?.products || changes.fields?.date) {
          const corrected = applyAmendment(current, changes);
          const unexplained = amendedExpiredLotsWithoutReason(current.products, current.date, corrected.products, corrected.date);
          if (unexplained[0] !== undefined) throw expiredLotReasonRequired(corrected.products, unexplained[0]);
        }
        const entry: Amendment = { id: randomUUID(), seq: session.amendments.length + 1, at, actor: actor.name, reason, changes };
        insertAmendment(db, id, entry);
        const pointCounts = changes.points && {
          added: changes.points.added.length,
          removed: changes.points.removed.length,
          changed: changes.points.changed.length,
        };
        audit(at, actor, 'session.amend', 'session', id, { amendment: entry.seq, fields: Object.keys(changes.fields ?? {}), ...(pointCounts ? { points: pointCounts } : {}), contentHash: contentHash(amendmentContent(id, entry)) });
        return { ...session, amendments: [...session.amendments, entry] };
      }),

    acknowledgeContraindications: (sessionId, actor) =>
      mutate(actor, (at) => {
        const record = draftSession(db, sessionId, 'sessionId');
        // What the session's copy of the screening holds, never the patient's later file.
        const items = sessionScreeningItems(record.screening, existingPatient(db, record.patientId).dateOfBirth, record.date);
        if (items.length === 0) {
          throw new ApiError({ code: 'conflict', field: null, reason: 'nothing-to-acknowledge' });
        }
        insertContraindicationAck(db, sessionId, { at, by: actor.name, items });
        audit(at, actor, 'session.acknowledge-contraindications', 'session', sessionId, { fields: ['contraindicationAck'], items: items.length });
        return fullSession(db, record);
      }),
  };
}

/** The number the next session of the course gets, once the course is known to be the patient's. */
function nextNumberInCourse(db: SqlDatabase, courseId: string, patientId: string): number {
  const course = findCourse(db, courseId);
  if (!course || course.patientId !== patientId) {
    throw new ApiError({ code: 'invalid-input', field: 'courseId', reason: 'no-such-course-of-patient' });
  }
  return countSessionsInCourse(db, courseId) + 1;
}

function draftSession(db: SqlDatabase, id: string, idField = 'id'): SessionRecord {
  const session = findSessionRecord(db, id);
  if (!session) throw notFound('session', id, idField);
  if (session.status === 'signed') throw new ApiError({ code: 'locked', field: null, reason: 'signed-record' });
  return session;
}

/** What a new session copies from an earlier one of the same patient, as corrected by its amendments. */
function copyFrom(db: SqlDatabase, sessionId: string, patientId: string): SessionCopy {
  const record = findSessionRecord(db, sessionId);
  if (!record || record.patientId !== patientId) {
    throw new ApiError({ code: 'invalid-input', field: 'copyFromSessionId', reason: 'no-such-session-of-patient' });
  }
  return copyForNextSession(sessionWithAmendments(fullSession(db, record)), randomUUID);
}

/** A point must name a product of the cocktail it will be saved with. */
function requireKnownProducts(points: readonly InjectionPoint[], productCount: number): void {
  const problem = productIndexProblem(points, productCount);
  if (problem) throw new ApiError({ code: 'invalid-input', ...problem });
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

/** The signature's audit keeps each expired lot used and the reason given for it (product numbered from 1). */
function expiredLotsUsed(products: readonly Product[], date: string): { product: number; name: string; lot: string; expiry: string; reason: string }[] {
  return products.flatMap((p, i) => (isExpiredOn(p, date) ? [{ product: i + 1, name: p.name, lot: p.lot, expiry: p.expiry, reason: p.expiredLotReason }] : []));
}
