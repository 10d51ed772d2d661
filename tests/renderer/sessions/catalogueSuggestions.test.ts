import { describe, expect, it } from 'vitest';
import type { CatalogueProduct } from '../../../shared/productCatalogue.ts';
import { draftFromProduct, emptyProductDraft, parseCocktail } from '../../../renderer/sessions/cocktail.ts';
import { catalogueProductNamed, catalogueSuggestions, offersToCatalogue, pickCatalogueProduct, withTypedName } from '../../../renderer/sessions/catalogueSuggestions.ts';

let seq = 0;
function product(name: string, more: Partial<CatalogueProduct> = {}): CatalogueProduct {
  seq += 1;
  return {
    id: `00000000-0000-4000-8000-${String(seq).padStart(12, '0')}`,
    name,
    activeIngredients: '',
    kind: 'medicinal',
    concentration: '',
    dilution: '',
    presentation: { form: 'vial', volumeMl: null },
    manufacturer: '',
    gtins: [],
    notes: '',
    retired: false,
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
    ...more,
  };
}

const lidocaine = product('Lidocaïne 2 %', { activeIngredients: 'chlorhydrate de lidocaïne', concentration: '20 mg/ml', dilution: '1:1', kind: 'medicinal' });
const ha = product('Acide hyaluronique 1%', { activeIngredients: 'hyaluronate de sodium', kind: 'device' });
const oldLido = product('Lidocaine 1% (old)', { retired: true });
const silicon = product('Organic silicon', { activeIngredients: 'monomethylsilanetriol', kind: 'cosmetic' });
const xylo = product('Xylocaine', { activeIngredients: 'lidocaine' });
const catalogue = [ha, lidocaine, oldLido, silicon, xylo];

describe('the products a typed name offers', () => {
  it('matches name or active ingredient, case and accents aside, never a retired product', () => {
    expect(catalogueSuggestions(catalogue, 'LIDO').map((p) => p.name)).toEqual(['Lidocaïne 2 %', 'Xylocaine']);
    expect(catalogueSuggestions(catalogue, 'hyaluronate').map((p) => p.name)).toEqual(['Acide hyaluronique 1%']);
    expect(catalogueSuggestions(catalogue, 'zzz')).toEqual([]);
  });

  it('puts names starting with the text first, then a word of the name, then the rest', () => {
    const words = [product('Vitamin C'), product('Complex vitamin'), product('Multivitamin'), product('Arnica', { activeIngredients: 'vitamin E' })];
    expect(catalogueSuggestions(words, 'vitamin').map((p) => p.name)).toEqual(['Vitamin C', 'Complex vitamin', 'Multivitamin', 'Arnica']);
  });

  it('offers the whole catalogue when nothing is typed, alphabetically, within the limit', () => {
    expect(catalogueSuggestions(catalogue, '  ').map((p) => p.name)).toEqual(['Acide hyaluronique 1%', 'Lidocaïne 2 %', 'Organic silicon', 'Xylocaine']);
    expect(catalogueSuggestions(catalogue, '', 2)).toHaveLength(2);
  });
});

describe('picking a product', () => {
  it('fills name, composition, kind and link; keeps the volume, lot and expiry of the session', () => {
    const row = { ...emptyProductDraft(), name: 'lido', volumeMl: '1,5', lot: 'L1', expiry: '2027-01-31' };
    expect(pickCatalogueProduct(row, lidocaine)).toMatchObject({
      name: 'Lidocaïne 2 %',
      activeIngredients: 'chlorhydrate de lidocaïne',
      concentration: '20 mg/ml',
      dilution: '1:1',
      kind: 'medicinal',
      catalogueId: lidocaine.id,
      volumeMl: '1,5',
      lot: 'L1',
      expiry: '2027-01-31',
    });
  });

  it('keeps its own copy: the catalogue product edited afterwards changes nothing in the row or what is recorded', () => {
    const editable = { ...lidocaine };
    const row = pickCatalogueProduct(emptyProductDraft(), editable);
    const recorded = parseCocktail([row]);
    Object.assign(editable, { name: 'Lidocaine (new box)', kind: 'device', concentration: '10 mg/ml' });
    expect(row).toMatchObject({ name: 'Lidocaïne 2 %', kind: 'medicinal', concentration: '20 mg/ml' });
    expect(recorded.ok && recorded.products[0]).toMatchObject({ name: 'Lidocaïne 2 %', kind: 'medicinal', catalogueId: lidocaine.id });
    // And back from the record: the link and kind survive the round trip through the editor.
    expect(recorded.ok && draftFromProduct(recorded.products[0]!)).toMatchObject({ catalogueId: lidocaine.id, kind: 'medicinal' });
  });

  it('stays linked while the name still says the product; another name is typed by hand', () => {
    const row = pickCatalogueProduct(emptyProductDraft(), lidocaine);
    expect(withTypedName(row, 'lidocaïne  2 %')).toMatchObject({ catalogueId: lidocaine.id, kind: 'medicinal' });
    expect(withTypedName(row, 'Lidocaïne 2 % + adrénaline')).toMatchObject({ name: 'Lidocaïne 2 % + adrénaline', catalogueId: null, kind: null });
  });
});

describe('offering to add a product typed by hand', () => {
  it('offers it for a name no product offered bears, not for a picked or an exactly named one, nor an empty row', () => {
    const typed = { ...emptyProductDraft(), name: 'Procaine 2%' };
    expect(offersToCatalogue(typed, catalogue)).toBe(true);
    expect(offersToCatalogue({ ...typed, name: ' xylocaine ' }, catalogue)).toBe(false);
    expect(offersToCatalogue(pickCatalogueProduct(typed, xylo), catalogue)).toBe(false);
    expect(offersToCatalogue(emptyProductDraft(), catalogue)).toBe(false);
    // A retired product's name is free again.
    expect(catalogueProductNamed(catalogue, 'Lidocaine 1% (old)')).toBeNull();
    expect(offersToCatalogue({ ...typed, name: 'Lidocaine 1% (old)' }, catalogue)).toBe(true);
  });
});
