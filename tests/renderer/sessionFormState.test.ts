import { describe, expect, it } from 'vitest';
import { sessionDraftInputSchema } from '../../shared/session.ts';
import { SUGGESTED_AREAS } from '../../shared/indications.ts';
import { createTranslator } from '../../shared/i18n/translator.ts';
import { ApiError } from '../../shared/errors.ts';
import { createFormatter } from '../../shared/format/formatter.ts';
import { errorText } from '../../renderer/i18n/errorText.ts';
import {
  addTypedArea,
  areaOptions,
  clockNow,
  defaultSessionForm,
  isAreaChosen,
  normalizeSessionField,
  sessionErrorText,
  sessionLabel,
  sortSessionsNewestFirst,
  toSessionDraftInput,
  toggleArea,
  toggleSideEffect,
  toggledAreas,
} from '../../renderer/sessions/sessionFormState.ts';

const PATIENT = '5b1f2d4e-8c7a-4d3b-9e2f-1a2b3c4d5e6f';
const PRACTITIONER = '7c2e3f5a-9d8b-4e4c-8f30-2b3c4d5e6f70';
const NOW = new Date(2025, 2, 7, 14, 30);

describe('clockNow', () => {
  it('pads the time', () => {
    expect(clockNow(new Date(2025, 0, 1, 7, 5))).toBe('07:05');
  });
});

describe('defaultSessionForm', () => {
  it('starts today, now, by the practitioner unlocked (their profile)', () => {
    expect(defaultSessionForm(NOW, PRACTITIONER)).toMatchObject({ date: '2025-03-07', time: '14:30', practitionerId: PRACTITIONER, areas: [] });
  });
});

const { t: en } = await createTranslator('en');
const { t: fr } = await createTranslator('fr');

describe('treated areas', () => {
  it('suggests the areas in the practitioner’s language', () => {
    expect(areaOptions(fr, { indication: 'cellulite', areas: [] })).toEqual(['Cuisses, face externe', 'Cuisses, face postérieure', 'Fesses', 'Abdomen', 'Flancs']);
  });
  it('offers the suggestions of the indication, then the areas added', () => {
    const form = { ...defaultSessionForm(NOW, ''), indication: 'pain' as const, areas: ['Knee', 'Ankle'] };
    const options = areaOptions(en, form);
    expect(options.slice(0, SUGGESTED_AREAS.pain.length)).toEqual(['Lumbar spine', 'Cervical spine', 'Shoulder', 'Knee', 'Elbow', 'Wrist', 'Hip']);
    expect(options.slice(SUGGESTED_AREAS.pain.length)).toEqual(['Ankle']);
  });
  it('keeps chosen areas when the indication changes', () => {
    const form = toggleArea({ ...defaultSessionForm(NOW, ''), indication: 'cellulite' }, 'Buttocks');
    const changed = { ...form, indication: 'pain' as const };
    expect(areaOptions(en, changed)).toContain('Buttocks');
    expect(isAreaChosen(changed, 'Buttocks')).toBe(true);
  });
  it('toggles an area on and off', () => {
    const on = toggleArea(defaultSessionForm(NOW, ''), 'Abdomen');
    expect(on.areas).toEqual(['Abdomen']);
    expect(toggleArea(on, 'abdomen').areas).toEqual([]);
  });
  it('adds a typed area once, trimmed, whatever its case', () => {
    let form = { ...defaultSessionForm(NOW, ''), newArea: '  Knee,   medial ' };
    form = addTypedArea(form);
    expect(form.areas).toEqual(['Knee, medial']);
    expect(form.newArea).toBe('');
    form = addTypedArea({ ...form, newArea: 'KNEE, MEDIAL' });
    expect(form.areas).toEqual(['Knee, medial']);
    expect(addTypedArea({ ...form, newArea: '   ' })).toEqual({ ...form, newArea: '   ' });
  });
});

