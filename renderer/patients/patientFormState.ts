import type { Namespace, TFunction } from 'i18next';
import { CONTRAINDICATIONS, contraindicationLabel as clinicalContraindicationLabel, type ContraindicationKey, type Screening } from '../../shared/contraindications.ts';
import { SEXES, patientInputSchema, type Patient, type PatientInput } from '../../shared/patient.ts';
import { zodIssueProblem } from '../../shared/zodIssues.ts';
import { errorText } from '../i18n/errorText.ts';

/** Any component's t: the keys used here are prefixed with their namespace. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyT = TFunction<any, any>;
const contraindicationLabel = (t: AnyT, key: string) => clinicalContraindicationLabel(t as unknown as TFunction<Namespace>, key);

/**
 * The patient form's state and its mapping to and from the IPC input. Pure functions, tested in
 * tests/renderer/. The form keeps strings (and '' for "not chosen yet") so that nothing the
 * practitioner typed is lost when a save is refused.
 */
export type Sex = (typeof SEXES)[number];
export type YesNo = 'yes' | 'no' | '';
export type AnswerState = { present: YesNo; note: string };

export type PatientFormState = {
  firstName: string;
  lastName: string;
  dateOfBirth: string;
  sex: Sex | '';
  phone: string;
  email: string;
  address: string;
  allergies: string;
  notes: string;
  medication: string;
  screenedOn: string;
  answers: Record<ContraindicationKey, AnswerState>;
};

export type TextFieldName = Exclude<keyof PatientFormState, 'answers' | 'sex'>;

/** A problem with one field, named by its path in the IPC input ("screening.answers.pregnancy.note"). */
export type FieldError = { field: string | null; message: string; /** Shorter wording beside the field, when the message repeats its label. */ fieldMessage?: string };

function emptyAnswers(): Record<ContraindicationKey, AnswerState> {
  return Object.fromEntries(CONTRAINDICATIONS.map((c) => [c.key, { present: '', note: '' }])) as Record<
    ContraindicationKey,
    AnswerState
  >;
}

export function emptyPatientForm(): PatientFormState {
  return {
    firstName: '',
    lastName: '',
    dateOfBirth: '',
    sex: '',
    phone: '',
    email: '',
    address: '',
    allergies: '',
    notes: '',
    medication: '',
    screenedOn: '',
    answers: emptyAnswers(),
  };
}

export function patientToForm(p: Patient): PatientFormState {
  const answers = emptyAnswers();
  if (p.screening) {
    for (const c of CONTRAINDICATIONS) {
      // An item the screening did not ask (it predates the item) stays unanswered: asked, never read as "no".
      const a = p.screening.answers[c.key];
      if (a) answers[c.key] = { present: a.present ? 'yes' : 'no', note: a.note };
    }
  }
  return {
    firstName: p.firstName,
    lastName: p.lastName,
    dateOfBirth: p.dateOfBirth,
    sex: p.sex,
    phone: p.phone,
    email: p.email,
    address: p.address,
    allergies: p.allergies,
    notes: p.notes,
    medication: p.medication,
    screenedOn: p.screening?.screenedOn ?? '',
    answers,
  };
}

/** Answering a contraindication dates the screening today, unless a date is already there. */
export function setAnswer(state: PatientFormState, key: ContraindicationKey, present: YesNo, today: string): PatientFormState {
  const answers = { ...state.answers, [key]: { ...state.answers[key], present } };
  return { ...state, answers, screenedOn: state.screenedOn || (present ? today : '') };
}

/**
 * "None of these": every item answered no in one click (dated today unless a date was given), notes
 * kept. Offered only while no item is answered yes (anyYes below): it never overwrites a yes.
 */
export function answerNoneOfThese(state: PatientFormState, today: string): PatientFormState {
  if (anyYes(state)) return state;
  const answers = Object.fromEntries(CONTRAINDICATIONS.map((c) => [c.key, { ...state.answers[c.key], present: 'no' as const }])) as PatientFormState['answers'];
  return { ...state, answers, screenedOn: state.screenedOn || today };
}

/** True when some item is answered yes. */
export function anyYes(state: PatientFormState): boolean {
  return CONTRAINDICATIONS.some((c) => state.answers[c.key].present === 'yes');
}

export function setAnswerNote(state: PatientFormState, key: ContraindicationKey, note: string): PatientFormState {
  return { ...state, answers: { ...state.answers, [key]: { ...state.answers[key], note } } };
}

/** True when the practitioner has started the screening (any answer, note or date). */
export function screeningStarted(state: PatientFormState): boolean {
  return (
    state.screenedOn.trim() !== '' ||
    CONTRAINDICATIONS.some((c) => state.answers[c.key].present !== '' || state.answers[c.key].note.trim() !== '')
  );
}

