import type { Namespace, TFunction } from 'i18next';
import type { Consent } from '../../shared/consent.ts';
import type { Formatter } from '../../shared/format/formatter.ts';
import { LANGUAGE_AUTONYM, LANGUAGES, type Language, type UiLanguage } from '../../shared/i18n/languages.ts';
import { indicationLabel } from '../../shared/indications.ts';
import { useLocale } from '../i18n/locale.ts';

/**
 * One line about a signed consent, as lists and the session editor show it: indication, version, the
 * language it was read in when that is not the screens', the day it was signed (in the clinic's time
 * zone), the answer to photographs and its withdrawal.
 */
export function consentLine(t: TFunction<Namespace>, c: Consent, format: Formatter = useLocale.getState().format): string {
  const parts = [indicationLabel(t, c.indication), t('consent:line.version', { version: c.templateVersion })];
  if (c.language && c.language !== textLanguageOf(useLocale.getState().language)) parts.push(LANGUAGE_AUTONYM[c.language]);
  parts.push(t('consent:line.signed', { date: format.date(format.instantDay(c.signedAt)) }));
  // The separate answer to photographs (absent from consents signed before it was asked on its own).
  if (typeof c.photoConsent === 'boolean') parts.push(c.photoConsent ? t('consent:line.photosYes') : t('consent:line.photosNo'));
  if (c.withdrawal) parts.push(t('consent:line.withdrawn', { date: format.date(c.withdrawal.date) }));
  return parts.join(' · ');
}

/** The language the screens speak as a language of texts ('en' for the pseudo-language). */
export function textLanguageOf(language: UiLanguage): Language {
  return (LANGUAGES as readonly string[]).includes(language) ? (language as Language) : 'en';
}
