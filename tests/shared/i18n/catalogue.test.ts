import { describe, expect, it } from 'vitest';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LANGUAGES } from '../../../shared/i18n/languages.ts';
import { NAMESPACES } from '../../../shared/i18n/namespaces.ts';
import { bases, groups, LOCALES_DIR, pluralCategories, readCatalogues, sourceFiles, tokens, usedKeys } from './catalogueKeys.ts';
import { DYNAMIC_KEYS } from './dynamicKeys.ts';

// The checks that keep five languages honest (npm test): the same keys everywhere, each language's own
// plural forms, the same placeholders, no empty text, and no key the code does not use. Each test lists
// every problem it finds at once (language, namespace, key), so that one run shows all that is left.

const catalogues = readCatalogues();
const english = catalogues.en;
const OTHERS = LANGUAGES.filter((l) => l !== 'en');

/** "ns:key" of every English key, plural forms folded into their base. */
function englishBases(): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const ns of NAMESPACES) for (const [base, forms] of bases(english[ns].keys())) out.set(`${ns}:${base}`, forms);
  return out;
}

describe('the catalogue files', () => {
  it('has one file per namespace in every language, and nothing else', () => {
    const problems: string[] = [];
    for (const language of LANGUAGES) {
      const files = readdirSync(join(LOCALES_DIR, language)).filter((f) => f.endsWith('.json')).sort();
      const expected = NAMESPACES.map((ns) => `${ns}.json`).sort();
      if (JSON.stringify(files) !== JSON.stringify(expected)) problems.push(`${language}: ${files.join(', ')}`);
    }
    expect(problems).toEqual([]);
  });

  it('holds only text: every value is a string', () => {
    const problems: string[] = [];
    for (const language of LANGUAGES) {
      for (const ns of NAMESPACES) {
        for (const [key, value] of catalogues[language][ns]) if (typeof value !== 'string') problems.push(`${language} ${ns}:${key} is ${JSON.stringify(value)}`);
      }
    }
    expect(problems).toEqual([]);
  });
});

