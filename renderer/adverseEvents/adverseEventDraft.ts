import type { z } from 'zod';
import { adverseEventFieldsFor, type AdverseEvent, type AdverseEventFields, type AdverseEventSessionFacts } from '../../shared/adverseEvents.ts';

/**
 * The adverse-event dialog's state: every field as the form holds it (dates as the date inputs give
 * them, '' for none), turned into the shared fields for the check and the channel. The check is the
 * store's own (adverseEventFieldsFor), so the dialog refuses what the store would, naming the field.
 */
export type AdverseEventDraft = {
  pointIds: string[];
  type: AdverseEventFields['type'] | '';
  description: string;
  onsetDate: string;
  severity: AdverseEventFields['severity'] | '';
  treatment: string;
  outcome: AdverseEventFields['outcome'];
  followUpDate: string;
  reportedToAgency: boolean;
  reportedOn: string;
  reportReference: string;
  note: string;
};

/** A new event: today's onset, nothing chosen yet but the outcome (ongoing: it has just been seen). */
export function newAdverseEventDraft(today: string, pointIds: readonly string[] = []): AdverseEventDraft {
  return {
    pointIds: [...pointIds],
    type: '',
    description: '',
    onsetDate: today,
    severity: '',
    treatment: '',
    outcome: 'ongoing',
    followUpDate: '',
    reportedToAgency: false,
    reportedOn: '',
    reportReference: '',
    note: '',
  };
}

/** A recorded event, as the dialog edits it at a follow-up. */
export function draftOf(event: AdverseEvent): AdverseEventDraft {
  return {
    pointIds: [...event.pointIds],
    type: event.type,
    description: event.description,
    onsetDate: event.onsetDate,
    severity: event.severity,
    treatment: event.treatment,
    outcome: event.outcome,
    followUpDate: event.followUpDate ?? '',
    reportedToAgency: event.reportedToAgency,
    reportedOn: event.reportedOn ?? '',
    reportReference: event.reportReference,
    note: event.note,
  };
}

/** What the check and the channel take: empty choices left out (so that they are 'required'), empty dates null. */
function fieldsOf(draft: AdverseEventDraft): Record<string, unknown> {
  return {
    pointIds: draft.pointIds,
    ...(draft.type === '' ? {} : { type: draft.type }),
    description: draft.description,
    ...(draft.onsetDate === '' ? {} : { onsetDate: draft.onsetDate }),
    ...(draft.severity === '' ? {} : { severity: draft.severity }),
    treatment: draft.treatment,
    outcome: draft.outcome,
    followUpDate: draft.followUpDate === '' ? null : draft.followUpDate,
    reportedToAgency: draft.reportedToAgency,
    reportedOn: draft.reportedToAgency && draft.reportedOn !== '' ? draft.reportedOn : null,
    reportReference: draft.reportedToAgency ? draft.reportReference : '',
    note: draft.note,
  };
}

/** The draft checked against its session: the fields to send, or each problem with its field's path. */
export function checkDraft(draft: AdverseEventDraft, session: AdverseEventSessionFacts): { ok: true; fields: AdverseEventFields } | { ok: false; issues: z.core.$ZodIssue[]; input: Record<string, unknown> } {
  const input = fieldsOf(draft);
  const parsed = adverseEventFieldsFor(session).safeParse(input);
  return parsed.success ? { ok: true, fields: parsed.data } : { ok: false, issues: parsed.error.issues, input };
}

/** Whether the dialog holds something typed or chosen that closing would lose. */
export function isDirty(draft: AdverseEventDraft, start: AdverseEventDraft): boolean {
  return JSON.stringify(draft) !== JSON.stringify(start);
}

/** The path a problem is shown under: a point's problem under the list of points. */
export function problemField(path: readonly PropertyKey[]): string {
  return String(path[0] ?? '');
}
