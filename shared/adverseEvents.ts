import type { Namespace, TFunction } from 'i18next';
import { z } from 'zod';
import { idKey } from './clinicalText.ts';
import { isoDate } from './dates.ts';
import { parseIsoDate } from './format/formatter.ts';
import { entityId, note } from './text.ts';

/**
 * Adverse events: a record of their own, linked to a session (and to the points concerned where they
 * are known), followed up until they resolve, and reported to the national agency when they must be.
 * Adding or following up an event after the session was signed is not a correction of the session (the
 * signed record stays as it was): it is what happened next, audited as such. Terms and their sources in
 * docs/clinical-sources.md, "Adverse events"; worded from the `adverseEvents` namespace.
 */

/** What happened, in the order the form lists it; 'other' must be described. */
export const ADVERSE_EVENT_TYPES = [
  'wheal',
  'erythema',
  'ecchymosis',
  'haematoma',
  'pain',
  'itching',
  'nodules',
  'pigmentation-change',
  'vasovagal-reaction',
  'allergic-reaction',
  'infection',
  'atypical-mycobacterial-infection',
  'necrosis',
  'other',
] as const;
export type AdverseEventType = (typeof ADVERSE_EVENT_TYPES)[number];

/**
 * Severity as pharmacovigilance forms grade a reaction's intensity (mild: no treatment needed or
 * trivial; moderate: treatment or time off usual activity; severe: disabling or needing urgent care).
 * CTCAE grades 1–5 were considered and left: they are written for oncology trials and their grade 4–5
 * (life-threatening, death) is not what a mesotherapy record distinguishes.
 */
export const ADVERSE_EVENT_SEVERITIES = ['mild', 'moderate', 'severe'] as const;
export type AdverseEventSeverity = (typeof ADVERSE_EVENT_SEVERITIES)[number];

/** Where the event stands; 'ongoing' is open (the patient page lists it). */
export const ADVERSE_EVENT_OUTCOMES = ['ongoing', 'resolved', 'resolved-with-sequelae', 'unknown'] as const;
export type AdverseEventOutcome = (typeof ADVERSE_EVENT_OUTCOMES)[number];

/** Points named by one event: more than a session's chart would hold is a mistake. */
const MAX_POINTS_CONCERNED = 500;

/** What the practitioner records of an event, on adding it and at each follow-up. */
export const adverseEventFieldsSchema = z.object({
  /** The points concerned, where known (ids of the session's points). */
  pointIds: z.array(entityId).max(MAX_POINTS_CONCERNED).default([]),
  type: z.enum(ADVERSE_EVENT_TYPES),
  /** What the event was, in words: required for 'other', a detail for the rest. */
  description: note(1000).default(''),
  onsetDate: isoDate,
  severity: z.enum(ADVERSE_EVENT_SEVERITIES),
  treatment: note(2000).default(''),
  outcome: z.enum(ADVERSE_EVENT_OUTCOMES),
  followUpDate: isoDate.nullable().default(null),
  /** Reported to the national agency (ANSM, AIFA, AEMPS, INFARMED, ANVISA...): when, and its reference. */
  reportedToAgency: z.boolean().default(false),
  reportedOn: isoDate.nullable().default(null),
  reportReference: note(120).default(''),
  note: note(4000).default(''),
});
export type AdverseEventFields = z.output<typeof adverseEventFieldsSchema>;
export type AdverseEventFieldsInput = z.input<typeof adverseEventFieldsSchema>;

/** The session an event is checked against: its date and the ids of its points. */
export type AdverseEventSessionFacts = { date: string; pointIds: readonly string[] };

/**
 * The fields checked against their session: the onset is not before the session, the points are the
 * session's, 'other' is described, a report has its date, and no follow-up or report dates before the
 * onset. The one check, used by the store and by the dialog alike; each problem names its field.
 */
export function adverseEventFieldsFor(session: AdverseEventSessionFacts) {
  const points = new Set(session.pointIds);
  return adverseEventFieldsSchema.superRefine((fields, ctx) => {
    if (fields.onsetDate < session.date) ctx.addIssue({ code: 'custom', path: ['onsetDate'], params: { reason: 'before-session' } });
    fields.pointIds.forEach((id, i) => {
      if (!points.has(id)) ctx.addIssue({ code: 'custom', path: ['pointIds', i], params: { reason: 'not-in-session' } });
    });
    if (fields.type === 'other' && fields.description === '') ctx.addIssue({ code: 'custom', path: ['description'], params: { reason: 'required' } });
    if (fields.followUpDate !== null && fields.followUpDate < fields.onsetDate) {
      ctx.addIssue({ code: 'custom', path: ['followUpDate'], params: { reason: 'before-onset' } });
    }
    if (fields.reportedToAgency && fields.reportedOn === null) ctx.addIssue({ code: 'custom', path: ['reportedOn'], params: { reason: 'required' } });
    if (fields.reportedOn !== null && fields.reportedOn < fields.onsetDate) ctx.addIssue({ code: 'custom', path: ['reportedOn'], params: { reason: 'before-onset' } });
  });
}

