import { describe, expect, it } from 'vitest';
import { catalogueNameKey, catalogueProductChanges, catalogueProductInputSchema, gtinAsPrinted, gtinCheckDigitValid, gtinSchema } from '../../shared/productCatalogue.ts';

describe('GTINs', () => {
  it('verifies the GS1 check digit of every length, padded to GTIN-14', () => {
    for (const valid of ['96385074', '12345670', '036000291452', '4006381333931', '8001234567897', '10614141000415']) {
      expect(gtinCheckDigitValid(valid.padStart(14, '0')), valid).toBe(true);
    }
    expect(gtinCheckDigitValid('04006381333932')).toBe(false);
    expect(gtinCheckDigitValid('4006381333931')).toBe(false);
  });

  it('reads a typed or scanned GTIN as GTIN-14, and names what is wrong as its reason', () => {
    expect(gtinSchema.parse(' 4006381333931 ')).toBe('04006381333931');
    expect(gtinSchema.parse('12345670')).toBe('00000012345670');
    const reason = (value: string) => (gtinSchema.safeParse(value).error?.issues[0] as { params?: { reason?: string } } | undefined)?.params?.reason;
    expect(reason('400638133393')).toBe('gtin-check-digit');
    expect(reason('40063813339')).toBe('gtin-format');
    expect(reason('4006-3813-3393')).toBe('gtin-format');
    expect(gtinSchema.safeParse('40063813339').error?.issues).toHaveLength(1);
  });

  it('shows a stored GTIN as the box prints it', () => {
    expect(gtinAsPrinted('04006381333931')).toBe('4006381333931');
    expect(gtinAsPrinted('00036000291452')).toBe('036000291452');
    expect(gtinAsPrinted('00000012345670')).toBe('12345670');
    expect(gtinAsPrinted('10614141000415')).toBe('10614141000415');
  });
});

describe('catalogue products', () => {
  it('folds names for uniqueness: case, spacing and composed accents aside', () => {
    expect(catalogueNameKey('  Lidocaïne   2 %')).toBe(catalogueNameKey('LIDOCAI\u0308NE 2 %'));
    expect(catalogueNameKey('Lidocaine 2%')).not.toBe(catalogueNameKey('Lidocaine 1%'));
  });

  it('refuses the same GTIN twice in one product, at its second place', () => {
    const parsed = catalogueProductInputSchema.safeParse({ name: 'HA', kind: 'device', gtins: ['4006381333931', '12345670', '04006381333931'] });
    expect(parsed.error?.issues).toMatchObject([{ path: ['gtins', 2], params: { reason: 'gtin-repeated' } }]);
  });

  it('lists what an edit changed, from and to', () => {
    const before = catalogueProductInputSchema.parse({ name: 'HA', kind: 'device', gtins: ['12345670'] });
    expect(catalogueProductChanges(before, { ...before })).toEqual({});
    expect(catalogueProductChanges(before, { ...before, kind: 'medicinal', presentation: { form: 'vial', volumeMl: 2 } })).toEqual({
      kind: { from: 'device', to: 'medicinal' },
      presentation: { from: { form: 'vial', volumeMl: null }, to: { form: 'vial', volumeMl: 2 } },
    });
  });
});
