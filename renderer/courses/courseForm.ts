import type { Namespace, TFunction } from 'i18next';
import { courseInputSchema, type Course, type CourseInput } from '../../shared/course.ts';
import type { CourseSlot, CourseStatus, CourseTimeline } from '../../shared/courseSchedule.ts';
import { addDays, sessionOfCourseLabel } from '../../shared/courseSchedule.ts';
import { parseIsoDate, type Formatter } from '../../shared/format/formatter.ts';
import type { IndicationId } from '../../shared/indications.ts';
import { indicationPlan } from '../../shared/indicationPlans.ts';

/**
 * The "Plan a course" form as the user types it (strings), its defaults (the indication's usual plan,
 * shared/indicationPlans.ts; 10 weekly sessions, then monthly maintenance, before one is chosen; starting
 * today) and its mapping to the createCourse input; and the words and tones the timeline shows. Pure.
 */
export type CourseFormState = {
  indication: IndicationId | '';
  area: string;
  plannedSessions: string;
  intervalDays: string;
  maintenanceIntervalDays: string;
  startDate: string;
  notes: string;
  diagnosis: string;
};

export function defaultCourseForm(today: string, indication: IndicationId | '' = ''): CourseFormState {
  return withIndicationPlan({ indication, area: '', plannedSessions: '', intervalDays: '', maintenanceIntervalDays: '', startDate: today, notes: '', diagnosis: '' }, indication);
}

/** The form with `indication` chosen and its usual plan (sessions, interval, maintenance) filled in. */
export function withIndicationPlan(form: CourseFormState, indication: IndicationId | ''): CourseFormState {
  const plan = indicationPlan(indication);
  return { ...form, indication, plannedSessions: String(plan.sessions), intervalDays: String(plan.intervalDays), maintenanceIntervalDays: String(plan.maintenanceIntervalDays) };
}

export type CourseFormError = { field: keyof CourseFormState; message: string };

const FIELD_KEY = {
  indication: 'courses:form.field.indication',
  area: 'courses:form.field.area',
  plannedSessions: 'courses:form.field.plannedSessions',
  intervalDays: 'courses:form.field.intervalDays',
  maintenanceIntervalDays: 'courses:form.field.maintenanceIntervalDays',
  startDate: 'courses:form.field.startDate',
  notes: 'courses:form.field.notes',
  diagnosis: 'courses:form.field.diagnosis',
} as const satisfies Record<keyof CourseFormState, string>;

function wholeNumber(text: string): number | null {
  const t = text.trim();
  return /^\d+$/.test(t) ? Number(t) : null;
}

/**
 * The form as a createCourse input, or every field in error (in form order) with its message, so that
 * one submit shows them all (issue 12); `error` is the first of them, where focus goes.
 */
export function toCourseInput(form: CourseFormState, patientId: string, t: TFunction<Namespace>): { ok: true; input: CourseInput } | { ok: false; error: CourseFormError; errors: CourseFormError[] } {
  const errors: CourseFormError[] = [];
  if (form.indication === '') errors.push({ field: 'indication', message: t('courses:form.error.indication') });
  if (form.area.trim() === '') errors.push({ field: 'area', message: t('courses:form.error.area') });
  const planned = wholeNumber(form.plannedSessions);
  if (planned === null || planned < 1 || planned > 40) errors.push({ field: 'plannedSessions', message: t('courses:form.error.plannedSessions') });
  const interval = wholeNumber(form.intervalDays);
  if (interval === null || interval < 1 || interval > 90) errors.push({ field: 'intervalDays', message: t('courses:form.error.intervalDays') });
  const maintenance = wholeNumber(form.maintenanceIntervalDays);
  if (maintenance === null || maintenance < 1 || maintenance > 365) errors.push({ field: 'maintenanceIntervalDays', message: t('courses:form.error.maintenanceIntervalDays') });
  const input = {
    patientId,
    indication: form.indication,
    area: form.area.trim(),
    plannedSessions: planned ?? 0,
    intervalDays: interval ?? 0,
    maintenanceIntervalDays: maintenance ?? 0,
    startDate: form.startDate,
    notes: form.notes.trim(),
    diagnosis: form.diagnosis.trim(),
  };
  // The schema's other refusals (lengths, dates), each field once, after the form's own checks.
  const parsed = courseInputSchema.safeParse(input);
  for (const issue of parsed.success ? [] : parsed.error.issues) {
    const path = issue.path[0];
    const field: keyof CourseFormState = typeof path === 'string' && path in FIELD_KEY ? (path as keyof CourseFormState) : 'notes';
    if (errors.some((e) => e.field === field)) continue;
    const name = t(FIELD_KEY[field]);
    const message = issue.code === 'too_big' && issue.origin === 'string' ? t('courses:form.error.tooLong', { field: name, maximum: Number(issue.maximum) }) : t('courses:form.error.invalid', { field: name });
    errors.push({ field, message });
  }
  const order = Object.keys(FIELD_KEY);
  errors.sort((a, b) => order.indexOf(a.field) - order.indexOf(b.field));
  const first = errors[0];
  if (first) return { ok: false, error: first, errors };
  return { ok: true, input: input as CourseInput };
}

