import type { Namespace, TFunction } from 'i18next';
import type { Course } from '../../shared/course.ts';
import type { Formatter } from '../../shared/format/formatter.ts';
import { indicationLabel } from '../../shared/indications.ts';
import type { SessionSummary } from '../../shared/session.ts';
import { coursePlanLine } from '../courses/courseForm.ts';
import type { SessionFormState } from './sessionFormState.ts';

/**
 * The course a new session is numbered in, chosen on the new-session form. Pure; tested in
 * tests/renderer/sessions/courseChoice.test.ts.
 */

/** The courses a session can still join: not completed, not stopped (as the course panel offers them). */
export function openCourses(courses: readonly Course[]): Course[] {
  return courses.filter((c) => c.status !== 'completed' && c.status !== 'stopped');
}

/** The course chosen at first: the one asked for (the course panel's shortcut) if it is still open, else none (''). */
export function initialCourseId(offered: readonly Pick<Course, 'id'>[], asked: string | undefined): string {
  return asked !== undefined && offered.some((c) => c.id === asked) ? asked : '';
}

/** A copy continues its source's course when that course is still open; otherwise the session is outside any course. */
export function courseOfSource(offered: readonly Pick<Course, 'id'>[], source: Pick<SessionSummary, 'courseId'> | undefined): string {
  const id = source?.courseId ?? null;
  return id !== null && offered.some((c) => c.id === id) ? id : '';
}

/** A session of a course starts with its indication and its area (still changeable). */
export function withCourse(form: SessionFormState, course: Pick<Course, 'indication' | 'area'>): SessionFormState {
  return { ...form, indication: course.indication, areas: [course.area] };
}

/**
 * The diagnosis once another course is chosen: the new course's, unless the practitioner wrote their
 * own (anything but empty or the previous course's, which was only prefilled).
 */
export function diagnosisForCourse(current: string, from: Pick<Course, 'diagnosis'> | undefined, to: Pick<Course, 'diagnosis'> | undefined): string {
  const untouched = current.trim() === '' || current === (from?.diagnosis ?? '');
  return untouched ? (to?.diagnosis ?? '') : current;
}

/** "Pain · Knee · 6 sessions weekly, then monthly maintenance · started 3 Mar 2025": a course in the select. */
export function courseOptionLabel(t: TFunction<Namespace>, format: Formatter, course: Course): string {
  return t('courses:card.planStarted', { plan: `${indicationLabel(t, course.indication)} · ${coursePlanLine(t, course)}`, date: format.date(course.startDate) });
}
