import type { Namespace, TFunction } from 'i18next';
import { ApiError } from '../../shared/errors.ts';
import { zodIssueProblem } from '../../shared/zodIssues.ts';
import type { Formatter } from '../../shared/format/formatter.ts';
import { parseDecimal } from '../../shared/format/parseDecimal.ts';
import { isExpiredOn, productLabel, productSchema, type Product, type ProductField } from '../../shared/product.ts';
import type { ProductKind } from '../../shared/productCatalogue.ts';

/**
 * The cocktail editor's pure logic: products as the practitioner types them (text, so that a half-typed
 * volume or date is kept), their validation with the shared schema, the structural edits (add, remove,
 * reorder) and what those do to the points that name a product by its index, and the traceability flags
 * (expired lot, missing lot). Tested in tests/renderer/sessions/cocktail.test.ts.
 */

/**
 * One product as typed: every field text. `key` identifies the row on screen; `origin` is the row's index
 * in the cocktail the editor holds (null for a row not dispatched yet), so that removing or reordering
 * rows can carry the points that name a product along with it.
 */
export type ProductDraft = { key: string; origin: number | null } & Record<ProductField, string> & CatalogueLink & { expiredLotReason: string };

/**
 * The catalogue product a row was picked from and its kind in law as it was then: kept with the row (not
 * typed), so that the session holds its own copy. Null for a product typed by hand.
 */
export type CatalogueLink = { catalogueId: string | null; kind: ProductKind | null };

let keySeq = 0;
function newDraftKey(): string {
  keySeq += 1;
  return `p${keySeq}`;
}

export function draftFromProduct(product: Product, origin: number | null = null): ProductDraft {
  return {
    key: newDraftKey(),
    origin,
    name: product.name,
    activeIngredients: product.activeIngredients,
    concentration: product.concentration,
    dilution: product.dilution,
    volumeMl: product.volumeMl === null ? '' : String(product.volumeMl),
    lot: product.lot,
    expiry: product.expiry,
    catalogueId: product.catalogueId,
    kind: product.kind,
    expiredLotReason: product.expiredLotReason,
  };
}

export function emptyProductDraft(): ProductDraft {
  return { key: newDraftKey(), origin: null, name: '', activeIngredients: '', concentration: '', dilution: '', volumeMl: '', lot: '', expiry: '', catalogueId: null, kind: null, expiredLotReason: '' };
}

/** "2,5" and "2.5" are 2.5 ml; empty is "not recorded"; anything else is not a number (a negative volume neither). */
export function parseVolume(text: string): number | null | 'invalid' {
  const n = parseDecimal(text);
  return typeof n === 'number' && n < 0 ? 'invalid' : n;
}

/**
 * A field's problem as data, worded by the screen in its language (fieldProblemText in fieldDrafts.ts):
 * the schema's refusal as an ApiError (reason and params), or a problem of the form's own.
 */
export type FieldProblem = { error: ApiError } | { key: 'volumeNotNumber' };

/** Errors keyed by the path the store would name: "products.2.expiry". */
export type CocktailErrors = Record<string, FieldProblem>;

export function productPath(index: number, field: ProductField): string {
  return `products.${index}.${field}`;
}

/** One product parsed with the shared schema; its errors keyed by field. */
function parseProduct(draft: ProductDraft): { product: Product | null; errors: Partial<Record<ProductField, FieldProblem>> } {
  const errors: Partial<Record<ProductField, FieldProblem>> = {};
  const volume = parseVolume(draft.volumeMl);
  if (volume === 'invalid') errors.volumeMl = { key: 'volumeNotNumber' };
  const input = {
    name: draft.name,
    activeIngredients: draft.activeIngredients,
    concentration: draft.concentration,
    dilution: draft.dilution,
    volumeMl: volume === 'invalid' ? null : volume,
    lot: draft.lot,
    expiry: draft.expiry.trim(),
    catalogueId: draft.catalogueId,
    kind: draft.kind,
    expiredLotReason: draft.expiredLotReason,
  };
  const parsed = productSchema.safeParse(input);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const field = issue.path[0] as ProductField | undefined;
      if (field && !errors[field]) errors[field] = { error: new ApiError({ code: 'invalid-input', ...zodIssueProblem(issue, input) }) };
    }
  }
  return { product: parsed.success && volume !== 'invalid' ? parsed.data : null, errors };
}

/** The whole cocktail, or every error in it: only a valid cocktail is dispatched to the editor. */
export function parseCocktail(drafts: readonly ProductDraft[]): { ok: true; products: Product[] } | { ok: false; errors: CocktailErrors } {
  const products: Product[] = [];
  const errors: CocktailErrors = {};
  drafts.forEach((draft, index) => {
    const r = parseProduct(draft);
    for (const [field, problem] of Object.entries(r.errors)) errors[productPath(index, field as ProductField)] = problem;
    if (r.product) products.push(r.product);
  });
  return Object.keys(errors).length === 0 ? { ok: true, products } : { ok: false, errors };
}

