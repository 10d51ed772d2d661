import { describe, expect, it } from 'vitest';
import { countryCodeSchema, countryName, countryOptions } from '../../shared/countries.ts';
import { restrictionsFor } from '../../shared/countryRestrictions.ts';
import { settingsSchema } from '../../shared/settings.ts';

describe('restrictions of the clinic\'s country on indications', () => {
  it('shows the French ban on aesthetic fat lysis by injection for localized fat, with its legal reference', () => {
    const [restriction, ...more] = restrictionsFor('FR', 'localized-fat');
    expect(more).toEqual([]);
    expect(restriction).toMatchObject({ country: 'FR', indication: 'localized-fat', reference: 'Décret n° 2011-382 du 11 avril 2011' });
  });

  it('shows nothing for another indication, another country, or a clinic whose country is unset', () => {
    expect(restrictionsFor('FR', 'cellulite')).toEqual([]);
    expect(restrictionsFor('IT', 'localized-fat')).toEqual([]);
    for (const unset of [undefined, null, '']) expect(restrictionsFor(unset, 'localized-fat')).toEqual([]);
  });
});

describe('the clinic\'s country setting', () => {
  it('is unset by default, and takes an ISO 3166 alpha-2 code or null only', () => {
    expect(settingsSchema.parse({}).country).toBeUndefined();
    expect(settingsSchema.parse({ country: 'FR' }).country).toBe('FR');
    expect(settingsSchema.parse({ country: null }).country).toBeNull();
    for (const bad of ['fr', 'FRA', 'France', 'F1']) expect(countryCodeSchema.safeParse(bad).success, bad).toBe(false);
  });

  it('offers the countries named in the screens\' language, sorted, without groupings such as the EU', () => {
    const fr = countryOptions('fr');
    expect(fr.find((c) => c.code === 'DE')?.name).toBe('Allemagne');
    expect(fr.some((c) => c.code === 'EU' || c.code === 'UN')).toBe(false);
    const names = fr.map((c) => c.name);
    expect(names).toEqual([...names].sort(new Intl.Collator('fr').compare));
    expect(countryName('it', 'FR')).toBe('Francia');
  });
});
