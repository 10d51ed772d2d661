import type { Namespace, TFunction } from 'i18next';
import { contraindicationLabel } from '../../shared/contraindications.ts';
import { ApiError, type ApiErrorPayload, type ErrorParam, type ErrorParams } from '../../shared/errors.ts';
import { indicationLabel } from '../../shared/indications.ts';
import { viewLabel } from '../../shared/mapViews.ts';
import { zodIssueProblem } from '../../shared/zodIssues.ts';
import type { z } from 'zod';

/**
 * Errors worded for the practitioner, in the language of the screens. The main process (and the
 * screens' own checks, through zod) answer errors as data: a code, the field path, a reason and its
 * params. This is the one place they become words, from the `errors` namespace:
 * - a reason of `errors:reason.*` is a whole sentence ("Wrong passphrase: try again…");
 * - a reason of `errors:problem.*` is said of a field: "{{field}} {{problem}}" (`errors:frame.field`),
 *   the field named in words from its path ("points.3.depthMm" → "Depth (point 4)"), or
 *   `errors:frame.value` when the field has no label;
 * - anything else falls back on the error's code (`errors:code.*`).
 * Fields under "document." are faults of an imported patient file (`errors:frame.document`).
 * Nothing shown here comes from an Error's message (English, for logs).
 */

/** Any component's t (whatever namespaces it lists) is accepted: the keys used here are all prefixed. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyT = TFunction<any, any>;
type T = TFunction<['errors', 'clinical']>;

type ErrorLike = Pick<ApiErrorPayload, 'code' | 'field' | 'reason' | 'params'>;

const camel = (word: string) => word.replace(/[-_]([a-z0-9])/g, (_, c: string) => c.toUpperCase());

/**
 * Whether the catalogue (the language in use: only it is loaded) words a name: `errors:<group>.<name>`.
 * Every language has the same keys as English (tests/shared/i18n), so the answer does not depend on it.
 */
const MISSING = '\u0000missing';
type Group = 'reason' | 'problem' | 'field' | 'item' | 'amount' | 'units' | 'code' | 'noSuchRecord' | 'recordAlreadyPresent';
function has(t: T, group: Group, name: string): boolean {
  const lookup = t as unknown as (key: string, options: { defaultValue: string; count?: number }) => string;
  // Amounts are plural keys: asked with a count, as they are used.
  return lookup(`errors:${group}.${name}`, { defaultValue: MISSING, ...(group === 'amount' ? { count: 2 } : {}) }) !== MISSING;
}

const num = (value: ErrorParam | undefined): number => (typeof value === 'number' ? value : Number(value));
const str = (value: ErrorParam | undefined): string => (Array.isArray(value) ? value.join(', ') : value === null || value === undefined ? '' : String(value));

/** "6 mm", "4 characters", "1 minute": a limit with its unit, plurals and decimals in the language. */
function amount(t: T, value: ErrorParam | undefined, unit: ErrorParam | undefined): string {
  const n = num(value);
  const key = typeof unit === 'string' && has(t, 'amount', unit) ? unit : 'plain';
  return t(`errors:amount.${key}` as 'errors:amount.plain', { count: n, value: n });
}

/** The words of a field path: "points.3.depthMm" → "Depth (point 4)"; null when it has no label. */
export function fieldLabel(t: AnyT, field: string | null): string | null {
  if (!field) return null;
  const tt = t as unknown as T;
  const segments = field.split('.').filter((s) => s !== 'fields' && s !== 'document');
  const items: string[] = [];
  let name: string | null = null;
  segments.forEach((segment, i) => {
    if (/^\d+$/.test(segment)) {
      const container = segments[i - 1];
      if (container && has(tt, 'item', container)) items.push(tt(`errors:item.${container}` as 'errors:item.points', { n: Number(segment) + 1 }));
    } else if (segments[i - 1] === 'answers') {
      // A screening answer is named by its contraindication: "Note (Pregnancy)".
      items.push(contraindicationLabel(t as unknown as TFunction<Namespace>, segment));
    } else {
      name = segment;
    }
  });
  const last = segments[segments.length - 1] ?? '';
  // A list's element ("treatedAreas.0") is named by its list.
  const labelName = /^\d+$/.test(last) ? (segments[segments.length - 2] ?? null) : name;
  if (!labelName || !has(tt, 'field', labelName)) return null;
  const label = tt(`errors:field.${labelName}` as 'errors:field.firstName');
  return items.length === 0 ? label : tt('errors:frame.withItems', { label, items: items.join(', ') });
}

/** Params made into words where they name things: contraindications, indications, views, dates, limits. */
function wordedParams(t: T, params: ErrorParams): Record<string, string | number> {
  const out: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(params)) out[name] = typeof value === 'number' ? value : str(value);
  const lt = t as unknown as TFunction<Namespace>;
  if (Array.isArray(params.contraindications)) out.contraindications = params.contraindications.map((k) => contraindicationLabel(lt, String(k)).toLocaleLowerCase()).join(', ');
  if (typeof params.indication === 'string') out.indication = indicationLabel(lt, params.indication).toLocaleLowerCase();
  if (typeof params.view === 'string') out.view = viewLabel(lt, params.view);
  if (params.maximum !== undefined) out.maximumAmount = amount(t, params.maximum, params.unit);
  if (params.minimum !== undefined) out.minimumAmount = amount(t, params.minimum, params.unit);
  if (params.divisor !== undefined) out.divisorAmount = amount(t, params.divisor, params.unit);
  if (typeof params.unit === 'string' && has(t, 'units', params.unit)) out.units = t(`errors:units.${params.unit}` as 'errors:units.mm');
  return out;
}

