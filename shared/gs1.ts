import type { ErrorParams } from './errors.ts';
import { gtinCheckDigitValid } from './productCatalogue.ts';

/**
 * One scan of a product box (issue 15, "Scanning"): the GTIN, lot, expiry, serial and production date of a
 * GS1 DataMatrix or GS1-128, from the text a USB scanner types into the focused field. All of it or
 * nothing: a scan with one fault is refused whole, as data (reason, where, params), so that the form never
 * fills a lot beside a wrong expiry.
 *
 * Written here, not wrapped around an npm parser: gs1-barcode-parser 1.0.1 exports nothing and reads 51-99
 * as 19xx; its maintained fork gs1-barcode-parser-mod 1.2.1 (MIT, CommonJS, no types) reads the clock itself,
 * checks no GTIN check digit, takes a 26-character lot and turns month 13 into next January (a wrong expiry,
 * silently); bark-js and gs1js are worse. A wrapper would redo checks, dates and errors; stepping over the
 * AIs we ignore needs only the two small tables below (those of GS1's own Barcode Syntax Engine).
 */

export type Gs1Product = {
  /** GTIN-14, check digit verified (AI 01; a plain EAN-13/EAN-8/UPC-A scan left-padded with zeros). */
  gtin?: string;
  /** AI 10, 1 to 20 characters. */
  lot?: string;
  /** AI 17 as YYYY-MM-DD; day 00 is the month's last day. */
  expiry?: string;
  /** AI 21, 1 to 20 characters. */
  serial?: string;
  /** AI 11 as YYYY-MM-DD; day 00 read as for the expiry. */
  productionDate?: string;
};

/**
 * Why a scan is refused. 'keyboard-layout': no digit at all but the unshifted digit row of a French
 * keyboard (&é"'(-è_çà): the scanner types as a QWERTY keyboard on an AZERTY system. 'not-gs1': a
 * symbology identifier of a barcode that carries no GS1 data (Code 39, plain Data Matrix...).
 * 'missing-separator': a variable-length field runs on into what reads as the next field, as when the
 * group separator is lost on the way. 'no-product-data': valid GS1, but none of the five fields.
 */
export const GS1_REFUSALS = [
  'empty',
  'too-long',
  'keyboard-layout',
  'not-gs1',
  'unknown-ai',
  'truncated',
  'missing-separator',
  'empty-field',
  'bad-character',
  'bad-check-digit',
  'bad-date',
  'conflicting-ai',
  'no-product-data',
] as const;
export type Gs1RefusalReason = (typeof GS1_REFUSALS)[number];

/** `at`: the AI at fault ('17'), or a position in the scan (0-based, blanks around it included). */
export type Gs1Refusal = { ok: false; reason: Gs1RefusalReason; at: string | number; params: ErrorParams };
export type Gs1Result = { ok: true; value: Gs1Product } | Gs1Refusal;

/** More than any product box carries; past it the field holds something else (a paste, a stuck key). */
export const GS1_SCAN_MAX_LENGTH = 512;

/**
 * The group separator (FNC1) as scanners send it: ASCII 29 as GS1 specifies; its visible symbol ␝; and
 * the texts "<GS>" and "^]" that scanner manuals, configuration tools and keyboard-wedge substitutions
 * write for it. A scanner acting as a keyboard types GS as Ctrl+], which a browser input does not insert:
 * the form that receives scans must turn that key into ASCII 29 (or the scanner be set to substitute).
 * None of ␝ ^ ] may occur in GS1 data; "<GS>" could in theory (< G S > are all allowed) but never does.
 */
const SEPARATORS = ['\x1d', '\u241d', '<GS>', '^]'] as const;

/** Symbology identifiers (GenSpecs §5.1.3) of the barcodes that carry GS1 element strings. */
const GS1_SYMBOLOGIES = new Set([']C1', ']e0', ']d2', ']Q3', ']J1']);
/** EAN-13 (and UPC-A, sent as 13 digits) and EAN-8: a bare GTIN. */
const EAN_SYMBOLOGIES = new Map([[']E0', 13], [']E4', 8]]);

