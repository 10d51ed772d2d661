import i18next, { type i18n, type Module } from 'i18next';
import { loadCatalogue } from './catalogue.ts';
import type { UiLanguage } from './languages.ts';
import { NAMESPACES } from './namespaces.ts';

export type Translator = i18n;

/**
 * An i18next instance holding one language, the same for the screens, the main process and the PDF
 * worker. No fallback language: every key exists in every language (tests/shared/i18n), so a fallback
 * would only hide a gap. `plugins` lets the renderer add react-i18next.
 */
export async function createTranslator(language: UiLanguage, plugins: Module[] = []): Promise<Translator> {
  const instance = i18next.createInstance();
  for (const plugin of plugins) instance.use(plugin);
  const catalogue = await loadCatalogue(language);
  await instance.init({
    lng: language,
    fallbackLng: false,
    ns: [...NAMESPACES],
    defaultNS: 'common',
    resources: { [language]: catalogue },
    // Text is never injected as HTML: React escapes, pdfkit draws glyphs.
    interpolation: { escapeValue: false },
  });
  return instance;
}

/** Switches a translator to another language, loading only that language's catalogue. */
export async function switchLanguage(instance: Translator, language: UiLanguage): Promise<void> {
  if (!instance.hasResourceBundle(language, 'common')) {
    const catalogue = await loadCatalogue(language);
    for (const [ns, resources] of Object.entries(catalogue)) instance.addResourceBundle(language, ns, resources, true, true);
  }
  await instance.changeLanguage(language);
}
