import { foldForSearch } from './foldText.ts';
import type { Product } from './product.ts';

/**
 * A cocktail product that matches an allergy the patient has recorded (issue 12, safety checks): the
 * allergies are free text (the patient's "Allergies" field, the note of the screening's product
 * allergy), so they are compared word by word with the product's name and active ingredients, folded
 * as the patient search folds text (case and accents ignored: "Lidocaïne" is "lidocaine"). A match is a
 * flag to look at, never a refusal: the practitioner decides.
 */

/**
 * Words that name no substance of their own, in the five languages: "allergy to lidocaine" must not
 * match "hyaluronic acid" by "to" or "acid". Short words (3 letters or fewer) never match either.
 */
const NOT_A_SUBSTANCE = new Set([
  // what an allergy note says around the substance
  'allergy', 'allergies', 'allergic', 'allergie', 'allergique', 'allergia', 'allergico', 'allergica', 'alergia', 'alergias', 'alergico', 'alergica',
  'patient', 'paziente', 'paciente', 'known', 'connue', 'nota', 'noted', 'reaction', 'reazione', 'reaccion', 'reacao', 'severe', 'grave', 'mild',
  'with', 'avec', 'from', 'their', 'also', 'todos', 'tous', 'tutti', 'none', 'aucune', 'nessuna', 'ninguna', 'nenhuma',
  // what a product's name says around the substance
  'acid', 'acide', 'acido', 'sodium', 'sodio', 'chloride', 'chlorure', 'cloruro', 'cloreto', 'hydrochloride', 'chlorhydrate', 'cloridrato', 'clorhidrato',
  'salt', 'solution', 'soluzione', 'solucion', 'solucao', 'injection', 'injectable', 'iniettabile', 'inyectable', 'injetavel', 'saline', 'serum',
  'vitamin', 'vitamine', 'vitamina', 'vitaminas', 'complex', 'complexe', 'complesso', 'complejo', 'complexo', 'free', 'base',
]);

/** A word as compared: folded, and without a final vowel or "s" so that "lidocaine", "lidocaina" and "lidocaïne" meet. */
function stem(word: string): string {
  const cut = word.replace(/[aeiosy]+$/, '');
  return cut.length >= 4 ? cut : word;
}

function substanceWords(text: string): string[] {
  return foldForSearch(text)
    .split(' ')
    .filter((w) => w.length > 3 && !/^\d/.test(w) && !NOT_A_SUBSTANCE.has(w))
    .map(stem);
}

/**
 * The allergies as recorded, one entry per line, comma or semicolon ("lidocaine; latex" is two), a
 * comma inside brackets kept with its entry ("lidocaine (urticaria, 2019)" is one).
 */
export function allergyEntries(texts: readonly string[]): string[] {
  const entries: string[] = [];
  for (const text of texts) {
    let depth = 0;
    let current = '';
    for (const char of text) {
      if (char === '(' || char === '[') depth += 1;
      if ((char === ')' || char === ']') && depth > 0) depth -= 1;
      if (char === '\n' || char === ';' || (char === ',' && depth === 0)) {
        entries.push(current);
        current = '';
        // A line or a semicolon always ends an entry, an unclosed bracket with it.
        if (char !== ',') depth = 0;
      } else current += char;
    }
    entries.push(current);
  }
  return entries.map((entry) => entry.trim()).filter((entry) => entry !== '');
}

/**
 * For each product of the cocktail (by index), the recorded allergy entries it matches, as the patient's
 * file writes them: an entry matches when one of its words names a word of the product's name or active
 * ingredients. Products that match nothing are left out.
 */
export function allergyMatches(products: readonly Pick<Product, 'name' | 'activeIngredients'>[], allergies: readonly string[]): Map<number, string[]> {
  const entries = allergyEntries(allergies).map((entry) => ({ entry, words: substanceWords(entry) }));
  const matches = new Map<number, string[]>();
  if (entries.length === 0) return matches;
  products.forEach((product, index) => {
    const words = new Set(substanceWords(`${product.name} ${product.activeIngredients}`));
    const hit = entries.filter((e) => e.words.some((w) => words.has(w))).map((e) => e.entry);
    const unique = [...new Set(hit)];
    if (unique.length > 0) matches.set(index, unique);
  });
  return matches;
}

/**
 * Where a patient's allergies are recorded: the "Allergies" field, the note of the product-allergy item
 * of the patient's screening and of the session's own copy of it (the screening of the day).
 */
export function recordedAllergies(
  patient: { allergies: string; screening: { answers: { productAllergy?: { present: boolean; note: string } | undefined } } | null } | null,
  sessionScreening?: { answers: { productAllergy?: { present: boolean; note: string } | undefined } } | null,
): string[] {
  const texts: string[] = [];
  if (patient?.allergies.trim()) texts.push(patient.allergies);
  for (const screening of [patient?.screening ?? null, sessionScreening ?? null]) {
    const answer = screening?.answers.productAllergy;
    // A "no" with a note ("none known") names no allergy.
    if (answer?.present && answer.note.trim()) texts.push(answer.note);
  }
  return texts;
}