/** The key of a field-framed problem for zod's reasons (their wording depends on the params). */
function zodProblemKey(t: T, reason: string, params: ErrorParams): string | null {
  const origin = params.origin;
  const list = origin === 'array' || origin === 'set';
  switch (reason) {
    case 'too_big':
      return list ? 'tooManyItems' : origin === 'string' ? 'tooLong' : params.inclusive === false ? 'tooBigExclusive' : 'tooBig';
    case 'too_small':
      return list ? 'tooFewItems' : origin === 'string' ? 'tooShort' : params.inclusive === false ? 'tooSmallExclusive' : 'tooSmall';
    case 'invalid_type': {
      const expected = str(params.expected);
      const withUnit = typeof params.unit === 'string' && has(t, 'units', params.unit);
      if (expected === 'number') return withUnit ? 'numberOf' : 'number';
      if (expected === 'int') return withUnit ? 'intOf' : 'int';
      return ['string', 'boolean', 'array', 'date', 'object'].includes(expected) ? `type_${expected}` : 'type_unknown';
    }
    case 'invalid_format': {
      const format = str(params.format);
      return ['date', 'time', 'datetime', 'email', 'uuid'].includes(format) ? `format_${format}` : 'format_unknown';
    }
    case 'invalid_value': {
      const values = Array.isArray(params.values) ? params.values : [];
      if (values.length === 1 && String(values[0]) === 'true') return 'value_confirmed';
      return 'value_choice';
    }
    case 'not_multiple_of':
      return 'notMultipleOf';
    case 'unrecognized_keys':
      return 'unrecognizedKeys';
    default:
      return null;
  }
}

/** What is wrong, said of the field (without naming it): "must be at most 6 mm". Null for a whole-sentence reason. */
function problemText(t: AnyT, problem: Pick<ErrorLike, 'reason' | 'params'>): string | null {
  const tt = t as unknown as T;
  const params = wordedParams(tt, problem.params);
  const key = zodProblemKey(tt, problem.reason, problem.params) ?? camel(problem.reason);
  // zod's other codes (and refinements without a reason of their own) are "not valid"; an unknown reason
  // of our own falls back on its code's sentence.
  const zodLike = problem.reason === 'custom' || problem.reason === 'invalid' || problem.reason.includes('_');
  if (!has(tt, 'problem', key)) return zodLike && !has(tt, 'reason', camel(problem.reason)) ? tt('errors:problem.invalid') : null;
  let text = tt(`errors:problem.${key}` as 'errors:problem.required', params);
  // A refused photo in a patient file says why, with the photo check's own words.
  if (problem.reason === 'unusable-photo' && typeof problem.params.cause === 'string') {
    const cause = errorText(t, { code: 'invalid-input', field: null, reason: problem.params.cause, params: problem.params });
    text = tt('errors:frame.because', { problem: text, cause });
  }
  return text;
}

function sentence(t: T, error: ErrorLike): string {
  const reason = camel(error.reason);
  const params = wordedParams(t, error.params);
  if (reason === 'noSuchRecord' || reason === 'recordAlreadyPresent') {
    const record = str(error.params.record);
    if (has(t, reason, record)) return t(`errors:${reason}.${record}` as 'errors:noSuchRecord.patient', params);
  }
  if (reason === 'amendmentReasonRequired' && (error.params.action === 'add-photo' || error.params.action === 'remove-photo')) {
    return t(error.params.action === 'add-photo' ? 'errors:reason.amendmentReasonRequiredAddPhoto' : 'errors:reason.amendmentReasonRequiredRemovePhoto');
  }
  if (has(t, 'reason', reason)) return t(`errors:reason.${reason}` as 'errors:reason.wrongPassphrase', params);
  return t(`errors:code.${has(t, 'code', camel(error.code)) ? camel(error.code) : 'internal'}` as 'errors:code.internal');
}

/** An error as one sentence in the practitioner's language (an ApiError, its payload, or anything thrown). */
export function errorText(t: AnyT, error: unknown): string {
  const tt = t as unknown as T;
  const data: ErrorLike | null =
    error instanceof ApiError ? error.toPayload() : isErrorLike(error) ? error : null;
  if (!data) return tt('errors:code.internal');
  const problem = data.reason === 'no-such-record' || data.reason === 'record-already-present' ? null : problemText(t, data);
  if (problem === null) {
    const text = sentence(tt, data);
    return data.field?.startsWith('document.') ? tt('errors:frame.document', { detail: text }) : text;
  }
  const label = fieldLabel(t, data.field);
  const text = label ? tt('errors:frame.field', { field: label, problem }) : tt('errors:frame.value', { problem });
  return data.field === 'document' || data.field?.startsWith('document.') ? tt('errors:frame.document', { detail: text }) : text;
}

function isErrorLike(value: unknown): value is ErrorLike {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return typeof v.code === 'string' && typeof v.reason === 'string' && typeof v.params === 'object' && v.params !== null;
}

/** A screen's own zod issue said of its field, without naming it ("must be at least 1 minute"). */
export function issueText(t: AnyT, issue: z.core.$ZodIssue, input?: unknown): string {
  return problemText(t, zodIssueProblem(issue, input)) ?? errorText(t, { code: 'invalid-input', ...zodIssueProblem(issue, input) });
}
