import { describe, expect, it } from 'vitest';
import { createTranslator, switchLanguage } from '../../../shared/i18n/translator.ts';
import { loadCatalogue } from '../../../shared/i18n/catalogue.ts';
import { pseudoLocalize } from '../../../shared/i18n/pseudo.ts';
import { NAMESPACES } from '../../../shared/i18n/namespaces.ts';
import { flatten, splitPlural } from './catalogueKeys.ts';

// The one i18next set-up of the screens, the main process and the PDF worker.

type Loose = (key: string, options?: Record<string, unknown>) => string;

/** The first entry of a namespace that passes `keep`; the test fails if there is none (it would check nothing). */
function firstEntry(namespace: unknown, keep: (key: string, value: unknown) => boolean): [string, string] {
  const entry = [...flatten(namespace as Record<string, unknown>)].find(([k, v]) => splitPlural(k).category === null && typeof v === 'string' && keep(k, v));
  if (!entry) throw new Error('no catalogue entry to check');
  return entry as [string, string];
}

describe('createTranslator', () => {
  it('loads only the language asked for, with every namespace', async () => {
    const t = await createTranslator('fr');
    expect(t.language).toBe('fr');
    expect(Object.keys(t.store.data)).toEqual(['fr']);
    for (const ns of NAMESPACES) expect(t.hasResourceBundle('fr', ns), ns).toBe(true);
    expect(t.hasResourceBundle('en', 'common')).toBe(false);
  });

  it('speaks the catalogue of its language, with no fallback to another', async () => {
    const catalogue = await loadCatalogue('it');
    const t = await createTranslator('it');
    const [key, value] = firstEntry(catalogue.common, () => true);
    expect((t.t as unknown as Loose)(`common:${key}`)).toBe(value);
    expect(t.options.fallbackLng).toEqual(false);
    // A key that no catalogue has reads as the key (never another language's words).
    expect((t.t as unknown as Loose)('common:no.such.key')).toBe('no.such.key');
  });

  it('serves the pseudo-language from the English catalogue, accented and bracketed', async () => {
    const en = await loadCatalogue('en');
    const t = await createTranslator('en-XA');
    expect(Object.keys(t.store.data)).toEqual(['en-XA']);
    const [key, value] = firstEntry(en.common, (_k, v) => !(v as string).includes('{{'));
    expect((t.t as unknown as Loose)(`common:${key}`)).toBe(pseudoLocalize(value));
  });

  it('does not escape interpolated values (React escapes, pdfkit draws glyphs)', async () => {
    const t = await createTranslator('en');
    t.addResourceBundle('en', 'common', { probe: 'Hello {{name}}' }, true, true);
    expect((t.t as unknown as Loose)('common:probe', { name: 'O’Brien <Dr>' })).toBe('Hello O’Brien <Dr>');
  });
});

describe('switchLanguage', () => {
  it('loads the new language when first asked, then switches to it; the other stays loaded for a switch back', async () => {
    const t = await createTranslator('en');
    const es = await loadCatalogue('es');
    await switchLanguage(t, 'es');
    expect(t.language).toBe('es');
    expect(Object.keys(t.store.data).sort()).toEqual(['en', 'es']);
    expect(Object.keys(t.store.data)).not.toContain('fr');
    const [key, value] = firstEntry(es.common, () => true);
    expect((t.t as unknown as Loose)(`common:${key}`)).toBe(value);
    await switchLanguage(t, 'en');
    expect(t.language).toBe('en');
  });
});

describe('plurals through i18next (Intl.PluralRules)', () => {
  const forms = { probe_one: 'one: {{count}}', probe_many: 'many: {{count}}', probe_other: 'other: {{count}}' };

  it('gives French one for 0 and 1, many for 1,000,000, other for 2 and 1,000,001', async () => {
    const t = await createTranslator('fr');
    t.addResourceBundle('fr', 'common', forms, true, true);
    const tt = t.t as unknown as Loose;
    expect(tt('common:probe', { count: 0 })).toBe('one: 0');
    expect(tt('common:probe', { count: 1 })).toBe('one: 1');
    expect(tt('common:probe', { count: 2 })).toBe('other: 2');
    expect(tt('common:probe', { count: 1_000_000 })).toBe('many: 1000000');
    expect(tt('common:probe', { count: 1_000_001 })).toBe('other: 1000001');
  });

  it('gives Italian, Spanish and Brazilian Portuguese many for 1,000,000, and English other', async () => {
    for (const language of ['it', 'es', 'pt-BR'] as const) {
      const t = await createTranslator(language);
      t.addResourceBundle(language, 'common', forms, true, true);
      expect((t.t as unknown as Loose)('common:probe', { count: 1_000_000 }), language).toBe('many: 1000000');
      expect((t.t as unknown as Loose)('common:probe', { count: 1 }), language).toBe('one: 1');
    }
    const en = await createTranslator('en');
    en.addResourceBundle('en', 'common', { probe_one: 'one', probe_other: 'other' }, true, true);
    expect((en.t as unknown as Loose)('common:probe', { count: 1_000_000 })).toBe('other');
    expect((en.t as unknown as Loose)('common:probe', { count: 0 })).toBe('other');
  });

  it('reads the French catalogue’s own plural keys in their many form', async () => {
    const fr = await loadCatalogue('fr');
    const t = await createTranslator('fr');
    const found: [string, string][] = [];
    for (const ns of NAMESPACES) {
      for (const [key, value] of flatten(fr[ns] as Record<string, unknown>)) if (splitPlural(key).category === 'many') found.push([`${ns}:${splitPlural(key).base}`, value as string]);
    }
    // Those with no placeholder but the count (others are not given here); at least one, or this checks nothing.
    const checked = found.filter(([, value]) => !/\{\{(?!\s*count\s*\}\})/.test(value)).slice(0, 20);
    expect(checked.length).toBeGreaterThan(0);
    for (const [base, value] of checked) {
      expect((t.t as unknown as Loose)(base, { count: 1_000_000 }), base).toBe(value.replace(/\{\{\s*count\s*\}\}/g, '1000000'));
    }
  });
});
