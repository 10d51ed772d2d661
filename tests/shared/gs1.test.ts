import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fullYear, GS1_REFUSALS, GS1_SCAN_MAX_LENGTH, parseGs1Scan, type Gs1Product, type Gs1Result } from '../../shared/gs1.ts';
import { gtinCheckDigitValid } from '../../shared/productCatalogue.ts';

const GS = '\x1d';
const TODAY = '2026-11-30';
const read = (scan: string, today = TODAY) => parseGs1Scan(scan, today);
const value = (scan: string, today = TODAY) => {
  const result = read(scan, today);
  if (!result.ok) throw new Error(`refused ${JSON.stringify(scan)}: ${result.reason} at ${result.at}`);
  return result.value;
};
const refusal = (scan: string, today = TODAY) => {
  const result = read(scan, today);
  if (result.ok) throw new Error(`accepted ${JSON.stringify(scan)}: ${JSON.stringify(result.value)}`);
  return result;
};

describe('GS1 examples (General Specifications, DataMatrix Guideline, GS1 Barcode Syntax Engine)', () => {
  it('reads the DataMatrix Guideline example in its printed form, ignoring the ship-to GLN (410)', () => {
    expect(value('(01)03453120000011(17)120508(10)ABCD1234(410)9501101020917')).toEqual({ gtin: '03453120000011', expiry: '2012-05-08', lot: 'ABCD1234' });
  });

  it('reads the same element string as a scanner transmits it: ]d2, a separator after the lot only', () => {
    expect(value(`]d20103453120000011171205081 0ABCD1234${GS}4109501101020917`.replace(' ', ''))).toEqual({ gtin: '03453120000011', expiry: '2012-05-08', lot: 'ABCD1234' });
  });

  it('reads the transmitted strings of GenSpecs §7.8 under each GS1 symbology identifier', () => {
    for (const prefix of [']d2', ']e0', ']Q3', ']C1', ']J1']) expect(value(`${prefix}0110012345678902`)).toEqual({ gtin: '10012345678902' });
    expect(value(']e0011001234567890210ABC123')).toEqual({ gtin: '10012345678902', lot: 'ABC123' });
  });

  it('reads the Syntax Engine scan data: a variable AI of its own (99) after a separator is ignored', () => {
    expect(value(`]d2011231231231233310ABC123${GS}99TESTING`)).toEqual({ gtin: '12312312312333', lot: 'ABC123' });
  });

  it('tolerates a separator after the symbology identifier and after fixed-length fields (a decoder\'s habit)', () => {
    expect(value(`]d2${GS}11180112${GS}15190101${GS}0109501101530003`)).toEqual({ productionDate: '2018-01-12', gtin: '09501101530003' });
  });
});

describe('real-box-like scans', () => {
  // A Swiss pack's DataMatrix (GTIN, serial, separator, expiry, lot last); the lot is ours.
  const swissPack = `01076806693300192110030376244896${GS}1725113010B2411A`;

  it('reads every AI used: GTIN, serial, expiry, lot, production date', () => {
    expect(value(swissPack)).toEqual({ gtin: '07680669330019', serial: '10030376244896', expiry: '2025-11-30', lot: 'B2411A' });
    expect(value(`]d2010950110153000311240105172701311 0L-07/B${GS}21SN00042`.replace(' ', ''))).toEqual({
      gtin: '09501101530003',
      productionDate: '2024-01-05',
      expiry: '2027-01-31',
      lot: 'L-07/B',
      serial: 'SN00042',
    });
  });

  it('takes off what a scanner adds around the data: blanks, a CR/LF or Tab suffix', () => {
    expect(value(`  ${swissPack}\r\n`)).toEqual(value(swissPack));
    expect(value(`]d2${swissPack}\t`)).toEqual(value(swissPack));
  });

  it('accepts the separator as typed by keyboard-wedge set-ups: <GS>, ^], the symbol ␝', () => {
    for (const sep of ['<GS>', '^]', '\u241d']) {
      expect(value(`0109501101530003 10LOT1${sep}21SER1${sep}17270100`.replace(' ', ''))).toEqual({ gtin: '09501101530003', lot: 'LOT1', serial: 'SER1', expiry: '2027-01-31' });
    }
  });

  it('accepts and ignores the other AIs a real box may carry (30, 240, 91, 713 ANVISA, 716 AIC, 8200 URL)', () => {
    const scan = `0109501101530003${GS}3012${GS}240REF-44${GS}91X9${GS}7131234567890123${GS}716012345678${GS}8200http://example.com/p${GS}10LOT9`;
    expect(value(scan)).toEqual({ gtin: '09501101530003', lot: 'LOT9' });
  });

  it('reads the printed form with the lot before the expiry, and with a symbology identifier in front', () => {
    expect(value('(01)09501101530003(10)AB-123(17)270100')).toEqual({ gtin: '09501101530003', lot: 'AB-123', expiry: '2027-01-31' });
    expect(value(']C1(01)09501101530003(21)X1')).toEqual({ gtin: '09501101530003', serial: 'X1' });
  });

  it('takes a plain EAN-13, UPC-A or EAN-8 (the box\'s linear barcode) as the GTIN-14', () => {
    expect(value('3400930001233')).toEqual({ gtin: '03400930001233' });
    expect(value('036000291452')).toEqual({ gtin: '00036000291452' });
    expect(value('95012346')).toEqual({ gtin: '00000095012346' });
    expect(value(']E03400930001233')).toEqual({ gtin: '03400930001233' });
    expect(value(']E495012346')).toEqual({ gtin: '00000095012346' });
    // Digits that also read as GS1 data without GTIN or date (a "lot" 01234567894) are the EAN they check as.
    expect(value('1001234567894')).toEqual({ gtin: '01001234567894' });
    expect(refusal(']E03400930001234')).toMatchObject({ reason: 'bad-check-digit', at: '01' });
  });
});

