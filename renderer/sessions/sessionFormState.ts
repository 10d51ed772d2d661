import { INDICATIONS, type IndicationId, suggestedAreas } from '../../shared/indications.ts';
import type { SessionDraftInput, SessionSummary } from '../../shared/session.ts';
import type { Namespace, TFunction } from 'i18next';
import type { Formatter } from '../../shared/format/formatter.ts';
import { todayIso } from '../../shared/dates.ts';
import { SIDE_EFFECTS, type SideEffectId } from '../../shared/sideEffects.ts';
import { errorText } from '../i18n/errorText.ts';

/** The new-session form's state and its mapping to createSession's input. Pure; tested in tests/renderer/. */
export type SessionFormState = {
  date: string;
  time: string;
  /** The practitioner's profile: the unlocked one to start with. */
  practitionerId: string;
  indication: IndicationId | '';
  /** The treated areas ticked or added, in the order they were chosen. */
  areas: string[];
  /** What is typed in "Add an area", not yet added. */
  newArea: string;
  notes: string;
};

/** A problem of the new-session form: the store's refusal (an ApiError) or the form's own (no indication chosen). */
export type SessionFieldError = { field: string | null; error: unknown };

/** The current wall-clock time as HH:MM, the value of a time input (not text for people: that is the formatter's). */
export function clockNow(now: Date = new Date()): string {
  return `${String(now.getHours()).padStart(2, '0')}:${String(now.getMinutes()).padStart(2, '0')}`;
}

export function defaultSessionForm(now: Date, practitionerId: string): SessionFormState {
  return { date: todayIso(now), time: clockNow(now), practitionerId, indication: '', areas: [], newArea: '', notes: '' };
}

const sameArea = (a: string, b: string) => a.trim().toLocaleLowerCase() === b.trim().toLocaleLowerCase();

/** The chips to show: the indication's suggestions, then the areas chosen that are not among them. */
export function areaOptions(t: TFunction<Namespace>, state: Pick<SessionFormState, 'indication' | 'areas'>): string[] {
  const suggested = state.indication ? suggestedAreas(t, state.indication) : [];
  return [...suggested, ...state.areas.filter((a) => !suggested.some((s) => sameArea(s, a)))];
}

export function isAreaChosen(state: Pick<SessionFormState, 'areas'>, area: string): boolean {
  return state.areas.some((a) => sameArea(a, area));
}

/** The areas with this one chosen, or unchosen whatever its case (the new session's form and the chart's). */
export function toggledAreas(areas: readonly string[], area: string): string[] {
  return areas.some((a) => sameArea(a, area)) ? areas.filter((a) => !sameArea(a, area)) : [...areas, area];
}

export function toggleArea(state: SessionFormState, area: string): SessionFormState {
  return { ...state, areas: toggledAreas(state.areas, area) };
}

/** Ticks or unticks a side effect; the ticked ones stay in the list's order, so that a record reads the same however it was ticked. */
export function toggleSideEffect(chosen: readonly SideEffectId[], id: SideEffectId): SideEffectId[] {
  return chosen.includes(id) ? chosen.filter((s) => s !== id) : SIDE_EFFECTS.map((s) => s.id).filter((s) => s === id || chosen.includes(s));
}

/** Adds the typed area (trimmed, once, whatever its case) and clears the box. */
export function addTypedArea(state: SessionFormState): SessionFormState {
  const area = state.newArea.trim().replace(/\s+/g, ' ');
  if (area === '') return state;
  if (isAreaChosen(state, area)) return { ...state, newArea: '' };
  return { ...state, areas: [...state.areas, area], newArea: '' };
}

/** createSession's input, or what only the form can see is missing (no indication chosen). */
export function toSessionDraftInput(
  state: SessionFormState,
  patientId: string,
): { ok: true; input: SessionDraftInput } | { ok: false; error: SessionFieldError } {
  if (state.indication === '') return { ok: false, error: { field: 'indication', error: INDICATION_REQUIRED } };
  // An area typed but not added is still meant: add it rather than lose it.
  const areas = addTypedArea(state).areas;
  return {
    ok: true,
    input: {
      patientId,
      courseId: null,
      date: state.date,
      time: state.time,
      // None chosen (nobody unlocked yet): the store takes the unlocked practitioner.
      ...(state.practitionerId ? { practitionerId: state.practitionerId } : {}),
      indication: state.indication,
      treatedAreas: areas,
      notes: state.notes,
    },
  };
}

const FORM_FIELDS = new Set(['date', 'time', 'practitionerId', 'courseId', 'indication', 'treatedAreas', 'notes']);

/** "treatedAreas.2" is shown at the treated areas; "date" at the date. */
export function normalizeSessionField(field: string | null): string | null {
  if (!field) return null;
  if (field.startsWith('treatedAreas')) return 'treatedAreas';
  return FORM_FIELDS.has(field) ? field : null;
}

/** The form's own refusal when no indication is chosen. */
const INDICATION_REQUIRED = 'indication-required';

/** The problem in the screen's language: the form's own, or the store's refusal worded by errorText (which names the field). */
export function sessionErrorText(t: TFunction<Namespace>, error: SessionFieldError): string {
  if (error.error === INDICATION_REQUIRED) return t('sessions:new.indicationRequired');
  return errorText(t as TFunction, error.error);
}

export function sessionDomId(path: string): string {
  return `sf-${path.replace(/\./g, '-')}`;
}

/** "7 Mar 2025, 14:30". */
export function sessionLabel(t: TFunction<Namespace>, format: Formatter, s: Pick<SessionSummary, 'date' | 'time'>): string {
  return t('sessions:label', { date: format.date(s.date), time: format.time(s.time) });
}

/** Newest first, by date then time (the list from the store is not relied on for order). */
export function sortSessionsNewestFirst<T extends Pick<SessionSummary, 'date' | 'time'>>(sessions: readonly T[]): T[] {
  return [...sessions].sort((a, b) => (a.date === b.date ? b.time.localeCompare(a.time) : b.date.localeCompare(a.date)));
}

export const INDICATION_OPTIONS = INDICATIONS;
