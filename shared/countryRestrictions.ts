import type { Namespace, TFunction } from 'i18next';
import { clinicalText, idKey } from './clinicalText.ts';
import type { IndicationId } from './indications.ts';

/**
 * Indications that the law of a country restricts, with the legal reference. The clinic's country is a
 * setting (`settings.country`, ISO 3166 alpha-2; unset: no restriction is shown, since none can be known).
 * Choosing a restricted indication shows the restriction where a course or session is planned; it is a
 * notice, not a refusal: the record must be able to say what was done, and the law restricts an aim
 * (aesthetic fat lysis) that an indication alone does not prove (docs/clinical-sources.md, "Country
 * restrictions"). Worded from `clinical:restriction.<id>.title` / `.text`.
 */
export type CountryRestriction = {
  id: string;
  /** ISO 3166-1 alpha-2. */
  country: string;
  indication: IndicationId;
  /** The legal text, as it is cited in its country (never translated: it is a name). */
  reference: string;
  /** Where the text can be read. */
  url: string;
};

export const COUNTRY_RESTRICTIONS = [
  {
    // Décret n° 2011-382, art. 1 (art. 2, on external agents, was annulled by the Conseil d'État on
    // 17 February 2012; art. 1, on injections, was upheld): aesthetic fat lysis by injection of
    // hypo-osmolar solutions, lipolytic products, mesotherapy mixtures, and by carboxytherapy, is banned.
    id: 'fr-localized-fat',
    country: 'FR',
    indication: 'localized-fat',
    reference: 'Décret n° 2011-382 du 11 avril 2011',
    url: 'https://www.legifrance.gouv.fr/loda/id/JORFTEXT000023845272',
  },
] as const satisfies readonly CountryRestriction[];

/** The restrictions the clinic's country puts on an indication; none when the country is unset. */
export function restrictionsFor(country: string | null | undefined, indication: string): CountryRestriction[] {
  if (!country) return [];
  return COUNTRY_RESTRICTIONS.filter((r) => r.country === country && r.indication === indication);
}

/** The restriction's heading and explanation, in the language of `t`. */
export function restrictionText(t: TFunction<Namespace>, restriction: Pick<CountryRestriction, 'id' | 'reference'>): { title: string; text: string } {
  const id = idKey(restriction.id);
  return { title: clinicalText(t, `restriction.${id}.title`), text: clinicalText(t, `restriction.${id}.text`) };
}
