import { describe, expect, it } from 'vitest';
import { ApiError } from '../../../shared/errors.ts';
import { LANGUAGES } from '../../../shared/i18n/languages.ts';
import { createTranslator } from '../../../shared/i18n/translator.ts';
import type { CatalogueProduct } from '../../../shared/productCatalogue.ts';
import { errorText, issueText } from '../../../renderer/i18n/errorText.ts';
import { checkDraft, draftOf, isDirty, matchesSearch, newProductDraft, problemField, type ProductDraft } from '../../../renderer/products/productDraft.ts';

const product: CatalogueProduct = {
  id: '6f1c1f0e-4a57-4b1e-9d55-5a3d3c1f1e01',
  name: 'Lidocaïne 2%',
  activeIngredients: 'lidocaine hydrochloride',
  kind: 'medicinal',
  concentration: '20 mg/ml',
  dilution: '',
  presentation: { form: 'ampoule', volumeMl: 2.5 },
  manufacturer: 'Galenica',
  gtins: ['04006381333931'],
  notes: '',
  retired: false,
  createdAt: '2026-03-02T10:00:00.000Z',
  updatedAt: '2026-03-02T10:00:00.000Z',
};

const draft = (overrides: Partial<ProductDraft>): ProductDraft => ({ ...newProductDraft(), ...overrides });

describe('the product dialog’s draft', () => {
  it('starts empty with a vial and one GTIN box for the scanner; a catalogue product reads back as typed', () => {
    expect(newProductDraft()).toMatchObject({ name: '', kind: '', form: 'vial', volumeMl: '', gtins: [''] });
    const editing = draftOf(product, (n) => String(n).replace('.', ','));
    expect(editing).toMatchObject({ name: 'Lidocaïne 2%', kind: 'medicinal', form: 'ampoule', volumeMl: '2,5', gtins: ['4006381333931'] });
    expect(checkDraft(editing, product.id)).toEqual({
      ok: true,
      fields: { id: product.id, name: 'Lidocaïne 2%', activeIngredients: 'lidocaine hydrochloride', kind: 'medicinal', concentration: '20 mg/ml', dilution: '', presentation: { form: 'ampoule', volumeMl: 2.5 }, manufacturer: 'Galenica', gtins: ['04006381333931'], notes: '' },
    });
    expect(isDirty(editing, draftOf(product, (n) => String(n).replace('.', ',')))).toBe(false);
    expect(isDirty({ ...editing, notes: 'x' }, editing)).toBe(true);
  });

  it('finds every problem at once, each under the field it belongs to (a GTIN under the box it was typed in)', () => {
    const checked = checkDraft(draft({ name: '  ', volumeMl: '2,5 ml', gtins: ['', '4006381333932', ' ', '40063'] }));
    expect(checked.ok).toBe(false);
    if (checked.ok) return;
    expect(checked.issues.map((i) => i.field)).toEqual(['name', 'kind', 'volumeMl', 'gtins.1', 'gtins.3']);
    expect(checked.issues.map((i) => (i.issue.code === 'custom' ? (i.issue.params as { reason: string }).reason : i.issue.code))).toEqual([
      'too_small',
      'invalid_value',
      'invalid_type',
      'gtin-check-digit',
      'gtin-format',
    ]);
  });

  it('sends nothing for empty GTIN boxes, and puts a refusal of the nth GTIN sent under its box', () => {
    const withGaps = draft({ name: 'HA 1%', kind: 'device', gtins: ['', '12345670', '', '4006381333931'] });
    const checked = checkDraft(withGaps);
    expect(checked.ok && checked.fields.gtins).toEqual(['00000012345670', '04006381333931']);
    expect(problemField(withGaps, 'gtins.1'.split('.'))).toBe('gtins.3');
    expect(problemField(withGaps, ['gtins'])).toBe('gtins.1');
    expect(problemField(withGaps, ['presentation', 'volumeMl'])).toBe('volumeMl');
    expect(problemField(withGaps, ['name'])).toBe('name');
  });

  it('searches by name, ingredient and manufacturer whatever the case and accents, and by GTIN digits', () => {
    expect(matchesSearch(product, '')).toBe(true);
    expect(matchesSearch(product, 'LIDOCAINE')).toBe(true);
    expect(matchesSearch(product, 'hydrochlor')).toBe(true);
    expect(matchesSearch(product, 'galénica')).toBe(true);
    expect(matchesSearch(product, '4006381')).toBe(true);
    expect(matchesSearch(product, '4006 3813 3393 1')).toBe(true);
    expect(matchesSearch(product, 'procaine')).toBe(false);
    expect(matchesSearch(product, '1234')).toBe(false);
  });
});

describe('the words of the catalogue’s errors', () => {
  it('says what is wrong with a GTIN, and which product already has it, in every language', async () => {
    const en = (await createTranslator('en')).t;
    const checkDigit = new ApiError({ code: 'invalid-input', field: 'gtins.0', reason: 'gtin-check-digit' });
    const taken = new ApiError({ code: 'conflict', field: 'gtins.1', reason: 'gtin-taken', params: { gtin: '04006381333931', name: 'Lidocaine 2%' } });
    const nameTaken = new ApiError({ code: 'conflict', field: 'name', reason: 'catalogue-name-taken', params: { name: 'Lidocaine 2%' } });
    expect(errorText(en, checkDigit)).toBe('GTIN does not add up: its last digit (the check digit) does not match the others. Check the number on the box');
    expect(errorText(en, taken)).toBe('The GTIN 04006381333931 already belongs to “Lidocaine 2%” in the catalogue: a GTIN names one product');
    expect(errorText(en, nameTaken)).toBe('A product named “Lidocaine 2%” is already offered in the catalogue');
    const checked = checkDraft(draft({ name: 'HA', kind: 'device', gtins: ['40063'] }));
    if (checked.ok) throw new Error('expected a refusal');
    expect(issueText(en, checked.issues[0]!.issue, checked.input)).toBe('must have 8, 12, 13 or 14 digits: the number under the barcode');
    for (const language of LANGUAGES) {
      const t = (await createTranslator(language)).t;
      for (const error of [checkDigit, taken, nameTaken]) {
        const text = errorText(t, error);
        expect(text, `${language} ${error.reason}`).not.toBe(t('errors:code.invalidInput'));
        expect(text, `${language} ${error.reason}`).not.toBe(t('errors:code.conflict'));
        expect(text).not.toMatch(/\{\{|undefined/);
      }
      expect(errorText(t, taken)).toContain('Lidocaine 2%');
    }
  });
});
