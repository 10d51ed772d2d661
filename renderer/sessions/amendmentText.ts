import { sameValue } from '../../shared/amendments.ts';
import { indicationLabel } from '../../shared/indications.ts';
import { needleLabel } from '../../shared/needles.ts';
import type { Product } from '../../shared/product.ts';
import type { AmendmentChanges, FieldChange, SessionFields } from '../../shared/session.ts';
import { SIDE_EFFECTS, type SideEffectId } from '../../shared/sideEffects.ts';
import { TECHNIQUES } from '../../shared/techniques.ts';
import { formatDate, plural } from '../format.ts';
import { PRODUCT_FIELD_LABELS, PRODUCT_FIELDS, productLabel, type ProductField } from './cocktail.ts';
import { SESSION_FIELD_LABELS } from './fieldDrafts.ts';

/** What an amendment changed, in words for the record: "VAS after: 3 → 2". Pure; tested. */

const NONE = '—';

function quote(text: string, max = 60): string {
  const t = text.replace(/\s+/g, ' ').trim();
  if (t === '') return NONE;
  return `“${t.length > max ? `${t.slice(0, max - 1)}…` : t}”`;
}

export function sideEffectLabel(id: SideEffectId): string {
  return SIDE_EFFECTS.find((s) => s.id === id)?.label ?? id;
}

function productValue(field: ProductField, p: Product): string {
  if (field === 'volumeMl') return p.volumeMl === null ? NONE : `${p.volumeMl} ml`;
  if (field === 'expiry') return p.expiry ? formatDate(p.expiry) : NONE;
  return p[field] === '' ? NONE : p[field];
}

/** A field's value as the record shows it. */
export function fieldValueText(name: keyof SessionFields, value: SessionFields[keyof SessionFields]): string {
  switch (name) {
    case 'vasBefore':
    case 'vasAfter':
      return value === null ? 'not recorded' : String(value);
    case 'sideEffects': {
      const ids = value as SideEffectId[];
      return ids.length === 0 ? 'none' : ids.map(sideEffectLabel).join(', ');
    }
    case 'treatedAreas': {
      const areas = value as string[];
      return areas.length === 0 ? 'none' : areas.join('; ');
    }
    case 'date':
      return formatDate(value as string);
    case 'indication':
      return indicationLabel(value as SessionFields['indication']);
    case 'defaultNeedle':
      return needleLabel(value as SessionFields['defaultNeedle']);
    case 'defaultTechnique':
      return TECHNIQUES.find((t) => t.id === value)?.label ?? String(value);
    case 'injector': {
      const inj = value as SessionFields['injector'];
      return inj.kind === 'single' ? 'single needle' : `multi-injector, ${plural(inj.needleCount, 'needle')}`;
    }
    case 'aftercare':
    case 'notes':
      return quote(value as string);
    case 'products':
      return plural((value as Product[]).length, 'product');
    default:
      return String(value);
  }
}

/** The lines of a change of the cocktail: per product and field where the product is still there. */
export function productChangeLines(from: readonly Product[], to: readonly Product[]): string[] {
  const lines: string[] = [];
  const common = Math.min(from.length, to.length);
  for (let i = 0; i < common; i += 1) {
    const a = from[i] as Product;
    const b = to[i] as Product;
    for (const field of PRODUCT_FIELDS) {
      if (sameValue(a[field], b[field])) continue;
      lines.push(`${productLabel(b, i)}, ${PRODUCT_FIELD_LABELS[field].replace(' (ml)', '').toLowerCase()}: ${productValue(field, a)} → ${productValue(field, b)}`);
    }
  }
  for (let i = common; i < to.length; i += 1) lines.push(`${productLabel(to[i] as Product, i)} added`);
  for (let i = common; i < from.length; i += 1) lines.push(`${productLabel(from[i] as Product, i)} removed`);
  return lines;
}

/** Every change of an amendment as one line each, fields in form order, then the chart. */
export function describeChanges(changes: AmendmentChanges): string[] {
  const lines: string[] = [];
  const fields = changes.fields ?? {};
  for (const name of Object.keys(SESSION_FIELD_LABELS) as (keyof SessionFields)[]) {
    const change = fields[name] as FieldChange | undefined;
    if (!change) continue;
    if (name === 'products') {
      lines.push(...productChangeLines(change.from as Product[], change.to as Product[]));
      continue;
    }
    lines.push(`${SESSION_FIELD_LABELS[name]}: ${fieldValueText(name, change.from)} → ${fieldValueText(name, change.to)}`);
  }
  const points = changes.points;
  if (points) {
    const parts = [
      points.added.length ? `${plural(points.added.length, 'point')} added` : '',
      points.removed.length ? `${plural(points.removed.length, 'point')} removed` : '',
      points.changed.length ? `${plural(points.changed.length, 'point')} changed` : '',
    ].filter(Boolean);
    if (parts.length) lines.push(`Chart: ${parts.join(', ')}`);
  }
  return lines;
}

/** The fields an amendment corrected, for marking them in the corrected view. */
export function amendedFieldNames(amendments: readonly { changes: AmendmentChanges }[]): Set<keyof SessionFields> {
  const names = new Set<keyof SessionFields>();
  for (const a of amendments) for (const k of Object.keys(a.changes.fields ?? {})) names.add(k as keyof SessionFields);
  return names;
}

/** What the amend dialog can correct. */
export type AmendDraft = Pick<SessionFields, 'vasBefore' | 'vasAfter' | 'sideEffects' | 'aftercare' | 'notes'> & {
  lots: { lot: string; expiry: string }[];
};

export function amendDraftFrom(current: SessionFields): AmendDraft {
  return {
    vasBefore: current.vasBefore,
    vasAfter: current.vasAfter,
    sideEffects: current.sideEffects.slice(),
    aftercare: current.aftercare,
    notes: current.notes,
    lots: current.products.map((p) => ({ lot: p.lot, expiry: p.expiry })),
  };
}

/** The fields of an amendment: only those the dialog changed (the cocktail whole, when a lot or expiry changed). */
export function amendmentFields(current: SessionFields, draft: AmendDraft): Partial<SessionFields> {
  const fields: Partial<SessionFields> = {};
  if (draft.vasBefore !== current.vasBefore) fields.vasBefore = draft.vasBefore;
  if (draft.vasAfter !== current.vasAfter) fields.vasAfter = draft.vasAfter;
  if (!sameValue([...draft.sideEffects].sort(), [...current.sideEffects].sort())) fields.sideEffects = draft.sideEffects;
  if (draft.aftercare.trim() !== current.aftercare) fields.aftercare = draft.aftercare.trim();
  if (draft.notes.trim() !== current.notes) fields.notes = draft.notes.trim();
  const products = current.products.map((p, i) => {
    const l = draft.lots[i];
    return l ? { ...p, lot: l.lot.trim(), expiry: l.expiry.trim() } : p;
  });
  if (!sameValue(products, current.products)) fields.products = products;
  return fields;
}
