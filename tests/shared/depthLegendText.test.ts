import { describe, expect, it } from 'vitest';
import { FULL_DEPTH_RANGE } from '../../shared/depth.ts';
import { depthLegendEntries } from '../../shared/depthLegendText.ts';
import { createFormatter } from '../../shared/format/formatter.ts';
import { LANGUAGES } from '../../shared/i18n/languages.ts';
import { createTranslator } from '../../shared/i18n/translator.ts';
import { DEPTH_COLOURS } from '../../shared/markerPalette.ts';

const texts = async (lang: (typeof LANGUAGES)[number], range: { min: number; max: number }) => {
  const { t } = await createTranslator(lang);
  return depthLegendEntries(t, createFormatter(lang), range).map((e) => e.text);
};

describe('the depth legend, as the screen and the printed record both word it', () => {
  it('with the full range, a colour names its skin layer and the layer’s depth span', async () => {
    expect(await texts('en', FULL_DEPTH_RANGE)).toEqual([
      'Epidermis · < 1 mm',
      'Superficial dermis · 1–2 mm',
      'Deep dermis · 2–4 mm',
      'Hypodermis · 4–6 mm',
      'Deep hypodermis · 6–13 mm',
    ]);
    expect(await texts('fr', FULL_DEPTH_RANGE)).toEqual([
      'Épiderme · < 1 mm',
      'Derme superficiel · 1–2 mm',
      'Derme profond · 2–4 mm',
      'Hypoderme · 4–6 mm',
      'Hypoderme profond · 6–13 mm',
    ]);
  });

  it('names the layers in every language, in the colours’ order', async () => {
    const { t } = await createTranslator('en');
    expect(depthLegendEntries(t, createFormatter('en'), FULL_DEPTH_RANGE).map((e) => e.colour)).toEqual([...DEPTH_COLOURS]);
    for (const lang of LANGUAGES) {
      const words = await texts(lang, FULL_DEPTH_RANGE);
      expect(words).toHaveLength(5);
      // A layer's own word in front of its span, never a key or a bare depth.
      for (const w of words) expect(w).toMatch(/^\p{Lu}[\p{L} ]+ · (< )?[\d–]+ mm$/u);
      expect(new Set(words).size).toBe(5);
    }
    expect(await texts('it', FULL_DEPTH_RANGE)).toContain('Derma superficiale · 1–2 mm');
    expect(await texts('es', FULL_DEPTH_RANGE)).toContain('Hipodermis · 4–6 mm');
    expect(await texts('pt-BR', FULL_DEPTH_RANGE)).toContain('Derme profunda · 2–4 mm');
  });

  it('a range opened into the dermis names only the layers it reaches', async () => {
    expect(await texts('en', { min: 1, max: 4 })).toEqual(['Superficial dermis · 1–2 mm', 'Deep dermis · 2–4 mm', 'Hypodermis · 4–6 mm']);
  });

  it('within the default 4–6 mm, colours stand for depths of the scale, as the language writes them', async () => {
    expect(await texts('en', { min: 4, max: 6 })).toEqual(['4.0 mm', '4.5 mm', '5.0 mm', '5.5 mm', '6.0 mm']);
    expect((await texts('fr', { min: 4, max: 6 }))[1]).toMatch(/^4,5\s?mm$/);
  });
});
