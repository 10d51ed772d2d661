import type { Namespace, TFunction } from 'i18next';
import type { Formatter } from './format/formatter.ts';
import { isExpiredOn } from './product.ts';
import type { ProductUse } from './lotRecall.ts';

/**
 * A lot recall as CSV for a spreadsheet, in a chosen language: RFC 4180 quoting (fields quoted when they
 * hold the separator, a quote or a line break, quotes doubled; CRLF line ends), with a UTF-8 byte order
 * mark so that Excel reads accented and Cyrillic names correctly. A cell that a spreadsheet would take
 * for a formula (=, +, -, @ first) is prefixed with an apostrophe.
 *
 * Written as a clinic's spreadsheet expects it in that language, not as a machine format: the file is
 * opened by double-clicking it, and Excel (and LibreOffice's default) then splits it with the list
 * separator of the system's locale, which is ';' wherever the decimal separator is a comma (France,
 * Italy, Spain, Brazil): a comma-separated file would open there as one column. So the separator follows
 * the language's decimal separator; dates and times are written as the locale writes a short date
 * ("07/03/2025"), which those spreadsheets read as dates (ISO dates would be read as text in some of
 * them). The file holds no decimal number (ids, lots and the amendment number are text or whole
 * numbers), so nothing needs a decimal comma; ids and lots are kept exactly as stored.
 */

const HEADER_KEYS = [
  'records:csv.header.patient',
  'records:csv.header.patientId',
  'records:csv.header.sessionId',
  'records:csv.header.date',
  'records:csv.header.time',
  'records:csv.header.product',
  'records:csv.header.lot',
  'records:csv.header.expiry',
  'records:csv.header.expired',
  'records:csv.header.status',
  'records:csv.header.recordedIn',
  'records:csv.header.correctedLot',
  'records:csv.header.correctedExpiry',
] as const;

export type CsvWords = { t: TFunction<Namespace>; format: Pick<Formatter, 'locale' | 'dateShort' | 'time'> };

/** The header row in the language of `t`. */
function csvHeader(t: TFunction<Namespace>): string[] {
  return HEADER_KEYS.map((key) => t(key));
}

/** ';' for a locale that writes decimals with a comma (fr, it, es, pt-BR), ',' otherwise (en). */
export function csvSeparator(locale: string): ',' | ';' {
  const decimal = new Intl.NumberFormat(locale).formatToParts(1.5).find((p) => p.type === 'decimal')?.value;
  return decimal === ',' ? ';' : ',';
}

export function csvField(value: string, separator: ',' | ';' = ','): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return safe.includes(separator) || /["\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function lotRecallCsv(uses: readonly ProductUse[], { t, format }: CsvWords): string {
  const separator = csvSeparator(format.locale);
  const date = (iso: string) => (iso ? format.dateShort(iso) : '');
  const rows = uses.map((u) => [
    `${u.patientLastName}, ${u.patientFirstName}`,
    u.patientId,
    u.sessionId,
    date(u.date),
    format.time(u.time),
    u.productName,
    u.lot,
    date(u.expiry),
    isExpiredOn(u, u.date) ? t('records:csv.yes') : t('records:csv.no'),
    u.status === 'signed' ? t('records:csv.status.signed') : t('records:csv.status.draft'),
    u.source === 'record' ? t('records:csv.source.record') : u.amendmentSeq === null ? t('records:csv.source.amendmentUnnumbered') : t('records:csv.source.amendment', { seq: u.amendmentSeq }),
    u.correctedTo?.lot ?? '',
    date(u.correctedTo?.expiry ?? ''),
  ]);
  return `\uFEFF${[csvHeader(t), ...rows].map((r) => r.map((cell) => csvField(cell, separator)).join(separator)).join('\r\n')}\r\n`;
}
