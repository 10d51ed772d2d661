import { describe, expect, it } from 'vitest';
import type { Product } from '../../../shared/product.ts';
import {
  cocktailWarnings,
  draftFlags,
  draftFromProduct,
  draftsFromProducts,
  draftsMatch,
  emptyProductDraft,
  indexMapping,
  moveItem,
  moveOrder,
  parseCocktail,
  parseVolume,
  pointRemaps,
  productFlags,
  removalOrder,
} from '../../../renderer/sessions/cocktail.ts';
import { dispatchCocktail } from '../../../renderer/sessions/cocktailEdit.ts';
import { editor as makeEditor } from '../editor/fixtures.ts';
import { createFormatter } from '../../../shared/format/formatter.ts';
import { createTranslator } from '../../../shared/i18n/translator.ts';
import { fieldProblemText } from '../../../renderer/sessions/fieldDrafts.ts';

const { t: en } = await createTranslator('en');
const { t: fr } = await createTranslator('fr');

/**
 * A translator answering as `t` does, that notes the catalogue entries asked for and their params
 * (leaving out the lookups asked with a default, which only check that an entry exists).
 */
function recording(t: typeof en) {
  const asked: { key: string; params: Record<string, unknown> | undefined }[] = [];
  const lookup = t as unknown as (key: string, params?: Record<string, unknown>) => string;
  const spy = (key: string, params?: Record<string, unknown>) => {
    if (!params || !('defaultValue' in params)) asked.push({ key, params });
    return lookup(key, params);
  };
  return { t: spy as unknown as typeof en, asked };
}

const product = (name: string, extra: Partial<Product> = {}): Product => ({
  name,
  activeIngredients: '',
  concentration: '',
  dilution: '',
  volumeMl: null,
  lot: '',
  expiry: '',
  catalogueId: null,
  kind: null,
  expiredLotReason: '',
  ...extra,
});

describe('parseVolume', () => {
  it('reads decimals with a point or a comma, empty as not recorded', () => {
    expect(parseVolume('2.5')).toBe(2.5);
    expect(parseVolume('2,5')).toBe(2.5);
    expect(parseVolume(' 1 ')).toBe(1);
    expect(parseVolume('')).toBeNull();
    expect(parseVolume('2 ml')).toBe('invalid');
    expect(parseVolume('-1')).toBe('invalid');
  });
});

describe('parseCocktail', () => {
  it('parses typed rows with the shared schema', () => {
    const d = { ...emptyProductDraft(), name: ' Hyaluronic acid ', volumeMl: '2,5', lot: 'HA1', expiry: '2026-01-31' };
    const r = parseCocktail([d]);
    expect(r).toEqual({ ok: true, products: [product('Hyaluronic acid', { volumeMl: 2.5, lot: 'HA1', expiry: '2026-01-31' })] });
  });

  it('names every error by the path the store uses', () => {
    const r = parseCocktail([
      { ...emptyProductDraft(), name: 'A' },
      { ...emptyProductDraft(), name: '', volumeMl: 'lots', expiry: '31/01/2026' },
    ]);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(Object.keys(r.errors).sort()).toEqual(['products.1.expiry', 'products.1.name', 'products.1.volumeMl']);
    // The schema's refusals as data (worded by errorText), the form's own in the sessions namespace.
    expect(r.errors['products.1.name']).toMatchObject({ error: { code: 'invalid-input', field: 'name', reason: 'required' } });
    expect(r.errors['products.1.expiry']).toMatchObject({ error: { code: 'invalid-input', field: 'expiry' } });
    expect(r.errors['products.1.volumeMl']).toEqual({ key: 'volumeNotNumber' });
  });

  it('words each problem with its own catalogue entry, naming the field it concerns, in the screen’s language', () => {
    const r = parseCocktail([{ ...emptyProductDraft(), name: '', volumeMl: 'lots', expiry: '31/01/2026' }]);
    if (r.ok) throw new Error('expected problems');
    for (const t of [en, fr]) {
      // The form's own problem: its entry, which names the volume.
      const volume = recording(t);
      expect(fieldProblemText(volume.t, r.errors['products.0.volumeMl']!)).toBe(t('sessions:cocktail.volumeNotNumber'));
      expect(volume.asked.map((c) => c.key)).toEqual(['sessions:cocktail.volumeNotNumber']);
      // The schema's refusals: "{{field}} {{problem}}" with this field's label and this reason's words.
      const said = (path: string) => {
        const rec = recording(t);
        const text = fieldProblemText(rec.t, r.errors[path]!);
        const frame = rec.asked.filter((c) => c.key === 'errors:frame.field');
        expect(frame).toHaveLength(1);
        expect(text).toBe(t('errors:frame.field', frame[0]!.params as { field: string; problem: string }));
        return frame[0]!.params;
      };
      expect(said('products.0.name')).toEqual({ field: t('errors:field.name'), problem: t('errors:problem.required') });
      expect(said('products.0.expiry')).toEqual({ field: t('errors:field.expiry'), problem: t('errors:problem.format_date') });
    }
  });

  it('refuses a volume over 100 ml', () => {
    const r = parseCocktail([{ ...emptyProductDraft(), name: 'A', volumeMl: '150' }]);
    expect(r.ok).toBe(false);
  });

  it('round-trips stored products and recognises them', () => {
    const products = [product('A', { volumeMl: 1, lot: 'L', expiry: '2026-01-01' }), product('B')];
    const drafts = draftsFromProducts(products);
    expect(drafts.map((d) => d.origin)).toEqual([0, 1]);
    expect(draftsMatch(drafts, products)).toBe(true);
    expect(draftsMatch([{ ...drafts[0]!, lot: 'other' }, drafts[1]!], products)).toBe(false);
    // Trailing spaces being typed are the same product.
    expect(draftsMatch([{ ...drafts[0]!, lot: 'L ' }, drafts[1]!], products)).toBe(true);
  });
});

