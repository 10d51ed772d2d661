import { useTranslation } from 'react-i18next';
import { countryName } from '../../shared/countries.ts';
import { restrictionText, type CountryRestriction } from '../../shared/countryRestrictions.ts';
import { useLocale } from '../i18n/locale.ts';

/**
 * What the law of the clinic's country says about the chosen indication: a notice beside the choice,
 * not a refusal (shared/countryRestrictions.ts says why), naming the legal text and why it is shown.
 */
export function CountryRestrictionNotice({ restriction }: { restriction: CountryRestriction }) {
  const { t } = useTranslation(['courses', 'clinical']);
  const language = useLocale((s) => s.language);
  const words = restrictionText(t, restriction);
  return (
    <div className="banner banner--warning" role="note" aria-label={words.title} data-testid="country-restriction">
      <div className="banner__body">
        <p className="banner__title">
          <span aria-hidden="true">⚠ </span>
          {words.title}
        </p>
        <p className="banner__message">{words.text}</p>
        <p className="banner__message">
          {t('courses:restriction.reference', { reference: restriction.reference, country: countryName(language, restriction.country) })}
        </p>
      </div>
    </div>
  );
}
