import type { Consent } from '../../shared/consent.ts';
import { indicationLabel } from '../../shared/indications.ts';

/** One line about a signed consent, as lists and the session editor show it. */
export function consentLine(c: Consent): string {
  const signed = new Date(c.signedAt).toLocaleDateString('en-GB', { day: 'numeric', month: 'short', year: 'numeric' });
  return `${indicationLabel(c.indication)} · version ${c.templateVersion} · signed ${signed}${c.withdrawal ? ` · withdrawn ${c.withdrawal.date}` : ''}`;
}
