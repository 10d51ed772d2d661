import { randomUUID } from 'node:crypto';
import { ApiError, notFound } from '../../../shared/errors.ts';
import { contactChanges, type Recall, type RecallContact } from '../../../shared/recall.ts';
import type { RecallStore } from '../../../shared/repository.ts';
import { recallPatientsFor } from '../recallPatients.ts';
import { closeRecallRow, findRecall, findRecallContact, findRecallSummary, insertRecall, listRecallSummaries, writeRecallContact } from '../recalls.ts';
import type { StoreContext, Synchronous } from './context.ts';

/**
 * Recalls as records (entity 'recall'): opened with the patients the lot search finds that day
 * ('recall.open'), each patient's contact marked and corrected ('recall.contact' / 'recall.contact-correct',
 * with what changed), closed ('recall.close'). A closed recall refuses every change; each change and its
 * audit entry are one transaction.
 */
export function recallMethods({ db, mutate, read, audit }: StoreContext): Synchronous<RecallStore> {
  const existing = (id: string): Recall => {
    const recall = findRecall(db, id);
    if (!recall) throw notFound('recall', id);
    return recall;
  };
  const requireOpen = (id: string, field: string): void => {
    const summary = findRecallSummary(db, id);
    if (!summary) throw notFound('recall', id, field);
    if (summary.closedAt !== null) throw new ApiError({ code: 'conflict', field, reason: 'recall-closed', params: { closedAt: summary.closedAt } });
  };

  return {
    listRecalls: () => read(() => listRecallSummaries(db)),
    getRecall: (id) => read(() => findRecall(db, id)),

    openRecall: (fields, actor) =>
      mutate(actor, (at) => {
        const id = randomUUID();
        const patients = recallPatientsFor(db, { lot: fields.lot, product: fields.product });
        insertRecall(db, { id, lot: fields.lot, product: fields.product, reason: fields.reason, reference: fields.reference, openedAt: at, openedBy: actor.name, openedById: actor.id ?? null }, patients);
        audit(at, actor, 'recall.open', 'recall', id, {
          lot: fields.lot,
          product: fields.product,
          reason: fields.reason,
          reference: fields.reference,
          patients: patients.map((p) => p.patientId),
          sessions: patients.flatMap((p) => p.uses.map((u) => u.sessionId)),
        });
        return existing(id);
      }),

    markRecallContact: (fields, actor) =>
      mutate(actor, (at) => {
        requireOpen(fields.recallId, 'recallId');
        const before = findRecallContact(db, fields.recallId, fields.patientId);
        if (before === undefined) throw new ApiError({ code: 'not-found', field: 'patientId', reason: 'not-in-recall', params: { id: fields.patientId } });
        const contact: RecallContact = { date: fields.date, method: fields.method, by: fields.by, note: fields.note, markedAt: at, markedBy: actor.name };
        const changes = contactChanges(before, contact);
        if (before && Object.keys(changes).length === 0) throw new ApiError({ code: 'conflict', field: null, reason: 'contact-unchanged' });
        writeRecallContact(db, fields.recallId, fields.patientId, contact, actor.id ?? null);
        audit(at, actor, before ? 'recall.contact-correct' : 'recall.contact', 'recall', fields.recallId, { patientId: fields.patientId, changes });
        return existing(fields.recallId);
      }),

    closeRecall: (id, note, actor) =>
      mutate(actor, (at) => {
        requireOpen(id, 'id');
        closeRecallRow(db, id, { at, by: actor.name, byId: actor.id ?? null, note });
        const recall = existing(id);
        audit(at, actor, 'recall.close', 'recall', id, { note, patients: recall.patientCount, contacted: recall.contactedCount });
        return recall;
      }),
  };
}
