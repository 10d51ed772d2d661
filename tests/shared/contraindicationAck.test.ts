import { describe, expect, it } from 'vitest';
import { ackCovers, needsContraindicationAck } from '../../shared/contraindicationAck.ts';
import { emptyScreening, type ContraindicationKey, type Screening, type ScreeningItem } from '../../shared/contraindications.ts';
import type { ContraindicationAck } from '../../shared/session.ts';
import type { SessionScreening } from '../../shared/sessionScreening.ts';

function screening(...positive: ContraindicationKey[]): Screening {
  const s = emptyScreening('2025-03-01');
  for (const key of positive) s.answers[key] = { present: true, note: '' };
  return s;
}

/** The copy a session kept when it started. */
const copy = (s: Screening | null): SessionScreening => ({ screening: s, medication: '', confirmedAt: '2025-03-03T08:55:00.000Z', confirmedBy: 'Dr. Anna Kowalska', updated: false });
const adult = { dateOfBirth: '1980-06-01' };
const ack = (...items: ScreeningItem[]): ContraindicationAck => ({ at: '2025-03-03T09:00:00.000Z', by: 'Dr. Anna Kowalska', items });
const draft = (kept: Screening | null, contraindicationAck: ContraindicationAck | null = null) => ({ status: 'draft' as const, date: '2025-03-03', screening: copy(kept), contraindicationAck });

describe('whether a session must show the contraindication warning', () => {
  it("asks when the session's copy of the screening has positive answers and nothing was acknowledged", () => {
    expect(needsContraindicationAck(adult, draft(screening('anticoagulants')))).toBe(true);
  });

  it('does not ask when no answer is positive, or the patient was not screened when the session started', () => {
    expect(needsContraindicationAck(adult, draft(screening()))).toBe(false);
    expect(needsContraindicationAck(adult, draft(null))).toBe(false);
  });

  it('does not ask again once exactly the positive answers were acknowledged, in any order', () => {
    expect(needsContraindicationAck(adult, draft(screening('pregnancy', 'anticoagulants'), ack('anticoagulants', 'pregnancy')))).toBe(false);
  });

  it('asks again when the acknowledged items are not those of the copy', () => {
    expect(needsContraindicationAck(adult, draft(screening('anticoagulants', 'productAllergy'), ack('anticoagulants')))).toBe(true);
    expect(needsContraindicationAck(adult, draft(screening('productAllergy'), ack('anticoagulants')))).toBe(true);
  });

  it('reads the copy the session kept, not anything else: a session started before copies were kept has nothing to acknowledge but age', () => {
    expect(needsContraindicationAck(adult, { status: 'draft', date: '2025-03-03', screening: null, contraindicationAck: null })).toBe(false);
  });

  it('asks about age under 18, computed from the date of birth on the session day, and counts it in the acknowledgement', () => {
    const minor = { dateOfBirth: '2007-03-04' };
    expect(needsContraindicationAck(minor, draft(screening()))).toBe(true);
    expect(needsContraindicationAck(minor, draft(screening(), ack('under18')))).toBe(false);
    // The eighteenth birthday is the session's day: no longer a minor.
    expect(needsContraindicationAck(minor, { ...draft(screening()), date: '2025-03-04' })).toBe(false);
    expect(needsContraindicationAck(minor, draft(screening('pregnancy'), ack('pregnancy')))).toBe(true);
  });

  it('never asks on a signed session, which can no longer take an acknowledgement', () => {
    expect(needsContraindicationAck(adult, { ...draft(screening('oncological')), status: 'signed' })).toBe(false);
  });

  it('treats an acknowledgement as covering only the same set of items', () => {
    expect(ackCovers(ack('pregnancy', 'breastfeeding'), ['breastfeeding', 'pregnancy'])).toBe(true);
    expect(ackCovers(ack('pregnancy', 'breastfeeding'), ['pregnancy'])).toBe(false);
    expect(ackCovers(ack('pregnancy'), ['pregnancy', 'other'])).toBe(false);
    expect(ackCovers(null, ['pregnancy'])).toBe(false);
  });
});
