import { poseLabel } from '../../shared/photo.ts';
import { sameValue } from '../../shared/amendments.ts';
import { indicationLabel } from '../../shared/indications.ts';
import { MAP_VIEWS } from '../../shared/mapViews.ts';
import { needleLabel } from '../../shared/needles.ts';
import type { InjectionPoint } from '../../shared/point.ts';
import type { Product } from '../../shared/product.ts';
import { regionLabel } from '../../shared/regions.ts';
import type { AmendmentChanges, FieldChange, SessionFields } from '../../shared/session.ts';
import { SIDE_EFFECTS } from '../../shared/sideEffects.ts';
import { TECHNIQUES } from '../../shared/techniques.ts';

/** What an amendment changed, one line per change, for the printed record: "Product 2 (Lidocaine 2%), lot: was A, now B". */

const FIELD_LABELS: Record<keyof SessionFields, string> = {
  date: 'Date',
  time: 'Time',
  practitioner: 'Practitioner',
  indication: 'Indication',
  treatedAreas: 'Treated areas',
  products: 'Cocktail',
  defaultTechnique: 'Default technique',
  defaultNeedle: 'Default needle',
  injector: 'Injector',
  vasBefore: 'VAS before',
  vasAfter: 'VAS after',
  sideEffects: 'Side effects',
  aftercare: 'Aftercare',
  notes: 'Notes',
};

const PRODUCT_FIELDS: [keyof Product, string][] = [
  ['name', 'name'],
  ['activeIngredients', 'active ingredients'],
  ['concentration', 'concentration'],
  ['dilution', 'dilution'],
  ['volumeMl', 'volume'],
  ['lot', 'lot'],
  ['expiry', 'expiry'],
];

/** The font has no arrow glyph; "was A, now B" reads better in a record anyway. */
const wasNow = (from: string, to: string) => `was ${from}, now ${to}`;
const show = (v: unknown) => (v === null || v === '' || v === undefined ? '—' : String(v));

export function techniqueLabel(id: string): string {
  return TECHNIQUES.find((t) => t.id === id)?.label ?? id;
}
export function sideEffectLabel(id: string): string {
  return SIDE_EFFECTS.find((s) => s.id === id)?.label ?? id;
}
/** "Point by point (papule)" without its gloss, for narrow table cells. */
export function techniqueShort(id: string): string {
  return techniqueLabel(id).replace(/\s*\(.*\)$/, '');
}
const SHORT_VIEW: Record<string, string> = { 'body-front': 'Front', 'body-back': 'Back', face: 'Face', scalp: 'Scalp' };
export function viewShort(id: string): string {
  return SHORT_VIEW[id] ?? id;
}
export function viewLabel(id: string): string {
  return MAP_VIEWS.find((v) => v.id === id)?.label ?? id;
}

export function fieldText(name: keyof SessionFields, value: unknown): string {
  switch (name) {
    case 'vasBefore':
    case 'vasAfter':
      return value === null ? 'not recorded' : String(value);
    case 'sideEffects':
      return (value as string[]).length === 0 ? 'none' : (value as string[]).map(sideEffectLabel).join(', ');
    case 'treatedAreas':
      return (value as string[]).join('; ') || 'none';
    case 'indication':
      return indicationLabel(value as SessionFields['indication']);
    case 'defaultNeedle':
      return needleLabel(value as SessionFields['defaultNeedle']);
    case 'defaultTechnique':
      return techniqueLabel(String(value));
    case 'injector': {
      const inj = value as SessionFields['injector'];
      return inj.kind === 'single' ? 'single needle' : `multi-injector, ${inj.needleCount} needles`;
    }
    case 'aftercare':
    case 'notes':
      return value === '' ? '—' : `“${String(value)}”`;
    default:
      return show(value);
  }
}

function productLines(from: readonly Product[], to: readonly Product[]): string[] {
  const lines: string[] = [];
  const common = Math.min(from.length, to.length);
  for (let i = 0; i < common; i += 1) {
    const a = from[i] as Product;
    const b = to[i] as Product;
    for (const [field, label] of PRODUCT_FIELDS) {
      if (sameValue(a[field], b[field])) continue;
      lines.push(`Product ${i + 1} (${b.name}), ${label}: ${wasNow(show(a[field]), show(b[field]))}`);
    }
  }
  for (let i = common; i < to.length; i += 1) lines.push(`Product ${i + 1} (${to[i]?.name}) added`);
  for (let i = common; i < from.length; i += 1) lines.push(`Product ${i + 1} (${from[i]?.name}) removed`);
  return lines;
}

function pointText(p: InjectionPoint): string {
  const region = regionLabel(p.view, p.region) ?? 'outside the named regions';
  return `${viewLabel(p.view)}, ${region}, ${p.depthMm} mm`;
}

function pointChange(from: InjectionPoint, to: InjectionPoint): string {
  const parts: string[] = [];
  if (from.depthMm !== to.depthMm) parts.push(`depth ${wasNow(`${from.depthMm} mm`, `${to.depthMm} mm`)}`);
  if (from.region !== to.region) parts.push(`region ${wasNow(regionLabel(from.view, from.region) ?? '—', regionLabel(to.view, to.region) ?? '—')}`);
  else if (from.x !== to.x || from.y !== to.y) parts.push('moved');
  if (from.needle !== to.needle) parts.push(`needle ${wasNow(needleLabel(from.needle), needleLabel(to.needle))}`);
  if (from.technique !== to.technique) parts.push(`technique ${wasNow(techniqueLabel(from.technique), techniqueLabel(to.technique))}`);
  if (from.productIndex !== to.productIndex) parts.push(`product ${wasNow(show(from.productIndex === null ? null : from.productIndex + 1), show(to.productIndex === null ? null : to.productIndex + 1))}`);
  if (from.volumeMl !== to.volumeMl) parts.push(`volume ${wasNow(show(from.volumeMl), show(to.volumeMl))} ml`);
  if (from.note !== to.note) parts.push(`note ${wasNow(`“${from.note}”`, `“${to.note}”`)}`);
  return parts.join('; ') || 'changed';
}

/**
 * Every change as a line. `numberOf` names a point by its number in the corrected record (points
 * removed keep the number they had as signed).
 */
export function amendmentLines(changes: AmendmentChanges, numberOf: (id: string) => string): string[] {
  const lines: string[] = [];
  for (const name of Object.keys(FIELD_LABELS) as (keyof SessionFields)[]) {
    const change = changes.fields?.[name] as FieldChange | undefined;
    if (!change) continue;
    if (name === 'products') lines.push(...productLines(change.from as Product[], change.to as Product[]));
    else lines.push(`${FIELD_LABELS[name]}: ${wasNow(fieldText(name, change.from), fieldText(name, change.to))}`);
  }
  const points = changes.points;
  if (points) {
    for (const p of points.added) lines.push(`Point ${numberOf(p.id)} added: ${pointText(p)}`);
    for (const id of points.removed) lines.push(`Point ${numberOf(id)} removed`);
    for (const c of points.changed) lines.push(`Point ${numberOf(c.to.id)}: ${pointChange(c.from, c.to)}`);
  }
  for (const p of changes.photos?.added ?? []) lines.push(`Photo added: ${poseLabel(p.pose)}${p.caption ? `, “${p.caption}”` : ''} (file ${p.hash.slice(0, 12)}…)`);
  for (const p of changes.photos?.removed ?? []) lines.push(`Photo removed: ${poseLabel(p.pose)}${p.caption ? `, “${p.caption}”` : ''} (file ${p.hash.slice(0, 12)}… kept)`);
  return lines;
}
