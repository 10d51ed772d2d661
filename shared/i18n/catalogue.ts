import type { Catalogue } from './locales/en/index.ts';
import { PSEUDO_LANGUAGE, type Language, type UiLanguage } from './languages.ts';
import { pseudoCatalogue } from './pseudo.ts';

export type { Catalogue };

/** One loader per language: only the language in use is imported (a chunk of its own in a bundle). */
const LOADERS: Record<Language, () => Promise<{ default: Catalogue }>> = {
  en: () => import('./locales/en/index.ts'),
  fr: () => import('./locales/fr/index.ts'),
  it: () => import('./locales/it/index.ts'),
  es: () => import('./locales/es/index.ts'),
  'pt-BR': () => import('./locales/pt-BR/index.ts'),
};

export async function loadCatalogue(language: UiLanguage): Promise<Catalogue> {
  if (language === PSEUDO_LANGUAGE) return pseudoCatalogue((await LOADERS.en()).default);
  return (await LOADERS[language]()).default;
}
