import { isExpiredOn } from './product.ts';
import type { ProductUse } from './lotRecall.ts';

/**
 * A lot recall as CSV for a spreadsheet: RFC 4180 (comma separated, CRLF line ends, fields quoted when
 * they hold a comma, a quote or a line break, quotes doubled), with a UTF-8 byte order mark so that
 * Excel reads accented and Cyrillic names correctly. A cell that a spreadsheet would take for a
 * formula (=, +, -, @ first) is prefixed with an apostrophe.
 */

export const CSV_HEADER = ['Patient', 'Patient id', 'Session id', 'Date', 'Time', 'Product', 'Lot', 'Expiry', 'Expired on the day', 'Session status', 'Recorded in', 'Corrected to lot', 'Corrected to expiry'];

export function csvField(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function lotRecallCsv(uses: readonly ProductUse[]): string {
  const rows = uses.map((u) => [
    `${u.patientLastName}, ${u.patientFirstName}`,
    u.patientId,
    u.sessionId,
    u.date,
    u.time,
    u.productName,
    u.lot,
    u.expiry,
    isExpiredOn(u, u.date) ? 'yes' : 'no',
    u.status,
    u.source === 'record' ? 'session record' : `amendment ${u.amendmentSeq ?? ''}`.trim(),
    u.correctedTo?.lot ?? '',
    u.correctedTo?.expiry ?? '',
  ]);
  return `\uFEFF${[CSV_HEADER, ...rows].map((r) => r.map(csvField).join(',')).join('\r\n')}\r\n`;
}