describe('structure', () => {
  it('moves and removes', () => {
    expect(moveItem(['a', 'b', 'c'], 0, 2)).toEqual(['b', 'c', 'a']);
    expect(moveItem(['a', 'b', 'c'], 2, 0)).toEqual(['c', 'a', 'b']);
    expect(moveItem(['a', 'b'], 0, 5)).toEqual(['a', 'b']);
  });

  it('maps old product indices to new ones', () => {
    expect(indexMapping(3, removalOrder(3, 1))).toEqual([0, null, 1]);
    expect(indexMapping(3, moveOrder(3, 0, 2))).toEqual([2, 0, 1]);
    expect(indexMapping(2, [0, 1, -1])).toEqual([0, 1]);
  });

  it('groups the points whose product index changes', () => {
    const points = [
      { id: 'a', productIndex: 0 },
      { id: 'b', productIndex: 1 },
      { id: 'c', productIndex: 2 },
      { id: 'd', productIndex: null },
      { id: 'e', productIndex: 2 },
    ];
    const groups = pointRemaps(points, [0, null, 1]);
    expect([...groups.entries()]).toEqual([
      [null, ['b']],
      [1, ['c', 'e']],
    ]);
  });
});

describe('traceability flags', () => {
  it('flags a lot that expired before the session date, and missing lots and expiries', () => {
    expect(productFlags({ lot: 'X', expiry: '2025-03-06' }, '2025-03-07')).toEqual({ expired: true, missingLot: false, missingExpiry: false });
    expect(productFlags({ lot: 'X', expiry: '2025-03-07' }, '2025-03-07').expired).toBe(false);
    expect(productFlags({ lot: ' ', expiry: '' }, '2025-03-07')).toEqual({ expired: false, missingLot: true, missingExpiry: true });
  });

  it('checks a typed expiry only when it is a whole date', () => {
    expect(draftFlags({ ...emptyProductDraft(), lot: 'X', expiry: '2024-12-31' }, '2025-03-07').expired).toBe(true);
    expect(draftFlags({ ...emptyProductDraft(), lot: 'X', expiry: '2024-12' }, '2025-03-07').expired).toBe(false);
  });

  it('words the warnings shown before signing', () => {
    const products = [product('Vitamin C', { lot: 'VC9', expiry: '2025-01-31' }), product('Lidocaine', { expiry: '2027-01-01' })];
    const w = cocktailWarnings(en, createFormatter('en'), products, '2025-03-07');
    expect(w).toEqual([
      'Product 1 (Vitamin C): lot VC9 expired on 31 Jan 2025, before the session date (7 Mar 2025).',
      'Product 2 (Lidocaine): no lot number recorded. A recalled lot could not be traced to this session.',
    ]);
    expect(cocktailWarnings(fr, createFormatter('fr'), products, '2025-03-07')[0]).toBe(
      'Produit 1 (Vitamin C)\u00a0: le lot VC9 est périmé depuis le 31 janv. 2025, avant la date de la séance (7 mars 2025).',
    );
  });
});

describe('dispatchCocktail', () => {
  const chart = () => {
    const e = makeEditor({ products: [product('A'), product('B'), product('C')] });
    e.place(900, 400);
    e.place(920, 400);
    e.place(940, 400);
    const ids = e.state.points.map((p) => p.id);
    ids.forEach((id, i) => e.updatePoints([id], { productIndex: i }));
    return { e, ids };
  };
  const indices = (e: ReturnType<typeof makeEditor>) => e.state.points.map((p) => p.productIndex);

  it('removing a product carries the points along, in one undo step', () => {
    const { e } = chart();
    const drafts = draftsFromProducts(e.state.fields.products).filter((_, i) => i !== 1);
    const parsed = parseCocktail(drafts);
    if (!parsed.ok) throw new Error('invalid');
    dispatchCocktail(e, drafts, parsed.products);
    expect(e.state.fields.products.map((p) => p.name)).toEqual(['A', 'C']);
    expect(indices(e)).toEqual([0, null, 1]);
    e.undo();
    expect(e.state.fields.products.map((p) => p.name)).toEqual(['A', 'B', 'C']);
    expect(indices(e)).toEqual([0, 1, 2]);
  });

  it('reordering keeps each point on its product', () => {
    const { e } = chart();
    const drafts = moveItem(draftsFromProducts(e.state.fields.products), 0, 2);
    const parsed = parseCocktail(drafts);
    if (!parsed.ok) throw new Error('invalid');
    dispatchCocktail(e, drafts, parsed.products);
    expect(e.state.fields.products.map((p) => p.name)).toEqual(['B', 'C', 'A']);
    expect(e.state.points.map((p) => e.state.fields.products[p.productIndex!]!.name)).toEqual(['A', 'B', 'C']);
  });

  it('typing into one field coalesces into one undo step', () => {
    const e = makeEditor({ products: [product('A')] });
    for (const lot of ['L', 'L1', 'L12']) {
      const drafts = [{ ...draftFromProduct(e.state.fields.products[0]!, 0), lot }];
      const parsed = parseCocktail(drafts);
      if (!parsed.ok) throw new Error('invalid');
      dispatchCocktail(e, drafts, parsed.products, { coalesce: 'field:products.k.lot' });
    }
    expect(e.state.fields.products[0]!.lot).toBe('L12');
    e.undo();
    expect(e.state.fields.products[0]!.lot).toBe('');
  });
});
