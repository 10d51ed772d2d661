import { describe, expect, it } from 'vitest';
import { addDays } from '../../shared/courseSchedule.ts';
import { todayIso } from '../../shared/dates.ts';
import { invalidInput } from '../../shared/errors.ts';
import { patientInputSchema } from '../../shared/patient.ts';

const patient = { firstName: 'Marie', lastName: 'Dupont', sex: 'female' };

describe('a date of birth', () => {
  it('in the future is refused, naming the field', () => {
    const input = { ...patient, dateOfBirth: addDays(todayIso(), 1) };
    const parsed = patientInputSchema.safeParse(input);
    expect(parsed.success).toBe(false);
    if (parsed.success) return;
    expect(invalidInput(parsed.error, input).toPayload()).toMatchObject({ code: 'invalid-input', field: 'dateOfBirth', reason: 'birth-date-in-future' });
  });

  it('of today or before is accepted', () => {
    expect(patientInputSchema.safeParse({ ...patient, dateOfBirth: todayIso() }).success).toBe(true);
    expect(patientInputSchema.safeParse({ ...patient, dateOfBirth: '1984-05-12' }).success).toBe(true);
  });
});