/** An event not reported keeps no report date or reference: what the form hid is not stored. */
export function normalisedReport(fields: AdverseEventFields): AdverseEventFields {
  return fields.reportedToAgency ? fields : { ...fields, reportedOn: null, reportReference: '' };
}

export type AdverseEvent = AdverseEventFields & {
  id: string;
  sessionId: string;
  patientId: string;
  createdAt: string;
  createdBy: string;
  updatedAt: string;
  updatedBy: string;
};

/** Channel inputs: a new event on a session; a follow-up of one; a patient's or a session's events. */
export const addAdverseEventSchema = adverseEventFieldsSchema.extend({ sessionId: entityId }).strict();
export const updateAdverseEventSchema = adverseEventFieldsSchema.extend({ id: entityId }).strict();
export const adverseEventListQuerySchema = z
  .object({ patientId: entityId.optional(), sessionId: entityId.optional() })
  .strict()
  .refine((q) => q.patientId !== undefined || q.sessionId !== undefined, { path: ['patientId'], params: { reason: 'required' } });
export type AdverseEventListQuery = z.output<typeof adverseEventListQuerySchema>;

/** The fields a follow-up changed, with their values before and after: what its audit entry keeps. */
export function adverseEventChanges(before: AdverseEventFields, after: AdverseEventFields): Partial<Record<keyof AdverseEventFields, { from: unknown; to: unknown }>> {
  const changes: Partial<Record<keyof AdverseEventFields, { from: unknown; to: unknown }>> = {};
  for (const key of Object.keys(adverseEventFieldsSchema.shape) as (keyof AdverseEventFields)[]) {
    if (JSON.stringify(before[key]) !== JSON.stringify(after[key])) changes[key] = { from: before[key], to: after[key] };
  }
  return changes;
}

/** Whole days from the session to the onset (0: the same day), as agency forms ask for the time to onset. */
export function daysToOnset(sessionDate: string, onsetDate: string): number {
  return Math.round((parseIsoDate(onsetDate).getTime() - parseIsoDate(sessionDate).getTime()) / 86_400_000);
}

/** Open: its outcome is still ongoing. */
export function isOpenAdverseEvent(event: Pick<AdverseEvent, 'outcome'>): boolean {
  return event.outcome === 'ongoing';
}

/**
 * A follow-up is due when its date has come (on or before `today`) and the event is not resolved: a
 * resolved event needs no more seeing; one whose outcome is unknown still does.
 */
export function isFollowUpDue(event: Pick<AdverseEvent, 'outcome' | 'followUpDate'>, today: string): boolean {
  return event.followUpDate !== null && event.followUpDate <= today && (event.outcome === 'ongoing' || event.outcome === 'unknown');
}

/**
 * The agency adverse reactions are reported to, by the clinic's country (ISO 3166-1 alpha-2): a name,
 * never translated, with its reporting system where it has one of its own. Null where MesoChart does not
 * know it (the form then says "national agency").
 */
const NATIONAL_AGENCIES: Readonly<Record<string, string>> = {
  FR: 'ANSM',
  IT: 'AIFA',
  ES: 'AEMPS',
  PT: 'INFARMED',
  BR: 'ANVISA (Notivisa)',
};

export function nationalAgency(country: string | null | undefined): string | null {
  return country ? (NATIONAL_AGENCIES[country] ?? null) : null;
}

/** `t` with a key built at run time (declared in tests/shared/i18n/dynamicKeys.ts). */
const lookUp = (t: TFunction<Namespace>, key: string): string => (t as unknown as (key: string) => string)(key);

/** "Haematoma" (`adverseEvents:type.<id>`); an unknown id (a later version's) as it is. */
export function adverseEventTypeLabel(t: TFunction<Namespace>, id: string): string {
  return (ADVERSE_EVENT_TYPES as readonly string[]).includes(id) ? lookUp(t, `adverseEvents:type.${idKey(id)}`) : id;
}

export function adverseEventSeverityLabel(t: TFunction<Namespace>, id: string): string {
  return (ADVERSE_EVENT_SEVERITIES as readonly string[]).includes(id) ? lookUp(t, `adverseEvents:severity.${idKey(id)}`) : id;
}

export function adverseEventOutcomeLabel(t: TFunction<Namespace>, id: string): string {
  return (ADVERSE_EVENT_OUTCOMES as readonly string[]).includes(id) ? lookUp(t, `adverseEvents:outcome.${idKey(id)}`) : id;
}

/** "Other: burning at the injection sites" — the type, and for 'other' what the practitioner wrote. */
export function adverseEventTitle(t: TFunction<Namespace>, event: Pick<AdverseEvent, 'type' | 'description'>): string {
  const type = adverseEventTypeLabel(t, event.type);
  if (event.type !== 'other' || event.description === '') return type;
  return t('adverseEvents:typeOther', { type, description: event.description });
}
