import type { Namespace, TFunction } from 'i18next';
import { z } from 'zod';
import { isoDate } from './dates.ts';
import { languageSchema } from './i18n/languageSchemas.ts';
import type { Language } from './i18n/languages.ts';
import type { SessionStatus } from './session.ts';
import { entityId, note, requiredLine } from './text.ts';

/**
 * A recall as a record that stays (issue 15): opened for a lot and/or a product with the reason and the
 * authority's reference, its patients frozen from the lot search at opening (who, which sessions, when,
 * how much), each patient's contact recorded and corrected, then closed with a note. A closed recall is
 * still read, never changed. The patients' phone, email and address are read from their records as they
 * are now: a recall reaches a patient where they can be reached today.
 */

/** How a patient was reached. */
export const CONTACT_METHODS = ['phone', 'email', 'letter', 'in-person'] as const;
export type ContactMethod = (typeof CONTACT_METHODS)[number];

/** One session's use of the recalled product, as the search found it the day the recall was opened. */
export type RecallUse = {
  sessionId: string;
  date: string;
  time: string;
  status: SessionStatus;
  productName: string;
  lot: string;
  expiry: string;
  volumeMl: number | null;
};

export type RecallContact = {
  date: string;
  method: ContactMethod;
  /** Who spoke to or wrote to the patient. */
  by: string;
  note: string;
  /** When the mark was last written, and by whom (a correction rewrites both; the audit keeps each). */
  markedAt: string;
  markedBy: string;
};

export type RecallPatient = {
  patientId: string;
  /** From the patient's record as it is now. */
  firstName: string;
  lastName: string;
  dateOfBirth: string;
  phone: string;
  email: string;
  address: string;
  language: Language | null;
  uses: RecallUse[];
  contact: RecallContact | null;
};

export type RecallSummary = {
  id: string;
  lot: string;
  product: string;
  reason: string;
  reference: string;
  openedAt: string;
  openedBy: string;
  closedAt: string | null;
  closedBy: string | null;
  closeNote: string;
  patientCount: number;
  contactedCount: number;
};

export type Recall = RecallSummary & { patients: RecallPatient[] };

export const openRecallSchema = z
  .object({
    lot: z.string().trim().max(60).default(''),
    product: z.string().trim().max(120).default(''),
    /** Why: the manufacturer's notice, the authority's alert. */
    reason: requiredLine(500),
    /** The authority's or manufacturer's reference for the recall, when it has one. */
    reference: note(120).default(''),
  })
  .strict()
  .refine((q) => q.lot !== '' || q.product !== '', { params: { reason: 'lot-or-product' }, path: ['lot'] });
export type OpenRecallFields = z.output<typeof openRecallSchema>;

export const recallIdSchema = z.object({ id: entityId }).strict();

export const markContactSchema = z
  .object({
    recallId: entityId,
    patientId: entityId,
    date: isoDate,
    method: z.enum(CONTACT_METHODS),
    by: requiredLine(120),
    note: note(1000).default(''),
  })
  .strict();
export type MarkContactFields = z.output<typeof markContactSchema>;

export const closeRecallSchema = z.object({ id: entityId, note: note(1000).default('') }).strict();

export const exportRecallCsvSchema = z.object({ id: entityId, save: z.boolean().default(false), language: languageSchema.optional() }).strict();
/** `language`: every letter in this language; absent, each in its patient's (else the clinic's). */
export const exportRecallLettersSchema = z.object({ id: entityId, open: z.boolean().default(false), language: languageSchema.optional() }).strict();

export function isRecallClosed(recall: Pick<RecallSummary, 'closedAt'>): boolean {
  return recall.closedAt !== null;
}

/** How a patient was reached, in words ("Phone"). */
export function contactMethodLabel(t: TFunction<Namespace>, method: ContactMethod): string {
  return t(`records:recalls.method.${method}`);
}

/** Open recalls first, newest first within each. */
function recallOrder(a: RecallSummary, b: RecallSummary): number {
  return Number(isRecallClosed(a)) - Number(isRecallClosed(b)) || b.openedAt.localeCompare(a.openedAt) || a.id.localeCompare(b.id);
}

/** What a correction of a contact changed, field by field (the audit keeps it). */
export function contactChanges(before: RecallContact | null, after: Pick<RecallContact, 'date' | 'method' | 'by' | 'note'>): Record<string, { from: unknown; to: unknown }> {
  const changes: Record<string, { from: unknown; to: unknown }> = {};
  for (const field of ['date', 'method', 'by', 'note'] as const) {
    const from = before ? before[field] : null;
    if (from !== after[field]) changes[field] = { from, to: after[field] };
  }
  return changes;
}

/** The total volume of a patient's uses, in ml; null when no use recorded a volume. */
export function recallVolumeMl(uses: readonly Pick<RecallUse, 'volumeMl'>[]): number | null {
  const known = uses.filter((u) => u.volumeMl !== null);
  return known.length === 0 ? null : known.reduce((sum, u) => sum + (u.volumeMl ?? 0), 0);
}
