import type { Namespace, TFunction } from 'i18next';
import { sameValue } from './amendments.ts';
import type { Formatter } from './format/formatter.ts';
import { indicationLabel } from './indications.ts';
import { viewLabel } from './mapViews.ts';
import { needleLabel, type Needle } from './needles.ts';
import { poseLabel, type PhotoRef } from './photo.ts';
import type { InjectionPoint } from './point.ts';
import { PRODUCT_FIELDS, productLabel, type Product, type ProductField } from './product.ts';
import { regionLabel } from './regions.ts';
import { SESSION_FIELD_LABELS, type AmendmentChanges, type FieldChange, type SessionFields } from './session.ts';
import { sideEffectLabel } from './sideEffects.ts';
import { outcomeEntryText, type OutcomeEntry } from './outcomeMeasures.ts';
import { techniqueLabel } from './techniques.ts';

/**
 * What an amendment changed, one line per change, for every medium that shows it, in the language of
 * `t` (namespace `sessions`, `amendment.*`) with dates, depths and volumes by `format`: the screen says
 * "VAS after: 3 → 2", the printed record "VAS after: was 3, now 2" (its font has no arrow glyph). Fields
 * in the form's order (the cocktail product by product, field by field), then the chart's points, then
 * the photos. Pure: no DOM, no Node. Tested in tests/shared/amendmentText.test.ts.
 */

type T = TFunction<Namespace>;

/** How a value's change is said: `arrow` ("3 → 2") or `wasNow` ("was 3, now 2"). */
export type ChangeStyle = 'arrow' | 'wasNow';
export const arrow: ChangeStyle = 'arrow';
export const wasNow: ChangeStyle = 'wasNow';

/** How a medium says a change. */
export type AmendmentTextStyle = {
  change: ChangeStyle;
  /** Free text is quoted on one line, cut to this many characters with an ellipsis; whole when not given. */
  quoteMax?: number;
  /**
   * Points and photos one by one, a point named by its number in the corrected record; when not given,
   * counted: "Chart: 2 points removed", "Photos: 1 photo added".
   */
  itemise?: { pointNumber: (id: string) => string };
  /**
   * The clinic's needle catalogue (needleCatalogue(settings.needles)), so that a needle it added or
   * renamed reads as everywhere else; the shipped needles only when not given.
   */
  needles?: readonly Needle[];
};

type ValueStyle = Pick<AmendmentTextStyle, 'quoteMax' | 'needles'>;

const NONE = '—';
const show = (v: unknown): string => (v === null || v === undefined || v === '' ? NONE : String(v));

/** A value's change in words: "3 → 2" or "was 3, now 2". */
function changeText(t: T, style: ChangeStyle, from: string, to: string): string {
  return style === 'arrow' ? t('sessions:amendment.arrow', { from, to }) : t('sessions:amendment.wasNow', { from, to });
}

const ml = (format: Formatter, v: number | null): string => (v === null ? NONE : format.volume(v));
const dateText = (format: Formatter, iso: string): string => (iso === '' ? NONE : format.date(iso));

/** Free text in quotes on one line (the language's quotation marks), "—" when empty. */
export function quote(t: T, text: string, max = Infinity): string {
  const s = text.replace(/\s+/g, ' ').trim();
  if (s === '') return NONE;
  return t('sessions:amendment.quote', { text: s.length > max ? `${s.slice(0, max - 1)}…` : s });
}

