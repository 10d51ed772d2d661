import type { Patient } from '../../shared/patient.ts';
import type { ScreeningConfirmation } from '../../shared/sessionScreening.ts';
import { formToScreening, patientToForm, type FieldError, type PatientFormState } from '../patients/patientFormState.ts';

/**
 * Re-confirming the screening when a session starts: "unchanged", or the screening edited (its form
 * starts from the patient's answers, an item never asked left unanswered) with the medication. Nothing
 * is chosen to begin with; a patient never screened can only be screened now.
 */
export type ScreeningConfirmationState = {
  choice: '' | 'unchanged' | 'updated';
  form: PatientFormState;
};

export function startScreeningConfirmation(patient: Patient): ScreeningConfirmationState {
  return { choice: patient.screening ? '' : 'updated', form: patientToForm(patient) };
}

/** Choosing to update dates the screening today: it is being asked again. */
export function chooseScreening(state: ScreeningConfirmationState, choice: 'unchanged' | 'updated', today: string): ScreeningConfirmationState {
  return { ...state, choice, form: choice === 'updated' ? { ...state.form, screenedOn: today } : state.form };
}

type AnyT = Parameters<typeof formToScreening>[1];

/** The confirmation as createSession takes it, or the problem to show (field paths as the fieldset names them). */
export function toScreeningConfirmation(state: ScreeningConfirmationState, t: AnyT): { ok: true; value: ScreeningConfirmation } | { ok: false; error: FieldError } {
  if (state.choice === '') return { ok: false, error: { field: 'screening.choice', message: t('sessions:screening.required') } };
  if (state.choice === 'unchanged') return { ok: true, value: { kind: 'unchanged' } };
  const screening = formToScreening(state.form, t);
  if (!screening.ok) return screening;
  return { ok: true, value: { kind: 'updated', screening: screening.screening, medication: state.form.medication } };
}
