import { CONTRAINDICATIONS, type ScreeningItem } from './contraindications.ts';
import type { Patient } from './patient.ts';
import type { ContraindicationAck, Session } from './session.ts';
import { sessionScreeningItems, type SessionScreening } from './sessionScreening.ts';

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

/** The patient's latest acknowledgement, with the copy of the screening it was given on. */
export type EarlierAck = { sessionId: string; ack: ContraindicationAck; screening: SessionScreening | null };

/** The same answers (yes or no, and the note of each) and the same medication: nothing to look at again. */
export function sameScreening(a: SessionScreening | null, b: SessionScreening | null): boolean {
  if ((a?.medication ?? '').trim() !== (b?.medication ?? '').trim()) return false;
  const x = a?.screening ?? null;
  const y = b?.screening ?? null;
  if (x === null || y === null) return x === y;
  // An item the earlier screening did not ask (the list grew since) is a change unless both leave it out.
  return CONTRAINDICATIONS.every((c) => {
    const p = x.answers[c.key];
    const q = y.answers[c.key];
    return p === undefined || q === undefined ? p === q : p.present === q.present && p.note.trim() === q.note.trim();
  });
}

/**
 * Whether the patient's latest acknowledgement still holds for a new session: it named exactly these
 * items and the screening it was given on is the one this session starts with (answers, notes and
 * medication alike). The contraindication warning then does not come back at every session: it repeats
 * only when the screening changed since it was acknowledged (issue 12). The new session records the
 * acknowledgement as carried over (the store, in creating it), so that it can be signed and printed.
 */
export function earlierAckHolds(earlier: EarlierAck | null, screening: SessionScreening | null, items: readonly ScreeningItem[]): boolean {
  if (earlier === null || items.length === 0) return false;
  return ackCovers(earlier.ack, items) && sameScreening(earlier.screening, screening);
}
