import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Course } from '../../shared/course.ts';
import { repeatCycleSuggestion } from '../../shared/courseRepeat.ts';
import type { CourseSlot, CourseTimeline } from '../../shared/courseSchedule.ts';
import { todayIso } from '../../shared/dates.ts';
import { indicationLabel } from '../../shared/indications.ts';
import type { SessionSummary } from '../../shared/session.ts';
import { api } from '../api.ts';
import { Badge } from '../components/Badge.tsx';
import { ErrorBanner } from '../components/ErrorBanner.tsx';
import { Loading } from '../components/Loading.tsx';
import { errorText } from '../i18n/errorText.ts';
import { useFormat } from '../i18n/locale.ts';
import { navigate, rememberSessionLabel } from '../navigation.ts';
import { RecordExport } from '../records/RecordExport.tsx';
import { sessionLabel } from '../sessions/sessionFormState.ts';
import { announce } from '../status.ts';
import { useLoad } from '../useLoad.ts';
import { coursePlanLine, courseStatusLabel, courseStatusTone, progressLine, slotDescription, slotLabel, slotStateLabel } from './courseForm.ts';
import { PlanCourseDialog } from './PlanCourseDialog.tsx';
import './courses.css';

type Loaded = { course: Course; timeline: CourseTimeline }[];

/**
 * The patient's courses: each with its plan, its timeline of sessions (done, due, overdue, planned,
 * then maintenance), the next due date, and what to do next (a new session numbered in the course, the
 * course view, the course record as PDF). "Plan a course…" creates one.
 */
export function CoursesPanel({ patientId, sessions, archived, onChanged }: { patientId: string; sessions: readonly SessionSummary[]; archived: boolean; onChanged?: () => void }) {
  const courses = useLoad<Loaded>(async () => {
    const list = await api.listCourses({ patientId });
    return Promise.all(list.map((c) => api.getCourseTimeline({ courseId: c.id })));
  }, [patientId, sessions.length]);
  const [planning, setPlanning] = useState(false);
  const { t } = useTranslation(['courses', 'clinical', 'common']);

  return (
    <section className="panel" aria-labelledby="courses-title">
      <div className="panel__header">
        <h2 className="panel__title" id="courses-title">
          {t('panel.title')}
          {courses.state === 'ready' && courses.value.length > 0 ? <span className="count">{courses.value.length}</span> : null}
        </h2>
        <div className="panel__actions">
          <button type="button" className="button" onClick={() => setPlanning(true)} disabled={archived} title={archived ? t('panel.planDisabled') : undefined}>
            {t('panel.plan')}
          </button>
        </div>
      </div>
      {courses.state === 'loading' ? <Loading text={t('panel.loading')} /> : null}
      {courses.state === 'error' ? <ErrorBanner title={t('panel.loadError')} message={errorText(t, courses.error)} onRetry={courses.reload} /> : null}
      {courses.state === 'ready' && courses.value.length === 0 ? (
        <p className="muted">{t('panel.empty')}</p>
      ) : null}
      {courses.state === 'ready' && courses.value.length > 0 ? (
        <div className="courses">
          {courses.value.map(({ course, timeline }) => (
            <CourseCard key={course.id} patientId={patientId} course={course} timeline={timeline} sessions={sessions} archived={archived} patientCourses={courses.value.map((c) => c.course)} />
          ))}
          <TimelineKey />
        </div>
      ) : null}
      {planning ? (
        <PlanCourseDialog
          patientId={patientId}
          onClose={() => setPlanning(false)}
          onCreated={(course) => {
            setPlanning(false);
            announce(t('panel.planned', { indication: indicationLabel(t, course.indication), area: course.area }), 'success');
            courses.reload();
            onChanged?.();
          }}
        />
      ) : null}
    </section>
  );
}

