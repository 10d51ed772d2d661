import { describe, expect, it } from 'vitest';
import { profileNamed, sessionPractitionerOnRecord, type PractitionerOnRecord } from '../../shared/practitionerOnRecord.ts';

const ELODIE: PractitionerOnRecord = { id: 'p-elodie', displayName: 'Dr Élodie Brühl', qualification: 'Médecin', registration: { register: 'rpps', number: '10101234567' } };
const JOAO: PractitionerOnRecord = { id: 'p-joao', displayName: 'Dr João Silva', qualification: 'Médico', registration: { register: 'crm', state: 'SP', number: '123456' } };
const PROFILES = [ELODIE, JOAO];

describe("a session's practitioner on its record", () => {
  it('is the session’s own profile, named as the session recorded it', () => {
    expect(sessionPractitionerOnRecord(PROFILES, { practitioner: 'Dr Élodie B.', practitionerId: ELODIE.id }, 'Dr Élodie B.')).toEqual({ ...ELODIE, displayName: 'Dr Élodie B.' });
  });

  it('is the profile of the corrected name when an amendment changed the practitioner', () => {
    expect(sessionPractitionerOnRecord(PROFILES, { practitioner: 'Dr Élodie Brühl', practitionerId: ELODIE.id }, 'Dr João Silva')).toMatchObject({ id: JOAO.id });
  });

  it('is none for a session from before profiles, even when a profile has the typed name', () => {
    expect(sessionPractitionerOnRecord(PROFILES, { practitioner: 'Dr Élodie Brühl', practitionerId: null }, 'Dr Élodie Brühl')).toBeNull();
  });

  it('finds a profile by name regardless of case and spacing, and nobody for no name', () => {
    expect(profileNamed(PROFILES, '  dr joão   silva ')).toBe(JOAO);
    expect(profileNamed(PROFILES, null)).toBeNull();
  });
});