describe('expiry and production dates', () => {
  it('reads day 00 as the last day of the month, February of a leap year included', () => {
    expect(value('010950110153000317240200').expiry).toBe('2024-02-29');
    expect(value('010950110153000317250200').expiry).toBe('2025-02-28');
    expect(value('010950110153000317261100').expiry).toBe('2026-11-30');
    expect(value('010950110153000317271200').expiry).toBe('2027-12-31');
    expect(value('010950110153000311240200').productionDate).toBe('2024-02-29');
    // 2000 was a leap year, 2100 will not be (seen from 2060, when "00" means 2100).
    expect(value('010950110153000317000200').expiry).toBe('2000-02-29');
    expect(value('010950110153000317000200', '2060-06-01').expiry).toBe('2100-02-28');
  });

  it('places two-digit years within 49 years before and 50 after the current year (GenSpecs §7.12)', () => {
    expect(value('010950110153000317761231').expiry).toBe('2076-12-31');
    expect(value('010950110153000317770101').expiry).toBe('1977-01-01');
    expect(value('010950110153000317100101', '2060-01-01').expiry).toBe('2110-01-01');
    expect(value('010950110153000317110101', '2060-01-01').expiry).toBe('2011-01-01');
    expect(value('010950110153000317991231', '2049-05-05').expiry).toBe('2099-12-31');
  });

  it('refuses a date that names no day: month 00 or 13, day 32, 30 February, 29 February of a common year', () => {
    for (const date of ['260015', '261301', '260132', '260230', '250229']) {
      expect(refusal(`0109501101530003 17${date}`.replace(' ', ''))).toEqual({ ok: false, reason: 'bad-date', at: '17', params: { ai: '17', value: date } });
    }
    expect(refusal('010950110153000311251301')).toMatchObject({ reason: 'bad-date', at: '11' });
  });
});

