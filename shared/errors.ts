import type { z } from 'zod';

/**
 * 'locked': the record is signed and cannot change (amend it). 'locked-out': the app is locked (no
 * practitioner unlocked, or the idle time ran out): unlock it; nothing was read or written.
 */
export const API_ERROR_CODES = ['invalid-input', 'not-found', 'conflict', 'locked', 'locked-out', 'storage', 'internal'] as const;
export type ApiErrorCode = (typeof API_ERROR_CODES)[number];

/** What crosses the boundary when a call fails: a code, the field at fault (if any), a message for people. */
export type ApiErrorPayload = { code: ApiErrorCode; field: string | null; message: string };

export type ApiResult<T> = { ok: true; value: T } | { ok: false; error: ApiErrorPayload };

export class ApiError extends Error {
  readonly code: ApiErrorCode;
  readonly field: string | null;
  constructor(payload: ApiErrorPayload) {
    super(payload.message);
    this.name = 'ApiError';
    this.code = payload.code;
    this.field = payload.field;
  }
  toPayload(): ApiErrorPayload {
    return { code: this.code, field: this.field, message: this.message };
  }
}

/** "products.2.lot" for an issue at products[2].lot. */
export function fieldPath(path: readonly PropertyKey[]): string | null {
  return path.length === 0 ? null : path.map(String).join('.');
}

/** The first problem of a failed validation, phrased with the field it concerns. */
export function invalidInput(error: z.ZodError): ApiError {
  const issue = error.issues[0];
  const field = issue ? fieldPath(issue.path) : null;
  const text = issue?.message ?? 'is not valid';
  return new ApiError({ code: 'invalid-input', field, message: field ? `${field} ${text}` : `Input ${text}` });
}

export function notFound(what: string, id: string): ApiError {
  return new ApiError({ code: 'not-found', field: 'id', message: `No ${what} with id ${id}` });
}

export function isApiErrorPayload(value: unknown): value is ApiErrorPayload {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return typeof v.code === 'string' && (API_ERROR_CODES as readonly string[]).includes(v.code) && typeof v.message === 'string';
}

/** The answer of every channel but the few open while locked, when no practitioner is unlocked. */
export function lockedOut(): ApiError {
  return new ApiError({ code: 'locked-out', field: null, message: 'MesoChart is locked: unlock it with your passphrase to continue. Nothing was read or changed.' });
}
