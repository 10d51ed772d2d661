import { describe, expect, it } from 'vitest';
import { practitionerRegistrationSchema, registrationFromParts, registrationRegion, registrationSchema } from '../../shared/registration.ts';
import { zodIssueProblem } from '../../shared/zodIssues.ts';

/** The first refusal of a registration, as the boundary answers it (field path, reason, params). */
function refusal(input: unknown) {
  const result = registrationSchema.safeParse(input);
  if (result.success) throw new Error(`expected a refusal of ${JSON.stringify(input)}`);
  return zodIssueProblem(result.error.issues[0]!, input);
}

describe('registration numbers are checked against their register’s format, naming the field', () => {
  it('France: an RPPS number has 11 digits; spaces between groups are dropped', () => {
    expect(registrationSchema.parse({ register: 'rpps', number: '101 0123 4567' })).toEqual({ register: 'rpps', number: '10101234567' });
    expect(refusal({ register: 'rpps', number: '1010123456' })).toEqual({ field: 'number', reason: 'digit-count', params: { digits: 11 } });
    expect(refusal({ register: 'rpps', number: '1010123456X' })).toMatchObject({ field: 'number', reason: 'digits-only' });
    expect(refusal({ register: 'rpps', number: ' ' })).toMatchObject({ field: 'number', reason: 'required' });
  });

  it('Italy: the Ordine’s province (two-letter code, in capitals) and a number of up to 6 digits', () => {
    expect(registrationSchema.parse({ register: 'ordine', province: ' rm', number: '12345' })).toEqual({ register: 'ordine', province: 'RM', number: '12345' });
    expect(refusal({ register: 'ordine', province: 'Roma', number: '12345' })).toMatchObject({ field: 'province', reason: 'province-code' });
    expect(refusal({ register: 'ordine', province: 'RM', number: '1234567' })).toEqual({ field: 'number', reason: 'digit-count-range', params: { minimum: 1, maximum: 6 } });
  });

  it('Spain: a número de colegiado has 9 digits and starts with a province’s code (01–52)', () => {
    expect(registrationSchema.parse({ register: 'colegiado', number: '28 2812345' })).toEqual({ register: 'colegiado', number: '282812345' });
    expect(refusal({ register: 'colegiado', number: '28281234' })).toMatchObject({ field: 'number', reason: 'digit-count', params: { digits: 9 } });
    expect(refusal({ register: 'colegiado', number: '992812345' })).toMatchObject({ field: 'number', reason: 'colegiado-province' });
    expect(refusal({ register: 'colegiado', number: '002812345' })).toMatchObject({ field: 'number', reason: 'colegiado-province' });
  });

  it('Portugal: a cédula profissional is a number of up to 6 digits', () => {
    expect(registrationSchema.parse({ register: 'cedula', number: '54321' })).toEqual({ register: 'cedula', number: '54321' });
    expect(refusal({ register: 'cedula', number: 'OM54321' })).toMatchObject({ field: 'number', reason: 'digits-only' });
  });

  it('Brazil: CRM of a state (one of the 27 UF) and its number', () => {
    expect(registrationSchema.parse({ register: 'crm', state: 'sp', number: '123456' })).toEqual({ register: 'crm', state: 'SP', number: '123456' });
    expect(refusal({ register: 'crm', state: 'XX', number: '123456' })).toMatchObject({ field: 'state', reason: 'uf-code' });
    expect(refusal({ register: 'crm', state: 'RJ', number: '' })).toMatchObject({ field: 'number', reason: 'required' });
  });

  it('another register: its name and the number as written, both required', () => {
    expect(registrationSchema.parse({ register: 'other', registerName: 'GMC', number: '7123456' })).toEqual({ register: 'other', registerName: 'GMC', number: '7123456' });
    expect(refusal({ register: 'other', registerName: '', number: 'A1' })).toMatchObject({ field: 'registerName', reason: 'required' });
  });

  it('an unknown register is refused on the register field', () => {
    expect(refusal({ register: 'gmc', number: '7123456' })).toMatchObject({ field: 'register' });
  });

  it('the panel’s input: no registration (null) and an empty qualification are allowed; a refusal inside names registration.<field>', () => {
    expect(practitionerRegistrationSchema.parse({ registration: null, qualification: '  ' })).toEqual({ registration: null, qualification: '' });
    const result = practitionerRegistrationSchema.safeParse({ registration: { register: 'rpps', number: '12' }, qualification: 'Médecin' });
    expect(result.success).toBe(false);
    expect(zodIssueProblem(result.error!.issues[0]!, {})).toMatchObject({ field: 'registration.number', reason: 'digit-count' });
  });
});

describe('a registration is stored as its parts and read back through the schema', () => {
  it('round-trips through register, region and number', () => {
    for (const r of [
      { register: 'rpps', number: '10101234567' },
      { register: 'ordine', province: 'MI', number: '4567' },
      { register: 'crm', state: 'RJ', number: '521234' },
      { register: 'other', registerName: 'GMC', number: '7123456' },
    ] as const) {
      const parsed = registrationSchema.parse(r);
      expect(registrationFromParts(parsed.register, registrationRegion(parsed), parsed.number)).toEqual(parsed);
    }
  });

  it('parts that are not a registration read as none, never trusted', () => {
    expect(registrationFromParts(null, null, null)).toBeNull();
    expect(registrationFromParts('rpps', null, '123')).toBeNull();
    expect(registrationFromParts('crm', null, '123')).toBeNull();
  });
});