describe('refusals, all or nothing', () => {
  it('refuses a wrong GTIN check digit and fills nothing else of the scan', () => {
    const result = refusal('01095011015300041727013110LOT1');
    expect(result).toEqual({ ok: false, reason: 'bad-check-digit', at: '01', params: { ai: '01' } });
    expect(result).not.toHaveProperty('value');
  });

  it('refuses a truncated scan, and a separator inside a fixed-length field', () => {
    expect(refusal('010950110153')).toEqual({ ok: false, reason: 'truncated', at: '01', params: { ai: '01', expected: 14, length: 10 } });
    expect(refusal('0109501101530003172701')).toMatchObject({ reason: 'truncated', at: '17', params: { expected: 6, length: 4 } });
    expect(refusal(`0109501101${GS}530003`)).toMatchObject({ reason: 'truncated', at: '01' });
    expect(refusal('(01)0950110153000(17)270131')).toMatchObject({ reason: 'truncated', at: '01', params: { expected: 14, length: 13 } });
    expect(refusal('(01)095011015300033(17)270131')).toMatchObject({ reason: 'too-long', at: '01' });
  });

  it('refuses an AI that no GS1 AI starts with, at its position in the scan', () => {
    expect(refusal('0109501101530003051234')).toEqual({ ok: false, reason: 'unknown-ai', at: 16, params: { ai: '0512' } });
    expect(refusal(` ]d20109501101530003051234`)).toMatchObject({ reason: 'unknown-ai', at: 20 });
    expect(refusal('(01)09501101530003(05)1234')).toMatchObject({ reason: 'unknown-ai', at: 18 });
    // "(017)" is no AI: 01 is two digits long.
    expect(refusal('(017)250630')).toMatchObject({ reason: 'unknown-ai', at: 0 });
  });

  it('refuses a lot or serial longer than 20 characters, takes one of 20', () => {
    expect(value('010950110153000310ABCDEFGHIJKLMNOPQRST').lot).toBe('ABCDEFGHIJKLMNOPQRST');
    expect(refusal('010950110153000310ABCDEFGHIJKLMNOPQRSTU')).toEqual({ ok: false, reason: 'too-long', at: '10', params: { ai: '10', max: 20, length: 21 } });
    expect(refusal('(01)09501101530003(21)ABCDEFGHIJKLMNOPQRSTU')).toMatchObject({ reason: 'too-long', at: '21' });
  });

  it('refuses a scan whose separator was lost (a field running on into the next)', () => {
    // The Swiss pack without its separator: the serial would swallow the expiry and the lot.
    expect(refusal('010768066933001921100303762448961725113010B2411A')).toEqual({ ok: false, reason: 'missing-separator', at: '21', params: { ai: '21', position: 32 } });
    // Short enough to fit, but "17" and a valid date follow the lot, and the scan has no expiry otherwise.
    expect(refusal('010950110153000310B2411A17270131')).toMatchObject({ reason: 'missing-separator', at: '10', params: { position: 24 } });
    // With the separator, the same fields read.
    expect(value(`010950110153000310B2411A${GS}17270131`)).toEqual({ gtin: '09501101530003', lot: 'B2411A', expiry: '2027-01-31' });
    // A lot holding digits is kept when the scan already carries its expiry (or they read as no date).
    expect(value('01095011015300031727013110B2417270131').lot).toBe('B2417270131');
    expect(value('010950110153000310L2110178').lot).toBe('L2110178');
  });

  it('refuses empty input, an empty lot, characters GS1 does not allow in a lot', () => {
    expect(refusal('')).toEqual({ ok: false, reason: 'empty', at: 0, params: {} });
    expect(refusal(' \r\n')).toMatchObject({ reason: 'empty' });
    expect(refusal(`010950110153000310${GS}17270131`)).toEqual({ ok: false, reason: 'empty-field', at: '10', params: { ai: '10' } });
    expect(refusal('010950110153000310LOT 1')).toEqual({ ok: false, reason: 'bad-character', at: '10', params: { ai: '10', character: ' ' } });
    expect(refusal('010950110153000310LOTé')).toMatchObject({ reason: 'bad-character', params: { character: 'é' } });
    expect(refusal('01095011015300AB')).toMatchObject({ reason: 'bad-character', at: '01' });
  });

  it('refuses the same AI twice with two values, takes it twice with one', () => {
    expect(refusal(`0109501101530003172701311727022810LOT1`)).toEqual({ ok: false, reason: 'conflicting-ai', at: '17', params: { ai: '17' } });
    expect(value(`01095011015300031727013110LOT1${GS}17270131`).expiry).toBe('2027-01-31');
  });

  it('refuses GS1 data without any of the five fields (a pallet\'s SSCC), and barcodes that carry no GS1 data', () => {
    expect(refusal('00095011010000000019')).toEqual({ ok: false, reason: 'no-product-data', at: 0, params: { ais: ['00'] } });
    expect(refusal(']A0ABC-123')).toEqual({ ok: false, reason: 'not-gs1', at: 0, params: { symbology: ']A0' } });
    expect(refusal(']Q1https://id.gs1.org/01/09501101530003/10/LOT1')).toMatchObject({ reason: 'not-gs1' });
  });

  it('recognises a scanner typing as a QWERTY keyboard on a French AZERTY system', () => {
    // "0109501101530003" typed through the wrong layout: the digit row unshifted.
    expect(refusal('à&àç(à&&à&("ààà"')).toEqual({ ok: false, reason: 'keyboard-layout', at: 0, params: {} });
  });

  it('refuses input longer than any box carries', () => {
    expect(refusal(`0109501101530003${GS}91${'X'.repeat(GS1_SCAN_MAX_LENGTH)}`)).toMatchObject({ reason: 'too-long', at: GS1_SCAN_MAX_LENGTH, params: { max: GS1_SCAN_MAX_LENGTH } });
  });
});

