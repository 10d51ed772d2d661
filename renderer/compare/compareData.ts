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
  /** The diff of the chosen sessions (compareSessions), when there are 2–4. */
  diff: SessionDiff | null;
  course: { course: Course; timeline: CourseTimeline } | null;
  /** Every session of the course, oldest first (empty without a course). */
  courseSessions: Session[];
};

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
  const [sessions, course, diff] = await Promise.all([
    Promise.all(ids.map((id) => api.getSession({ id }).then(sessionWithAmendments))),
    theCourse ? api.getCourseTimeline({ courseId: theCourse }) : Promise.resolve(null),
    selectedIds.length >= 2 && selectedIds.length <= 4 ? api.compareSessions({ sessionIds: selectedIds }) : Promise.resolve(null),
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
  };
}
