import type { SqlDatabase } from '../sqlDatabase.ts';
import type { PractitionerSummary } from '../../../shared/access.ts';
import { ApiError } from '../../../shared/errors.ts';
import type { Actor } from '../../../shared/repository.ts';
import { findPractitioner, findPractitionerByName } from '../practitioners.ts';

/** A session's practitioner as the session keeps it: the profile, and its name as it was. */
export type SessionPractitioner = { practitioner: string; practitionerId: string | null };

/** An enabled profile, or the refusal naming `field`. */
function enabledProfile(profile: PractitionerSummary | null, field: string): PractitionerSummary {
  if (!profile) throw new ApiError({ code: 'not-found', field, reason: 'no-such-profile' });
  if (profile.disabled) throw new ApiError({ code: 'conflict', field, reason: 'profile-disabled', params: { name: profile.displayName } });
  return profile;
}

const kept = (p: PractitionerSummary): SessionPractitioner => ({ practitioner: p.displayName, practitionerId: p.id });

/**
 * Who a new session is by: the profile chosen (enabled), else the unlocked practitioner's profile.
 * Only where no profile acts at all (a store driven without profiles) does a name stand alone.
 */
export function practitionerOfNewSession(db: SqlDatabase, input: { practitionerId?: string | undefined; practitioner?: string | undefined }, actor: Actor): SessionPractitioner {
  if (input.practitionerId !== undefined) return kept(enabledProfile(findPractitioner(db, input.practitionerId), 'practitionerId'));
  if (actor.id) {
    const own = findPractitioner(db, actor.id);
    if (own) return kept(own);
  }
  return { practitioner: input.practitioner ?? actor.name, practitionerId: null };
}

/**
 * A draft's practitioner changed in the editor, by name (profile names are unique regardless of case and
 * spacing): it must be an enabled profile's, whose id the session then keeps. An unchanged name (a
 * session from before profiles keeps its typed one) is left as it is.
 */
export function practitionerChangedTo(db: SqlDatabase, current: SessionPractitioner, name: string | undefined): SessionPractitioner {
  if (name === undefined || name === current.practitioner) return { practitioner: current.practitioner, practitionerId: current.practitionerId };
  return kept(enabledProfile(findPractitionerByName(db, name), 'practitioner'));
}
