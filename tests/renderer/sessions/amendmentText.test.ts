import { describe, expect, it } from 'vitest';
import { createFormatter } from '../../../shared/format/formatter.ts';
import { createTranslator } from '../../../shared/i18n/translator.ts';
import { amendmentChanges } from '../../../shared/amendments.ts';
import type { Product } from '../../../shared/product.ts';
import { amendDraftFrom, amendedFieldNames, amendmentFields, describeChanges } from '../../../renderer/sessions/amendmentText.ts';
import { fieldsOf } from '../../../renderer/editor/store.ts';
import { session } from '../editor/fixtures.ts';

const en = await createTranslator('en');
const format = createFormatter('en', 'Europe/London');

const hyaluronic: Product = { name: 'Hyaluronic acid', activeIngredients: '', concentration: '', dilution: '', volumeMl: 2, lot: '', expiry: '', catalogueId: null, kind: null, expiredLotReason: '' };

describe('describeChanges', () => {
  // The wording itself is tested in tests/shared/amendmentText.test.ts; here, the screen's way of it.
  it('says it with an arrow, dates in words, the chart counted', () => {
    const lines = describeChanges(en.t, format, {
      fields: { vasAfter: { from: 3, to: 2 }, products: { from: [hyaluronic], to: [{ ...hyaluronic, expiry: '2026-05-31' }] } },
      points: { added: [], removed: ['a', 'b'], changed: [] },
    });
    expect(lines).toEqual(['Product 1 (Hyaluronic acid), expiry: — → 31 May 2026', 'VAS after: 3 → 2', 'Chart: 2 points removed']);
  });
});

describe('amendmentFields', () => {
  const current = fieldsOf(session({ products: [hyaluronic], vasAfter: 3, sideEffects: ['redness'], notes: 'ok' }));

  it('gives only what the dialog changed', () => {
    const draft = amendDraftFrom(current);
    expect(amendmentFields(current, draft)).toEqual({});
    const changed = { ...draft, vasAfter: 2, notes: ' ok ', sideEffects: ['redness' as const], lots: [{ lot: ' HA-1 ', expiry: '', expiredLotReason: '' }] };
    expect(amendmentFields(current, changed)).toEqual({ vasAfter: 2, products: [{ ...hyaluronic, lot: 'HA-1' }] });
  });

  it('agrees with the shared amendment diff, and marks the amended fields', () => {
    const fields = amendmentFields(current, { ...amendDraftFrom(current), vasAfter: 1 });
    const changes = amendmentChanges({ ...current, points: [] }, fields);
    expect(describeChanges(en.t, format, changes)).toEqual(['VAS after: 3 → 1']);
    expect([...amendedFieldNames([{ changes }])]).toEqual(['vasAfter']);
  });
});
