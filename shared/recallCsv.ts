import type { Namespace, TFunction } from 'i18next';
import type { Formatter } from './format/formatter.ts';
import { csvField, csvSeparator } from './lotRecallCsv.ts';
import { contactMethodLabel, recallVolumeMl, type Recall } from './recall.ts';

/**
 * A recall's patients as CSV, one row a patient, written as the lot recall's is (shared/lotRecallCsv.ts
 * says why: the separator and dates of the language's spreadsheets, RFC 4180 quoting, a byte order mark,
 * formulas defused): who, how to reach them, the sessions concerned with their volumes, and whether and
 * how they were contacted. Volumes are written as the language writes numbers, like the dates.
 */
const HEADER_KEYS = [
  'records:recalls.csv.patient',
  'records:recalls.csv.patientId',
  'records:recalls.csv.dateOfBirth',
  'records:recalls.csv.phone',
  'records:recalls.csv.email',
  'records:recalls.csv.address',
  'records:recalls.csv.sessions',
  'records:recalls.csv.products',
  'records:recalls.csv.volume',
  'records:recalls.csv.contacted',
  'records:recalls.csv.contactDate',
  'records:recalls.csv.contactMethod',
  'records:recalls.csv.contactBy',
  'records:recalls.csv.contactNote',
] as const;

export type RecallCsvWords = { t: TFunction<Namespace>; format: Pick<Formatter, 'locale' | 'dateShort' | 'number'> };

export function recallCsv(recall: Pick<Recall, 'patients'>, { t, format }: RecallCsvWords): string {
  const separator = csvSeparator(format.locale);
  const date = (iso: string) => (iso ? format.dateShort(iso) : '');
  const rows = recall.patients.map((p) => {
    const volume = recallVolumeMl(p.uses);
    return [
      `${p.lastName}, ${p.firstName}`,
      p.patientId,
      date(p.dateOfBirth),
      p.phone,
      p.email,
      p.address.replace(/\s*\n\s*/g, ', '),
      p.uses.map((u) => date(u.date)).join('; '),
      [...new Set(p.uses.map((u) => `${u.productName} (${u.lot})`))].join('; '),
      volume === null ? '' : format.number(volume, 2),
      p.contact ? t('records:csv.yes') : t('records:csv.no'),
      date(p.contact?.date ?? ''),
      p.contact ? contactMethodLabel(t, p.contact.method) : '',
      p.contact?.by ?? '',
      p.contact?.note ?? '',
    ];
  });
  return `\uFEFF${[HEADER_KEYS.map((k) => t(k)), ...rows].map((r) => r.map((cell) => csvField(cell, separator)).join(separator)).join('\r\n')}\r\n`;
}
