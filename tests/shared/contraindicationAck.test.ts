import { describe, expect, it } from 'vitest';
import { ackCovers, needsContraindicationAck } from '../../shared/contraindicationAck.ts';
import { emptyScreening, type ContraindicationKey, type Screening } from '../../shared/contraindications.ts';
import type { ContraindicationAck } from '../../shared/session.ts';

function screening(...positive: ContraindicationKey[]): Screening {
  const s = emptyScreening('2025-03-01');
  for (const key of positive) s.answers[key] = { present: true, note: '' };
  return s;
}

const ack = (...items: ContraindicationKey[]): ContraindicationAck => ({ at: '2025-03-03T09:00:00.000Z', by: 'Dr. Anna Kowalska', items });
const draft = (contraindicationAck: ContraindicationAck | null = null) => ({ status: 'draft' as const, contraindicationAck });

describe('whether a session must show the contraindication warning', () => {
  it('asks when the screening has positive answers and nothing was acknowledged', () => {
    expect(needsContraindicationAck({ screening: screening('anticoagulants') }, draft())).toBe(true);
  });

  it('does not ask when no answer is positive, or the patient was never screened', () => {
    expect(needsContraindicationAck({ screening: screening() }, draft())).toBe(false);
    expect(needsContraindicationAck({ screening: null }, draft())).toBe(false);
  });

  it('does not ask again once exactly the positive answers were acknowledged, in any order', () => {
    expect(needsContraindicationAck({ screening: screening('pregnancy', 'anticoagulants') }, draft(ack('anticoagulants', 'pregnancy')))).toBe(false);
  });

  it('asks again when the screening changed since the acknowledgement', () => {
    const acknowledged = draft(ack('anticoagulants'));
    expect(needsContraindicationAck({ screening: screening('anticoagulants', 'productAllergy') }, acknowledged)).toBe(true);
    expect(needsContraindicationAck({ screening: screening('productAllergy') }, acknowledged)).toBe(true);
  });

  it('never asks on a signed session, which can no longer take an acknowledgement', () => {
    expect(needsContraindicationAck({ screening: screening('oncological') }, { status: 'signed', contraindicationAck: null })).toBe(false);
  });

  it('treats an acknowledgement as covering only the same set of contraindications', () => {
    expect(ackCovers(ack('pregnancy', 'breastfeeding'), ['breastfeeding', 'pregnancy'])).toBe(true);
    expect(ackCovers(ack('pregnancy', 'breastfeeding'), ['pregnancy'])).toBe(false);
    expect(ackCovers(ack('pregnancy'), ['pregnancy', 'other'])).toBe(false);
    expect(ackCovers(null, ['pregnancy'])).toBe(false);
  });
});
