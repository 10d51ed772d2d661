import { describe, expect, it } from 'vitest';
import { CONTRAINDICATIONS } from '../../shared/contraindications.ts';
import { patientInputSchema, type Patient } from '../../shared/patient.ts';
import {
  domIdFor,
  emptyPatientForm,
  formToPatientInput,
  humanMessage,
  isDirty,
  normalizeFieldPath,
  patientToForm,
  setAnswer,
  setAnswerNote,
  type PatientFormState,
} from '../../renderer/patients/patientFormState.ts';
import { createTranslator } from '../../shared/i18n/translator.ts';

const t = (await createTranslator('en')).t;
const tFr = (await createTranslator('fr')).t;

const TODAY = '2025-06-02';

function filled(): PatientFormState {
  return { ...emptyPatientForm(), firstName: 'Marie', lastName: 'Dupont', dateOfBirth: '1984-05-12', sex: 'female' };
}

function answerAll(form: PatientFormState, yes: string[] = []): PatientFormState {
  return CONTRAINDICATIONS.reduce((f, c) => setAnswer(f, c.key, yes.includes(c.key) ? 'yes' : 'no', TODAY), form);
}

describe('formToPatientInput', () => {
  it('records a patient with nothing screened as not screened (null)', () => {
    const result = formToPatientInput(filled(), t);
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.input.screening).toBeNull();
      expect(patientInputSchema.safeParse(result.input).success).toBe(true);
    }
  });

  it('maps every yes / no answer with its note and the screening date', () => {
    const form = setAnswerNote(answerAll(filled(), ['pregnancy']), 'pregnancy', '12 weeks');
    const result = formToPatientInput(form, t);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.input.screening?.screenedOn).toBe(TODAY);
    expect(result.input.screening?.answers.pregnancy).toEqual({ present: true, note: '12 weeks' });
    expect(result.input.screening?.answers.breastfeeding).toEqual({ present: false, note: '' });
    expect(patientInputSchema.safeParse(result.input).success).toBe(true);
  });

  it('refuses a half-answered screening, naming the first unanswered item', () => {
    const form = setAnswer(filled(), 'pregnancy', 'no', TODAY);
    const result = formToPatientInput(form, t);
    expect(result).toMatchObject({ ok: false, error: { field: 'screening.answers.breastfeeding.present' } });
  });

  it('counts a note alone as a screening started', () => {
    const result = formToPatientInput(setAnswerNote(filled(), 'other', 'asthma'), t);
    expect(result).toMatchObject({ ok: false, error: { field: 'screening.answers.pregnancy.present' } });
  });

  it('requires the screening date once answered', () => {
    const form = { ...answerAll(filled()), screenedOn: '' };
    expect(formToPatientInput(form, t)).toMatchObject({ ok: false, error: { field: 'screening.screenedOn' } });
  });

  it('requires a sex to be chosen', () => {
    expect(formToPatientInput({ ...filled(), sex: '' }, t)).toMatchObject({ ok: false, error: { field: 'sex' } });
  });

  it('checks names and dates with the schema the main process applies, naming the field', () => {
    const result = formToPatientInput({ ...filled(), firstName: '   ' }, t);
    expect(result).toMatchObject({ ok: false, error: { field: 'firstName', message: expect.stringContaining('First name') } });
  });

  it('shows every problem at once, in the form’s order, not one per submit (issue 12)', () => {
    const form = setAnswer({ ...filled(), lastName: '', dateOfBirth: '2099-01-01', sex: '' as const }, 'pregnancy', 'no', TODAY);
    const result = formToPatientInput(form, t);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const fields = result.errors.map((e) => e.field);
    expect(fields.slice(0, 3)).toEqual(['lastName', 'dateOfBirth', 'sex']);
    // Every unanswered item of the started screening is named, not just the first.
    expect(fields.filter((f) => f?.startsWith('screening.answers.'))).toHaveLength(CONTRAINDICATIONS.length - 1);
    expect(result.error).toEqual(result.errors[0]);
  });

  it('refuses a date of birth in the future, in words', () => {
    const result = formToPatientInput({ ...filled(), dateOfBirth: '2099-01-01' }, t);
    expect(result).toMatchObject({ ok: false, error: { field: 'dateOfBirth', message: 'Date of birth cannot be in the future' } });
  });
});