/** Whether the drafts say the same as the stored products (then a change in the store is not theirs). */
export function draftsMatch(drafts: readonly ProductDraft[], products: readonly Product[]): boolean {
  const parsed = parseCocktail(drafts);
  if (!parsed.ok || parsed.products.length !== products.length) return false;
  return parsed.products.every((p, i) => JSON.stringify(p) === JSON.stringify(products[i]));
}

/** The drafts of the cocktail the editor holds, each knowing its place in it. */
export function draftsFromProducts(products: readonly Product[]): ProductDraft[] {
  return products.map((p, i) => draftFromProduct(p, i));
}

/**
 * The old index of each row, for indexMapping: what the editor's cocktail becomes when these drafts are
 * dispatched. Rows not dispatched yet count as new (-1).
 */
export function draftOrder(drafts: readonly ProductDraft[]): number[] {
  return drafts.map((d) => d.origin ?? -1);
}

/** After a dispatch the editor holds exactly these rows: each row's origin is its place. */
export function settleOrigins(drafts: readonly ProductDraft[]): ProductDraft[] {
  return drafts.map((d, i) => (d.origin === i ? d : { ...d, origin: i }));
}

// ---------- structure ----------

export function moveItem<T>(list: readonly T[], from: number, to: number): T[] {
  if (from === to || from < 0 || to < 0 || from >= list.length || to >= list.length) return list.slice();
  const next = list.slice();
  const [item] = next.splice(from, 1);
  next.splice(to, 0, item as T);
  return next;
}

export function removeItem<T>(list: readonly T[], index: number): T[] {
  return list.filter((_, i) => i !== index);
}

/**
 * Where each old product index goes when the list becomes `order` (the new list, as old indices):
 * mapping[old] is the new index, or null when that product was removed.
 */
export function indexMapping(oldLength: number, order: readonly number[]): (number | null)[] {
  const mapping: (number | null)[] = Array.from({ length: oldLength }, () => null);
  order.forEach((old, i) => {
    if (old >= 0 && old < oldLength) mapping[old] = i;
  });
  return mapping;
}

export function removalOrder(length: number, index: number): number[] {
  return removeItem(
    Array.from({ length }, (_, i) => i),
    index,
  );
}

export function moveOrder(length: number, from: number, to: number): number[] {
  return moveItem(
    Array.from({ length }, (_, i) => i),
    from,
    to,
  );
}

/**
 * The points whose product index changes under `mapping`, grouped by their new index (null: their
 * product was removed), so that each group is one editor update.
 */
export function pointRemaps(points: readonly { id: string; productIndex: number | null }[], mapping: readonly (number | null)[]): Map<number | null, string[]> {
  const groups = new Map<number | null, string[]>();
  for (const p of points) {
    if (p.productIndex === null) continue;
    const to = p.productIndex < mapping.length ? (mapping[p.productIndex] ?? null) : null;
    if (to === p.productIndex) continue;
    const ids = groups.get(to) ?? [];
    ids.push(p.id);
    groups.set(to, ids);
  }
  return groups;
}

// ---------- traceability ----------

export type ProductFlags = { expired: boolean; missingLot: boolean; missingExpiry: boolean };

export function productFlags(product: Pick<Product, 'lot' | 'expiry'>, sessionDate: string): ProductFlags {
  return {
    expired: isExpiredOn(product, sessionDate),
    missingLot: product.lot.trim() === '',
    missingExpiry: product.expiry === '',
  };
}

/** Flags for a row as typed: a valid expiry date is checked even while another field has an error. */
export function draftFlags(draft: ProductDraft, sessionDate: string): ProductFlags {
  const expiry = /^\d{4}-\d{2}-\d{2}$/.test(draft.expiry.trim()) ? draft.expiry.trim() : '';
  return productFlags({ lot: draft.lot, expiry }, sessionDate);
}

/** What a practitioner must see before signing: expired lots, lots and expiries not recorded. */
export function cocktailWarnings(t: TFunction<Namespace>, format: Formatter, products: readonly Product[], sessionDate: string): string[] {
  const warnings: string[] = [];
  products.forEach((p, i) => {
    const f = productFlags(p, sessionDate);
    const product = productLabel(t, p, i);
    if (f.expired) warnings.push(t('sessions:cocktail.expiredWarning', { product, lot: p.lot || t('sessions:cocktail.noLotNumber'), expiry: format.date(p.expiry), date: format.date(sessionDate) }));
    if (f.missingLot) warnings.push(t('sessions:cocktail.missingLotWarning', { product }));
    if (f.missingExpiry) warnings.push(t('sessions:cocktail.missingExpiryWarning', { product }));
  });
  return warnings;
}