/**
 * The length of an AI, known from its first two digits (GS1 General Specifications; the table of GS1's
 * Barcode Syntax Engine, plus 03). A prefix absent here is assigned to no AI.
 */
const AI_LENGTH_BY_PREFIX: Readonly<Record<string, number>> = {
  ...Object.fromEntries(['00', '01', '02', '03', '10', '11', '12', '13', '15', '16', '17', '20', '21', '22', '30', '37'].map((p) => [p, 2])),
  ...Object.fromEntries(['23', '24', '25', '40', '41', '42', '71'].map((p) => [p, 3])),
  ...Object.fromEntries(['31', '32', '33', '34', '35', '36', '39', '43', '70', '72', '80', '81', '82'].map((p) => [p, 4])),
  ...Object.fromEntries(['90', '91', '92', '93', '94', '95', '96', '97', '98', '99'].map((p) => [p, 2])),
};

/**
 * Element strings of predefined length (GenSpecs §7.8.5, "element strings with predefined length using
 * AIs"): AI and data together, by the AI's first two digits. They need no separator after them; every
 * other AI ends at a separator or at the end of the scan.
 */
const PREDEFINED_LENGTH: Readonly<Record<string, number>> = {
  '00': 20, '01': 16, '02': 16, '03': 16, '04': 18,
  '11': 8, '12': 8, '13': 8, '14': 8, '15': 8, '16': 8, '17': 8, '18': 8, '19': 8,
  '20': 4, '31': 10, '32': 10, '33': 10, '34': 10, '35': 10, '36': 10, '41': 16,
};

/** The longest value of the variable-length AIs read, and of a few that real boxes carry (to see a lost separator). */
const VARIABLE_MAX: Readonly<Record<string, number>> = {
  '10': 20, '21': 20, '22': 20, '240': 30, '241': 30, '250': 30, '251': 30, '30': 8, '37': 8,
  '710': 20, '711': 20, '712': 20, '713': 20, '714': 20, '715': 20, '716': 20,
};