describe('setAnswer', () => {
  it('dates the screening today at the first answer and keeps a date already given', () => {
    expect(setAnswer(filled(), 'pregnancy', 'yes', TODAY).screenedOn).toBe(TODAY);
    expect(setAnswer({ ...filled(), screenedOn: '2025-01-01' }, 'pregnancy', 'yes', TODAY).screenedOn).toBe('2025-01-01');
  });
  it('does not change the other answers', () => {
    const form = setAnswer(setAnswer(filled(), 'pregnancy', 'yes', TODAY), 'oncological', 'no', TODAY);
    expect(form.answers.pregnancy.present).toBe('yes');
    expect(form.answers.oncological.present).toBe('no');
    expect(form.answers.anticoagulants.present).toBe('');
  });
});

describe('patientToForm', () => {
  it('round-trips a stored patient through the form unchanged', () => {
    const input = formToPatientInput(setAnswerNote(answerAll(filled(), ['other']), 'other', 'asthma'), t);
    if (!input.ok) throw new Error('expected a valid form');
    const fields = patientInputSchema.parse(input.input);
    const patient: Patient = { ...fields, id: '5b1f2d4e-8c7a-4d3b-9e2f-1a2b3c4d5e6f', archived: false, createdAt: '', updatedAt: '' };
    const again = formToPatientInput(patientToForm(patient), t);
    expect(again.ok && patientInputSchema.parse(again.input)).toEqual(fields);
    expect(isDirty(patientToForm(patient), patientToForm(patient))).toBe(false);
  });
  it('shows a patient never screened with every item unanswered', () => {
    const fields = patientInputSchema.parse({ firstName: 'A', lastName: 'B', dateOfBirth: '1990-01-01', sex: 'male' });
    const form = patientToForm({ ...fields, id: 'x', archived: false, createdAt: '', updatedAt: '' });
    expect(CONTRAINDICATIONS.every((c) => form.answers[c.key].present === '')).toBe(true);
    expect(form.screenedOn).toBe('');
  });
});

describe('server errors on the form', () => {
  it('maps the paths of createPatient and updatePatient to the same control', () => {
    expect(normalizeFieldPath('firstName')).toBe('firstName');
    expect(normalizeFieldPath('fields.firstName')).toBe('firstName');
    expect(normalizeFieldPath('fields.screening.answers.pregnancy.note')).toBe('screening.answers.pregnancy.note');
    expect(normalizeFieldPath('screening.answers.pregnancy')).toBe('screening.answers.pregnancy.present');
    expect(normalizeFieldPath(null)).toBeNull();
    expect(domIdFor('screening.answers.pregnancy.note')).toBe('pf-screening-answers-pregnancy-note');
  });
  it('shows the words it is given (worded by errorText), recognising nothing by its words', () => {
    expect(humanMessage({ field: 'firstName', message: 'First name is required' })).toBe('First name is required');
    expect(humanMessage({ field: 'firstName', message: 'firstName is required' })).toBe('firstName is required');
  });
  it('words its own refusals in the language of the screens', () => {
    const form = setAnswer(filled(), 'pregnancy', 'no', TODAY);
    expect(formToPatientInput(form, t)).toMatchObject({ ok: false, error: { message: expect.stringMatching(/: answer Yes or No\. Every item of the screening must be answered, or none\.$/), fieldMessage: 'Answer Yes or No' } });
    expect(formToPatientInput(form, tFr)).toMatchObject({ ok: false, error: { message: expect.stringMatching(/^Allaitement : répondez Oui ou Non/), fieldMessage: 'Répondez Oui ou Non' } });
    expect(formToPatientInput({ ...filled(), sex: '' }, t)).toMatchObject({ error: { message: 'Sex is required: choose “Unspecified” if it is not known' } });
  });
  it('matches what the real schema reports', () => {
    const result = patientInputSchema.safeParse({ firstName: '', lastName: 'B', dateOfBirth: '1990-01-01', sex: 'male' });
    expect(result.success).toBe(false);
    const path = result.error?.issues[0]?.path.join('.');
    expect(normalizeFieldPath(path ?? null)).toBe('firstName');
  });
});
