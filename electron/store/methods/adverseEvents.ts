import { randomUUID } from 'node:crypto';
import {
  adverseEventChanges,
  adverseEventFieldsFor,
  normalisedReport,
  type AdverseEvent,
  type AdverseEventFields,
  type AdverseEventSessionFacts,
} from '../../../shared/adverseEvents.ts';
import { sessionWithAmendments } from '../../../shared/amendments.ts';
import { ApiError, invalidInput, notFound } from '../../../shared/errors.ts';
import type { AdverseEventStore } from '../../../shared/repository.ts';
import type { SqlDatabase } from '../sqlDatabase.ts';
import { findAdverseEvent, insertAdverseEvent, listAdverseEventsOfPatient, listAdverseEventsOfSession, updateAdverseEvent } from '../adverseEvents.ts';
import type { StoreContext, Synchronous } from './context.ts';
import { existingPatient, existingSession, fullSession } from './lookups.ts';

/**
 * Adverse events: added to a session whether it is signed or not (the session's rows are only read:
 * an event is a follow-up, not a correction), followed up field by field, never deleted. Each change
 * and its audit entry ('adverse-event.create' / '.update', entity 'adverse-event') are one transaction.
 */
export function adverseEventMethods({ db, mutate, read, audit }: StoreContext): Synchronous<AdverseEventStore> {
  return {
    listAdverseEvents: ({ patientId, sessionId }) =>
      read(() => {
        if (sessionId !== undefined) {
          const session = existingSession(db, sessionId, 'sessionId');
          const events = listAdverseEventsOfSession(db, sessionId);
          return patientId === undefined || patientId === session.patientId ? events : [];
        }
        existingPatient(db, patientId as string);
        return listAdverseEventsOfPatient(db, patientId as string);
      }),

    getAdverseEvent: (id) => read(() => findAdverseEvent(db, id)),

    addAdverseEvent: (sessionId, fields, actor) =>
      mutate(actor, (at) => {
        const session = existingSession(db, sessionId, 'sessionId');
        const checked = checkedFields(fields, sessionFacts(db, sessionId));
        const event: AdverseEvent = { ...checked, id: randomUUID(), sessionId, patientId: session.patientId, createdAt: at, createdBy: actor.name, updatedAt: at, updatedBy: actor.name };
        insertAdverseEvent(db, event);
        audit(at, actor, 'adverse-event.create', 'adverse-event', event.id, {
          sessionId,
          type: event.type,
          severity: event.severity,
          outcome: event.outcome,
          onsetDate: event.onsetDate,
          reportedToAgency: event.reportedToAgency,
        });
        return event;
      }),

    updateAdverseEvent: (id, fields, actor) =>
      mutate(actor, (at) => {
        const before = findAdverseEvent(db, id);
        if (!before) throw notFound('adverseEvent', id);
        const checked = checkedFields(fields, sessionFacts(db, before.sessionId));
        const changes = adverseEventChanges(before, checked);
        // A follow-up that changes nothing is refused, as an amendment that changes nothing is: nothing to audit.
        if (Object.keys(changes).length === 0) throw new ApiError({ code: 'conflict', field: null, reason: 'adverse-event-unchanged' });
        const after: AdverseEvent = { ...before, ...checked, updatedAt: at, updatedBy: actor.name };
        updateAdverseEvent(db, after);
        audit(at, actor, 'adverse-event.update', 'adverse-event', id, { sessionId: before.sessionId, changes });
        return after;
      }),
  };
}

/**
 * What an event is checked against: the session's date and its points, as corrected by amendments;
 * a point an amendment removed still belongs to the session (an event may concern it).
 */
function sessionFacts(db: SqlDatabase, sessionId: string): AdverseEventSessionFacts {
  const signed = fullSession(db, existingSession(db, sessionId, 'sessionId'));
  const corrected = sessionWithAmendments(signed);
  const removed = signed.amendments.flatMap((a) => a.changes.points?.removed ?? []);
  return { date: corrected.date, pointIds: [...signed.points, ...corrected.points].map((p) => p.id).concat(removed) };
}

/** The fields checked against the session (the schema the dialog uses too); the first problem names its field. */
function checkedFields(fields: AdverseEventFields, session: AdverseEventSessionFacts): AdverseEventFields {
  const parsed = adverseEventFieldsFor(session).safeParse(fields);
  if (!parsed.success) throw invalidInput(parsed.error, fields);
  return normalisedReport(parsed.data);
}
