import type { TFunction } from 'i18next';
import type { Namespace } from '../../shared/i18n/namespaces.ts';
import { ageOn } from '../../shared/age.ts';

/** "34 y" / "34 ans", months for babies ("8 mo" / "8 mois"), the common dash when unknown. */
export function ageText(t: TFunction<Namespace[]>, dateOfBirth: string, today: string): string {
  const age = ageOn(dateOfBirth, today);
  if (age === null) return t('common:none');
  return age.years >= 2 ? t('patients:age.years', { count: age.years }) : t('patients:age.months', { count: age.months });
}
