import { describe, expect, it } from 'vitest';
import { arrow, describeAmendment as describeIn, fieldValueText as fieldValueIn, quote as quoteIn, wasNow, type AmendmentTextStyle } from '../../shared/amendmentText.ts';
import { createFormatter } from '../../shared/format/formatter.ts';
import { createTranslator } from '../../shared/i18n/translator.ts';
import { productLabel, type Product } from '../../shared/product.ts';
import { chartPoint } from './sessionFixtures.ts';

const hyaluronic: Product = { name: 'Hyaluronic acid', activeIngredients: '', concentration: '', dilution: '', volumeMl: 2, lot: '', expiry: '', catalogueId: null, kind: null, expiredLotReason: '' };

// English as the screens and records say it (the catalogue's reference language), and French.
const en = await createTranslator('en');
const fr = await createTranslator('fr');
const enFormat = createFormatter('en', 'Europe/London');
const frFormat = createFormatter('fr', 'Europe/Paris');
const describeAmendment = (changes: Parameters<typeof describeIn>[2], style: AmendmentTextStyle) => describeIn(en.t, enFormat, changes, style);
const fieldValueText = (name: Parameters<typeof fieldValueIn>[2], value: Parameters<typeof fieldValueIn>[3]) => fieldValueIn(en.t, enFormat, name, value);
const quote = (text: string) => quoteIn(en.t, text);

/** The screen's way and the printed record's way. */
const screen: AmendmentTextStyle = { change: arrow, quoteMax: 60 };
const print = (numbers: Record<string, string> = {}): AmendmentTextStyle => ({ change: wasNow, itemise: { pointNumber: (id) => numbers[id] ?? '?' } });

describe('describeAmendment, fields', () => {
  const fields = {
    vasAfter: { from: 3, to: 2 },
    vasBefore: { from: null, to: 7 },
    sideEffects: { from: ['wheals' as const], to: ['wheals' as const, 'ecchymosis' as const] },
    notes: { from: '', to: 'Patient felt dizzy after the session and rested 10 minutes' },
  };

  it('says what changed from what to what, fields in form order, with an arrow', () => {
    expect(describeAmendment({ fields }, screen)).toEqual([
      'VAS before: not recorded → 7',
      'VAS after: 3 → 2',
      'Side effects: Wheals → Wheals, Ecchymosis / bruising',
      'Notes: — → “Patient felt dizzy after the session and rested 10 minutes”',
    ]);
  });

  it('says the same with "was …, now …" for the printed record', () => {
    expect(describeAmendment({ fields }, print())).toEqual([
      'VAS before: was not recorded, now 7',
      'VAS after: was 3, now 2',
      'Side effects: was Wheals, now Wheals, Ecchymosis / bruising',
      'Notes: was —, now “Patient felt dizzy after the session and rested 10 minutes”',
    ]);
  });

  it('writes dates as the medium does, and cuts long free text only where asked', () => {
    const changes = { fields: { date: { from: '2026-05-30', to: '2026-05-31' }, aftercare: { from: 'Ice', to: `${'x'.repeat(70)}\n  end` } } };
    const [date, aftercare] = describeAmendment(changes, screen);
    expect(date).toBe('Date: 30 May 2026 → 31 May 2026');
    expect(aftercare).toBe(`Aftercare: “Ice” → “${'x'.repeat(59)}…”`);
    expect(describeAmendment(changes, print())).toEqual(['Date: was 30 May 2026, now 31 May 2026', `Aftercare: was “Ice”, now “${'x'.repeat(70)} end”`]);
  });
});

describe('describeAmendment, the cocktail', () => {
  it('describes it product by product and field by field', () => {
    const changes = { fields: { products: { from: [hyaluronic], to: [{ ...hyaluronic, lot: 'HA-77', expiry: '2026-05-31', volumeMl: 2.5 }] } } };
    expect(describeAmendment(changes, screen)).toEqual([
      'Product 1 (Hyaluronic acid), volume: 2 ml → 2.5 ml',
      'Product 1 (Hyaluronic acid), lot: — → HA-77',
      'Product 1 (Hyaluronic acid), expiry: — → 31 May 2026',
    ]);
    expect(describeAmendment(changes, print())).toContain('Product 1 (Hyaluronic acid), expiry: was —, now 31 May 2026');
  });

  it('says which products were added and removed', () => {
    const piroxicam = { ...hyaluronic, name: 'Piroxicam 20 mg' };
    expect(describeAmendment({ fields: { products: { from: [hyaluronic], to: [hyaluronic, piroxicam] } } }, print())).toEqual(['Product 2 (Piroxicam 20 mg) added']);
    expect(describeAmendment({ fields: { products: { from: [hyaluronic, piroxicam], to: [hyaluronic] } } }, screen)).toEqual(['Product 2 (Piroxicam 20 mg) removed']);
  });
});

