import { describe, expect, it } from 'vitest';
import { ApiError } from '../../../shared/errors.ts';
import { createFormatter } from '../../../shared/format/formatter.ts';
import { createTranslator } from '../../../shared/i18n/translator.ts';
import { errorText } from '../../../renderer/i18n/errorText.ts';
import { AFTERCARE_PHRASES, appendPhrase, checkField, refusalPath, refusalText } from '../../../renderer/sessions/fieldDrafts.ts';
import { signSummary } from '../../../renderer/sessions/signSummary.ts';

const { t: en } = await createTranslator('en');
const { t: fr } = await createTranslator('fr');
const format = createFormatter('en');

describe('checkField', () => {
  it('checks a value with the shared schema and gives the refusal as data, at the field', () => {
    expect(checkField('practitioner', '  Dr Martin ')).toEqual({ ok: true, value: 'Dr Martin' });
    expect(checkField('practitioner', '  ')).toMatchObject({ ok: false, problem: { error: { code: 'invalid-input', field: 'practitioner', reason: 'required' } } });
    expect(checkField('time', '25:00')).toMatchObject({ ok: false, problem: { error: { field: 'time' } } });
    expect(checkField('vasAfter', 11)).toMatchObject({ ok: false, problem: { error: { field: 'vasAfter', reason: 'too_big', params: { maximum: 10 } } } });
  });
});

describe('refusals from the store', () => {
  it('finds the field a refusal names', () => {
    expect(refusalPath('fields.products.2.expiry')).toBe('products.2.expiry');
    expect(refusalPath('fields.treatedAreas.3')).toBe('treatedAreas');
    expect(refusalPath('reason')).toBe('reason');
    expect(refusalPath(null)).toBeNull();
  });

  it('words it in the screen’s language, as errorText does', () => {
    const refused = new ApiError({ code: 'invalid-input', field: 'fields.notes', reason: 'too_big', params: { maximum: 4000 } });
    expect(refusalText(en, refused)).toBe(errorText(en, refused));
    expect(refusalText(fr, refused)).toBe(errorText(fr, refused));
  });
});

describe('aftercare phrases', () => {
  it('are said in the screen’s language', () => {
    expect(AFTERCARE_PHRASES.map((k) => en(`sessions:aftercare.${k}`))).toContain('Apply cold if bruising.');
    expect(AFTERCARE_PHRASES.map((k) => fr(`sessions:aftercare.${k}`))).toContain('Appliquer du froid en cas d’ecchymose.');
  });
});

describe('appendPhrase', () => {
  it('adds a phrase on its own line, once', () => {
    expect(appendPhrase('', 'Apply cold if bruising.')).toBe('Apply cold if bruising.');
    expect(appendPhrase('No make-up for 12 h.\n', 'Apply cold if bruising.')).toBe('No make-up for 12 h.\nApply cold if bruising.');
    expect(appendPhrase('Apply cold if bruising.', 'Apply cold if bruising.')).toBe('Apply cold if bruising.');
  });
});

describe('signSummary', () => {
  it('counts points per view and lists what is amiss', () => {
    const s = signSummary(
      en,
      format,
      { date: '2025-03-07', products: [{ name: 'A', activeIngredients: '', concentration: '', dilution: '', volumeMl: 1, lot: 'L1', expiry: '2025-01-01', catalogueId: null, kind: null, expiredLotReason: '' }] },
      [{ view: 'face' }, { view: 'body-front' }, { view: 'face' }],
    );
    expect(s.pointCount).toBe(3);
    expect(s.byView).toEqual([
      { view: 'body-front', count: 1 },
      { view: 'face', count: 2 },
    ]);
    expect(s.products[0]).toMatchObject({ name: 'A', lot: 'L1', expired: true, missingLot: false });
    expect(s.warnings).toHaveLength(1);
    expect(s.warnings[0]).toMatch(/expired on 1 Jan 2025/);
  });

  it('warns of an empty chart and an empty cocktail', () => {
    expect(signSummary(en, format, { date: '2025-03-07', products: [] }, []).warnings).toEqual(['No product is recorded for this session.', 'No injection point is charted.']);
    expect(signSummary(fr, format, { date: '2025-03-07', products: [] }, []).warnings).toEqual(['Aucun produit n’est enregistré pour cette séance.', 'Aucun point d’injection n’est cartographié.']);
  });
});
