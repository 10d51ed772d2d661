import { parseIsoDate } from './format/formatter.ts';

/** A calendar date's parts, or null when it is not a day that exists (the one parser: shared/format/formatter.ts). */
function parts(iso: string): { y: number; m: number; d: number } | null {
  try {
    const date = parseIsoDate(iso);
    return { y: date.getUTCFullYear(), m: date.getUTCMonth() + 1, d: date.getUTCDate() };
  } catch {
    return null;
  }
}

/** An age in whole years and, under two, in whole months; null when a date is unreadable or birth is later. */
export function ageOn(dateOfBirth: string, today: string): { years: number; months: number } | null {
  const b = parts(dateOfBirth);
  const t = parts(today);
  if (!b || !t) return null;
  let months = (t.y - b.y) * 12 + (t.m - b.m);
  if (t.d < b.d) months -= 1;
  if (months < 0) return null;
  return { years: Math.floor(months / 12), months };
}

/**
 * Whether the patient is under 18 on that day: the screening's computed item (never asked). An age that
 * cannot be worked out (an unreadable date) is not called a minor: the form refuses such dates of birth.
 */
export function isUnder18On(dateOfBirth: string, day: string): boolean {
  const age = ageOn(dateOfBirth, day);
  return age !== null && age.years < 18;
}
