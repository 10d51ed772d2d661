import { sameValue } from '../../shared/amendments.ts';
import type { Namespace, TFunction } from 'i18next';
import { arrow, describeAmendment, type AmendmentTextStyle } from '../../shared/amendmentText.ts';
import type { Formatter } from '../../shared/format/formatter.ts';
import type { Needle } from '../../shared/needles.ts';
import type { AmendmentChanges, SessionFields } from '../../shared/session.ts';

/** How the screen says what an amendment changed: "VAS after: 3 → 2", dates as "31 May 2026", chart and photos counted. */
const SCREEN_STYLE: AmendmentTextStyle = { change: arrow, quoteMax: 60 };

/**
 * Every change of an amendment as one line each, as the screen says it (the wording lives in
 * shared/amendmentText.ts); a needle named from the clinic's catalogue (`needles`) when given.
 */
export function describeChanges(t: TFunction<Namespace>, format: Formatter, changes: AmendmentChanges, needles?: readonly Needle[]): string[] {
  return describeAmendment(t, format, changes, { ...SCREEN_STYLE, needles });
}

/** The fields an amendment corrected, for marking them in the corrected view. */
export function amendedFieldNames(amendments: readonly { changes: AmendmentChanges }[]): Set<keyof SessionFields> {
  const names = new Set<keyof SessionFields>();
  for (const a of amendments) for (const k of Object.keys(a.changes.fields ?? {})) names.add(k as keyof SessionFields);
  return names;
}

/** What the amend dialog can correct. */
export type AmendDraft = Pick<SessionFields, 'vasBefore' | 'vasAfter' | 'outcomes' | 'sideEffects' | 'aftercare' | 'notes'> & {
  lots: { lot: string; expiry: string; expiredLotReason: string }[];
};

export function amendDraftFrom(current: SessionFields): AmendDraft {
  return {
    vasBefore: current.vasBefore,
    vasAfter: current.vasAfter,
    outcomes: current.outcomes,
    sideEffects: current.sideEffects.slice(),
    aftercare: current.aftercare,
    notes: current.notes,
    lots: current.products.map((p) => ({ lot: p.lot, expiry: p.expiry, expiredLotReason: p.expiredLotReason })),
  };
}

/** The fields of an amendment: only those the dialog changed (the cocktail whole, when a lot or expiry changed). */
export function amendmentFields(current: SessionFields, draft: AmendDraft): Partial<SessionFields> {
  const fields: Partial<SessionFields> = {};
  if (draft.vasBefore !== current.vasBefore) fields.vasBefore = draft.vasBefore;
  if (draft.vasAfter !== current.vasAfter) fields.vasAfter = draft.vasAfter;
  if (!sameValue(draft.outcomes, current.outcomes)) fields.outcomes = draft.outcomes;
  if (!sameValue([...draft.sideEffects].sort(), [...current.sideEffects].sort())) fields.sideEffects = draft.sideEffects;
  if (draft.aftercare.trim() !== current.aftercare) fields.aftercare = draft.aftercare.trim();
  if (draft.notes.trim() !== current.notes) fields.notes = draft.notes.trim();
  const products = current.products.map((p, i) => {
    const l = draft.lots[i];
    return l ? { ...p, lot: l.lot.trim(), expiry: l.expiry.trim(), expiredLotReason: l.expiredLotReason.trim() } : p;
  });
  if (!sameValue(products, current.products)) fields.products = products;
  return fields;
}