/** A field's value as the record shows it: "not recorded", "Wheals, Redness", "multi-injector, 5 needles". */
export function fieldValueText(t: T, format: Formatter, name: keyof SessionFields, value: SessionFields[keyof SessionFields], style: ValueStyle = {}): string {
  switch (name) {
    case 'vasBefore':
    case 'vasAfter':
      return value === null ? t('sessions:amendment.notRecorded') : format.integer(value as number);
    case 'sideEffects': {
      const ids = value as string[];
      return ids.length === 0 ? t('sessions:amendment.none') : ids.map((id) => sideEffectLabel(t, id)).join(', ');
    }
    case 'treatedAreas': {
      const areas = value as string[];
      return areas.length === 0 ? t('sessions:amendment.none') : areas.join('; ');
    }
    case 'date':
      return dateText(format, value as string);
    case 'time':
      return value === '' ? NONE : format.time(value as string);
    case 'indication':
      return indicationLabel(t, value as SessionFields['indication']);
    case 'defaultNeedle':
      return needleLabel(t, value as SessionFields['defaultNeedle'], style.needles);
    case 'defaultTechnique':
      return techniqueLabel(t, String(value));
    case 'injector': {
      const inj = value as SessionFields['injector'];
      return inj.kind === 'single' ? t('sessions:amendment.singleNeedle') : t('sessions:amendment.multiInjector', { count: inj.needleCount });
    }
    case 'aftercare':
    case 'notes':
    case 'diagnosis':
      return quote(t, value as string, style.quoteMax);
    case 'products':
      return t('sessions:amendment.products', { count: (value as Product[]).length });
    case 'outcomes': {
      const entries = value as OutcomeEntry[];
      return entries.length === 0 ? t('sessions:amendment.none') : entries.map((e) => outcomeEntryText(t, format, e)).join('; ');
    }
    default:
      return show(value);
  }
}

function productValue(format: Formatter, field: ProductField, p: Product): string {
  if (field === 'volumeMl') return ml(format, p.volumeMl);
  if (field === 'expiry') return dateText(format, p.expiry);
  return show(p[field]);
}

/** The lines of a change of the cocktail: per product and field where the product is still there, then those added and removed. */
function productChangeLines(t: T, format: Formatter, from: readonly Product[], to: readonly Product[], style: AmendmentTextStyle): string[] {
  const lines: string[] = [];
  const common = Math.min(from.length, to.length);
  for (let i = 0; i < common; i += 1) {
    const a = from[i] as Product;
    const b = to[i] as Product;
    for (const field of PRODUCT_FIELDS) {
      if (sameValue(a[field], b[field])) continue;
      const change = changeText(t, style.change, productValue(format, field, a), productValue(format, field, b));
      lines.push(t('sessions:amendment.productField', { product: productLabel(t, b, i), field: t(`sessions:product.changeFields.${field}`), change }));
    }
    // Not a field of the cocktail's table, but a correction all the same: the reason an expired lot was used.
    if ((a.expiredLotReason ?? '') !== (b.expiredLotReason ?? '')) {
      const change = changeText(t, style.change, show(a.expiredLotReason), show(b.expiredLotReason));
      lines.push(t('sessions:amendment.productField', { product: productLabel(t, b, i), field: t('sessions:product.changeFields.expiredLotReason'), change }));
    }
  }
  for (let i = common; i < to.length; i += 1) lines.push(t('sessions:amendment.productAdded', { product: productLabel(t, to[i] as Product, i) }));
  for (let i = common; i < from.length; i += 1) lines.push(t('sessions:amendment.productRemoved', { product: productLabel(t, from[i] as Product, i) }));
  return lines;
}

const regionText = (t: T, p: InjectionPoint): string => regionLabel(t, p.view, p.region) ?? t('sessions:amendment.outsideRegions');
const productNumber = (index: number | null): string => show(index === null ? null : index + 1);

/** "Body, front, Scalp vertex, 4 mm". */
function pointText(t: T, format: Formatter, p: InjectionPoint): string {
  return t('sessions:amendment.point', { view: viewLabel(t, p.view), region: regionText(t, p), depth: format.depth(p.depthMm) });
}

