import { describe, expect, it } from 'vitest';
import { allergyEntries, allergyMatches, recordedAllergies } from '../../shared/allergyMatch.ts';
import { emptyScreening } from '../../shared/contraindications.ts';

const product = (name: string, activeIngredients = '') => ({ name, activeIngredients });

describe('a cocktail product against the recorded allergies', () => {
  it('matches by product name, whatever the case and accents', () => {
    const m = allergyMatches([product('LIDOCAÏNE 2 %'), product('Hyaluronic acid 1%')], ['lidocaine']);
    expect([...m]).toEqual([[0, ['lidocaine']]]);
  });

  it('matches by active ingredient, and the same substance written in another language', () => {
    const m = allergyMatches([product('Xylocaine 1%', 'Lidocaína clorhidrato'), product('Mesoline', 'organic silicium')], ['Allergie à la lidocaïne']);
    expect(m.get(0)).toEqual(['Allergie à la lidocaïne']);
    expect(m.has(1)).toBe(false);
  });

  it('names each entry of the allergies that matched, as the file writes it', () => {
    const m = allergyMatches([product('Procaine 2%', 'procaine hydrochloride, benzyl alcohol')], ['Penicillin; procaine\nbenzyl alcohol']);
    expect(m.get(0)).toEqual(['procaine', 'benzyl alcohol']);
  });

  it('does not match on words that name no substance ("allergy", "acid", short words)', () => {
    expect(allergyMatches([product('Hyaluronic acid 1%', 'sodium hyaluronate')], ['allergic to acetylsalicylic acid']).size).toBe(0);
    expect(allergyMatches([product('Vitamin C', 'ascorbic acid')], ['vitamin B12 (cobalamin)']).size).toBe(0);
    expect(allergyMatches([product('Lidocaine 2%')], ['to', 'and 2']).size).toBe(0);
  });

  it('matches nothing when no allergy is recorded', () => {
    expect(allergyMatches([product('Lidocaine')], []).size).toBe(0);
    expect(allergyMatches([product('Lidocaine')], ['  ', '\n']).size).toBe(0);
  });
});

describe('where the allergies are recorded', () => {
  const screening = (present: boolean, note: string) => {
    const s = emptyScreening('2026-11-20');
    return { ...s, answers: { ...s.answers, productAllergy: { present, note } } };
  };

  it('reads the patient’s allergies and the product-allergy notes answered yes, the patient’s and the session’s', () => {
    const patient = { allergies: 'Latex', screening: screening(true, 'procaine') };
    expect(recordedAllergies(patient, screening(true, 'lidocaine'))).toEqual(['Latex', 'procaine', 'lidocaine']);
  });

  it('ignores a note given with a "no" (e.g. "none known")', () => {
    expect(recordedAllergies({ allergies: '', screening: screening(false, 'lidocaine tested, none') }, null)).toEqual([]);
  });

  it('splits entries on lines, commas and semicolons', () => {
    expect(allergyEntries(['latex, lidocaine;\n procaine '])).toEqual(['latex', 'lidocaine', 'procaine']);
    // A comma in brackets belongs to its entry.
    expect(allergyEntries(['Lidocaïne (urticaria, 2019), latex'])).toEqual(['Lidocaïne (urticaria, 2019)', 'latex']);
  });
});
