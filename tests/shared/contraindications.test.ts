import { describe, expect, it } from 'vitest';
import { CONTRAINDICATIONS, positiveContraindications, screeningAnswer, screeningSchema, unaskedContraindications } from '../../shared/contraindications.ts';

/** A screening as the first list recorded it (before schema 9): six keys, no more. */
const firstListScreening = {
  screenedOn: '2024-05-02',
  answers: {
    pregnancy: { present: false, note: '' },
    breastfeeding: { present: false, note: '' },
    oncological: { present: false, note: '' },
    anticoagulants: { present: true, note: 'Apixaban' },
    productAllergy: { present: false, note: '' },
    other: { present: false, note: '' },
  },
};

describe('the screening list', () => {
  it('asks the fuller list, the first six keys kept so that old screenings keep their answers', () => {
    expect(CONTRAINDICATIONS.map((c) => c.key)).toEqual([
      'pregnancy', 'breastfeeding', 'oncological', 'anticoagulants', 'antiplatelets', 'bleedingDisorder', 'productAllergy', 'siteInfection',
      'uncontrolledDiabetes', 'autoimmune', 'immunosuppression', 'heartDisease', 'keloid', 'herpes', 'other',
    ]);
  });

  it('reads a screening of the first list: its answers as given, the later items as not asked, never as "no"', () => {
    const old = screeningSchema.parse(firstListScreening);
    expect(screeningAnswer(old, 'anticoagulants')).toEqual({ present: true, note: 'Apixaban' });
    expect(screeningAnswer(old, 'pregnancy')).toEqual({ present: false, note: '' });
    expect(screeningAnswer(old, 'heartDisease')).toBeNull();
    expect(screeningAnswer(old, 'keloid')).toBeNull();
    expect(unaskedContraindications(old)).toEqual(['antiplatelets', 'bleedingDisorder', 'siteInfection', 'uncontrolledDiabetes', 'autoimmune', 'immunosuppression', 'heartDisease', 'keloid', 'herpes']);
    expect(positiveContraindications(old)).toEqual(['anticoagulants']);
  });

  it('has no unasked item in a screening that answered every question', () => {
    const full = screeningSchema.parse({ ...firstListScreening, answers: Object.fromEntries(CONTRAINDICATIONS.map((c) => [c.key, { present: c.key === 'herpes', note: '' }])) });
    expect(unaskedContraindications(full)).toEqual([]);
    expect(positiveContraindications(full)).toEqual(['herpes']);
  });
});
