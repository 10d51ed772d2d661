import { describe, expect, it } from 'vitest';
import { foldForSearch, patientSearchKey, wordPrefixNeedle } from '../../../electron/store/searchKey.ts';

describe('search folding', () => {
  it('lower-cases and strips accents', () => {
    expect(foldForSearch('José Müller')).toBe('jose muller');
    expect(foldForSearch('ÉLODIE Françoise')).toBe('elodie francoise');
  });

  it('folds letters that Unicode does not decompose', () => {
    expect(foldForSearch('Żółkiewska')).toBe('zolkiewska');
    expect(foldForSearch('Søren Straße')).toBe('soren strasse');
  });

  it('joins at apostrophes and splits at hyphens and spaces', () => {
    expect(foldForSearch("O'Brien")).toBe('obrien');
    expect(foldForSearch('García-López  Ruiz')).toBe('garcia lopez ruiz');
  });

  it('keys a patient as "last first | first last"', () => {
    expect(patientSearchKey('José', 'Müller')).toBe('muller jose | jose muller');
  });

  it('turns a search into a word-start needle, or nothing for a blank search', () => {
    expect(wordPrefixNeedle('  MÜLL ')).toBe(' mull');
    expect(wordPrefixNeedle('  ')).toBe('');
    expect(wordPrefixNeedle('%_')).toBe('');
  });
});
