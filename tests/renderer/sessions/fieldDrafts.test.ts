import { describe, expect, it } from 'vitest';
import { appendPhrase, checkField, refusalPath, refusalText } from '../../../renderer/sessions/fieldDrafts.ts';
import { signSummary } from '../../../renderer/sessions/signSummary.ts';

describe('checkField', () => {
  it('checks a value with the shared schema and words the refusal', () => {
    expect(checkField('practitioner', '  Dr Martin ')).toEqual({ ok: true, value: 'Dr Martin' });
    expect(checkField('practitioner', '  ')).toEqual({ ok: false, message: 'Practitioner is required' });
    expect(checkField('time', '25:00')).toMatchObject({ ok: false, message: 'Time must be a time written HH:MM' });
    expect(checkField('vasAfter', 11)).toMatchObject({ ok: false, message: 'VAS after must be from 0 to 10' });
  });
});

describe('refusals from the store', () => {
  it('finds the field a refusal names', () => {
    expect(refusalPath('fields.products.2.expiry')).toBe('products.2.expiry');
    expect(refusalPath('fields.treatedAreas.3')).toBe('treatedAreas');
    expect(refusalPath('reason')).toBe('reason');
    expect(refusalPath(null)).toBeNull();
  });

  it('words it without the machine path', () => {
    expect(refusalText('fields.products.2.expiry', 'fields.products.2.expiry must be a date written YYYY-MM-DD')).toBe('Product 3, expiry: must be a date written YYYY-MM-DD');
    expect(refusalText('fields.notes', 'fields.notes must be at most 4000 characters')).toBe('Notes must be at most 4000 characters');
    expect(refusalText(null, 'The disk is full')).toBe('The disk is full');
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
      { date: '2025-03-07', products: [{ name: 'A', activeIngredients: '', concentration: '', dilution: '', volumeMl: 1, lot: 'L1', expiry: '2025-01-01' }] },
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
    expect(signSummary({ date: '2025-03-07', products: [] }, []).warnings).toEqual(['No product is recorded for this session.', 'No injection point is charted.']);
  });
});
