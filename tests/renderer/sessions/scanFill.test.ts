import { describe, expect, it } from 'vitest';
import { GS1_REFUSALS, parseGs1Scan, type Gs1Refusal } from '../../../shared/gs1.ts';
import { LANGUAGES } from '../../../shared/i18n/languages.ts';
import { createTranslator } from '../../../shared/i18n/translator.ts';
import type { CatalogueProduct } from '../../../shared/productCatalogue.ts';
import { emptyProductDraft, parseCocktail } from '../../../renderer/sessions/cocktail.ts';
import { fillFromScan, looksLikeGs1Scan, scanFilledText, splitScan, undoScan } from '../../../renderer/sessions/scanFill.ts';
import { scanRefusalText } from '../../../renderer/products/scanRefusal.ts';

const { t: en } = await createTranslator('en');
const TODAY = '2026-03-02';
const GS = '\x1d';

const lidocaine: CatalogueProduct = {
  id: '7d7f6b8e-2f0c-4a43-9d7e-0c1d2e3f4a5b',
  name: 'Lidocaine 2%',
  activeIngredients: 'lidocaine hydrochloride',
  kind: 'medicinal',
  concentration: '20 mg/ml',
  dilution: '1:1 saline',
  presentation: { form: 'ampoule', volumeMl: 5 },
  manufacturer: 'Galenica',
  gtins: ['04006381333931'],
  notes: '',
  retired: false,
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
};

const parsed = (scan: string) => {
  const r = parseGs1Scan(scan, TODAY);
  if (!r.ok) throw new Error(`refused: ${r.reason}`);
  return r.value;
};

describe('telling a scan from typing', () => {
  it('takes the forms a scanner sends: symbology identifier, group separator, printed "(01)", "01" + GTIN + more', () => {
    expect(looksLikeGs1Scan(']d2010400638133393117271130')).toBe(true);
    expect(looksLikeGs1Scan(`10LD2-4471${GS}17271130`)).toBe(true);
    expect(looksLikeGs1Scan('(01)04006381333931(17)271130')).toBe(true);
    expect(looksLikeGs1Scan('010400638133393117271130')).toBe(true);
  });

  it('leaves names and lots typed by hand alone, a lot of digits and a bare EAN included', () => {
    for (const typed of ['Lidocaine 2%', 'LD2-4471', '4006381333931', '0104006381333931', '(10)', 'Vitamin C (ascorbic acid)', '']) {
      expect(looksLikeGs1Scan(typed)).toBe(false);
      expect(splitScan(typed)).toBeNull();
    }
  });

  it('finds a scan typed after a name, and what the field held before it', () => {
    expect(splitScan(']d20104006381333931')).toEqual({ before: '', scan: ']d20104006381333931' });
    expect(splitScan('Lido]d20104006381333931')).toEqual({ before: 'Lido', scan: ']d20104006381333931' });
    expect(splitScan('Lido(01)04006381333931(10)A')).toEqual({ before: 'Lido', scan: '(01)04006381333931(10)A' });
    // After a lot, with a group separator in the scan: the lot is what the field held before.
    expect(splitScan(`LD2-4471]d2010400638133393210ZZ${GS}17271100`)).toEqual({ before: 'LD2-4471', scan: `]d2010400638133393210ZZ${GS}17271100` });
  });
});

describe('filling a row from a scan', () => {
  const typedRow = { ...emptyProductDraft(), volumeMl: '2', name: 'Lido' };

  it('fills product, lot and expiry when the GTIN is in the catalogue, the volume kept, the scanned field restored first', () => {
    const scan = parsed(`]d20104006381333931${'17271100'}10LD2-4471`);
    const fill = fillFromScan({ ...typedRow, name: `Lido]d2...` }, 'name', 'Lido', scan, lidocaine);
    expect(fill.draft).toMatchObject({ name: 'Lidocaine 2%', activeIngredients: 'lidocaine hydrochloride', concentration: '20 mg/ml', dilution: '1:1 saline', kind: 'medicinal', catalogueId: lidocaine.id, lot: 'LD2-4471', expiry: '2027-11-30', volumeMl: '2' });
    expect(fill.unknownGtin).toBeNull();
    // What is filled is a valid product for the record, with its link and kind.
    const cocktail = parseCocktail([fill.draft]);
    expect(cocktail.ok && cocktail.products[0]).toMatchObject({ catalogueId: lidocaine.id, kind: 'medicinal', lot: 'LD2-4471', expiry: '2027-11-30', volumeMl: 2 });
  });

  it('fills lot and expiry from a scan into the lot field, in the raw form with a group separator', () => {
    const scan = parsed(`0104006381333931${'10'}B-77${GS}17280229`);
    const fill = fillFromScan({ ...typedRow, lot: `0104006381333931` }, 'lot', '', scan, null);
    expect(fill.draft).toMatchObject({ name: 'Lido', lot: 'B-77', expiry: '2028-02-29', catalogueId: null, kind: null });
    // The catalogue does not know the box: the row offers to add it with its GTIN.
    expect(fill.unknownGtin).toBe('04006381333931');
    expect(scanFilledText(en, fill, scan, (d) => d)).toBe('Filled from the box: lot B-77, expiry 2028-02-29. Its GTIN 4006381333931 is not in the catalogue.');
  });

  it('says what it filled, product first', () => {
    const scan = parsed('(01)04006381333931(17)270500(10)LD2-4471');
    const fill = fillFromScan(typedRow, 'name', 'Lido', scan, lidocaine);
    expect(scanFilledText(en, fill, scan, (d) => `[${d}]`)).toBe('Filled from the box: Lidocaine 2%, lot LD2-4471, expiry [2027-05-31].');
  });

  it('a refused scan leaves every field as it was before the scan', () => {
    const before = { ...typedRow, lot: 'OLD', expiry: '2027-01-31' };
    const during = { ...before, name: 'Lido]d20104006381333932' };
    const result = parseGs1Scan(']d20104006381333932', TODAY);
    expect(result.ok).toBe(false);
    expect(undoScan(during, 'name', 'Lido')).toEqual(before);
  });
});

describe('a refusal in words', () => {
  const refusals = GS1_REFUSALS.map((reason): Gs1Refusal => ({ ok: false, reason, at: '17', params: { ai: '17', symbology: ']A0', value: '271340', max: 512, expected: 6, length: 4, position: 12, character: '~', ais: ['90'] } }));

  it.each([...LANGUAGES])('words every reason in %s, naming the field, with nothing left unfilled', async (language) => {
    const { t } = await createTranslator(language);
    const texts = refusals.map((r) => scanRefusalText(t, r));
    for (const text of texts) {
      expect(text).not.toMatch(/\{\{|sessions:|scan\.refusal/);
      expect(text.length).toBeGreaterThan(20);
    }
    expect(new Set(texts).size).toBe(texts.length);
  });

  it('names the field in words, or the AI when it is not one of ours', () => {
    const bad = parseGs1Scan(']d2010400638133393117271340', TODAY) as Gs1Refusal;
    expect(scanRefusalText(en, bad)).toBe('Scan refused, nothing was filled: the expiry date (17): “271340” is not a calendar day.');
    const check = parseGs1Scan(']d20104006381333932', TODAY) as Gs1Refusal;
    expect(scanRefusalText(en, check)).toBe('Scan refused, nothing was filled: the product code’s check digit is wrong: the code was misread. Scan again.');
    expect(scanRefusalText(en, { ok: false, reason: 'empty-field', at: '240', params: { ai: '240' } })).toBe('Scan refused, nothing was filled: the field (240) is empty.');
  });
});
