import { describe, expect, it } from 'vitest';
import { CONTRAINDICATIONS } from '../../../shared/contraindications.ts';
import { answerNoneOfThese, anyYes, emptyPatientForm, setAnswer, setAnswerNote } from '../../../renderer/patients/patientFormState.ts';

describe('"none of these" on the screening', () => {
  it('answers every item no in one click, dated today, notes kept', () => {
    const noted = setAnswerNote(emptyPatientForm(), 'other', 'seasonal asthma');
    const answered = answerNoneOfThese(noted, '2026-03-02');
    expect(CONTRAINDICATIONS.every((c) => answered.answers[c.key].present === 'no')).toBe(true);
    expect(answered.answers.other.note).toBe('seasonal asthma');
    expect(answered.screenedOn).toBe('2026-03-02');
  });

  it('keeps a date already given', () => {
    expect(answerNoneOfThese({ ...emptyPatientForm(), screenedOn: '2026-02-27' }, '2026-03-02').screenedOn).toBe('2026-02-27');
  });

  it('never overwrites a yes', () => {
    const withYes = setAnswer(emptyPatientForm(), 'pregnancy', 'yes', '2026-03-02');
    expect(anyYes(withYes)).toBe(true);
    expect(answerNoneOfThese(withYes, '2026-03-02')).toBe(withYes);
  });
});
