import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { createFormatter, InvalidDateError, isTimeZone, parseIsoDate } from '../../../shared/format/formatter.ts';
import { FORMAT_LOCALE, LANGUAGES, type Language } from '../../../shared/i18n/languages.ts';

// The one formatter of dates, times, instants and numbers, for the screens and the printed records, in
// the five languages. Intl writes the French thousands separator and the space before "mm" as a narrow
// no-break space (U+202F) and the space before % (French, Spanish) as a no-break space (U+00A0), so that
// "1 234 567", "4,5 mm" or "42 %" never breaks across two lines.
const NNBSP = '\u202f';
const NBSP = '\u00a0';

type Row = {
  date: [string, string];
  dateAugust: string;
  dateShort: string;
  dayMonth: string;
  instant: string;
  instantSummer: string;
  number: string;
  big: string;
  integer: string;
  depth: string;
  depthWhole: string;
  volume: string;
  percent: string;
};

// 2025-03-07T13:30:00Z is 14:30 in Paris (winter, UTC+1); 2025-07-07T13:30:00Z is 15:30 (summer, UTC+2).
const EXPECTED: Record<Language, Row> = {
  en: {
    date: ['2025-03-07', '7 Mar 2025'],
    dateAugust: '21 Aug 2025',
    dateShort: '07/03/2025',
    dayMonth: '7 Mar',
    instant: '7 Mar 2025, 14:30',
    instantSummer: '7 Jul 2025, 15:30',
    number: '4.5',
    big: '1,234,567.89',
    integer: '1,234,567',
    depth: '4.5 mm',
    depthWhole: '6 mm',
    volume: '0.25 ml',
    percent: '42%',
  },
  fr: {
    date: ['2025-03-07', '7 mars 2025'],
    dateAugust: '21 août 2025',
    dateShort: '07/03/2025',
    dayMonth: '7 mars',
    instant: '7 mars 2025, 14:30',
    instantSummer: '7 juil. 2025, 15:30',
    number: '4,5',
    big: `1${NNBSP}234${NNBSP}567,89`,
    integer: `1${NNBSP}234${NNBSP}567`,
    depth: `4,5${NNBSP}mm`,
    depthWhole: `6${NNBSP}mm`,
    volume: '0,25 ml',
    percent: `42${NBSP}%`,
  },
  it: {
    date: ['2025-03-07', '7 mar 2025'],
    dateAugust: '21 ago 2025',
    dateShort: '07/03/2025',
    dayMonth: '7 mar',
    instant: '7 mar 2025, 14:30',
    instantSummer: '7 lug 2025, 15:30',
    number: '4,5',
    big: '1.234.567,89',
    integer: '1.234.567',
    depth: '4,5 mm',
    depthWhole: '6 mm',
    volume: '0,25 ml',
    percent: '42%',
  },
  es: {
    date: ['2025-03-07', '7 mar 2025'],
    dateAugust: '21 ago 2025',
    dateShort: '07/03/2025',
    dayMonth: '7 mar',
    instant: '7 mar 2025, 14:30',
    instantSummer: '7 jul 2025, 15:30',
    number: '4,5',
    big: '1.234.567,89',
    integer: '1.234.567',
    depth: '4,5 mm',
    depthWhole: '6 mm',
    volume: '0,25 ml',
    percent: `42${NBSP}%`,
  },
  'pt-BR': {
    date: ['2025-03-07', '7 de mar. de 2025'],
    dateAugust: '21 de ago. de 2025',
    dateShort: '07/03/2025',
    dayMonth: '7 de mar.',
    instant: '7 de mar. de 2025, 14:30',
    instantSummer: '7 de jul. de 2025, 15:30',
    number: '4,5',
    big: '1.234.567,89',
    integer: '1.234.567',
    depth: '4,5 mm',
    depthWhole: '6 mm',
    volume: '0,25 ml',
    percent: '42%',
  },
};

