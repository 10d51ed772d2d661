import { foldForSearch } from '../../shared/foldText.ts';
import { catalogueNameKey, type CatalogueProduct } from '../../shared/productCatalogue.ts';
import type { ProductDraft } from './cocktail.ts';

/**
 * The cocktail's product name as a pick from the clinic's catalogue: which products a typed name offers,
 * what picking one fills, and when a name typed by hand should offer to join the catalogue. Pure, tested in
 * tests/renderer/sessions/catalogueSuggestions.test.ts.
 */

/** Enough to choose from without scrolling a long list under a small field. */
const SUGGESTION_LIMIT = 8;

/**
 * The unretired products that answer what is typed, by name or active ingredient, case and accents aside
 * ("lido" finds "Lidocaïne 2 %", "hyaluron" finds a product by its ingredient). Names that start with the
 * text come first, then names with a word that does, then the rest; alphabetical within each. Nothing
 * typed offers the whole catalogue (opened on purpose, with the arrow key).
 */
export function catalogueSuggestions(catalogue: readonly CatalogueProduct[], typed: string, limit = SUGGESTION_LIMIT): CatalogueProduct[] {
  const wanted = foldForSearch(typed);
  const ranked: { product: CatalogueProduct; rank: number }[] = [];
  for (const product of catalogue) {
    if (product.retired) continue;
    const rank = wanted === '' ? 0 : matchRank(product, wanted);
    if (rank !== null) ranked.push({ product, rank });
  }
  ranked.sort((a, b) => a.rank - b.rank || a.product.name.localeCompare(b.product.name));
  return ranked.slice(0, limit).map((r) => r.product);
}

function matchRank(product: CatalogueProduct, wanted: string): number | null {
  const name = foldForSearch(product.name);
  if (name.startsWith(wanted)) return 0;
  if (` ${name}`.includes(` ${wanted}`)) return 1;
  if (name.includes(wanted)) return 2;
  return foldForSearch(product.activeIngredients).includes(wanted) ? 3 : null;
}

/**
 * A catalogue product picked for a row: its name, composition, usual concentration and dilution, kind and
 * id copied into the row (the session keeps this copy, whatever the catalogue says later). The volume
 * injected, lot and expiry are the session's own and stay as they were.
 */
export function pickCatalogueProduct(draft: ProductDraft, product: CatalogueProduct): ProductDraft {
  return {
    ...draft,
    name: product.name,
    activeIngredients: product.activeIngredients,
    concentration: product.concentration,
    dilution: product.dilution,
    kind: product.kind,
    catalogueId: product.id,
  };
}

/**
 * The name typed by hand: a row picked from the catalogue stays linked while its name still says that
 * product (spacing and case aside); another name is a product typed by hand, no longer linked nor classed.
 */
export function withTypedName(draft: ProductDraft, name: string): ProductDraft {
  if (draft.catalogueId === null || catalogueNameKey(name) === catalogueNameKey(draft.name)) return { ...draft, name };
  return { ...draft, name, catalogueId: null, kind: null };
}

/** The unretired product of exactly this name, if the catalogue has one. */
export function catalogueProductNamed(catalogue: readonly CatalogueProduct[], name: string): CatalogueProduct | null {
  const key = catalogueNameKey(name);
  return key === '' ? null : (catalogue.find((p) => !p.retired && catalogueNameKey(p.name) === key) ?? null);
}

/** Whether a row typed by hand offers "Add to the catalogue": it has a name that no product offered bears. */
export function offersToCatalogue(draft: ProductDraft, catalogue: readonly CatalogueProduct[]): boolean {
  return draft.catalogueId === null && draft.name.trim() !== '' && catalogueProductNamed(catalogue, draft.name) === null;
}
