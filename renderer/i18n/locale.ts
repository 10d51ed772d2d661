import { initReactI18next } from 'react-i18next';
import { create } from 'zustand';
import { createFormatter, systemTimeZone, type Formatter } from '../../shared/format/formatter.ts';
import { languageForLocale, type UiLanguage } from '../../shared/i18n/languages.ts';
import { createTranslator, switchLanguage, type Translator } from '../../shared/i18n/translator.ts';

/**
 * The language and time zone the screens speak in, and the one translator (react-i18next) and formatter
 * that follow them. Changing either takes effect at once: every component using useTranslation() or
 * useFormat() re-renders in the new language, no restart.
 */
type LocaleState = {
  language: UiLanguage;
  timeZone: string;
  format: Formatter;
};

let translator: Translator | null = null;

export const useLocale = create<LocaleState>(() => {
  const language = languageForLocale(navigator.language);
  return { language, timeZone: systemTimeZone(), format: createFormatter(language) };
});

/** The formatter of the language and time zone in use: dates, times, instants, numbers, depths, volumes. */
export function useFormat(): Formatter {
  return useLocale((state) => state.format);
}

/** The language a screen speaks now (to pick the catalogue of words outside React, say). */
export function currentLanguage(): UiLanguage {
  return useLocale.getState().language;
}

/** The i18next instance of the screens; startLocale must have run (main.tsx does, before the first render). */
export function screenTranslator(): Translator {
  if (!translator) throw new Error('startLocale() has not run');
  return translator;
}

function publish(language: UiLanguage, timeZone: string): void {
  document.documentElement.lang = language === 'en-XA' ? 'en' : language;
  useLocale.setState({ language, timeZone, format: createFormatter(language, timeZone) });
}

/** Loads the first language (null: the system's) before the first render. */
export async function startLocale(language: UiLanguage | null, timeZone: string | null): Promise<Translator> {
  const chosen = language ?? languageForLocale(navigator.language);
  translator = await createTranslator(chosen, [initReactI18next]);
  publish(chosen, timeZone ?? systemTimeZone());
  return translator;
}

/** Switches the screens to another language and / or time zone at once (null time zone: the system's). */
export async function applyLocale(next: { language?: UiLanguage | null; timeZone?: string | null }): Promise<void> {
  const state = useLocale.getState();
  const language = next.language === undefined ? state.language : (next.language ?? languageForLocale(navigator.language));
  const timeZone = next.timeZone === undefined ? state.timeZone : (next.timeZone ?? systemTimeZone());
  if (language !== state.language) await switchLanguage(screenTranslator(), language);
  if (language !== state.language || timeZone !== state.timeZone) publish(language, timeZone);
}
