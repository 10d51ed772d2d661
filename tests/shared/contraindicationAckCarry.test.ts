import { describe, expect, it } from 'vitest';
import { earlierAckHolds, sameScreening, type EarlierAck } from '../../shared/contraindicationAck.ts';
import { emptyScreening, type ContraindicationKey, type Screening } from '../../shared/contraindications.ts';
import type { SessionScreening } from '../../shared/sessionScreening.ts';

function screening(positive: ContraindicationKey[], note = ''): Screening {
  const s = emptyScreening('2025-03-01');
  for (const key of positive) s.answers[key] = { present: true, note };
  return s;
}

const copy = (s: Screening | null, medication = ''): SessionScreening => ({ screening: s, medication, confirmedAt: '2025-03-03T08:55:00.000Z', confirmedBy: 'Dr. Anna Kowalska', updated: false });
const earlier = (s: SessionScreening | null, items: EarlierAck['ack']['items']): EarlierAck => ({ sessionId: 'earlier', ack: { at: '2025-03-03T09:00:00.000Z', by: 'Dr. Anna Kowalska', items }, screening: s });

describe('whether an earlier acknowledgement holds for a new session', () => {
  it('holds for the same items on the same answers, notes and medication (the date of the screening aside)', () => {
    const redated = { ...screening(['pregnancy'], 'week 8'), screenedOn: '2025-04-01' };
    expect(earlierAckHolds(earlier(copy(screening(['pregnancy'], 'week 8')), ['pregnancy']), copy(redated), ['pregnancy'])).toBe(true);
  });

  it('does not hold once an answer, a note or the medication changed, or without an earlier acknowledgement', () => {
    const before = earlier(copy(screening(['anticoagulants'], 'warfarin'), 'warfarin 5 mg'), ['anticoagulants']);
    expect(earlierAckHolds(before, copy(screening(['anticoagulants'], 'apixaban'), 'warfarin 5 mg'), ['anticoagulants'])).toBe(false);
    expect(earlierAckHolds(before, copy(screening(['anticoagulants'], 'warfarin'), 'apixaban 5 mg'), ['anticoagulants'])).toBe(false);
    expect(earlierAckHolds(before, copy(screening(['anticoagulants', 'other'], 'warfarin'), 'warfarin 5 mg'), ['anticoagulants', 'other'])).toBe(false);
    expect(earlierAckHolds(null, copy(screening(['anticoagulants'])), ['anticoagulants'])).toBe(false);
  });

  it('does not hold for items the acknowledgement did not name (a patient who turned out to be under 18 on this day)', () => {
    const s = copy(screening(['pregnancy']));
    expect(earlierAckHolds(earlier(s, ['pregnancy']), s, ['pregnancy', 'under18'])).toBe(false);
  });

  it('compares screenings item by item; no screening on either side is the same only as none', () => {
    expect(sameScreening(copy(null), copy(null))).toBe(true);
    expect(sameScreening(copy(null), copy(screening([])))).toBe(false);
    expect(sameScreening(copy(screening([], '')), copy(screening([], '  ')))).toBe(true);
  });
});
