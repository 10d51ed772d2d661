import { sameValue } from './amendments.ts';
import { indicationLabel } from './indications.ts';
import { viewLabel } from './mapViews.ts';
import { needleLabel } from './needles.ts';
import { poseLabel, type PhotoRef } from './photo.ts';
import type { InjectionPoint } from './point.ts';
import { PRODUCT_FIELD_LABELS, PRODUCT_FIELDS, productLabel, type Product, type ProductField } from './product.ts';
import { regionLabel } from './regions.ts';
import { SESSION_FIELD_LABELS, type AmendmentChanges, type FieldChange, type SessionFields } from './session.ts';
import { sideEffectLabel } from './sideEffects.ts';
import { techniqueLabel } from './techniques.ts';
import { plural } from './text.ts';

/**
 * What an amendment changed, one line per change, for every medium that shows it: the screen says
 * "VAS after: 3 → 2", the printed record "VAS after: was 3, now 2" (its font has no arrow glyph). Fields
 * in the form's order (the cocktail product by product, field by field), then the chart's points, then
 * the photos. Pure: no DOM, no Node. Tested in tests/shared/amendmentText.test.ts.
 */

/** How a medium says a change. */
export type AmendmentTextStyle = {
  /** A value's change: `arrow` ("3 → 2") or `wasNow` ("was 3, now 2"). */
  change: (from: string, to: string) => string;
  /** A date (YYYY-MM-DD) as the medium writes it; as stored when not given. */
  date?: (iso: string) => string;
  /** Free text is quoted on one line, cut to this many characters with an ellipsis; whole when not given. */
  quoteMax?: number;
  /**
   * Points and photos one by one, a point named by its number in the corrected record; when not given,
   * counted: "Chart: 2 points removed", "Photos: 1 photo added".
   */
  itemise?: { pointNumber: (id: string) => string };
};

type ValueStyle = Pick<AmendmentTextStyle, 'date' | 'quoteMax'>;

export const arrow = (from: string, to: string): string => `${from} → ${to}`;
export const wasNow = (from: string, to: string): string => `was ${from}, now ${to}`;

const NONE = '—';
const show = (v: unknown): string => (v === null || v === undefined || v === '' ? NONE : String(v));
const ml = (v: number | null): string => (v === null ? NONE : `${v} ml`);
const dateText = (iso: string, style: ValueStyle): string => (iso === '' ? NONE : (style.date ?? String)(iso));

/** Free text in quotes on one line, "—" when empty. */
export function quote(text: string, max = Infinity): string {
  const t = text.replace(/\s+/g, ' ').trim();
  if (t === '') return NONE;
  return `“${t.length > max ? `${t.slice(0, max - 1)}…` : t}”`;
}

/** A field's value as the record shows it: "not recorded", "Wheals, Redness", "multi-injector, 5 needles". */
export function fieldValueText(name: keyof SessionFields, value: SessionFields[keyof SessionFields], style: ValueStyle = {}): string {
  switch (name) {
    case 'vasBefore':
    case 'vasAfter':
      return value === null ? 'not recorded' : String(value);
    case 'sideEffects': {
      const ids = value as string[];
      return ids.length === 0 ? 'none' : ids.map(sideEffectLabel).join(', ');
    }
    case 'treatedAreas': {
      const areas = value as string[];
      return areas.length === 0 ? 'none' : areas.join('; ');
    }
    case 'date':
      return dateText(value as string, style);
    case 'indication':
      return indicationLabel(value as SessionFields['indication']);
    case 'defaultNeedle':
      return needleLabel(value as SessionFields['defaultNeedle']);
    case 'defaultTechnique':
      return techniqueLabel(String(value));
    case 'injector': {
      const inj = value as SessionFields['injector'];
      return inj.kind === 'single' ? 'single needle' : `multi-injector, ${plural(inj.needleCount, 'needle')}`;
    }
    case 'aftercare':
    case 'notes':
      return quote(value as string, style.quoteMax);
    case 'products':
      return plural((value as Product[]).length, 'product');
    default:
      return show(value);
  }
}

function productValue(field: ProductField, p: Product, style: ValueStyle): string {
  if (field === 'volumeMl') return ml(p.volumeMl);
  if (field === 'expiry') return dateText(p.expiry, style);
  return show(p[field]);
}

/** The lines of a change of the cocktail: per product and field where the product is still there, then those added and removed. */
export function productChangeLines(from: readonly Product[], to: readonly Product[], style: AmendmentTextStyle): string[] {
  const lines: string[] = [];
  const common = Math.min(from.length, to.length);
  for (let i = 0; i < common; i += 1) {
    const a = from[i] as Product;
    const b = to[i] as Product;
    for (const field of PRODUCT_FIELDS) {
      if (sameValue(a[field], b[field])) continue;
      const label = PRODUCT_FIELD_LABELS[field].replace(' (ml)', '').toLowerCase();
      lines.push(`${productLabel(b, i)}, ${label}: ${style.change(productValue(field, a, style), productValue(field, b, style))}`);
    }
  }
  for (let i = common; i < to.length; i += 1) lines.push(`${productLabel(to[i] as Product, i)} added`);
  for (let i = common; i < from.length; i += 1) lines.push(`${productLabel(from[i] as Product, i)} removed`);
  return lines;
}

