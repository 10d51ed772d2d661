import { foldForSearch } from '../../shared/foldText.ts';

/** The folding lives in shared/ (the allergy check uses it too); re-exported for the store's callers. */
export { foldForSearch };

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
