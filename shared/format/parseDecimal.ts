/**
 * A decimal number as a practitioner types it, in any of the app's languages: "5,5" and "5.5" are 5.5
 * (never 55), "4" is 4, ",5" is 0.5. One decimal separator, comma or point, and no grouping of
 * thousands: the numbers typed here (depths, volumes, girths, ranges) are small, and "1.500" could mean
 * either 1.5 or 1500. The one parser of every numeric field (issue 12, forms).
 *
 * Answers the number, null for an empty field, or 'invalid' for anything else.
 */
export function parseDecimal(text: string): number | null | 'invalid' {
  const t = text.trim();
  if (t === '') return null;
  if (!/^-?(\d+([.,]\d*)?|[.,]\d+)$/.test(t)) return 'invalid';
  const n = Number(t.replace(',', '.'));
  return Number.isFinite(n) ? n : 'invalid';
}
