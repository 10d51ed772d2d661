import { describe, expect, it } from 'vitest';
import { createFormatter } from '../../../shared/format/formatter.ts';
import { createTranslator } from '../../../shared/i18n/translator.ts';
import type { Product } from '../../../shared/product.ts';
import { signSummary } from '../../../renderer/sessions/signSummary.ts';

const en = (await createTranslator('en')).t;
const fr = (await createTranslator('fr')).t;
const format = createFormatter('en', 'UTC');

const product = (name: string, activeIngredients = ''): Product => ({ name, activeIngredients, concentration: '', dilution: '', volumeMl: 1, lot: 'L1', expiry: '2027-01-01', catalogueId: null, kind: null, expiredLotReason: '' });
const points = [{ view: 'face' as const }];

describe('the sign dialog’s summary, issue 12’s safety checks', () => {
  it('flags a product matching a recorded allergy, first among the warnings', () => {
    const s = signSummary(en, format, { date: '2026-11-27', products: [product('Hyaluronic acid'), product('Xylocaine', 'Lidocaïne')] }, points, { allergies: ['lidocaine'], today: '2026-11-27' });
    expect(s.products.map((p) => p.allergies)).toEqual([[], ['lidocaine']]);
    expect(s.warnings[0]).toBe('Product 2 (Xylocaine) matches an allergy recorded for this patient: “lidocaine”.');
    expect(signSummary(fr, format, { date: '2026-11-27', products: [product('Xylocaine', 'lidocaine')] }, points, { allergies: ['Lidocaïne'], today: null }).warnings[0]).toMatch(/^Produit 1 \(Xylocaine\) correspond à une allergie/);
  });

  it('says nothing of allergies when none matches or none is recorded', () => {
    expect(signSummary(en, format, { date: '2026-11-27', products: [product('Lidocaine')] }, points).warnings).toEqual([]);
    expect(signSummary(en, format, { date: '2026-11-27', products: [product('Lidocaine')] }, points, { allergies: ['latex'], today: null }).products[0]?.allergies).toEqual([]);
  });

  it('marks a session dated after today as not signable, and one of today as signable', () => {
    const fields = { date: '2026-11-28', products: [product('A')] };
    expect(signSummary(en, format, fields, points, { allergies: [], today: '2026-11-27' }).future).toBe(true);
    expect(signSummary(en, format, fields, points, { allergies: [], today: '2026-11-28' }).future).toBe(false);
  });
});

describe('the sign dialog’s summary when the screening changed after the session started', () => {
  it('warns after any allergy and before the cocktail’s own warnings', () => {
    const fields = { date: '2026-11-27', products: [product('Xylocaine', 'lidocaine'), { ...product('B'), lot: '' }] };
    const s = signSummary(en, format, fields, points, { allergies: ['lidocaine'], today: null, screeningChanged: true });
    expect(s.warnings[1]).toBe("The patient's screening changed after this session started: check it before signing.");
    expect(s.warnings.length).toBeGreaterThan(2);
    expect(signSummary(en, format, fields, points, { allergies: [], today: null }).warnings).not.toContain(s.warnings[1]);
  });
});
