import { beforeAll, describe, expect, it } from 'vitest';
import { ageOn } from '../../../shared/age.ts';
import { ageText } from '../../../renderer/patients/age.ts';
import { createTranslator, type Translator } from '../../../shared/i18n/translator.ts';

describe('ageOn', () => {
  it('counts whole years, the birthday itself included', () => {
    expect(ageOn('1984-05-12', '2025-05-11')?.years).toBe(40);
    expect(ageOn('1984-05-12', '2025-05-12')?.years).toBe(41);
    expect(ageOn('1984-05-12', '2025-12-01')?.years).toBe(41);
  });
  it('handles a birth on 29 February', () => {
    expect(ageOn('2000-02-29', '2021-02-28')?.years).toBe(20);
    expect(ageOn('2000-02-29', '2021-03-01')?.years).toBe(21);
    expect(ageOn('2000-02-29', '2024-02-29')?.years).toBe(24);
  });
  it('refuses a birth after the day, and unreadable dates', () => {
    expect(ageOn('2030-01-01', '2025-01-01')).toBeNull();
    expect(ageOn('not a date', '2025-01-01')).toBeNull();
  });
});

describe('ageText', () => {
  let en: Translator;
  let fr: Translator;
  beforeAll(async () => {
    [en, fr] = await Promise.all([createTranslator('en'), createTranslator('fr')]);
  });

  it('writes years from two years on, months before', () => {
    expect(ageText(en.t, '1984-05-12', '2025-05-12')).toBe('41 y');
    expect(ageText(en.t, '2024-01-15', '2024-09-14')).toBe('7 mo');
    expect(ageText(en.t, '2024-01-15', '2024-09-15')).toBe('8 mo');
    expect(ageText(en.t, '2023-01-15', '2025-01-14')).toBe('23 mo');
    expect(ageText(en.t, '2023-01-15', '2025-01-15')).toBe('2 y');
    expect(ageText(en.t, '', '2025-01-15')).toBe('—');
  });

  it('says it in the language of the screen, with its plurals', () => {
    expect(ageText(fr.t, '1984-05-12', '2025-05-12')).toBe('41 ans');
    expect(ageText(fr.t, '2024-01-15', '2024-09-15')).toBe('8 mois');
  });
});
