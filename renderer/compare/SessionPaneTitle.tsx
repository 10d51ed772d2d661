import { useTranslation } from 'react-i18next';
import type { Course } from '../../shared/course.ts';
import { sessionOfCourseLabel } from '../../shared/courseSchedule.ts';
import type { MapViewId } from '../../shared/mapViews.ts';
import type { Session } from '../../shared/session.ts';
import { Badge } from '../components/Badge.tsx';
import { useFormat } from '../i18n/locale.ts';

/** The points of a session on one view. */
export function pointsOnView(s: Session, view: MapViewId): number {
  return s.points.filter((p) => p.view === view).length;
}

/** A session's pane title: its tag, date, place in the course, points on the view shown, and Draft. */
export function SessionPaneTitle({ session: s, tag, view, course }: { session: Session; tag: string | undefined; view: MapViewId; course: Course | null }) {
  const { t } = useTranslation(['compare', 'clinical', 'courses']);
  const format = useFormat();
  return (
    <>
      <span className="compare-pane__tag">{tag}</span>
      <span className="compare-pane__date">{format.date(s.date)}</span>
      {s.numberInCourse !== null && course && s.courseId === course.id ? <span className="compare-pane__sub">{sessionOfCourseLabel(t, s.numberInCourse, course.plannedSessions)}</span> : null}
      <span className="compare-pane__count">{t('pointsShort', { count: pointsOnView(s, view) })}</span>
      {s.status === 'draft' ? <Badge tone="draft">{t('pane.draft')}</Badge> : null}
    </>
  );
}