describe('toSessionDraftInput', () => {
  it('builds an input the contract accepts', () => {
    const form = toggleArea({ ...defaultSessionForm(NOW, PRACTITIONER), indication: 'cellulite' }, 'Buttocks');
    const result = toSessionDraftInput(form, PATIENT);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(sessionDraftInputSchema.parse(result.input)).toMatchObject({
      patientId: PATIENT,
      courseId: null,
      date: '2025-03-07',
      time: '14:30',
      practitionerId: PRACTITIONER,
      indication: 'cellulite',
      treatedAreas: ['Buttocks'],
    });
  });
  it('leaves the practitioner to the store (the unlocked one) when no profile is chosen', () => {
    const result = toSessionDraftInput({ ...defaultSessionForm(NOW, ''), indication: 'pain' }, PATIENT);
    expect(result.ok && 'practitionerId' in result.input).toBe(false);
  });
  it('does not lose an area typed but not added', () => {
    const form = { ...defaultSessionForm(NOW, PRACTITIONER), indication: 'pain' as const, newArea: 'Ankle' };
    const result = toSessionDraftInput(form, PATIENT);
    expect(result.ok && result.input.treatedAreas).toEqual(['Ankle']);
  });
  it('asks for an indication before anything is sent', () => {
    expect(toSessionDraftInput(defaultSessionForm(NOW, 'x'), PATIENT)).toMatchObject({ ok: false, error: { field: 'indication' } });
  });
});

describe('session errors', () => {
  it('shows the errors of a treated area at the treated areas', () => {
    expect(normalizeSessionField('treatedAreas')).toBe('treatedAreas');
    expect(normalizeSessionField('treatedAreas.3')).toBe('treatedAreas');
    expect(normalizeSessionField('patientId')).toBeNull();
    // A course refused (not the patient's) is shown at the course select.
    expect(normalizeSessionField('courseId')).toBe('courseId');
    // The form's own refusal is worded here; the store's refusals by errorText (tests/renderer/i18n), naming the field.
    const missing = toSessionDraftInput(defaultSessionForm(NOW, 'x'), PATIENT);
    expect(missing.ok ? null : sessionErrorText(en, missing.error)).toBe('Indication is required: choose one');
    expect(missing.ok ? null : sessionErrorText(fr, missing.error)).toBe('L’indication est obligatoire\u00a0: choisissez-en une');
    const refused = new ApiError({ code: 'invalid-input', field: 'treatedAreas.1', reason: 'too_big', params: { maximum: 80 } });
    expect(sessionErrorText(en, { field: refused.field, error: refused })).toBe(errorText(en, refused));
  });
});

describe('session list order and labels', () => {
  it('sorts newest first by date, then time', () => {
    const sessions = [
      { date: '2025-01-01', time: '09:00' },
      { date: '2025-02-01', time: '08:00' },
      { date: '2025-02-01', time: '17:30' },
    ];
    expect(sortSessionsNewestFirst(sessions)).toEqual([sessions[2], sessions[1], sessions[0]]);
    expect(sessions[0]).toEqual({ date: '2025-01-01', time: '09:00' });
  });
  it('labels a session by its date and time', () => {
    expect(sessionLabel(en, createFormatter('en'), { date: '2025-03-07', time: '14:30' })).toBe('7 Mar 2025, 14:30');
    expect(sessionLabel(fr, createFormatter('fr'), { date: '2025-03-07', time: '14:30' })).toBe('7 mars 2025, 14:30');
  });
});

describe('toggledAreas', () => {
  it('adds an area as typed and removes it whatever its case', () => {
    const areas = toggledAreas(['Knee'], 'Lower back');
    expect(areas).toEqual(['Knee', 'Lower back']);
    expect(toggledAreas(areas, ' lower BACK ')).toEqual(['Knee']);
  });
});

describe('toggleSideEffect', () => {
  it('keeps the ticked side effects in the list order, however they were ticked', () => {
    const chosen = toggleSideEffect(toggleSideEffect([], 'swelling'), 'wheals');
    expect(chosen).toEqual(['wheals', 'swelling']);
    expect(toggleSideEffect(chosen, 'swelling')).toEqual(['wheals']);
  });
});
