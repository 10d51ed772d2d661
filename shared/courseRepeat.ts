import type { Course } from './course.ts';
import { addDays } from './courseSchedule.ts';
import type { CourseStatus } from './courseSchedule.ts';

/**
 * When a course suggests repeating its cycle: mesotherapy results fade, and a new cycle is usually
 * offered about six months after the last one (docs/clinical-sources.md, "Indications and course
 * plans"). A course whose cycle is over (completed, or past its planned sessions into maintenance) whose
 * last session is about six months old suggests it, unless a later course for the same indication has
 * started since. A stopped course never does: it was ended on purpose. Pure; dates are YYYY-MM-DD.
 */

/** About six months, in days. */
export const REPEAT_AFTER_DAYS = 182;
/** "About": the suggestion shows from two weeks before the six months. */
export const REPEAT_NOTICE_DAYS = 14;

export type RepeatSuggestion = {
  /** The date six months after the last session: when a new cycle is due. */
  dueDate: string;
  /** The session the six months count from. */
  lastSessionDate: string;
};

export function repeatCycleSuggestion(
  course: Pick<Course, 'id' | 'indication'>,
  timeline: { status: CourseStatus; lastSessionDate: string | null },
  patientCourses: readonly Pick<Course, 'id' | 'indication' | 'startDate'>[],
  today: string,
): RepeatSuggestion | null {
  if (timeline.status !== 'completed' && timeline.status !== 'maintenance') return null;
  const last = timeline.lastSessionDate;
  if (last === null) return null;
  const dueDate = addDays(last, REPEAT_AFTER_DAYS);
  if (today < addDays(dueDate, -REPEAT_NOTICE_DAYS)) return null;
  const repeated = patientCourses.some((c) => c.id !== course.id && c.indication === course.indication && c.startDate > last);
  return repeated ? null : { dueDate, lastSessionDate: last };
}
