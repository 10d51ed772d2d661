import { z } from 'zod';

/**
 * Countries as ISO 3166-1 alpha-2 codes ("FR"), named in the reader's language by Intl.DisplayNames, so
 * that no list of country names has to be kept in the catalogue. The schema checks the form only (two
 * capital letters): which codes are assigned changes over time, and the names come from the platform.
 */
export const countryCodeSchema = z.string().regex(/^[A-Z]{2}$/);

/** Codes Intl names that are not countries (regions, groupings, private use). */
const NOT_COUNTRIES = new Set(['EU', 'EZ', 'UN', 'QO', 'XA', 'XB', 'ZZ']);

/** Every country the platform can name, as { code, name } in `language`, sorted by name. */
export function countryOptions(language: string): { code: string; name: string }[] {
  const names = new Intl.DisplayNames([language], { type: 'region', fallback: 'none' });
  const options: { code: string; name: string }[] = [];
  for (let a = 65; a <= 90; a += 1) {
    for (let b = 65; b <= 90; b += 1) {
      const code = String.fromCharCode(a, b);
      const name = NOT_COUNTRIES.has(code) ? undefined : names.of(code);
      if (name && name !== code) options.push({ code, name });
    }
  }
  const collator = new Intl.Collator(language);
  return options.sort((x, y) => collator.compare(x.name, y.name));
}

/** "France" in `language`; the code itself when the platform cannot name it. */
export function countryName(language: string, code: string): string {
  return new Intl.DisplayNames([language], { type: 'region', fallback: 'code' }).of(code) ?? code;
}
