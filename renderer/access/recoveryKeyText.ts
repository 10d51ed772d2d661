import type { TFunction } from 'i18next';
import type { Namespace } from '../../shared/i18n/namespaces.ts';
import { normalizeRecoveryKey, RECOVERY_KEY_BYTES } from '../../shared/recoveryKey.ts';

/**
 * The recovery key as text on the screens. As it is typed on the lock screen, it is checked at each
 * keystroke against what a key can be (shared/recoveryKey.ts decides: spaces, dashes and case do not
 * count, O reads as 0, I and L as 1): a character no key holds, or too many, is said at once; too few
 * only when the key is submitted, so that nobody is told off halfway through typing it. As it is shown,
 * a screen reader is given it symbol by symbol.
 */

/** Letters and digits in a key (160 bits, 5 per symbol). */
export const RECOVERY_KEY_SYMBOLS = (RECOVERY_KEY_BYTES * 8) / 5;

export type RecoveryKeyProblem =
  | { reason: 'empty' }
  | { reason: 'symbol'; character: string }
  | { reason: 'tooLong'; typed: number }
  | { reason: 'tooShort'; typed: number };

/** The symbols typed, separators left out, in the order typed. */
function symbolsOf(typed: string): string[] {
  return [...typed.replace(/[\s-]/g, '')];
}

/** Whether a key can hold this character, asked of the one rule that reads keys (a key made of it alone). */
function isKeySymbol(character: string): boolean {
  return normalizeRecoveryKey(character.repeat(RECOVERY_KEY_SYMBOLS)) !== null;
}

/** What stops `typed` from being a key; `submitted`: also a key left short or empty. Null: nothing (yet). */
export function recoveryKeyProblem(typed: string, submitted: boolean): RecoveryKeyProblem | null {
  const symbols = symbolsOf(typed);
  const stranger = symbols.find((s) => !isKeySymbol(s));
  if (stranger !== undefined) return { reason: 'symbol', character: stranger };
  if (symbols.length > RECOVERY_KEY_SYMBOLS) return { reason: 'tooLong', typed: symbols.length };
  if (!submitted) return null;
  if (symbols.length === 0) return { reason: 'empty' };
  if (symbols.length < RECOVERY_KEY_SYMBOLS) return { reason: 'tooShort', typed: symbols.length };
  return null;
}

export function recoveryKeyProblemText(t: TFunction<Namespace[]>, problem: RecoveryKeyProblem): string {
  switch (problem.reason) {
    case 'empty':
      return t('access:recover.problems.empty', { count: RECOVERY_KEY_SYMBOLS });
    case 'symbol':
      return t('access:recover.problems.symbol', { character: problem.character });
    case 'tooLong':
      return t('access:recover.problems.tooLong', { count: RECOVERY_KEY_SYMBOLS, typed: problem.typed });
    case 'tooShort':
      return t('access:recover.problems.tooShort', { count: RECOVERY_KEY_SYMBOLS, typed: problem.typed });
  }
}

/** "12 of 32": how far the typing has gone, for the field's hint. */
export function recoveryKeyProgress(typed: string): { typed: number; count: number } {
  return { typed: Math.min(symbolsOf(typed).length, RECOVERY_KEY_SYMBOLS), count: RECOVERY_KEY_SYMBOLS };
}

/** "7KQ2-M9XD" → "7 K Q 2, M 9 X D": a screen reader spells each symbol instead of guessing a word. */
export function spelledKey(key: string): string {
  return key
    .split('-')
    .map((group) => [...group].join(' '))
    .join(', ');
}