/** What changed of one point: "depth was 3 mm, now 4 mm; moved". */
function pointChangeText(t: T, format: Formatter, from: InjectionPoint, to: InjectionPoint, style: AmendmentTextStyle): string {
  const c = (a: string, b: string) => changeText(t, style.change, a, b);
  const parts: string[] = [];
  if (from.depthMm !== to.depthMm) parts.push(t('sessions:amendment.pointDepth', { change: c(format.depth(from.depthMm), format.depth(to.depthMm)) }));
  if (from.region !== to.region) parts.push(t('sessions:amendment.pointRegion', { change: c(regionLabel(t, from.view, from.region) ?? NONE, regionLabel(t, to.view, to.region) ?? NONE) }));
  else if (from.x !== to.x || from.y !== to.y) parts.push(t('sessions:amendment.pointMoved'));
  if (from.needle !== to.needle) parts.push(t('sessions:amendment.pointNeedle', { change: c(needleLabel(t, from.needle, style.needles), needleLabel(t, to.needle, style.needles)) }));
  if (from.technique !== to.technique) parts.push(t('sessions:amendment.pointTechnique', { change: c(techniqueLabel(t, from.technique), techniqueLabel(t, to.technique)) }));
  if (from.productIndex !== to.productIndex) parts.push(t('sessions:amendment.pointProduct', { change: c(productNumber(from.productIndex), productNumber(to.productIndex)) }));
  if (from.volumeMl !== to.volumeMl) parts.push(t('sessions:amendment.pointVolume', { change: c(ml(format, from.volumeMl), ml(format, to.volumeMl)) }));
  if (from.note !== to.note) parts.push(t('sessions:amendment.pointNote', { change: c(quote(t, from.note, style.quoteMax), quote(t, to.note, style.quoteMax)) }));
  return parts.join('; ') || t('sessions:amendment.pointChanged');
}

function photoText(t: T, p: PhotoRef, style: AmendmentTextStyle): string {
  const pose = poseLabel(t, p.pose);
  return p.caption ? t('sessions:amendment.photoCaption', { pose, caption: quote(t, p.caption, style.quoteMax) }) : t('sessions:amendment.photo', { pose });
}

/** "2 points added, 1 point removed", or '' when nothing. */
function counts(tallies: [number, string][]): string {
  return tallies
    .filter(([n]) => n > 0)
    .map(([, text]) => text)
    .join(', ');
}

/** Every change of an amendment as one line each: fields in form order, then the chart, then the photos. */
export function describeAmendment(t: T, format: Formatter, changes: AmendmentChanges, style: AmendmentTextStyle): string[] {
  const lines: string[] = [];
  const fields = changes.fields ?? {};
  for (const name of Object.keys(SESSION_FIELD_LABELS) as (keyof SessionFields)[]) {
    const change = fields[name] as FieldChange | undefined;
    if (!change) continue;
    if (name === 'products') lines.push(...productChangeLines(t, format, change.from as Product[], change.to as Product[], style));
    else {
      const text = changeText(t, style.change, fieldValueText(t, format, name, change.from, style), fieldValueText(t, format, name, change.to, style));
      lines.push(t('sessions:amendment.change', { field: t(`sessions:fields.${name}`), change: text }));
    }
  }
  const points = changes.points;
  const photos = changes.photos;
  const itemise = style.itemise;
  if (itemise) {
    if (points) {
      for (const p of points.added) lines.push(t('sessions:amendment.pointAdded', { number: itemise.pointNumber(p.id), point: pointText(t, format, p) }));
      for (const id of points.removed) lines.push(t('sessions:amendment.pointRemoved', { number: itemise.pointNumber(id) }));
      for (const ch of points.changed) lines.push(t('sessions:amendment.pointChange', { number: itemise.pointNumber(ch.to.id), changes: pointChangeText(t, format, ch.from, ch.to, style) }));
    }
    for (const p of photos?.added ?? []) lines.push(t('sessions:amendment.photoAdded', { photo: photoText(t, p, style), file: p.hash.slice(0, 12) }));
    for (const p of photos?.removed ?? []) lines.push(t('sessions:amendment.photoRemoved', { photo: photoText(t, p, style), file: p.hash.slice(0, 12) }));
    return lines;
  }
  if (points) {
    const chart = counts([
      [points.added.length, t('sessions:amendment.pointsAdded', { count: points.added.length })],
      [points.removed.length, t('sessions:amendment.pointsRemoved', { count: points.removed.length })],
      [points.changed.length, t('sessions:amendment.pointsChanged', { count: points.changed.length })],
    ]);
    if (chart) lines.push(t('sessions:amendment.chart', { counts: chart }));
  }
  if (photos) {
    const taken = counts([
      [photos.added.length, t('sessions:amendment.photosAdded', { count: photos.added.length })],
      [photos.removed.length, t('sessions:amendment.photosRemoved', { count: photos.removed.length })],
    ]);
    if (taken) lines.push(t('sessions:amendment.photos', { counts: taken }));
  }
  return lines;
}
