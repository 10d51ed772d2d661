import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { invalidInput, isApiErrorPayload } from '../../shared/errors.ts';
import { depthRangeSchema } from '../../shared/depth.ts';
import { patientInputSchema } from '../../shared/patient.ts';
import { zodIssueProblem } from '../../shared/zodIssues.ts';

/** The first issue of a failed parse, as data. */
const problem = (schema: z.ZodType, input: unknown) => {
  const result = schema.safeParse(input);
  if (result.success) throw new Error('expected a refusal');
  return zodIssueProblem(result.error.issues[0]!, input);
};

describe('every zod issue maps to a reason with plain params (shared/zodIssues.ts)', () => {
  it('too_big and too_small carry the limit, the kind of value and the unit the field counts in', () => {
    expect(problem(z.object({ depthMm: z.number().max(6) }), { depthMm: 7 })).toEqual({ field: 'depthMm', reason: 'too_big', params: { maximum: 6, inclusive: true, origin: 'number', unit: 'mm' } });
    expect(problem(z.object({ volumeMl: z.number().gt(0) }), { volumeMl: 0 })).toMatchObject({ reason: 'too_small', params: { minimum: 0, inclusive: false, unit: 'ml' } });
    expect(problem(z.object({ note: z.string().max(3) }), { note: 'long' })).toMatchObject({ reason: 'too_big', params: { maximum: 3, origin: 'string', unit: 'character' } });
    expect(problem(z.object({ points: z.array(z.number()).max(1) }), { points: [1, 2] })).toMatchObject({ reason: 'too_big', params: { origin: 'array', unit: 'point' } });
    expect(problem(z.object({ idleMinutes: z.int().min(1) }), { idleMinutes: 0 })).toMatchObject({ params: { unit: 'minute' } });
  });

  it('a value left out, or text left empty, is "required"; a value of the wrong kind is invalid_type', () => {
    expect(problem(z.object({ firstName: z.string() }), {})).toEqual({ field: 'firstName', reason: 'required', params: {} });
    expect(problem(z.object({ firstName: z.string().trim().min(1) }), { firstName: '  ' })).toEqual({ field: 'firstName', reason: 'required', params: {} });
    expect(problem(z.object({ volumeMl: z.number() }), { volumeMl: '2 ml' })).toEqual({ field: 'volumeMl', reason: 'invalid_type', params: { expected: 'number', unit: 'ml' } });
  });

  it('formats, values, multiples, unknown keys, unions and refinements', () => {
    expect(problem(z.object({ d: z.iso.date() }), { d: '2025-13-01' })).toEqual({ field: 'd', reason: 'invalid_format', params: { format: 'date' } });
    expect(problem(z.object({ e: z.union([z.literal(''), z.email()]) }), { e: 'x' })).toMatchObject({ field: 'e', reason: 'invalid_format', params: { format: 'email' } });
    expect(problem(z.object({ ok: z.literal(true) }), { ok: false })).toEqual({ field: 'ok', reason: 'invalid_value', params: { values: ['true'] } });
    expect(problem(z.object({ depthMm: z.number().multipleOf(0.5) }), { depthMm: 4.3 })).toEqual({ field: 'depthMm', reason: 'not_multiple_of', params: { divisor: 0.5, unit: 'mm' } });
    expect(problem(z.object({}).strict(), { extra: 1 })).toEqual({ field: null, reason: 'unrecognized_keys', params: { keys: ['extra'] } });
    expect(problem(depthRangeSchema, { min: 6, max: 4 })).toEqual({ field: 'max', reason: 'min-above-max', params: {} });
    expect(problem(z.number().refine(() => false), 1)).toEqual({ field: null, reason: 'custom', params: {} });
  });

  it('the shared schemas carry no English for the screen: their refusals are reasons', () => {
    const error = invalidInput(patientInputSchema.safeParse({ firstName: 'A', lastName: 'B', dateOfBirth: '1850-01-01', sex: 'female' }).error!);
    expect(error.toPayload()).toEqual({ code: 'invalid-input', field: 'dateOfBirth', reason: 'implausible-birth-date', params: {} });
    expect(isApiErrorPayload(error.toPayload())).toBe(true);
    expect(isApiErrorPayload({ code: 'invalid-input', field: null, message: 'English' })).toBe(false);
  });
});