describe('key parity', () => {
  it('every key of English exists in every language, and no language has a key English lacks', () => {
    const problems: string[] = [];
    for (const language of OTHERS) {
      for (const ns of NAMESPACES) {
        const ours = bases(english[ns].keys());
        const theirs = bases(catalogues[language][ns].keys());
        for (const base of ours.keys()) if (!theirs.has(base)) problems.push(`${language} lacks ${ns}:${base}`);
        for (const base of theirs.keys()) if (!ours.has(base)) problems.push(`${language} has ${ns}:${base}, which English lacks`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('a key is plural in every language or in none', () => {
    const problems: string[] = [];
    for (const language of OTHERS) {
      for (const ns of NAMESPACES) {
        const theirs = bases(catalogues[language][ns].keys());
        for (const [base, forms] of bases(english[ns].keys())) {
          const other = theirs.get(base);
          if (!other) continue;
          const plural = (s: Set<string>) => [...s].some((f) => f !== '');
          if (plural(forms) !== plural(other)) problems.push(`${language} ${ns}:${base} is ${plural(other) ? '' : 'not '}plural, English's is ${plural(forms) ? '' : 'not '}`);
        }
      }
    }
    expect(problems).toEqual([]);
  });
});

describe('plurals', () => {
  it('knows the CLDR categories of each language (Intl.PluralRules): fr, it, es, pt-BR have one, many, other', () => {
    expect(pluralCategories('en')).toEqual(['one', 'other']);
    for (const language of OTHERS) expect(pluralCategories(language), language).toEqual(['many', 'one', 'other']);
  });

  it('every plural key has exactly the categories of its language, and no bare key beside its forms', () => {
    const problems: string[] = [];
    for (const language of LANGUAGES) {
      const expected = pluralCategories(language);
      for (const ns of NAMESPACES) {
        for (const [base, forms] of bases(catalogues[language][ns].keys())) {
          const categories = [...forms].filter((f) => f !== '').sort();
          if (categories.length === 0) continue;
          if (forms.has('')) problems.push(`${language} ${ns}:${base} has both a bare key and plural forms`);
          if (JSON.stringify(categories) !== JSON.stringify(expected)) problems.push(`${language} ${ns}:${base} has ${categories.join(', ')}; ${language} needs ${expected.join(', ')}`);
        }
      }
    }
    expect(problems).toEqual([]);
  });

  it('no plural is made by hand in the code (n === 1 ? ... : ...)', () => {
    // The ternaries the issue found (count === 1 ? '' : 's', n === 1 ? 'point' : 'points'): plurals go
    // through t(key, { count }).
    const problems: string[] = [];
    for (const file of sourceFiles()) {
      readFileSync(file, 'utf8')
        .split('\n')
        .forEach((line, i) => {
          const m = /[\w.)\]]\s*===?\s*1\s*\?\s*(['"`])([^'"`]*)\1\s*:\s*(['"`])([^'"`]*[a-z][^'"`]*)\3/i.exec(line);
          // ids chosen by a count ('consent-template.create') are not words
          const isId = (text: string) => /^[\w-]+[.:][\w.:-]+$/.test(text);
          if (m && !(isId(m[2]!) || isId(m[4]!))) problems.push(`${file}:${i + 1}: ${line.trim().slice(0, 120)}`);
        });
    }
    expect(problems).toEqual([]);
  });
});

describe('placeholders, nesting and tags', () => {
  it('every translation carries the same {{placeholders}}, $t() and <tags> as English', () => {
    const problems: string[] = [];
    for (const ns of NAMESPACES) {
      // Per base: the union over its forms (a plural's "one" may leave out {{count}} in one language and not
      // another; count is given by the caller anyway, so it is not compared).
      const union = (values: Map<string, unknown>, group: Map<string, string>) => {
        const found = new Set<string>();
        for (const key of group.values()) {
          const value = values.get(key);
          if (typeof value === 'string') for (const tok of tokens(value)) found.add(tok);
        }
        found.delete('{{count}}');
        return [...found].sort().join(' ');
      };
      const theirGroups = Object.fromEntries(OTHERS.map((language) => [language, groups(catalogues[language][ns].keys())]));
      for (const [base, group] of groups(english[ns].keys())) {
        const ours = union(english[ns], group);
        for (const language of OTHERS) {
          const theirs = theirGroups[language]!.get(base);
          if (!theirs) continue;
          const words = union(catalogues[language][ns], theirs);
          if (words !== ours) problems.push(`${language} ${ns}:${base} has [${words}], English has [${ours}]`);
        }
      }
    }
    expect(problems).toEqual([]);
  });

  it('reads placeholders, formats, nesting and tags', () => {
    expect(tokens('{{count}} points on {{date, datetime}}, see $t(common:save) <1>here</1> <strong>x</strong>')).toEqual(
      ['$t(common:save)', '<1>', '<strong>', '{{count}}', '{{date}}'].sort(),
    );
  });
});

describe('text', () => {
  it('no value is empty', () => {
    const problems: string[] = [];
    for (const language of LANGUAGES) {
      for (const ns of NAMESPACES) {
        for (const [key, value] of catalogues[language][ns]) if (typeof value === 'string' && value.trim() === '') problems.push(`${language} ${ns}:${key}`);
      }
    }
    expect(problems).toEqual([]);
  });
});

describe('unused keys', () => {
  /** Keys nested in other values ($t(common:save)) are used where those values are. */
  function nestedKeys(): string[] {
    const found: string[] = [];
    for (const ns of NAMESPACES) {
      for (const value of english[ns].values()) {
        if (typeof value !== 'string') continue;
        for (const m of value.matchAll(/\$t\(([^),]+)/g)) {
          const key = m[1]!.trim();
          found.push(key.includes(':') ? key : `${ns}:${key}`);
        }
      }
    }
    return found;
  }
  const usage = usedKeys(undefined, nestedKeys());

  it('every dynamic key of the code has its prefix declared in dynamicKeys.ts', () => {
    const problems = usage.prefixes
      .filter((p) => !p.candidates.some((c) => DYNAMIC_KEYS.some((d) => (d.exact ? c === d.prefix : c.startsWith(d.prefix)))))
      .map((p) => `${p.file}:${p.line} builds a key from "${p.candidates[0]}…"`);
    expect(problems).toEqual([]);
  });

  it('every member of a declared dynamic key has its key in English', () => {
    const all = englishBases();
    const problems: string[] = [];
    for (const d of DYNAMIC_KEYS) for (const member of d.members) if (!all.has(`${d.prefix}${member}`)) problems.push(`${d.prefix}${member} (${d.where})`);
    expect(problems).toEqual([]);
  });

  it('no key is unused: each is named in the code, nested in another, or a member of a declared dynamic key', () => {
    const dynamic = new Set(DYNAMIC_KEYS.flatMap((d) => d.members.map((m) => `${d.prefix}${m}`)));
    const problems: string[] = [];
    for (const full of englishBases().keys()) {
      if (usage.keys.has(full) || dynamic.has(full)) continue;
      const declared = DYNAMIC_KEYS.find((d) => !d.exact && full.startsWith(d.prefix));
      problems.push(declared ? `${full} (under ${declared.prefix}, but no member of ${declared.where})` : full);
    }
    expect(problems).toEqual([]);
  });
});

describe('the reading of keys in the code (catalogueKeys.ts)', () => {
  it('resolves t() keys against the component’s namespaces, and finds keys kept in tables and dynamic keys', () => {
    const dir = mkdtempSync(join(tmpdir(), 'mesochart-keys-'));
    const file = join(dir, 'Screen.tsx');
    writeFileSync(
      file,
      `const TONE = { new: 'changes.tone.new' } as const;
export function Screen({ busy, id }: { busy: boolean; id: string }) {
  const { t } = useTranslation(['compare', 'common']);
  return <p title={t('common:close')}>{t(busy ? 'page.busy' : 'page.idle')} {t('list.count', { count: 2 })} {t(TONE.new)} {t(\`mode.\${id}\`)} {clinicalText(t, 'uncharted')}</p>;
}
const label = 'sessions:status.signed';
`,
    );
    const usage = usedKeys([file]);
    for (const key of ['common:close', 'compare:page.busy', 'compare:page.idle', 'compare:list.count', 'compare:changes.tone.new', 'sessions:status.signed', 'clinical:uncharted']) {
      expect(usage.keys.has(key), key).toBe(true);
    }
    expect(usage.prefixes.map((p) => p.candidates[0])).toEqual(['compare:mode.']);
  });

  it('folds plural forms into their base, and keeps a context named "other" as a plain key', () => {
    expect(bases(['a.count_one', 'a.count_many', 'a.count_other', 'b', 'c.type_string', 'c.type_other'])).toEqual(
      new Map([
        ['a.count', new Set(['one', 'many', 'other'])],
        ['b', new Set([''])],
        ['c.type_string', new Set([''])],
        ['c.type_other', new Set([''])],
      ]),
    );
  });
});
