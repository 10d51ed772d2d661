/**
 * The languages MesoChart is written in. 'pt-BR' is Brazilian Portuguese (the larger community of
 * mesotherapists writing Portuguese). English formats dates and numbers the British way (7 Mar 2025, 14:30).
 */
export const LANGUAGES = ['en', 'fr', 'it', 'es', 'pt-BR'] as const;
export type Language = (typeof LANGUAGES)[number];

/**
 * The pseudo-language: English made about 40 % longer, accented and bracketed, so that a string that
 * escaped the catalogue (plain English) or a label that is cut (no closing bracket) shows at a glance.
 * Accepted wherever a language is, never offered in a picker.
 */
export const PSEUDO_LANGUAGE = 'en-XA';
export type UiLanguage = Language | typeof PSEUDO_LANGUAGE;

/** The BCP 47 locale whose conventions dates and numbers follow in each language. */
export const FORMAT_LOCALE: Record<UiLanguage, string> = {
  en: 'en-GB',
  fr: 'fr-FR',
  it: 'it-IT',
  es: 'es-ES',
  'pt-BR': 'pt-BR',
  'en-XA': 'en-GB',
};

/** Each language named in itself, as a picker lists it. */
export const LANGUAGE_AUTONYM: Record<Language, string> = {
  en: 'English',
  fr: 'Français',
  it: 'Italiano',
  es: 'Español',
  'pt-BR': 'Português (Brasil)',
};

/**
 * The language of MesoChart closest to a system locale ("fr-CA" → fr, "pt-PT" → pt-BR, "es-MX" → es);
 * English when none is close.
 */
export function languageForLocale(locale: string | undefined | null): Language {
  const lower = (locale ?? '').toLowerCase();
  const base = lower.split(/[-_]/)[0] ?? '';
  if (base === 'pt') return 'pt-BR';
  return (LANGUAGES as readonly string[]).includes(base) ? (base as Language) : 'en';
}
