import { loadCatalogue } from '../../../shared/i18n/catalogue.ts';
import type { UiLanguage } from '../../../shared/i18n/languages.ts';

/**
 * A catalogue entry as a language's file holds it, placeholders filled in: what a test expects a
 * function to say, without spelling the words out in the test. A test then checks that the right entry,
 * in the right language, with the right values was chosen, and keeps passing when a translator rewords it.
 */
export async function catalogueText(language: UiLanguage, key: string, params: Record<string, string | number> = {}): Promise<string> {
  const [namespace, path] = key.split(':') as [string, string];
  let entry: unknown = (await loadCatalogue(language))[namespace as keyof Awaited<ReturnType<typeof loadCatalogue>>];
  for (const part of path.split('.')) entry = (entry as Record<string, unknown> | undefined)?.[part];
  if (typeof entry !== 'string') throw new Error(`${language} has no entry ${key}`);
  return entry.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, name: string) => {
    if (!(name in params)) throw new Error(`${key} needs {{${name}}}`);
    return String(params[name]);
  });
}
