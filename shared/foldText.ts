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
 * Text as the app compares what people type (the patient search, allergies against the cocktail):
 * lower case, accents stripped, words separated by single spaces. Apostrophes and dots join
 * ("O'Brien" → "obrien"); hyphens and other marks separate ("García-López" → "garcia lopez"), so
 * either half of a double name is a word of its own.
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