/** The planned dates of the first sessions and the first maintenance one, as the form shows them before saving. */
export function planPreview(form: CourseFormState): { count: number; last: string; maintenance: string } | null {
  const planned = wholeNumber(form.plannedSessions);
  const interval = wholeNumber(form.intervalDays);
  const maintenance = wholeNumber(form.maintenanceIntervalDays);
  if (!planned || !interval || !maintenance || !isRealDate(form.startDate)) return null;
  const last = addDays(form.startDate, (planned - 1) * interval);
  return { count: planned, last, maintenance: addDays(last, maintenance) };
}

function isRealDate(text: string): boolean {
  try {
    parseIsoDate(text);
    return true;
  } catch {
    return false;
  }
}

/** "weekly", "every 2 weeks", "monthly", "every 10 days". */
export function intervalLabel(t: TFunction<Namespace>, days: number): string {
  if (days === 7) return t('courses:interval.weekly');
  if (days % 7 === 0) return t('courses:interval.everyWeeks', { count: days / 7 });
  if (days === 30 || days === 31) return t('courses:interval.monthly');
  return t('courses:interval.everyDays', { count: days });
}

const STATUS_KEY = {
  'in-progress': 'courses:status.inProgress',
  maintenance: 'courses:status.maintenance',
  completed: 'courses:status.completed',
  stopped: 'courses:status.stopped',
} as const satisfies Record<CourseStatus, string>;

export function courseStatusLabel(t: TFunction<Namespace>, status: CourseStatus): string {
  return t(STATUS_KEY[status]);
}

export function courseStatusTone(status: CourseStatus): 'success' | 'neutral' | 'muted' | 'draft' {
  return status === 'in-progress' ? 'draft' : status === 'maintenance' ? 'success' : status === 'completed' ? 'neutral' : 'muted';
}

const SLOT_STATE_KEY = {
  done: 'courses:slotState.done',
  overdue: 'courses:slotState.overdue',
  due: 'courses:slotState.due',
  upcoming: 'courses:slotState.upcoming',
} as const satisfies Record<CourseSlot['state'], string>;

export function slotStateLabel(t: TFunction<Namespace>, state: CourseSlot['state']): string {
  return t(SLOT_STATE_KEY[state]);
}

/** "Thighs, outer · 10 sessions weekly, then monthly maintenance". */
export function coursePlanLine(t: TFunction<Namespace>, course: Pick<Course, 'area' | 'plannedSessions' | 'intervalDays' | 'maintenanceIntervalDays'>, withArea = true): string {
  const plan = t('courses:plan.line', { count: course.plannedSessions, interval: intervalLabel(t, course.intervalDays), maintenance: intervalLabel(t, course.maintenanceIntervalDays) });
  return withArea ? t('courses:plan.withArea', { area: course.area, plan }) : plan;
}

/** "3 of 10 done · 1 overdue". */
export function progressLine(t: TFunction<Namespace>, timeline: CourseTimeline): string {
  const parts = [t('courses:progress.done', { done: timeline.done, planned: timeline.plannedSessions })];
  if (timeline.held > timeline.done) parts.push(t('courses:progress.maintenance', { count: timeline.held - timeline.done }));
  if (timeline.overdue.length > 0) parts.push(t('courses:progress.overdue', { count: timeline.overdue.length }));
  return parts.join(' · ');
}

/** "session 3 of 10" (or maintenance), for a slot of a course of `plannedSessions`. */
export function slotLabel(t: TFunction<Namespace>, slot: Pick<CourseSlot, 'number'>, plannedSessions: number): string {
  return sessionOfCourseLabel(t, slot.number, plannedSessions);
}

/** The first letter in upper case, as a sentence starts ("session 3 of 10" → "Session 3 of 10"). */
function upperFirst(text: string): string {
  const first = text.codePointAt(0);
  if (first === undefined) return text;
  const letter = String.fromCodePoint(first);
  return letter.toLocaleUpperCase() + text.slice(letter.length);
}

/** The accessible name of a timeline chip: "Session 3 of 10, done on 14 Mar 2025". */
export function slotDescription(t: TFunction<Namespace>, slot: CourseSlot, plannedSessions: number, format: Pick<Formatter, 'date'>): string {
  const what = upperFirst(slotLabel(t, slot, plannedSessions));
  const date = format.date(slot.dueDate);
  switch (slot.state) {
    case 'done':
      return slot.session?.status === 'draft' ? t('courses:slot.doneDraft', { slot: what, date }) : t('courses:slot.done', { slot: what, date });
    case 'overdue':
      return t('courses:slot.overdue', { slot: what, date });
    case 'due':
      return t('courses:slot.due', { slot: what });
    case 'upcoming':
      return t('courses:slot.upcoming', { slot: what, date });
  }
}