/** GS1 AI encodable character set 82, the characters allowed in a lot or a serial. */
const CSET_82 = /^[!"%&'()*+,\-./0-9:;<=>?A-Z_a-z]*$/;
const AZERTY_DIGIT_ROW = /[&é"'(\-è_çà]/;

type Element = { ai: string; value: string; at: number };
type Split = { ok: true; elements: Element[] } | Gs1Refusal;

function refuse(reason: Gs1RefusalReason, at: string | number, params: ErrorParams = {}): Gs1Refusal {
  return { ok: false, reason, at, params };
}

/**
 * Reads one scan. `today` (YYYY-MM-DD, the clinic's day) places two-digit years by GS1's rule (GenSpecs
 * §7.12): within 49 years before and 50 years after the current year.
 */
export function parseGs1Scan(scan: string, today: string): Gs1Result {
  const lead = scan.length - scan.trimStart().length;
  const text = scan.trim();
  if (text === '') return refuse('empty', 0);
  if (text.length > GS1_SCAN_MAX_LENGTH) return refuse('too-long', lead + GS1_SCAN_MAX_LENGTH, { max: GS1_SCAN_MAX_LENGTH });
  if (!/[0-9]/.test(text) && AZERTY_DIGIT_ROW.test(text)) return refuse('keyboard-layout', lead);
  const year = Number(today.slice(0, 4));
  const symbology = /^\][A-Za-z][0-9]/.test(text) ? text.slice(0, 3) : null;
  if (symbology === null) return withPlainGtin(text, lead, readElementString(text, lead, year));
  const body = text.slice(3);
  const eanLength = EAN_SYMBOLOGIES.get(symbology);
  if (eanLength !== undefined) return readPlainGtin(body, eanLength, lead + 3);
  if (!GS1_SYMBOLOGIES.has(symbology)) return refuse('not-gs1', lead, { symbology });
  return readElementString(body, lead + 3, year);
}

/** GS1 data in either of its forms: as scanned (separators) or as printed under the barcode (parentheses). */
function readElementString(body: string, base: number, year: number): Gs1Result {
  const start = skipSeparators(body, 0);
  const bracketed = body[start] === '(';
  const split = bracketed ? splitBracketed(body, start, base) : splitScanned(body, start, base);
  if (!split.ok) return split;
  const context: ReadContext = { year, scanned: !bracketed, hasSeparator: !bracketed && SEPARATORS.some((s) => body.includes(s)), all: split.elements };
  return collect(split.elements, context);
}

/**
 * A bare EAN-13, EAN-8 or UPC-A typed without symbology identifier (the box's linear barcode read instead
 * of its DataMatrix): taken as the GTIN when its check digit holds and the string gives no GTIN and no date
 * as GS1 data ("3401..." is an AI 34 weight, "1001..." a lot: neither is what a box means).
 */
function withPlainGtin(text: string, lead: number, asGs1: Gs1Result): Gs1Result {
  if (!/^(\d{8}|\d{12}|\d{13})$/.test(text) || !gtinCheckDigitValid(text.padStart(14, '0'))) return asGs1;
  if (asGs1.ok && (asGs1.value.gtin || asGs1.value.expiry || asGs1.value.productionDate)) return asGs1;
  return readPlainGtin(text, text.length, lead);
}

function readPlainGtin(body: string, length: number, base: number): Gs1Result {
  if (!/^\d*$/.test(body)) return refuse('bad-character', base, { ai: '01' });
  if (body.length !== length) return refuse(body.length < length ? 'truncated' : 'too-long', base, { expected: length, length: body.length });
  if (!gtinCheckDigitValid(body.padStart(14, '0'))) return refuse('bad-check-digit', '01', { ai: '01' });
  return { ok: true, value: { gtin: body.padStart(14, '0') } };
}

/** The length of the separator at `i` (0 if none). */
function separatorAt(s: string, i: number): number {
  return SEPARATORS.find((sep) => s.startsWith(sep, i))?.length ?? 0;
}

/** Leading, doubled and needless separators (after a fixed-length field) are tolerated, as decoders do. */
function skipSeparators(s: string, i: number): number {
  let at = i;
  for (let n = separatorAt(s, at); n > 0; n = separatorAt(s, at)) at += n;
  return at;
}

/** Where the next separator starts, looking no further than `limit`. */
function nextSeparator(s: string, from: number, limit = s.length): number {
  for (let i = from; i < limit; i += 1) if (separatorAt(s, i) > 0) return i;
  return Math.min(limit, s.length);
}

/** The AI starting at `i`, if its first two digits name an AI length and that many digits are there. */
function aiAt(s: string, i: number): string | null {
  const length = AI_LENGTH_BY_PREFIX[s.slice(i, i + 2)];
  const ai = length === undefined ? '' : s.slice(i, i + length);
  return length !== undefined && ai.length === length && /^\d+$/.test(ai) ? ai : null;
}

/** The data length of an AI of predefined length, or null for a variable-length one. */
function fixedDataLength(ai: string): number | null {
  const total = PREDEFINED_LENGTH[ai.slice(0, 2)];
  return total === undefined ? null : total - ai.length;
}

/** The scanned form: fixed-length fields by their length, the others up to a separator or the end. */
function splitScanned(s: string, from: number, base: number): Split {
  const elements: Element[] = [];
  for (let i = skipSeparators(s, from); i < s.length; i = skipSeparators(s, i)) {
    const ai = aiAt(s, i);
    if (ai === null) return refuse('unknown-ai', base + i, { ai: s.slice(i, i + 4) });
    const dataStart = i + ai.length;
    const fixed = fixedDataLength(ai);
    const end = nextSeparator(s, dataStart, fixed === null ? s.length : dataStart + fixed);
    if (fixed !== null && end - dataStart < fixed) return refuse('truncated', ai, { ai, expected: fixed, length: end - dataStart });
    elements.push({ ai, value: s.slice(dataStart, end), at: base + i });
    i = end;
  }
  return { ok: true, elements };
}

const BRACKETED_AI = /\((\d{2,4})\)/y;

/**
 * The digits in parentheses at `i`, if any: every "(dd)" to "(dddd)" opens a field, so that an unknown AI
 * is refused rather than swallowed into the lot before it. A lot holding "(10)" cannot be written this way.
 */
function bracketedAiAt(s: string, i: number): string | null {
  BRACKETED_AI.lastIndex = i;
  return BRACKETED_AI.exec(s)?.[1] ?? null;
}

function nextBracketedAi(s: string, from: number): number {
  for (let i = from; i < s.length; i += 1) if (separatorAt(s, i) > 0 || bracketedAiAt(s, i) !== null) return i;
  return s.length;
}

/** The printed form "(01)03453120000011(17)191125(10)ABCD1234": each field ends where the next AI opens. */
function splitBracketed(s: string, from: number, base: number): Split {
  const elements: Element[] = [];
  for (let i = skipSeparators(s, from); i < s.length; i = skipSeparators(s, i)) {
    const ai = bracketedAiAt(s, i);
    if (ai === null || AI_LENGTH_BY_PREFIX[ai.slice(0, 2)] !== ai.length) return refuse('unknown-ai', base + i, { ai: ai ?? s.slice(i, i + 4) });
    const dataStart = i + ai.length + 2;
    const end = nextBracketedAi(s, dataStart);
    const fixed = fixedDataLength(ai);
    if (fixed !== null && end - dataStart !== fixed) {
      return refuse(end - dataStart < fixed ? 'truncated' : 'too-long', ai, { ai, expected: fixed, length: end - dataStart });
    }
    elements.push({ ai, value: s.slice(dataStart, end), at: base + i });
    i = end;
  }
  return { ok: true, elements };
}

type ReadContext = { year: number; scanned: boolean; hasSeparator: boolean; all: readonly Element[] };
type Field = keyof Gs1Product;
const FIELD_OF_AI: Readonly<Record<string, Field>> = { '01': 'gtin', '10': 'lot', '17': 'expiry', '21': 'serial', '11': 'productionDate' };

/** Every element checked; the five fields gathered; the same AI twice only with the same value. */
function collect(elements: readonly Element[], context: ReadContext): Gs1Result {
  const value: Gs1Product = {};
  const seen = new Map<string, string>();
  for (const element of elements) {
    const read = readElement(element, context);
    if (isRefusal(read)) return read;
    const earlier = seen.get(element.ai);
    if (earlier !== undefined && earlier !== element.value) return refuse('conflicting-ai', element.ai, { ai: element.ai });
    seen.set(element.ai, element.value);
    if (read !== null) value[read.field] = read.value;
  }
  if (Object.keys(value).length === 0) return refuse('no-product-data', elements[0]?.at ?? 0, { ais: elements.map((e) => e.ai) });
  return { ok: true, value };
}

type FieldValue = { field: Field; value: string };

function isRefusal(read: FieldValue | Gs1Refusal | null): read is Gs1Refusal {
  return read !== null && 'ok' in read;
}

/** One element: a field of ours, null for an AI that is ignored, or why it is refused. */
function readElement(element: Element, context: ReadContext): FieldValue | Gs1Refusal | null {
  const { ai, value } = element;
  if (fixedDataLength(ai) !== null && !/^\d*$/.test(value)) return refuse('bad-character', ai, { ai, character: firstOutside(value, /\d/) });
  const runOn = context.scanned ? lostSeparator(element, context) : null;
  if (runOn !== null) return runOn;
  const field = FIELD_OF_AI[ai];
  if (field === undefined) return null;
  if (ai === '01') return gtinCheckDigitValid(value) ? { field, value } : refuse('bad-check-digit', ai, { ai });
  if (ai === '17' || ai === '11') {
    const date = gs1Date(value, context.year);
    return date === null ? refuse('bad-date', ai, { ai, value }) : { field, value: date };
  }
  return readText(ai, field, value);
}

/** A lot or a serial: 1 to 20 characters of CSET 82. */
function readText(ai: string, field: Field, value: string): FieldValue | Gs1Refusal {
  const max = VARIABLE_MAX[ai] ?? 20;
  if (value === '') return refuse('empty-field', ai, { ai });
  if (value.length > max) return refuse('too-long', ai, { ai, max, length: value.length });
  if (!CSET_82.test(value)) return refuse('bad-character', ai, { ai, character: firstOutside(value, /[!"%&'()*+,\-./0-9:;<=>?A-Z_a-z]/) });
  return { field, value };
}

function firstOutside(value: string, allowed: RegExp): string {
  return [...value].find((c) => !allowed.test(c)) ?? '';
}

/**
 * A variable-length field that swallowed the fields after it, because the separator before them was lost
 * (the usual fault of a scanner acting as a keyboard). Seen when the field is longer than its AI allows and
 * a tail of it reads as valid fields; or, in a scan with no separator at all, when a tail reads as valid
 * fields opening with a GTIN or a date that the scan does not give elsewhere ("ABC17261130": lot ABC,
 * expiry 2026-11-30). A lot of digits that happens to end in "17" and a valid date is refused too: typed
 * by hand, it costs a moment; a wrong lot, a recall that misses a patient. A lost separator between two
 * text fields that fit together in 20 characters cannot be seen: the form shows what it filled.
 */
function lostSeparator(element: Element, context: ReadContext): Gs1Refusal | null {
  if (fixedDataLength(element.ai) !== null) return null;
  const max = VARIABLE_MAX[element.ai];
  const overflow = max !== undefined && element.value.length > max;
  if (!overflow && context.hasSeparator) return null;
  // k: where the lost separator was; what comes before it must still fit the field.
  let found: number | null = null;
  for (let k = 1; k < element.value.length && k <= (max ?? Infinity); k += 1) {
    const tail = tailFields(element.value.slice(k), context);
    const opening = tail?.[0]?.ai;
    if (opening === undefined) continue;
    const ours = FIELD_OF_AI[opening] !== undefined;
    const opensFixed = ['01', '11', '17'].includes(opening) && !context.all.some((e) => e !== element && e.ai === opening);
    if (overflow && found === null) found = k;
    if ((overflow && ours) || opensFixed) {
      found = k;
      break;
    }
  }
  return found === null ? null : refuse('missing-separator', element.ai, { ai: element.ai, position: element.at + element.ai.length + found });
}

/** The elements a tail reads as, if all of them are valid (without looking for lost separators again). */
function tailFields(tail: string, context: ReadContext): Element[] | null {
  const split = splitScanned(tail, 0, 0);
  if (!split.ok || split.elements.length === 0) return null;
  const inner: ReadContext = { ...context, scanned: false };
  return split.elements.every((e) => !isRefusal(readElement(e, inner))) ? split.elements : null;
}

/** YYMMDD as YYYY-MM-DD, or null when it names no day. Day 00: the month's last day (GenSpecs, AIs 15-17). */
function gs1Date(yymmdd: string, currentYear: number): string | null {
  if (!/^\d{6}$/.test(yymmdd)) return null;
  const [yy, mm, dd] = [0, 2, 4].map((i) => Number(yymmdd.slice(i, i + 2))) as [number, number, number];
  if (mm < 1 || mm > 12) return null;
  const year = fullYear(yy, currentYear);
  const last = daysInMonth(year, mm);
  if (dd > last) return null;
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${year}-${pad(mm)}-${pad(dd === 0 ? last : dd)}`;
}

/** GenSpecs §7.12: YY 51 to 99 years ahead of this year's is last century; 50 to 99 behind, next century. */
export function fullYear(yy: number, currentYear: number): number {
  const century = currentYear - (currentYear % 100);
  const ahead = yy - (currentYear % 100);
  if (ahead >= 51) return century - 100 + yy;
  if (ahead <= -50) return century + 100 + yy;
  return century + yy;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}
