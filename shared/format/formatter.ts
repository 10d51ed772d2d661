import { FORMAT_LOCALE, type UiLanguage } from '../i18n/languages.ts';

/**
 * The one place that turns dates, times, instants and numbers into text, for the screens and the
 * printed records alike, built on Intl. One time-zone rule: an instant (a signature, an audit entry)
 * is shown in the clinic's time zone, so it reads the same on screen and on paper; a calendar date
 * (a session's date, a birth date) has no time zone and is never shifted.
 */
export type Formatter = {
  readonly locale: string;
  readonly timeZone: string;
  /** "2025-03-07" → "7 Mar 2025" / "7 mars 2025". */
  date(isoDate: string): string;
  /** "2025-03-07" → "07/03/2025" / "07/03/2025" / "3/7/2025" as the locale writes a short date. */
  dateShort(isoDate: string): string;
  /** "2025-03-07" → "7 Mar" / "7 mars": a date without its year, for the ticks of a timeline or a chart axis. */
  dayMonth(isoDate: string): string;
  /** "14:30" → "14:30" (every language here writes 24-hour times). */
  time(clock: string): string;
  /** An ISO 8601 instant → "7 Mar 2025, 14:30" in the clinic's time zone. */
  instant(iso: string): string;
  /** The calendar date of an instant in the clinic's time zone, "YYYY-MM-DD". */
  instantDay(iso: string): string;
  /** 4.5 → "4.5" / "4,5"; at most `maxFractionDigits` decimals (default 2). */
  number(value: number, maxFractionDigits?: number): string;
  integer(value: number): string;
  /** 4.5 → "4.5 mm" / "4,5 mm". */
  depth(mm: number): string;
  /** A depth of a scale, one decimal always so that the steps line up: 4 → "4.0 mm" / "4,0 mm" (legends, depth chips). */
  depthStep(mm: number): string;
  /** An average depth, one decimal always so that means compare at a glance: 5 → "5.0 mm", next to "4.9 mm" (region tables). */
  meanDepth(mm: number): string;
  /** A number with exactly `digits` decimals: 4 → "4.0" / "4,0". */
  numberFixed(value: number, digits: number): string;
  /** 0.25 → "0.25 ml" / "0,25 ml". */
  volume(ml: number): string;
  /** 0.42 → "42%" / "42 %". */
  percent(ratio: number): string;
};

/** Thrown for a date that does not exist (month 13, 30 February, text): it is never printed. */
export class InvalidDateError extends Error {
  readonly value: string;
  constructor(value: string) {
    super(`Not a valid date: ${JSON.stringify(value)}`);
    this.name = 'InvalidDateError';
    this.value = value;
  }
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const CLOCK = /^([01]\d|2[0-3]):([0-5]\d)(?::[0-5]\d(?:\.\d+)?)?$/;

/** A calendar date as a Date at UTC midnight, or an error if that day does not exist. */
export function parseIsoDate(value: string): Date {
  const match = ISO_DATE.exec(value);
  if (!match) throw new InvalidDateError(value);
  const [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) throw new InvalidDateError(value);
  return date;
}

function parseInstant(value: string): Date {
  const date = new Date(value);
  if (!/^\d{4}-\d{2}-\d{2}T/.test(value) || Number.isNaN(date.getTime())) throw new InvalidDateError(value);
  // Date() rolls 30 February over into March: the calendar day as written must exist.
  parseIsoDate(value.slice(0, 10));
  return date;
}

/** The system's time zone, the default of the clinic's time zone. */
export function systemTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}

/** True for an IANA time zone name that Intl knows ("Europe/Paris", "America/Sao_Paulo", "UTC"). */
export function isTimeZone(name: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: name });
    return true;
  } catch {
    return false;
  }
}

export function createFormatter(language: UiLanguage, timeZone: string = systemTimeZone()): Formatter {
  const locale = FORMAT_LOCALE[language];
  const zone = isTimeZone(timeZone) ? timeZone : systemTimeZone();
  const dateFormat = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
  const shortDateFormat = new Intl.DateTimeFormat(locale, { day: '2-digit', month: '2-digit', year: 'numeric', timeZone: 'UTC' });
  const dayMonthFormat = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', timeZone: 'UTC' });
  const timeFormat = new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone: 'UTC' });
  const instantFormat = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone: zone });
  const dayParts = new Intl.DateTimeFormat('en-CA', { year: 'numeric', month: '2-digit', day: '2-digit', timeZone: zone });
  const numberFormats = new Map<number, Intl.NumberFormat>();
  const numberFormat = (digits: number) => {
    let format = numberFormats.get(digits);
    if (!format) numberFormats.set(digits, (format = new Intl.NumberFormat(locale, { maximumFractionDigits: digits })));
    return format;
  };
  const depthFormat = new Intl.NumberFormat(locale, { style: 'unit', unit: 'millimeter', unitDisplay: 'short', maximumFractionDigits: 1 });
  const depthStepFormat = new Intl.NumberFormat(locale, { style: 'unit', unit: 'millimeter', unitDisplay: 'short', minimumFractionDigits: 1, maximumFractionDigits: 1 });
  const fixedFormats = new Map<number, Intl.NumberFormat>();
  const fixedFormat = (digits: number) => {
    let format = fixedFormats.get(digits);
    if (!format) fixedFormats.set(digits, (format = new Intl.NumberFormat(locale, { minimumFractionDigits: digits, maximumFractionDigits: digits })));
    return format;
  };
  const volumeFormat = new Intl.NumberFormat(locale, { style: 'unit', unit: 'milliliter', unitDisplay: 'short', maximumFractionDigits: 2 });
  const percentFormat = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 });
  const finite = (value: number) => {
    if (!Number.isFinite(value)) throw new RangeError(`Not a finite number: ${value}`);
    return value;
  };

  return {
    locale,
    timeZone: zone,
    date: (isoDate) => dateFormat.format(parseIsoDate(isoDate)),
    dateShort: (isoDate) => shortDateFormat.format(parseIsoDate(isoDate)),
    dayMonth: (isoDate) => dayMonthFormat.format(parseIsoDate(isoDate)),
    time: (clock) => {
      const match = CLOCK.exec(clock);
      if (!match) throw new InvalidDateError(clock);
      return timeFormat.format(new Date(Date.UTC(2000, 0, 1, Number(match[1]), Number(match[2]))));
    },
    instant: (iso) => instantFormat.format(parseInstant(iso)),
    instantDay: (iso) => dayParts.format(parseInstant(iso)),
    number: (value, maxFractionDigits = 2) => numberFormat(maxFractionDigits).format(finite(value)),
    integer: (value) => numberFormat(0).format(finite(value)),
    depth: (mm) => depthFormat.format(finite(mm)),
    depthStep: (mm) => depthStepFormat.format(finite(mm)),
    meanDepth: (mm) => depthStepFormat.format(finite(mm)),
    numberFixed: (value, digits) => fixedFormat(digits).format(finite(value)),
    volume: (ml) => volumeFormat.format(finite(ml)),
    percent: (ratio) => percentFormat.format(finite(ratio)),
  };
}
