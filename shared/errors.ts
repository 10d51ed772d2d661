import type { z } from 'zod';
import { zodIssueProblem } from './zodIssues.ts';

/**
 * 'locked': the record is signed and cannot change (amend it). 'locked-out': the app is locked (no
 * practitioner unlocked, or the idle time ran out): unlock it; nothing was read or written.
 */
export const API_ERROR_CODES = ['invalid-input', 'not-found', 'conflict', 'locked', 'locked-out', 'storage', 'internal'] as const;
export type ApiErrorCode = (typeof API_ERROR_CODES)[number];

/** A parameter of an error: plain values only (numbers, ids, names typed by people, lists of ids). */
export type ErrorParam = string | number | boolean | null | readonly (string | number)[];
export type ErrorParams = { readonly [name: string]: ErrorParam };

/**
 * What crosses the boundary when a call fails: data, never words. `code` is the category, `field` the
 * path of the field at fault ("points.3.depthMm"), `reason` a stable machine word (zod's issue codes
 * such as 'too_big', or our own such as 'wrong-passphrase', listed in ERROR_REASONS), `params` plain
 * values ({ maximum: 6, unit: 'mm' }). The renderer words it in the practitioner's language
 * (renderer/i18n/errorText.ts, namespace `errors`).
 */
export type ApiErrorPayload = { code: ApiErrorCode; field: string | null; reason: string; params: ErrorParams };

export type ApiResult<T> = { ok: true; value: T } | { ok: false; error: ApiErrorPayload };

/** What a thrower gives: field and params may be left out. */
export type ApiErrorInit = { code: ApiErrorCode; reason: string; field?: string | null; params?: ErrorParams };

/**
 * A failure the caller can act on. Its `message` is for logs only (English, technical); nothing the
 * screen shows comes from it.
 */
export class ApiError extends Error {
  readonly code: ApiErrorCode;
  readonly field: string | null;
  readonly reason: string;
  readonly params: ErrorParams;
  /** options.log: a fuller English text for the logs (paths, counts); never shown. */
  constructor(init: ApiErrorInit, options?: { cause?: unknown; log?: string }) {
    super(options?.log ?? logMessage(init), options?.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'ApiError';
    this.code = init.code;
    this.field = init.field ?? null;
    this.reason = init.reason;
    this.params = init.params ?? {};
  }
  toPayload(): ApiErrorPayload {
    return { code: this.code, field: this.field, reason: this.reason, params: this.params };
  }
}

function logMessage(init: ApiErrorInit): string {
  const params = init.params && Object.keys(init.params).length > 0 ? ` ${JSON.stringify(init.params)}` : '';
  return `${init.code}: ${init.reason}${init.field ? ` (${init.field})` : ''}${params}`;
}

/**
 * The first problem of a failed validation, as data: the field, zod's issue code as the reason (or
 * 'required' for a value left out or empty), its limits as params. `input` (what was validated) lets
 * a missing value be told from one of the wrong type.
 */
export function invalidInput(error: z.ZodError, input?: unknown): ApiError {
  const issue = error.issues[0];
  if (!issue) return new ApiError({ code: 'invalid-input', field: null, reason: 'invalid' });
  const problem = zodIssueProblem(issue, input);
  return new ApiError({ code: 'invalid-input', ...problem });
}

/** The kinds of record a 'no-such-record' error names (each worded in the `errors` namespace). */
const RECORD_KINDS = ['patient', 'session', 'course', 'consent', 'photo', 'protocol', 'practitioner', 'template', 'adverseEvent', 'catalogueProduct', 'stockLot', 'recall'] as const;
export type RecordKind = (typeof RECORD_KINDS)[number];

export function notFound(what: RecordKind, id: string, field = 'id'): ApiError {
  return new ApiError({ code: 'not-found', field, reason: 'no-such-record', params: { record: what, id } });
}

/** A storage failure: the underlying error is kept as the cause, for the logs. */
export function storageFailure(reason: string, cause?: unknown, params?: ErrorParams, field: string | null = null): ApiError {
  return new ApiError({ code: 'storage', field, reason, ...(params ? { params } : {}) }, { cause });
}

function isParam(value: unknown): boolean {
  if (value === null || ['string', 'number', 'boolean'].includes(typeof value)) return true;
  return Array.isArray(value) && value.every((v) => typeof v === 'string' || typeof v === 'number');
}

export function isApiErrorPayload(value: unknown): value is ApiErrorPayload {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  if (typeof v.code !== 'string' || !(API_ERROR_CODES as readonly string[]).includes(v.code)) return false;
  if (typeof v.reason !== 'string' || !(v.field === null || typeof v.field === 'string')) return false;
  if (typeof v.params !== 'object' || v.params === null || Array.isArray(v.params)) return false;
  return Object.values(v.params).every(isParam);
}

/** The answer of every channel but the few open while locked, when no practitioner is unlocked. */
export function lockedOut(): ApiError {
  return new ApiError({ code: 'locked-out', field: null, reason: 'app-locked' });
}
