// Reading the catalogues and the code for the checks of catalogue.test.ts: the keys of every language,
// their plural forms and placeholders, and the keys the code uses.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { LANGUAGES, type Language } from '../../../shared/i18n/languages.ts';
import { NAMESPACES, type Namespace } from '../../../shared/i18n/namespaces.ts';

export const LOCALES_DIR = 'shared/i18n/locales';
/** i18next's plural suffixes (cardinal). */
export const PLURAL_CATEGORIES = ['zero', 'one', 'two', 'few', 'many', 'other'] as const;

type Tree = { [key: string]: unknown };

/** One namespace of one language as "dotted.key" → value (strings; anything else is kept to be refused). */
export function flatten(tree: Tree, prefix = ''): Map<string, unknown> {
  const out = new Map<string, unknown>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
      for (const [k, v] of flatten(value as Tree, path)) out.set(k, v);
    } else out.set(path, value);
  }
  return out;
}

export function readNamespace(language: Language, ns: Namespace): Map<string, unknown> {
  return flatten(JSON.parse(readFileSync(join(LOCALES_DIR, language, `${ns}.json`), 'utf8')) as Tree);
}

export type Catalogues = Record<Language, Record<Namespace, Map<string, unknown>>>;

export function readCatalogues(): Catalogues {
  return Object.fromEntries(
    LANGUAGES.map((language) => [language, Object.fromEntries(NAMESPACES.map((ns) => [ns, readNamespace(language, ns)]))]),
  ) as Catalogues;
}

/** "list.count_many" → { base: "list.count", category: "many" }; a key with no plural suffix → category null. */
export function splitPlural(key: string): { base: string; category: string | null } {
  const match = /^(.*)_(zero|one|two|few|many|other)$/.exec(key);
  return match ? { base: match[1]!, category: match[2]! } : { base: key, category: null };
}

/**
 * The keys of a namespace grouped by base: base → (plural category, or '' for a plain key → the full key).
 * A key whose base has no plural form but "_other" is a plain key named so (an i18next context "other",
 * as in errors:problem.type_other beside type_string), not a plural.
 */
export function groups(keys: Iterable<string>): Map<string, Map<string, string>> {
  const out = new Map<string, Map<string, string>>();
  const add = (base: string, category: string, key: string) => {
    const group = out.get(base) ?? new Map<string, string>();
    group.set(category, key);
    out.set(base, group);
  };
  for (const key of keys) {
    const { base, category } = splitPlural(key);
    add(base, category ?? '', key);
  }
  for (const [base, group] of [...out]) {
    if (group.size === 1 && group.has('other')) {
      out.delete(base);
      add(group.get('other')!, '', group.get('other')!);
    }
  }
  return out;
}

/** The keys of a namespace grouped by base: base → plural categories present ('' for a plain key). */
export function bases(keys: Iterable<string>): Map<string, Set<string>> {
  return new Map([...groups(keys)].map(([base, group]) => [base, new Set(group.keys())]));
}

/** The CLDR plural categories of a language, as Intl (and so i18next) uses them. */
export function pluralCategories(language: string): string[] {
  return [...new Intl.PluralRules(language).resolvedOptions().pluralCategories].sort();
}

/**
 * What a translation must carry over from English: the placeholders {{name}} (a format after a comma
 * is the language's business: {{date, datetime}} counts as {{date}}), nested keys $t(...), and the tags of
 * <Trans> (<1>...</1>, <strong>).
 */
export function tokens(value: string): string[] {
  const found = new Set<string>();
  for (const m of value.matchAll(/\{\{\s*([^},\s]+)[^}]*\}\}/g)) found.add(`{{${m[1]}}}`);
  for (const m of value.matchAll(/\$t\(([^),]+)[^)]*\)/g)) found.add(`$t(${m[1]!.trim()})`);
  for (const m of value.matchAll(/<\/?([a-z0-9]+)\s*\/?>/gi)) found.add(`<${m[1]}>`);
  return [...found].sort();
}

// ───────────────────────── the keys the code uses ─────────────────────────

/** Where the words of the app are used: the screens, the main process (menu, dialogs, PDF), the domain. */
export const CODE_DIRS = ['renderer', 'electron', 'shared'];

export function sourceFiles(dirs: string[] = CODE_DIRS): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (path === LOCALES_DIR || name === 'node_modules') continue;
      if (statSync(path).isDirectory()) walk(path);
      else if (/\.(ts|tsx|mts)$/.test(name) && !name.endsWith('.d.ts')) out.push(path);
    }
  };
  for (const dir of dirs) walk(dir);
  return out.sort();
}

export type Usage = {
  /** "ns:key" used with its full name (a plural base counts for its forms). */
  keys: Set<string>;
  /**
   * Dynamic keys: the static start of a template key, "ns:prefix." (its members are listed in
   * dynamicKeys.ts), as each namespace of the file would resolve it.
   */
  prefixes: { candidates: string[]; file: string; line: number }[];
};

const NS_SET = new Set<string>(NAMESPACES);

