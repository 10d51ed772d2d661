import { describe, expect, it } from 'vitest';
import { chooseScreening, startScreeningConfirmation, toScreeningConfirmation } from '../../../renderer/sessions/screeningConfirmation.ts';
import { setAnswer } from '../../../renderer/patients/patientFormState.ts';
import { CONTRAINDICATIONS } from '../../../shared/contraindications.ts';
import { createTranslator } from '../../../shared/i18n/translator.ts';
import { patientInputSchema, type Patient } from '../../../shared/patient.ts';

const t = (await createTranslator('en')).t;

function patient(screening: unknown): Patient {
  return { ...patientInputSchema.parse({ firstName: 'Sofia', lastName: 'Marchetti', dateOfBirth: '1991-07-14', sex: 'female', screening, medication: 'Levothyroxine' }), id: 'p', archived: false, createdAt: '', updatedAt: '' };
}

/** A screening of the first list: six keys, the later ones not asked. */
const firstList = { screenedOn: '2024-05-02', answers: Object.fromEntries(['pregnancy', 'breastfeeding', 'oncological', 'anticoagulants', 'productAllergy', 'other'].map((k) => [k, { present: false, note: '' }])) };

describe('re-confirming the screening when a session starts', () => {
  it('asks for a choice: nothing is pre-selected, and starting without one is refused', () => {
    const state = startScreeningConfirmation(patient(firstList));
    expect(state.choice).toBe('');
    expect(toScreeningConfirmation(state, t)).toEqual({ ok: false, error: { field: 'screening.choice', message: 'Confirm the screening: unchanged, or update what changed.' } });
  });

  it('confirms it unchanged', () => {
    const state = chooseScreening(startScreeningConfirmation(patient(firstList)), 'unchanged', '2025-06-02');
    expect(toScreeningConfirmation(state, t)).toEqual({ ok: true, value: { kind: 'unchanged' } });
  });

  it('updating an old screening asks the items it never asked, dated today, with the medication', () => {
    let state = chooseScreening(startScreeningConfirmation(patient(firstList)), 'updated', '2025-06-02');
    expect(state.form.screenedOn).toBe('2025-06-02');
    // The first list's answers come back; an item never asked is unanswered, not "no".
    expect(state.form.answers.pregnancy.present).toBe('no');
    expect(state.form.answers.heartDisease.present).toBe('');
    expect(toScreeningConfirmation(state, t)).toMatchObject({ ok: false, error: { field: 'screening.answers.antiplatelets.present' } });
    for (const c of CONTRAINDICATIONS) if (state.form.answers[c.key].present === '') state = { ...state, form: setAnswer(state.form, c.key, c.key === 'herpes' ? 'yes' : 'no', '2025-06-02') };
    const confirmed = toScreeningConfirmation(state, t);
    expect(confirmed).toMatchObject({ ok: true, value: { kind: 'updated', medication: 'Levothyroxine', screening: { screenedOn: '2025-06-02', answers: { herpes: { present: true }, pregnancy: { present: false } } } } });
  });

  it('for a patient never screened, starts on the screening itself (there is nothing to leave unchanged)', () => {
    expect(startScreeningConfirmation(patient(null)).choice).toBe('updated');
  });
});