function CourseCard({
  patientId,
  course,
  timeline,
  sessions,
  archived,
  patientCourses,
}: {
  patientId: string;
  course: Course;
  timeline: CourseTimeline;
  sessions: readonly SessionSummary[];
  archived: boolean;
  patientCourses: readonly Course[];
}) {
  const { t } = useTranslation(['courses', 'clinical', 'common']);
  const format = useFormat();
  const closed = timeline.status === 'completed' || timeline.status === 'stopped';
  const titleId = `course-${course.id}`;
  const open = (slot: CourseSlot) => {
    if (!slot.session) return;
    const summary = sessions.find((s) => s.id === slot.session?.id);
    if (summary) rememberSessionLabel(summary.id, sessionLabel(t, format, summary));
    navigate({ name: 'session', patientId, sessionId: slot.session.id });
  };
  const firstMaintenance = timeline.slots.findIndex((s) => s.phase === 'maintenance');
  const next = timeline.nextNumber !== null ? timeline.slots.find((s) => s.number === timeline.nextNumber) : null;
  const repeat = repeatCycleSuggestion(course, timeline, patientCourses, todayIso());
  return (
    <article className={`card course-card${closed ? ' course-card--closed' : ''}`} aria-labelledby={titleId} data-testid="course-card">
      <div className="course-card__head">
        <div>
          <h3 className="course-card__title" id={titleId}>
            {indicationLabel(t, course.indication)} · {course.area}
            <Badge tone={courseStatusTone(timeline.status)}>{courseStatusLabel(t, timeline.status)}</Badge>
          </h3>
          <p className="course-card__plan">
            {t('card.planStarted', { plan: coursePlanLine(t, course, false), date: format.date(course.startDate) })}
          </p>
        </div>
        <div className="course-card__actions">
          {!closed ? (
            <button
              type="button"
              className="button button--primary"
              disabled={archived}
              onClick={() => navigate({ name: 'new-session', patientId, courseId: course.id })}
            >
              {timeline.nextNumber !== null ? t('card.newSession', { number: timeline.nextNumber }) : t('card.newSessionUnnumbered')}
            </button>
          ) : null}
          <button type="button" className="button" disabled={timeline.held === 0} onClick={() => navigate({ name: 'compare', patientId, sessionIds: [], courseId: course.id, mode: 'course' })}>
            {t('card.courseView')}
          </button>
          {timeline.held > 0 ? <RecordExport target={{ kind: 'course', courseId: course.id }} label={t('card.exportPdf')} /> : null}
        </div>
      </div>
      <dl className="course-card__facts">
        <div>
          <dt>{t('card.progress')}</dt>
          <dd>{progressLine(t, timeline)}</dd>
        </div>
        {next ? (
          <div className={next.state === 'overdue' ? 'course-card__fact--overdue' : undefined}>
            <dt>{t('card.nextDue')}</dt>
            <dd>{t(next.state === 'overdue' ? 'card.nextDueOverdue' : next.state === 'due' ? 'card.nextDueToday' : 'card.nextDueValue', { date: format.date(next.dueDate), slot: slotLabel(t, next, timeline.plannedSessions) })}</dd>
          </div>
        ) : null}
        {timeline.lastSessionDate ? (
          <div>
            <dt>{t('card.lastSession')}</dt>
            <dd>{format.date(timeline.lastSessionDate)}</dd>
          </div>
        ) : null}
        {repeat ? (
          <div className="course-card__fact--repeat" data-testid="repeat-cycle">
            <dt>{t('card.repeatCycle')}</dt>
            <dd>{t('card.repeatCycleValue', { date: format.date(repeat.dueDate), last: format.date(repeat.lastSessionDate) })}</dd>
          </div>
        ) : null}
      </dl>
      <ol className="timeline" aria-label={t('card.timeline', { progress: progressLine(t, timeline) })}>
        {timeline.slots.map((slot, i) => {
          const cls = `timeline__slot timeline__slot--${slot.state} timeline__slot--${slot.phase}${slot.session?.status === 'draft' ? ' timeline__slot--draft' : ''}`;
          const text = slotDescription(t, slot, timeline.plannedSessions, format);
          return (
            <li key={slot.number} className={cls} data-state={slot.state} style={i === firstMaintenance && i > 0 ? { marginLeft: 14 } : undefined}>
              {slot.session ? (
                <button type="button" className="timeline__chip" onClick={() => open(slot)} aria-label={t('card.openSlot', { slot: text })} title={text}>
                  {slot.number}
                </button>
              ) : (
                <span className="timeline__chip" role="img" aria-label={text} title={text}>
                  {slot.number}
                </span>
              )}
              <span className="timeline__date" aria-hidden="true">
                {format.dayMonth(slot.dueDate)}
              </span>
            </li>
          );
        })}
      </ol>
    </article>
  );
}

function TimelineKey() {
  const { t } = useTranslation('courses');
  const states: CourseSlot['state'][] = ['done', 'due', 'overdue', 'upcoming'];
  return (
    <ul className="timeline-key" aria-label={t('key.title')}>
      {states.map((s) => (
        <li key={s} className={`timeline__slot--${s}`}>
          <span className="timeline__chip" aria-hidden="true" />
          {slotStateLabel(t, s)}
        </li>
      ))}
      <li className="timeline__slot--done timeline__slot--draft">
        <span className="timeline__chip" aria-hidden="true" />
        {t('key.heldDraft')}
      </li>
      <li className="timeline__slot--upcoming timeline__slot--maintenance">
        <span className="timeline__chip" aria-hidden="true" />
        {t('key.maintenance')}
      </li>
    </ul>
  );
}