/** The namespaces a file's t() reads unprefixed keys from: those of its useTranslation calls (first = default), else common. */
function fileNamespaces(source: string): { ns: string; keyPrefix: string }[] {
  const found: { ns: string; keyPrefix: string }[] = [];
  for (const m of source.matchAll(/useTranslation\(\s*(\[[^\]]*\]|'[^']*'|"[^"]*")?\s*(?:,\s*\{[^}]*keyPrefix:\s*['"]([^'"]+)['"][^}]*\})?\s*\)/g)) {
    const list = m[1] ? [...m[1].matchAll(/['"]([^'"]+)['"]/g)].map((x) => x[1]!) : ['common'];
    if (list[0]) found.push({ ns: list[0], keyPrefix: m[2] ? `${m[2]}.` : '' });
  }
  // getFixedT(lang, 'ns') / getFixedT(null, ['ns', ...])
  for (const m of source.matchAll(/getFixedT\([^,)]*,\s*(?:\[\s*)?['"]([^'"]+)['"]/g)) found.push({ ns: m[1]!, keyPrefix: '' });
  found.push({ ns: 'common', keyPrefix: '' });
  return found;
}

/** A key as the code writes it, resolved against the file's namespaces: every possible "ns:key". */
function resolve(key: string, namespaces: { ns: string; keyPrefix: string }[]): string[] {
  const colon = key.indexOf(':');
  if (colon > 0 && NS_SET.has(key.slice(0, colon))) return [key];
  return namespaces.map(({ ns, keyPrefix }) => `${ns}:${keyPrefix}${key}`);
}

/**
 * The keys used in the code, read from its text:
 * - t('key') / i18n.t('ns:key') / t("key", { count }) with a literal key, resolved against the file's
 *   useTranslation namespaces (and keyPrefix); <Trans i18nKey="...">;
 * - any string literal that is a full "ns:key.path" of the catalogue (a key kept in a table of the code);
 * - clinicalText(t, 'key') (the clinical namespace's helper: shared/clinicalText.ts);
 * - $t(ns:key) nested inside catalogue values (passed in as `nested`);
 * - t(`prefix.${id}...`): a dynamic key, reported as its static prefix, which dynamicKeys.ts must declare.
 */
export function usedKeys(files: string[] = sourceFiles(), nested: string[] = []): Usage {
  const keys = new Set<string>();
  const prefixes: Usage['prefixes'] = [];
  for (const file of files) {
    const source = readFileSync(file, 'utf8');
    const namespaces = fileNamespaces(source);
    const lineOf = (index: number) => source.slice(0, index).split('\n').length;
    // t('key'), t(cond ? 'a' : 'b', ...): every literal of the first argument
    for (const m of source.matchAll(/(?<![\w$])(?:t|tt|r|\w+\.t)\(\s*([^(),]*)/g)) {
      for (const lit of m[1]!.matchAll(/(['"])((?:(?!\1)[^\\\n])+)\1/g)) for (const k of resolve(lit[2]!, namespaces)) keys.add(k);
    }
    for (const m of source.matchAll(/i18nKey=\{?\s*['"]([^'"]+)['"]/g)) for (const k of resolve(m[1]!, namespaces)) keys.add(k);
    for (const m of source.matchAll(/clinicalText\(\s*[\w.]+\s*,\s*(['"])([^'"]+)\1/g)) keys.add(`clinical:${m[2]}`);
    // a key kept in a table of the code: "ns:group.key" anywhere, or "group.key" resolved against the file's namespaces
    for (const m of source.matchAll(/(['"`])([a-z][a-zA-Z]*:[a-zA-Z0-9_]+(?:\.[a-zA-Z0-9_]+)*)\1/g)) {
      if (NS_SET.has(m[2]!.split(':')[0]!)) keys.add(m[2]!);
    }
    for (const m of source.matchAll(/(['"])([a-z][a-zA-Z0-9_]*(?:\.[a-zA-Z0-9_]+)+)\1/g)) for (const k of resolve(m[2]!, namespaces)) keys.add(k);
    // dynamic keys: t(`group.${id}`), or a template `ns:group.${id}` wherever it is built
    for (const m of source.matchAll(/(?<![\w$])(?:t|tt|r|\w+\.t)\(\s*`([^`$]*)\$\{/g)) {
      prefixes.push({ candidates: resolve(m[1]!, namespaces), file, line: lineOf(m.index) });
    }
    for (const m of source.matchAll(/`([a-z][a-zA-Z]*:[^`$]*)\$\{/g)) {
      if (NS_SET.has(m[1]!.split(':')[0]!)) prefixes.push({ candidates: [m[1]!], file, line: lineOf(m.index) });
    }
    for (const m of source.matchAll(/clinicalText\(\s*[\w.]+\s*,\s*`([^`$]*)\$\{/g)) prefixes.push({ candidates: [`clinical:${m[1]}`], file, line: lineOf(m.index) });
  }
  for (const k of nested) keys.add(k);
  return { keys, prefixes };
}