/** The form's fields in the order it shows them: its errors are listed in that order. */
const FORM_ORDER = ['lastName', 'firstName', 'dateOfBirth', 'sex', 'language', 'phone', 'email', 'address', 'allergies', 'medication', 'notes', 'screening'];
const formPlace = (field: string | null) => {
  const i = FORM_ORDER.indexOf((field ?? '').split('.')[0] ?? '');
  return i < 0 ? FORM_ORDER.length : i;
};

/**
 * The form as the createPatient / updatePatient input, or every problem in it at once (issue 12: not
 * one per submit), in the form's order: what only the form can see (a screening half answered, for
 * the schema has no "unanswered" for a yes/no; no sex chosen), then every refusal of the shared schema
 * the main process applies too (required names, a birth date in the future, an e-mail...). `error` is
 * the first, where focus goes.
 */
export function formToPatientInput(state: PatientFormState, t: AnyT): { ok: true; input: PatientInput } | { ok: false; error: FieldError; errors: FieldError[] } {
  const tt = t as unknown as TFunction<['errors', 'clinical']>;
  const errors: FieldError[] = [];
  if (state.sex === '') errors.push({ field: 'sex', message: tt('errors:form.sexRequired') });
  const screening = screeningStarted(state) ? screeningProblems(state, t) : [];
  errors.push(...screening);
  const mapped = screening.length === 0 && screeningStarted(state) ? formToScreening(state, t) : null;
  const input: PatientInput = {
    firstName: state.firstName,
    lastName: state.lastName,
    dateOfBirth: state.dateOfBirth,
    sex: state.sex === '' ? 'unspecified' : state.sex,
    phone: state.phone,
    email: state.email.trim(),
    address: state.address,
    allergies: state.allergies,
    notes: state.notes,
    medication: state.medication,
    screening: mapped?.ok ? mapped.screening : null,
  };
  const parsed = patientInputSchema.safeParse(input);
  for (const issue of parsed.success ? [] : parsed.error.issues) {
    const problem = zodIssueProblem(issue, input);
    // One message per field: the first refusal of each.
    if (errors.some((e) => e.field === problem.field)) continue;
    errors.push({ field: problem.field, message: errorText(t, { code: 'invalid-input', ...problem }) });
  }
  errors.sort((a, b) => formPlace(a.field) - formPlace(b.field));
  const first = errors[0];
  if (first) return { ok: false, error: first, errors };
  return { ok: true, input };
}

/**
 * The screening part of the form as a Screening, or the first problem: an item left unanswered (the
 * schema has no "unanswered" for a yes/no), or no date. Also used where a session starts with an update.
 */
export function formToScreening(state: Pick<PatientFormState, 'screenedOn' | 'answers'>, t: AnyT): { ok: true; screening: Screening } | { ok: false; error: FieldError } {
  const first = screeningProblems(state, t)[0];
  if (first) return { ok: false, error: first };
  const answers = Object.fromEntries(
    CONTRAINDICATIONS.map((c) => [c.key, { present: state.answers[c.key].present === 'yes', note: state.answers[c.key].note }]),
  ) as Screening['answers'];
  return { ok: true, screening: { screenedOn: state.screenedOn.trim(), answers } };
}

/** Every problem of the screening part: each item left unanswered, and a missing date. */
function screeningProblems(state: Pick<PatientFormState, 'screenedOn' | 'answers'>, t: AnyT): FieldError[] {
  const tt = t as unknown as TFunction<['errors', 'clinical']>;
  const problems: FieldError[] = CONTRAINDICATIONS.filter((c) => state.answers[c.key].present === '').map((c) => ({
    field: `screening.answers.${c.key}.present`,
    message: tt('errors:form.screeningUnanswered', { item: contraindicationLabel(t, c.key) }),
    fieldMessage: tt('errors:form.answerYesNo'),
  }));
  if (state.screenedOn.trim() === '') problems.push({ field: 'screening.screenedOn', message: tt('errors:form.screenedOnRequired') });
  return problems;
}

/**
 * The form's name for a field path of the server's error: updatePatient nests the fields under
 * "fields.", and a missing answer object is reported at "screening.answers.<key>".
 */
export function normalizeFieldPath(field: string | null): string | null {
  if (!field) return null;
  let path = field.startsWith('fields.') ? field.slice('fields.'.length) : field;
  if (/^screening\.answers\.[A-Za-z]+$/.test(path)) path = `${path}.present`;
  return path;
}

/** The id of the control that edits a field path ("screening.answers.pregnancy.note" → "pf-screening-answers-pregnancy-note"). */
export function domIdFor(path: string): string {
  return `pf-${path.replace(/\./g, '-')}`;
}

/**
 * The words shown for an error: already worded in the practitioner's language, by errorText (a refusal
 * of the main process, from its code, field, reason and params) or by formToPatientInput. Nothing is
 * recognised by its words any more.
 */
export function humanMessage(error: { field: string | null; message: string }): string {
  return error.message;
}

/** Whether the form differs from where it started: to warn before leaving with unsaved changes. */
export function isDirty(start: PatientFormState, now: PatientFormState): boolean {
  return JSON.stringify(start) !== JSON.stringify(now);
}
