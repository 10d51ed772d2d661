import { positiveContraindications, type ContraindicationKey } from './contraindications.ts';
import type { Patient } from './patient.ts';
import type { ContraindicationAck, Session } from './session.ts';

/** True when the acknowledgement names exactly these contraindications, in any order. */
export function ackCovers(ack: ContraindicationAck | null, positives: readonly ContraindicationKey[]): boolean {
  if (!ack) return false;
  const acknowledged = new Set(ack.items);
  return acknowledged.size === new Set(positives).size && positives.every((key) => acknowledged.has(key));
}

/**
 * Whether opening this session must show the contraindication warning for the practitioner to
 * acknowledge: the patient's screening has positive answers and the session has no acknowledgement of
 * exactly those (a screening changed since the last acknowledgement asks again). A signed session
 * never asks: its acknowledgement, if one was needed, was recorded before signing, and it can no
 * longer take one; the editor may still show the screening as information.
 */
export function needsContraindicationAck(
  patient: Pick<Patient, 'screening'>,
  session: Pick<Session, 'status' | 'contraindicationAck'>,
): boolean {
  if (session.status === 'signed') return false;
  const positives = positiveContraindications(patient.screening);
  return positives.length > 0 && !ackCovers(session.contraindicationAck, positives);
}
