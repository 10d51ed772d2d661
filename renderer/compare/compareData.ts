import { sessionWithAmendments } from '../../shared/amendments.ts';
import type { Course } from '../../shared/course.ts';
import type { CourseTimeline } from '../../shared/courseSchedule.ts';
import type { DepthRange } from '../../shared/depth.ts';
import type { Patient } from '../../shared/patient.ts';
import type { Session, SessionSummary } from '../../shared/session.ts';
import { chronological, type SessionDiff } from '../../shared/sessionDiff.ts';
import { api } from '../api.ts';

/** Everything the compare view shows, loaded in parallel where it can be. Sessions are as corrected by their amendments. */
export type CompareData = {
  patient: Patient;
  depthRange: DepthRange;
  /** The sessions chosen (2–4), oldest first; for a course opened on its own, its last four. */
  selected: Session[];
  /** The diff of the chosen sessions, when there are 2–4. */
  diff: SessionDiff | null;
  course: { course: Course; timeline: CourseTimeline } | null;
  /** Every session of the course, oldest first (empty without a course). */
  courseSessions: Session[];
  /** The diff of the course's last four sessions, when it has two or more. */
  courseDiff: SessionDiff | null;
};

/** The region diff of 2–4 sessions: computed in one place, the compareSessions channel. */
function regionDiff(ids: readonly string[]): Promise<SessionDiff | null> {
  return ids.length >= 2 && ids.length <= 4 ? api.compareSessions({ sessionIds: [...ids] }) : Promise.resolve(null);
}

/** The course every chosen session belongs to, if they share one. */
export function commonCourse(chosen: readonly Pick<SessionSummary, 'courseId'>[]): string | null {
  const first = chosen[0]?.courseId ?? null;
  return first !== null && chosen.every((s) => s.courseId === first) ? first : null;
}

export async function loadCompare(patientId: string, sessionIds: readonly string[], courseId: string | null): Promise<CompareData> {
  const [patient, settings, summaries] = await Promise.all([api.getPatient({ id: patientId }), api.getSettings({}), api.listSessions({ patientId })]);
  const chosen = summaries.filter((s) => sessionIds.includes(s.id));
  const theCourse = courseId ?? commonCourse(chosen);
  const inCourse = theCourse ? chronological(summaries.filter((s) => s.courseId === theCourse)) : [];
  const selectedIds = sessionIds.length > 0 ? [...sessionIds] : inCourse.slice(-4).map((s) => s.id);
  const ids = [...new Set([...selectedIds, ...inCourse.map((s) => s.id)])];
  // The course's last four, in the order the sessions are shown (amendments change no date or time).
  const lastFour = inCourse.slice(-4).map((s) => s.id);
  const chosenDiff = regionDiff(selectedIds);
  const [sessions, course, diff, courseDiff] = await Promise.all([
    Promise.all(ids.map((id) => api.getSession({ id }).then(sessionWithAmendments))),
    theCourse ? api.getCourseTimeline({ courseId: theCourse }) : Promise.resolve(null),
    chosenDiff,
    lastFour.join() === selectedIds.join() ? chosenDiff : regionDiff(lastFour),
  ]);
  const byId = new Map(sessions.map((s) => [s.id, s]));
  const pick = (list: readonly string[]) => list.map((id) => byId.get(id)).filter((s): s is Session => s !== undefined);
  return {
    patient,
    depthRange: settings.depthRange,
    selected: chronological(pick(selectedIds)),
    diff,
    course,
    courseSessions: chronological(pick(inCourse.map((s) => s.id))),
    courseDiff,
  };
}
