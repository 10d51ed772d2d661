import { courseInputSchema, type Course, type CourseInput } from '../../shared/course.ts';
import type { CourseSlot, CourseStatus, CourseTimeline } from '../../shared/courseSchedule.ts';
import { addDays } from '../../shared/courseSchedule.ts';
import type { IndicationId } from '../../shared/indications.ts';

/**
 * The "Plan a course" form as the user types it (strings), its defaults (10 weekly sessions, then
 * monthly maintenance, starting today) and its mapping to the createCourse input; and the words and
 * tones the timeline shows. Pure.
 */
export type CourseFormState = {
  indication: IndicationId | '';
  area: string;
  plannedSessions: string;
  intervalDays: string;
  maintenanceIntervalDays: string;
  startDate: string;
  notes: string;
};

export const INTERVAL_PRESETS = [
  { days: 7, label: 'Weekly' },
  { days: 14, label: 'Every 2 weeks' },
] as const;

export function defaultCourseForm(today: string, indication: IndicationId | '' = ''): CourseFormState {
  return { indication, area: '', plannedSessions: '10', intervalDays: '7', maintenanceIntervalDays: '30', startDate: today, notes: '' };
}

export type CourseFormError = { field: keyof CourseFormState; message: string };

const LABELS: Record<keyof CourseFormState, string> = {
  indication: 'Indication',
  area: 'Area',
  plannedSessions: 'Planned sessions',
  intervalDays: 'Interval',
  maintenanceIntervalDays: 'Maintenance interval',
  startDate: 'Start date',
  notes: 'Notes',
};

function wholeNumber(text: string): number | null {
  const t = text.trim();
  return /^\d+$/.test(t) ? Number(t) : null;
}

/** The form as a createCourse input, or the first field in error (in form order) with its message. */
export function toCourseInput(form: CourseFormState, patientId: string): { ok: true; input: CourseInput } | { ok: false; error: CourseFormError } {
  if (form.indication === '') return { ok: false, error: { field: 'indication', message: 'Choose the indication.' } };
  if (form.area.trim() === '') return { ok: false, error: { field: 'area', message: 'Name the area treated (e.g. "Thighs, outer").' } };
  const planned = wholeNumber(form.plannedSessions);
  if (planned === null || planned < 1 || planned > 40) return { ok: false, error: { field: 'plannedSessions', message: 'Planned sessions must be a whole number from 1 to 40 (8–15 is typical).' } };
  const interval = wholeNumber(form.intervalDays);
  if (interval === null || interval < 1 || interval > 90) return { ok: false, error: { field: 'intervalDays', message: 'The interval must be from 1 to 90 days.' } };
  const maintenance = wholeNumber(form.maintenanceIntervalDays);
  if (maintenance === null || maintenance < 1 || maintenance > 365) return { ok: false, error: { field: 'maintenanceIntervalDays', message: 'The maintenance interval must be from 1 to 365 days.' } };
  const input: CourseInput = {
    patientId,
    indication: form.indication,
    area: form.area.trim(),
    plannedSessions: planned,
    intervalDays: interval,
    maintenanceIntervalDays: maintenance,
    startDate: form.startDate,
    notes: form.notes.trim(),
  };
  const parsed = courseInputSchema.safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const field = (issue?.path[0] as keyof CourseFormState | undefined) ?? 'notes';
    return { ok: false, error: { field: field in LABELS ? field : 'notes', message: `${LABELS[field] ?? 'A field'} ${issue?.message ?? 'is not valid'}.` } };
  }
  return { ok: true, input };
}

/** The planned dates of the first sessions and the first maintenance one, as the form shows them before saving. */
export function planPreview(form: CourseFormState): { last: string; maintenance: string } | null {
  const planned = wholeNumber(form.plannedSessions);
  const interval = wholeNumber(form.intervalDays);
  const maintenance = wholeNumber(form.maintenanceIntervalDays);
  if (!planned || !interval || !maintenance || !/^\d{4}-\d{2}-\d{2}$/.test(form.startDate)) return null;
  const last = addDays(form.startDate, (planned - 1) * interval);
  return { last, maintenance: addDays(last, maintenance) };
}

export function intervalLabel(days: number): string {
  if (days === 7) return 'weekly';
  if (days % 7 === 0) return `every ${days / 7} weeks`;
  if (days === 30 || days === 31) return 'monthly';
  return `every ${days} days`;
}

export const COURSE_STATUS_LABEL: Record<CourseStatus, string> = {
  'in-progress': 'In progress',
  maintenance: 'Maintenance',
  completed: 'Completed',
  stopped: 'Stopped',
};

export function courseStatusTone(status: CourseStatus): 'success' | 'neutral' | 'muted' | 'draft' {
  return status === 'in-progress' ? 'draft' : status === 'maintenance' ? 'success' : status === 'completed' ? 'neutral' : 'muted';
}

export const SLOT_STATE_LABEL: Record<CourseSlot['state'], string> = {
  done: 'Done',
  overdue: 'Overdue',
  due: 'Due today',
  upcoming: 'Planned',
};

/** "Thighs, outer · 10 sessions weekly, then monthly maintenance". */
export function coursePlanLine(course: Pick<Course, 'area' | 'plannedSessions' | 'intervalDays' | 'maintenanceIntervalDays'>, withArea = true): string {
  return `${withArea ? `${course.area} · ` : ''}${course.plannedSessions} ${course.plannedSessions === 1 ? 'session' : 'sessions'} ${intervalLabel(course.intervalDays)}, then ${intervalLabel(course.maintenanceIntervalDays)} maintenance`;
}

/** "3 of 10 done · 1 overdue". */
export function progressLine(t: CourseTimeline): string {
  const parts = [`${t.done} of ${t.plannedSessions} done`];
  if (t.held > t.done) parts.push(`${t.held - t.done} maintenance`);
  if (t.overdue.length > 0) parts.push(`${t.overdue.length} overdue`);
  return parts.join(' · ');
}

/** The accessible name of a timeline chip: "Session 3 of 10, done on 14 Mar 2025". */
export function slotDescription(slot: CourseSlot, formatDate: (iso: string) => string): string {
  const what = slot.label.charAt(0).toUpperCase() + slot.label.slice(1);
  switch (slot.state) {
    case 'done':
      return `${what}, held on ${formatDate(slot.dueDate)}${slot.session?.status === 'draft' ? ' (draft)' : ''}`;
    case 'overdue':
      return `${what}, overdue since ${formatDate(slot.dueDate)}`;
    case 'due':
      return `${what}, due today`;
    case 'upcoming':
      return `${what}, planned for ${formatDate(slot.dueDate)}`;
  }
}
