import type { Namespace, TFunction } from 'i18next';
import { ApiError } from '../../shared/errors.ts';
import { sessionFieldRulesSchema, type SessionFields } from '../../shared/session.ts';
import { zodIssueProblem } from '../../shared/zodIssues.ts';
import { errorText } from '../i18n/errorText.ts';
import type { FieldProblem } from './cocktail.ts';

/** A field's value as typed, checked with the shared schema: the value to dispatch, or the problem to show. */
export function checkField<K extends keyof SessionFields>(name: K, value: unknown): { ok: true; value: SessionFields[K] } | { ok: false; problem: FieldProblem } {
  const schema = sessionFieldRulesSchema.shape[name];
  const parsed = schema.safeParse(value);
  if (parsed.success) return { ok: true, value: parsed.data as SessionFields[K] };
  const issue = parsed.error.issues[0];
  const problem = issue ? zodIssueProblem(issue, value, [name]) : { field: name, reason: 'invalid', params: {} };
  return { ok: false, problem: { error: new ApiError({ code: 'invalid-input', ...problem }) } };
}

/** A field's problem in the screen's language. */
export function fieldProblemText(t: TFunction<Namespace>, problem: FieldProblem): string {
  return 'error' in problem ? errorText(t as TFunction, problem.error) : t(`sessions:cocktail.${problem.key}`);
}

/**
 * The field a refusal from the store concerns, as the form's paths name them: "fields.products.2.expiry"
 * → "products.2.expiry"; "fields.treatedAreas.3" → "treatedAreas"; "reason" stays "reason".
 */
export function refusalPath(field: string | null): string | null {
  if (!field) return null;
  const path = field.replace(/^fields\./, '');
  if (/^products\.\d+\.\w+$/.test(path)) return path;
  const head = path.split('.')[0] ?? path;
  if (head === 'products') return 'products';
  return head;
}

/** A refusal of the store in words, in the screen's language (errorText names the field it concerns). */
export function refusalText(t: TFunction<Namespace>, error: unknown): string {
  return errorText(t as TFunction, error);
}

/** One-click aftercare phrases the practitioner says at every session: keys of `sessions:aftercare`, written in the screen's language. */
export const AFTERCARE_PHRASES = ['makeUp', 'sauna', 'cold', 'massage', 'call'] as const;

/** The text with the phrase added on a line of its own, unless it is already there. */
export function appendPhrase(text: string, phrase: string): string {
  if (text.includes(phrase)) return text;
  const trimmed = text.replace(/\s+$/, '');
  return trimmed === '' ? phrase : `${trimmed}\n${phrase}`;
}