describe.each(LANGUAGES)('the formatter in %s', (language) => {
  const f = createFormatter(language, 'Europe/Paris');
  const row = EXPECTED[language];

  it('follows the conventions of its locale', () => {
    expect(f.locale).toBe(FORMAT_LOCALE[language]);
    expect(f.timeZone).toBe('Europe/Paris');
  });

  it('writes calendar dates with the month named in the language, and short dates day first', () => {
    expect(f.date(row.date[0])).toBe(row.date[1]);
    expect(f.date('2025-08-21')).toBe(row.dateAugust);
    expect(f.dateShort('2025-03-07')).toBe(row.dateShort);
    expect(f.dayMonth('2025-03-07')).toBe(row.dayMonth);
  });

  it('never shifts a calendar date, whatever the time zone (a birth date has none)', () => {
    for (const zone of ['Pacific/Kiritimati', 'Pacific/Pago_Pago', 'UTC']) expect(createFormatter(language, zone).date('2025-03-07')).toBe(row.date[1]);
  });

  it('writes times on the 24-hour clock', () => {
    expect(f.time('14:30')).toBe('14:30');
    expect(f.time('09:05')).toBe('09:05');
    expect(f.time('00:00:59')).toBe('00:00');
  });

  it('writes an instant in the clinic’s time zone, winter and summer time', () => {
    expect(f.instant('2025-03-07T13:30:00Z')).toBe(row.instant);
    expect(f.instant('2025-03-07T14:30:00+01:00')).toBe(row.instant);
    expect(f.instant('2025-07-07T13:30:00.000Z')).toBe(row.instantSummer);
    // Its calendar day is the clinic's: 23:30 UTC is already the next day in Paris.
    expect(f.instantDay('2025-03-07T23:30:00Z')).toBe('2025-03-08');
  });

  it('writes decimals with the language’s decimal mark and grouping', () => {
    expect(f.number(4.5)).toBe(row.number);
    expect(f.number(1234567.891)).toBe(row.big);
    expect(f.number(0.125, 3)).toBe(row.number.includes(',') ? '0,125' : '0.125');
    expect(f.integer(1234567)).toBe(row.integer);
    expect(f.integer(4.6)).toBe('5');
  });

  it('writes depths in mm, volumes in ml and percentages', () => {
    expect(f.depth(4.5)).toBe(row.depth);
    expect(f.depth(6)).toBe(row.depthWhole);
    expect(f.depth(4.25)).toBe(row.depth.replace('4,5', '4,3').replace('4.5', '4.3'));
    expect(f.volume(0.25)).toBe(row.volume);
    expect(f.percent(0.42)).toBe(row.percent);
  });

  it('refuses an impossible date, time or number instead of printing it', () => {
    for (const bad of ['2025-13-01', '2025-02-30', '2025-02-29', '2025-00-10', '2025-04-31', '2025-3-7', '07/03/2025', '', 'yesterday']) {
      expect(() => f.date(bad), bad).toThrow(InvalidDateError);
      expect(() => f.dateShort(bad), bad).toThrow(InvalidDateError);
    }
    expect(f.date('2024-02-29')).not.toBe('');
    for (const bad of ['24:00', '12:60', '9:30', 'noon']) expect(() => f.time(bad), bad).toThrow(InvalidDateError);
    for (const bad of ['2025-13-01T10:00:00Z', '2025-02-30T10:00:00Z', '2025-03-07', 'not a date', '']) expect(() => f.instant(bad), bad).toThrow(InvalidDateError);
    expect(() => f.instantDay('2025-02-30T10:00:00Z')).toThrow(InvalidDateError);
    for (const bad of [Number.NaN, Number.POSITIVE_INFINITY]) {
      expect(() => f.number(bad)).toThrow(RangeError);
      expect(() => f.depth(bad)).toThrow(RangeError);
      expect(() => f.volume(bad)).toThrow(RangeError);
    }
  });
});

describe('the time-zone rule', () => {
  it('reads the same instant the same way whatever time zone the process runs in', () => {
    const script = `
      import { createFormatter } from './shared/format/formatter.ts';
      const out = [];
      for (const language of ['en', 'fr', 'it', 'es', 'pt-BR']) {
        const f = createFormatter(language, 'America/Sao_Paulo');
        out.push(f.instant('2025-03-07T13:30:00Z'), f.instantDay('2025-03-08T01:30:00Z'), f.date('2025-03-07'));
      }
      console.log(JSON.stringify(out));`;
    const runIn = (tz: string) => {
      const result = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8', env: { ...process.env, TZ: tz } });
      expect(result.status, result.stderr).toBe(0);
      return JSON.parse(result.stdout) as string[];
    };
    const auckland = runIn('Pacific/Auckland');
    expect(runIn('America/Los_Angeles')).toEqual(auckland);
    expect(runIn('UTC')).toEqual(auckland);
    // São Paulo is UTC−3: 13:30 UTC is 10:30 there, and 01:30 UTC on the 8th is still the 7th.
    expect(auckland.slice(0, 3)).toEqual(['7 Mar 2025, 10:30', '2025-03-07', '7 Mar 2025']);
    expect(auckland.slice(3, 6)).toEqual(['7 mars 2025, 10:30', '2025-03-07', '7 mars 2025']);
  });

  it('falls back to the system’s zone for a zone Intl does not know, and knows the IANA names', () => {
    expect(isTimeZone('Europe/Rome')).toBe(true);
    expect(isTimeZone('America/Sao_Paulo')).toBe(true);
    expect(isTimeZone('Mars/Olympus_Mons')).toBe(false);
    expect(createFormatter('fr', 'Mars/Olympus_Mons').timeZone).toBe(Intl.DateTimeFormat().resolvedOptions().timeZone);
  });

  it('parses a calendar date to UTC midnight, or refuses it', () => {
    expect(parseIsoDate('2024-02-29').toISOString()).toBe('2024-02-29T00:00:00.000Z');
    expect(() => parseIsoDate('2025-02-29')).toThrow(/Not a valid date: "2025-02-29"/);
  });
});

describe('the pseudo-language', () => {
  it('formats as English (British conventions), its words being the only difference', () => {
    const xa = createFormatter('en-XA', 'Europe/Paris');
    const en = createFormatter('en', 'Europe/Paris');
    expect(xa.date('2025-03-07')).toBe(en.date('2025-03-07'));
    expect(xa.depth(4.5)).toBe('4.5 mm');
  });
});
