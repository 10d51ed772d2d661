import type { Namespace, TFunction } from 'i18next';
import { isAfterToday } from './clinicDay.ts';
import type { Course } from './course.ts';
import type { SessionStatus, SessionSummary } from './session.ts';

/**
 * A course's timeline, worked out from the course (start date, planned count, intervals) and its
 * sessions: each session's number in the course ("session 3 of 10"), the planned date of every slot
 * (weekly by default for the planned sessions, then monthly maintenance), the next due date, the
 * sessions overdue as of a given day, and the course's status. Pure: dates are calendar dates
 * (YYYY-MM-DD), counted in whole days in UTC so that month ends, leap days and clock changes never
 * shift them.
 */

const DAY_MS = 86_400_000;

/** `date` plus `days` whole days, as YYYY-MM-DD. */
export function addDays(date: string, days: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d) + days * DAY_MS).toISOString().slice(0, 10);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  const t = (s: string) => {
    const [y, m, d] = s.split('-').map(Number) as [number, number, number];
    return Date.UTC(y, m - 1, d);
  };
  return Math.round((t(to) - t(from)) / DAY_MS);
}

export type CoursePlan = Pick<Course, 'startDate' | 'plannedSessions' | 'intervalDays' | 'maintenanceIntervalDays'>;

/**
 * The nominal date of slot `n` (1-based) as planned at the start: the planned sessions every
 * `intervalDays` from the start date, then maintenance every `maintenanceIntervalDays` after the last
 * planned one.
 */
export function plannedDate(plan: CoursePlan, n: number): string {
  if (n <= plan.plannedSessions) return addDays(plan.startDate, (n - 1) * plan.intervalDays);
  const lastPlanned = addDays(plan.startDate, (plan.plannedSessions - 1) * plan.intervalDays);
  return addDays(lastPlanned, (n - plan.plannedSessions) * plan.maintenanceIntervalDays);
}

/** Slot `n` belongs to the course proper or, past the planned count, to maintenance. */
function phaseOf(plan: Pick<CoursePlan, 'plannedSessions'>, n: number): 'course' | 'maintenance' {
  return n <= plan.plannedSessions ? 'course' : 'maintenance';
}

/**
 * "session 3 of 10", and past the planned count "maintenance session 2 (session 12)", in the language of
 * `t` (lower case, as it sits inside a sentence).
 */
export function sessionOfCourseLabel(t: TFunction<Namespace>, n: number, plannedSessions: number): string {
  if (n <= plannedSessions) return t('courses:sessionOfCourse', { number: n, planned: plannedSessions });
  return t('courses:maintenanceSession', { maintenance: n - plannedSessions, number: n });
}

export type CourseSessionRef = Pick<SessionSummary, 'id' | 'date' | 'status'> & { numberInCourse: number | null };

export type SlotState = 'done' | 'overdue' | 'due' | 'upcoming';

export type CourseSlot = {
  /** The number in the course, from 1. */
  number: number;
  phase: 'course' | 'maintenance';
  /** As planned at the start of the course. */
  plannedDate: string;
  /**
   * When it is due now: the planned date, or later when an earlier session came late (the next one is
   * due a full interval after it). For a held session, the date it was held.
   */
  dueDate: string;
  session: { id: string; date: string; status: SessionStatus } | null;
  state: SlotState;
};

export type CourseStatus = 'in-progress' | 'maintenance' | 'completed' | 'stopped';

export type CourseTimeline = {
  courseId: string;
  plannedSessions: number;
  /** Sessions held within the planned count, and all sessions held (maintenance included); a session dated after `asOf` is not held yet. */
  done: number;
  held: number;
  /** Every slot up to the planned count or the last held session, and the next maintenance slot. */
  slots: CourseSlot[];
  /** The first slot not yet held, as of `asOf`: its due date; null when the course is closed. */
  nextDue: string | null;
  nextNumber: number | null;
  /** Slots not held whose due date is before `asOf`. */
  overdue: CourseSlot[];
  status: CourseStatus;
  asOf: string;
  /** The last session's date, or null. */
  lastSessionDate: string | null;
};

/**
 * The sessions of a course, numbered: by their stored number in the course when they have one, the
 * rest after them by date. Two sessions claiming the same number keep date order.
 */
export function numberCourseSessions<S extends CourseSessionRef & { time?: string }>(sessions: readonly S[]): { number: number; session: S }[] {
  const sorted = [...sessions].sort(
    (a, b) =>
      (a.numberInCourse ?? Number.MAX_SAFE_INTEGER) - (b.numberInCourse ?? Number.MAX_SAFE_INTEGER) ||
      a.date.localeCompare(b.date) ||
      (a.time ?? '').localeCompare(b.time ?? ''),
  );
  return sorted.map((session, i) => ({ number: i + 1, session }));
}

/**
 * The timeline of `course` as of `asOf` (YYYY-MM-DD), from its sessions (only those of this course).
 * A stopped or completed course has no next due date and nothing overdue.
 */
export function courseTimeline(course: CoursePlan & Pick<Course, 'id' | 'status'>, sessions: readonly CourseSessionRef[], asOf: string): CourseTimeline {
  const numbered = numberCourseSessions(sessions);
  // A session dated after today (issue 12) has its slot but is not held: it is upcoming, never "done".
  const held = numbered.filter(({ session }) => !isAfterToday(session.date, asOf)).length;
  const closed = course.status === 'completed' || course.status === 'stopped';
  const slotCount = Math.max(course.plannedSessions, numbered.length) + (closed ? 0 : 1);
  const slots: CourseSlot[] = [];
  let previous = null as { date: string; number: number } | null;
  for (let n = 1; n <= slotCount; n += 1) {
    const planned = plannedDate(course, n);
    const phase = phaseOf(course, n);
    const entry = numbered[n - 1];
    if (entry) {
      const { session } = entry;
      const state: SlotState = isAfterToday(session.date, asOf) ? 'upcoming' : 'done';
      slots.push({ number: n, phase, plannedDate: planned, dueDate: session.date, session: { id: session.id, date: session.date, status: session.status }, state });
      previous = { date: session.date, number: n };
      continue;
    }
    if (closed) continue;
    // A session held late pushes the next one: due a full interval after it, never before the plan.
    const gap = phase === 'course' ? course.intervalDays : course.maintenanceIntervalDays;
    const afterPrevious: string = previous ? addDays(previous.date, gap) : planned;
    const due: string = afterPrevious > planned ? afterPrevious : planned;
    const state: SlotState = due < asOf ? 'overdue' : due === asOf ? 'due' : 'upcoming';
    slots.push({ number: n, phase, plannedDate: planned, dueDate: due, session: null, state });
    previous = { date: due, number: n };
  }
  const next = slots.find((s) => s.session === null) ?? null;
  const done = Math.min(held, course.plannedSessions);
  const status: CourseStatus =
    course.status === 'stopped' ? 'stopped' : course.status === 'completed' ? 'completed' : held >= course.plannedSessions || course.status === 'maintenance' ? 'maintenance' : 'in-progress';
  return {
    courseId: course.id,
    plannedSessions: course.plannedSessions,
    done,
    held,
    slots,
    nextDue: next?.dueDate ?? null,
    nextNumber: next?.number ?? null,
    overdue: slots.filter((s) => s.state === 'overdue'),
    status,
    asOf,
    lastSessionDate: numbered.reduce<string | null>((last, { session }) => (isAfterToday(session.date, asOf) || (last !== null && session.date <= last) ? last : session.date), null),
  };
}