describe('properties', () => {
  const digits = (n: number) => fc.array(fc.integer({ min: 0, max: 9 }), { minLength: n, maxLength: n }).map((d) => d.join(''));
  const gtin = digits(13).map((body) => [...'0123456789'].map((c) => body + c).find(gtinCheckDigitValid) as string);
  // CSET 82 without '(' and '<': a lot holding "(10)" or "<GS>" cannot be told from an AI or a separator.
  const cset = [...'!"%&\')*+,-./0123456789:;=>?ABCDEFGHIJKLMNOPQRSTUVWXYZ_abcdefghijklmnopqrstuvwxyz'];
  const text = fc.array(fc.constantFrom(...cset), { minLength: 1, maxLength: 20 }).map((c) => c.join(''));
  const date = fc.record({ offset: fc.integer({ min: -49, max: 50 }), month: fc.integer({ min: 1, max: 12 }), day: fc.integer({ min: 0, max: 28 }) });
  const yymmdd = (d: { offset: number; month: number; day: number }) => [(2026 + d.offset) % 100, d.month, d.day].map((n) => String(n).padStart(2, '0')).join('');
  const iso = (d: { offset: number; month: number; day: number }) => {
    const y = 2026 + d.offset;
    const last = new Date(Date.UTC(y, d.month, 0)).getUTCDate();
    return `${y}-${String(d.month).padStart(2, '0')}-${String(d.day === 0 ? last : d.day).padStart(2, '0')}`;
  };
  const box = fc.record({ gtin, lot: text, serial: fc.option(text, { nil: undefined }), expiry: date, production: fc.option(date, { nil: undefined }) });
  type Box = typeof box extends fc.Arbitrary<infer T> ? T : never;
  const elements = (b: Box) => [
    ['01', b.gtin],
    ['17', yymmdd(b.expiry)],
    ...(b.production ? [['11', yymmdd(b.production)]] : []),
    ['10', b.lot],
    ...(b.serial !== undefined ? [['21', b.serial]] : []),
  ];
  const expected = (b: Box): Gs1Product => ({
    gtin: b.gtin,
    expiry: iso(b.expiry),
    lot: b.lot,
    ...(b.serial !== undefined ? { serial: b.serial } : {}),
    ...(b.production ? { productionDate: iso(b.production) } : {}),
  });

  it('reads back any box written in the scanned form: any order, any separator, with or without identifier', () => {
    fc.assert(
      fc.property(box, fc.nat(), fc.constantFrom(GS, '<GS>', '^]', '\u241d'), fc.constantFrom('', ']d2', ']C1', ']Q3'), (b, seed, sep, prefix) => {
        const order = elements(b).sort((x, y) => ((seed >> Number(x[0])) & 1) - ((seed >> Number(y[0])) & 1));
        const scan = prefix + order.map(([ai, v]) => `${ai}${v}${ai === '10' || ai === '21' ? sep : ''}`).join('');
        expect(read(scan)).toEqual({ ok: true, value: expected(b) });
      }),
    );
  });

  it('reads back any box written in the printed form', () => {
    fc.assert(
      fc.property(box, (b) => {
        expect(read(elements(b).map(([ai, v]) => `(${ai})${v}`).join(''))).toEqual({ ok: true, value: expected(b) });
      }),
    );
  });

  it('never throws, and answers either whole ISO-dated fields or a known refusal', () => {
    const anyScan = fc.oneof(fc.string({ maxLength: 80 }), fc.array(fc.constantFrom('01', '10', '17', '21', '11', GS, '(', ')', '0', '9', 'A', '<GS>'), { maxLength: 30 }).map((p) => p.join('')));
    fc.assert(
      fc.property(anyScan, (scan) => {
        const result: Gs1Result = read(scan);
        if (!result.ok) {
          expect(GS1_REFUSALS).toContain(result.reason);
          return;
        }
        expect(Object.keys(result.value).length).toBeGreaterThan(0);
        for (const d of [result.value.expiry, result.value.productionDate]) if (d !== undefined) expect(d).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        if (result.value.gtin !== undefined) expect(gtinCheckDigitValid(result.value.gtin)).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it('places every two-digit year in the 100 years from 49 before the current year to 50 after', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 99 }), fc.integer({ min: 1951, max: 2950 }), (yy, current) => {
        const year = fullYear(yy, current);
        expect(year % 100).toBe(yy);
        expect(year).toBeGreaterThanOrEqual(current - 49);
        expect(year).toBeLessThanOrEqual(current + 50);
      }),
    );
  });
});
