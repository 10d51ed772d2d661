import type { z } from 'zod';

/**
 * Every zod issue as data: the field path, a reason and plain params, worded later by the renderer
 * (renderer/i18n/errorText.ts). The one place that knows zod's issue shapes. zod's own `message` is
 * never used: it is English.
 *
 * reasons: 'required' (a value left out, or text left empty), then zod's codes 'too_big', 'too_small',
 * 'invalid_type', 'invalid_format', 'invalid_value', 'not_multiple_of', 'unrecognized_keys',
 * 'invalid_union', 'invalid_key', 'invalid_element', and for a refinement the reason its `params`
 * name ({ params: { reason: 'min-above-max' } }), else 'custom'.
 */
export type Problem = { field: string | null; reason: string; params: { [name: string]: string | number | boolean | null | readonly (string | number)[] } };

type Issue = z.core.$ZodIssue;

/** Units a number's field is counted in, by the field's name: "depthMm" → mm. */
const UNIT_OF_FIELD: Record<string, string> = {
  depthMm: 'mm',
  volumeMl: 'ml',
  idleMinutes: 'minute',
  intervalHours: 'hour',
  intervalDays: 'day',
  maintenanceIntervalDays: 'day',
  plannedSessions: 'session',
  keep: 'backup',
  needles: 'needle',
  count: 'needle',
};

/** What a list of each name holds, to count its length in words ("at most 30 areas"). */
const UNIT_OF_LIST: Record<string, string> = {
  points: 'point',
  products: 'product',
  treatedAreas: 'area',
  ids: 'photo',
  photoIds: 'photo',
  sessionIds: 'session',
  sideEffects: 'item',
};

function lastName(path: readonly PropertyKey[]): string | null {
  for (let i = path.length - 1; i >= 0; i -= 1) {
    const segment = path[i];
    if (typeof segment === 'string' && !/^\d+$/.test(segment)) return segment;
  }
  return null;
}

/** The unit a number at this path counts (depth range bounds are millimetres too). */
function unitOfField(path: readonly PropertyKey[]): string | null {
  const name = lastName(path);
  if (!name) return null;
  if (UNIT_OF_FIELD[name]) return UNIT_OF_FIELD[name];
  if ((name === 'min' || name === 'max') && path.map(String).includes('depthRange')) return 'mm';
  if (/Mm$/.test(name)) return 'mm';
  if (/Ml$/.test(name)) return 'ml';
  return null;
}

function unitFor(origin: string, path: readonly PropertyKey[]): string | null {
  if (origin === 'string') return 'character';
  if (origin === 'array' || origin === 'set') return UNIT_OF_LIST[lastName(path) ?? ''] ?? 'item';
  if (origin === 'file') return 'byte';
  return unitOfField(path);
}

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let value = input;
  for (const segment of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[segment as string];
  }
  return value;
}

function plain(value: unknown): string | number {
  return typeof value === 'number' ? value : typeof value === 'bigint' ? Number(value) : String(value);
}

/** zod reports a union by its branches: the most telling branch's first issue speaks for it. */
function unionBranch(issue: Extract<Issue, { code: 'invalid_union' }>): Issue | null {
  const firsts = (issue.errors ?? []).map((branch) => branch[0]).filter((i): i is Issue => i !== undefined);
  return firsts.find((i) => i.code !== 'invalid_type' && i.code !== 'invalid_value') ?? null;
}

function path(issue: Issue, prefix: readonly PropertyKey[]): PropertyKey[] {
  return [...prefix, ...issue.path];
}

export function zodIssueProblem(issue: Issue, input?: unknown, prefix: readonly PropertyKey[] = []): Problem {
  const at = path(issue, prefix);
  const field = at.length === 0 ? null : at.map(String).join('.');
  switch (issue.code) {
    case 'invalid_type': {
      if (input !== undefined && (valueAt(input, at) === undefined || (issue.expected !== 'null' && valueAt(input, at) === null))) {
        return { field, reason: 'required', params: {} };
      }
      const expected = issue.expected === 'int' ? 'int' : String(issue.expected);
      return { field, reason: 'invalid_type', params: { expected, unit: unitOfField(at) } };
    }
    case 'too_big':
      return {
        field,
        reason: 'too_big',
        params: { maximum: plain(issue.maximum), inclusive: issue.inclusive !== false, origin: issue.origin, unit: unitFor(issue.origin, at) },
      };
    case 'too_small':
      if (issue.origin === 'string' && Number(issue.minimum) === 1) return { field, reason: 'required', params: {} };
      return {
        field,
        reason: 'too_small',
        params: { minimum: plain(issue.minimum), inclusive: issue.inclusive !== false, origin: issue.origin, unit: unitFor(issue.origin, at) },
      };
    case 'invalid_format':
      // The pattern is for programmers; the format names what was expected (date, time, datetime, email, uuid, regex...).
      return { field, reason: 'invalid_format', params: { format: issue.format } };
    case 'not_multiple_of':
      return { field, reason: 'not_multiple_of', params: { divisor: issue.divisor, unit: unitOfField(at) } };
    case 'invalid_value':
      return { field, reason: 'invalid_value', params: { values: issue.values.map(plain) } };
    case 'unrecognized_keys':
      return { field, reason: 'unrecognized_keys', params: { keys: [...issue.keys] } };
    case 'invalid_union': {
      const branch = unionBranch(issue);
      if (branch) return zodIssueProblem(branch, input, at);
      return { field, reason: 'invalid_union', params: {} };
    }
    case 'invalid_key':
    case 'invalid_element': {
      const inner = issue.issues[0];
      if (inner) return zodIssueProblem(inner, input, at);
      return { field, reason: issue.code, params: {} };
    }
    case 'custom': {
      const params = { ...(issue.params ?? {}) } as Record<string, unknown>;
      const reason = typeof params.reason === 'string' ? params.reason : 'custom';
      delete params.reason;
      const plainParams: Problem['params'] = {};
      for (const [name, value] of Object.entries(params)) {
        if (value === null || ['string', 'number', 'boolean'].includes(typeof value)) plainParams[name] = value as string | number | boolean | null;
        else if (Array.isArray(value)) plainParams[name] = value.map(plain);
      }
      return { field, reason, params: plainParams };
    }
    default:
      return { field, reason: 'invalid', params: {} };
  }
}