describe('describeAmendment, points and photos', () => {
  const before = chartPoint('p1', { depthMm: 4, volumeMl: 0.1, note: '' });
  const after = { ...before, depthMm: 5, x: before.x + 10, volumeMl: 0.2, note: 'medial' };
  const added = chartPoint('p9');
  const photo = { id: 'ph1', pose: 'front' as const, caption: 'after', hash: 'abcdef0123456789abcdef' };
  const changes = { points: { added: [added], removed: ['p2', 'p3'], changed: [{ from: before, to: after }] }, photos: { added: [photo], removed: [{ ...photo, caption: '' }] } };

  it('counts them on screen', () => {
    expect(describeAmendment(changes, screen)).toEqual(['Chart: 1 point added, 2 points removed, 1 point changed', 'Photos: 1 photo added, 1 photo removed']);
    expect(describeAmendment({ points: { added: [], removed: ['a', 'b'], changed: [] } }, screen)).toEqual(['Chart: 2 points removed']);
  });

  it('lists them one by one in the printed record, a point by its number', () => {
    const knee = 'Left knee';
    expect(describeAmendment(changes, print({ p1: '1 (Body, front)', p9: '4 (Body, front)', p2: '2 (Body, front)' }))).toEqual([
      `Point 4 (Body, front) added: Body, front, ${knee}, 4 mm`,
      'Point 2 (Body, front) removed',
      'Point ? removed',
      'Point 1 (Body, front): depth was 4 mm, now 5 mm; moved; volume was 0.1 ml, now 0.2 ml; note was —, now “medial”',
      'Photo added: Front, “after” (file abcdef012345…)',
      'Photo removed: Front (file abcdef012345… kept)',
    ]);
  });
});

describe('labels', () => {
  // Side effects, techniques and views: tests/shared/clinicalLabels.test.ts.
  it('names a product by its place in the cocktail (from 1) and its trimmed name, in the language asked', () => {
    expect(productLabel(en.t, { name: ' Lidocaine 2% ' }, 1)).toBe('Product 2 (Lidocaine 2%)');
    expect(productLabel(en.t, { name: '' }, 0)).toBe('Product 1');
    expect(productLabel(fr.t, { name: 'Lidocaïne 2 %' }, 1)).toBe('Produit 2 (Lidocaïne 2 %)');
  });

  it('says a field value in words', () => {
    expect(fieldValueText('injector', { kind: 'multi', needleCount: 1 })).toBe('multi-injector, 1 needle');
    expect(fieldValueText('injector', { kind: 'single' })).toBe('single needle');
    expect(fieldValueText('treatedAreas', [])).toBe('none');
    expect(fieldValueText('time', '')).toBe('—');
    expect(quote('  a\n b ')).toBe('“a b”');
  });
});

describe('in French', () => {
  it('words changes, dates, decimals and quotes as a French record does', () => {
    const changes = {
      fields: {
        vasAfter: { from: 3, to: 2 },
        notes: { from: '', to: 'Malaise' },
        products: { from: [hyaluronic], to: [{ ...hyaluronic, volumeMl: 2.5, expiry: '2026-05-31' }] },
      },
      points: { added: [], removed: ['a', 'b'], changed: [] },
    };
    expect(describeIn(fr.t, frFormat, changes, screen)).toEqual([
      'Produit 1 (Hyaluronic acid), volume\u00a0: 2 ml → 2,5 ml',
      'Produit 1 (Hyaluronic acid), péremption\u00a0: — → 31 mai 2026',
      'EVA après\u00a0: 3 → 2',
      'Notes\u00a0: — → «\u00a0Malaise\u00a0»',
      'Cartographie\u00a0: 2 points retirés',
    ]);
    expect(describeIn(fr.t, frFormat, { fields: { vasAfter: { from: 3, to: 2 } } }, print())).toEqual(['EVA après\u00a0: était 3, devient 2']);
    expect(fieldValueIn(fr.t, frFormat, 'injector', { kind: 'multi', needleCount: 5 })).toBe('multi-injecteur, 5 aiguilles');
  });
});

describe('needles named from the clinic’s catalogue', () => {
  // A needle the clinic added (id from its size) and a shipped one it renamed.
  const clinic = [
    { id: '31G-8mm', gauge: 31, lengthMm: 8, label: '', retired: false },
    { id: '30G-4mm', gauge: 30, lengthMm: 4, label: 'Mesoram 30G 4 mm', retired: false },
  ];

  it('the default needle reads as the catalogue names it, not as its id', () => {
    const fields = { defaultNeedle: { from: '30G-4mm', to: '31G-8mm' } };
    expect(describeAmendment({ fields }, { ...screen, needles: clinic })).toEqual(['Default needle: Mesoram 30G 4 mm → 31G × 8 mm']);
    expect(fieldValueIn(fr.t, frFormat, 'defaultNeedle', '31G-8mm', { needles: clinic })).toBe('31G × 8 mm');
  });

  it('a point’s needle on the printed record reads the same', () => {
    const from = chartPoint('p1', { needle: '30G-4mm' });
    const to = { ...from, needle: '31G-8mm' };
    const lines = describeAmendment({ points: { added: [], removed: [], changed: [{ from, to }] } }, { ...print({ p1: '1' }), needles: clinic });
    expect(lines).toEqual(['Point 1: needle was Mesoram 30G 4 mm, now 31G × 8 mm']);
  });
});
