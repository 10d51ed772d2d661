import type { TFunction } from 'i18next';
import type { Namespace } from '../../shared/i18n/namespaces.ts';
import { parseIsoDate } from '../../shared/format/formatter.ts';

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

/** "34 y" / "34 ans", months for babies ("8 mo" / "8 mois"), the common dash when unknown. */
export function ageText(t: TFunction<Namespace[]>, dateOfBirth: string, today: string): string {
  const age = ageOn(dateOfBirth, today);
  if (age === null) return t('common:none');
  return age.years >= 2 ? t('patients:age.years', { count: age.years }) : t('patients:age.months', { count: age.months });
}