const regionText = (p: InjectionPoint): string => regionLabel(p.view, p.region) ?? 'outside the named regions';
const productNumber = (index: number | null): string => show(index === null ? null : index + 1);

/** "Body, front, Scalp vertex, 4 mm". */
function pointText(p: InjectionPoint): string {
  return `${viewLabel(p.view)}, ${regionText(p)}, ${p.depthMm} mm`;
}

/** What changed of one point: "depth was 3 mm, now 4 mm; moved". */
function pointChangeText(from: InjectionPoint, to: InjectionPoint, style: AmendmentTextStyle): string {
  const c = style.change;
  const parts: string[] = [];
  if (from.depthMm !== to.depthMm) parts.push(`depth ${c(`${from.depthMm} mm`, `${to.depthMm} mm`)}`);
  if (from.region !== to.region) parts.push(`region ${c(regionLabel(from.view, from.region) ?? NONE, regionLabel(to.view, to.region) ?? NONE)}`);
  else if (from.x !== to.x || from.y !== to.y) parts.push('moved');
  if (from.needle !== to.needle) parts.push(`needle ${c(needleLabel(from.needle), needleLabel(to.needle))}`);
  if (from.technique !== to.technique) parts.push(`technique ${c(techniqueLabel(from.technique), techniqueLabel(to.technique))}`);
  if (from.productIndex !== to.productIndex) parts.push(`product ${c(productNumber(from.productIndex), productNumber(to.productIndex))}`);
  if (from.volumeMl !== to.volumeMl) parts.push(`volume ${c(ml(from.volumeMl), ml(to.volumeMl))}`);
  if (from.note !== to.note) parts.push(`note ${c(quote(from.note, style.quoteMax), quote(to.note, style.quoteMax))}`);
  return parts.join('; ') || 'changed';
}

function photoText(p: PhotoRef, style: AmendmentTextStyle): string {
  return `${poseLabel(p.pose)}${p.caption ? `, ${quote(p.caption, style.quoteMax)}` : ''}`;
}

/** "2 points added, 1 point removed", or '' when nothing. */
function counts(what: string, tallies: [number, string][]): string {
  return tallies
    .filter(([n]) => n > 0)
    .map(([n, verb]) => `${plural(n, what)} ${verb}`)
    .join(', ');
}

/** Every change of an amendment as one line each: fields in form order, then the chart, then the photos. */
export function describeAmendment(changes: AmendmentChanges, style: AmendmentTextStyle): string[] {
  const lines: string[] = [];
  const fields = changes.fields ?? {};
  for (const name of Object.keys(SESSION_FIELD_LABELS) as (keyof SessionFields)[]) {
    const change = fields[name] as FieldChange | undefined;
    if (!change) continue;
    if (name === 'products') lines.push(...productChangeLines(change.from as Product[], change.to as Product[], style));
    else lines.push(`${SESSION_FIELD_LABELS[name]}: ${style.change(fieldValueText(name, change.from, style), fieldValueText(name, change.to, style))}`);
  }
  const points = changes.points;
  const photos = changes.photos;
  const itemise = style.itemise;
  if (itemise) {
    if (points) {
      for (const p of points.added) lines.push(`Point ${itemise.pointNumber(p.id)} added: ${pointText(p)}`);
      for (const id of points.removed) lines.push(`Point ${itemise.pointNumber(id)} removed`);
      for (const ch of points.changed) lines.push(`Point ${itemise.pointNumber(ch.to.id)}: ${pointChangeText(ch.from, ch.to, style)}`);
    }
    for (const p of photos?.added ?? []) lines.push(`Photo added: ${photoText(p, style)} (file ${p.hash.slice(0, 12)}…)`);
    for (const p of photos?.removed ?? []) lines.push(`Photo removed: ${photoText(p, style)} (file ${p.hash.slice(0, 12)}… kept)`);
    return lines;
  }
  if (points) {
    const chart = counts('point', [
      [points.added.length, 'added'],
      [points.removed.length, 'removed'],
      [points.changed.length, 'changed'],
    ]);
    if (chart) lines.push(`Chart: ${chart}`);
  }
  if (photos) {
    const taken = counts('photo', [
      [photos.added.length, 'added'],
      [photos.removed.length, 'removed'],
    ]);
    if (taken) lines.push(`Photos: ${taken}`);
  }
  return lines;
}
