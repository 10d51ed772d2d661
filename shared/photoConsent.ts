import { coveringConsent, type Consent } from './consent.ts';
import type { ApiErrorInit } from './errors.ts';
import type { IndicationId } from './indications.ts';

/**
 * Consent to clinical photographs is a choice of its own, recorded with each signed consent
 * (Consent.photoConsent). A photo of a session may be added only when the patient's consent for the
 * session's indication that is in force on the day the photo is added says yes. Refused, with that
 * reason, when there is no such consent (never signed, or withdrawn: a withdrawal takes the photographs
 * with it) or when its answer was no. A consent signed before the question was separate (answer null)
 * counts as yes: its declaration, which the patient signed, included the photographs.
 *
 * Per indication because a consent is (its photographs are "of the treated area"); on the day of adding,
 * not of the session, because what counts is whether the patient agrees now.
 */
export function photoConsentRefusal(
  consents: readonly Pick<Consent, 'indication' | 'signedAt' | 'withdrawal' | 'photoConsent'>[],
  indication: IndicationId,
  today: string,
): (ApiErrorInit & { field: string; reason: 'no-photo-consent' }) | null {
  const consent = coveringConsent(consents, indication, today);
  if (consent && consent.photoConsent !== false) return null;
  return { code: 'conflict', field: 'photoConsent', reason: 'no-photo-consent', params: { indication, answered: consent !== null } };
}
