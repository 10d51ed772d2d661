import { practitionerNameKey, type PractitionerSummary } from './access.ts';
import type { Session } from './session.ts';

/**
 * What a printed record says of a practitioner: the name as the record has it, and the qualification
 * and registration of their profile. A record is printed from the clinic's profiles as they are at
 * printing (a registration number is for life; a qualification gained later is the practitioner's now).
 */
export type PractitionerOnRecord = Pick<PractitionerSummary, 'id' | 'displayName' | 'qualification' | 'registration'>;

/** The profiles as a record needs them: no dates, no language, nothing secret. */
export function practitionersOnRecord(profiles: readonly PractitionerSummary[]): PractitionerOnRecord[] {
  return profiles.map(({ id, displayName, qualification, registration }) => ({ id, displayName, qualification, registration }));
}

/** The profile of a name as records write it (names are unique regardless of case and spacing); null for none. */
export function profileNamed(profiles: readonly PractitionerOnRecord[], name: string | null): PractitionerOnRecord | null {
  if (!name) return null;
  const key = practitionerNameKey(name);
  return profiles.find((p) => practitionerNameKey(p.displayName) === key) ?? null;
}

/**
 * A session's practitioner on its record, named as the record has it (`name`: the corrected one, when an
 * amendment changed it). The profile is the session's own while the name is the one it was recorded
 * with; a practitioner corrected by amendment is the profile of that name (the store allowed only a
 * profile's). A session from before profiles has no profile: its typed name stands alone (null).
 */
export function sessionPractitionerOnRecord(
  profiles: readonly PractitionerOnRecord[],
  session: Pick<Session, 'practitioner' | 'practitionerId'>,
  name: string,
): PractitionerOnRecord | null {
  if (session.practitionerId === null) return null;
  const profile = name === session.practitioner ? profiles.find((p) => p.id === session.practitionerId) : profileNamed(profiles, name);
  return profile ? { ...profile, displayName: name } : null;
}
