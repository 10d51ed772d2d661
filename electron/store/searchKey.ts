/**
 * Letters that Unicode does not decompose into a base letter plus accent, so NFD alone would leave
 * them: "Żółkiewska" must still be found by "zol".
 */
const UNDECOMPOSED_LETTERS: Record<string, string> = {
  ł: 'l',
  ø: 'o',
  đ: 'd',
  ð: 'd',
  þ: 'th',
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  ı: 'i',
};

/**
 * Text as the patient search compares it: lower case, accents stripped, words separated by single
 * spaces. Apostrophes and dots join ("O'Brien" → "obrien"); hyphens and other marks separate
 * ("García-López" → "garcia lopez"), so either half of a double name is a word of its own.
 */
export function foldForSearch(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[łøđðþßæœı]/g, (letter) => UNDECOMPOSED_LETTERS[letter] ?? letter)
    .replace(/['’.]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/**
 * The stored key: "last first | first last", folded. It starts with last name then first name, so it
 * is also the list's sort order; holding both orders lets "hans mül" and "müller h" both match as a
 * prefix of consecutive words. The " | " keeps a search from matching across the two halves.
 */
export function patientSearchKey(firstName: string, lastName: string): string {
  const first = foldForSearch(firstName);
  const last = foldForSearch(lastName);
  return `${last} ${first} | ${first} ${last}`;
}

/**
 * What to look for in " " + search_key so that the search matches at the start of a word: the folded
 * search after a space, or '' for "no search". Folding leaves only letters, digits and spaces, so the
 * result needs no escaping.
 */
export function wordPrefixNeedle(search: string): string {
  const folded = foldForSearch(search);
  return folded === '' ? '' : ` ${folded}`;
}
