import type { ScreeningItem } from './contraindications.ts';
import type { Patient } from './patient.ts';
import type { ContraindicationAck, Session } from './session.ts';
import { sessionScreeningItems } from './sessionScreening.ts';

/** True when the acknowledgement names exactly these items, in any order. */
export function ackCovers(ack: ContraindicationAck | null, positives: readonly ScreeningItem[]): boolean {
  if (!ack) return false;
  const acknowledged = new Set<string>(ack.items);
  return acknowledged.size === new Set(positives).size && positives.every((key) => acknowledged.has(key));
}

/**
 * Whether opening this session must show the contraindication warning for the practitioner to
 * acknowledge: the session's copy of the screening (as it was when the session started, never the
 * patient's later file) has positive answers, or the patient is under 18 on the session's day, and the
 * session has no acknowledgement of exactly those. A signed session never asks: its acknowledgement, if
 * one was needed, was recorded before signing, and it can no longer take one.
 */
export function needsContraindicationAck(
  patient: Pick<Patient, 'dateOfBirth'>,
  session: Pick<Session, 'status' | 'contraindicationAck' | 'screening' | 'date'>,
): boolean {
  if (session.status === 'signed') return false;
  const items = sessionScreeningItems(session.screening, patient.dateOfBirth, session.date);
  return items.length > 0 && !ackCovers(session.contraindicationAck, items);
}
