import { useTranslation } from 'react-i18next';
import { indicationLabel } from '../../shared/indications.ts';
import { SessionConsentPhotos } from '../photos/SessionConsentPhotos.tsx';
import type { Session } from '../../shared/session.ts';
import { api } from '../api.ts';
import { Badge } from '../components/Badge.tsx';
import { Loading } from '../components/Loading.tsx';
import { ScreenHeading } from '../components/ScreenHeading.tsx';
import { ScreenLoadFailed } from '../components/ScreenLoadFailed.tsx';
import { useFormat } from '../i18n/locale.ts';
import { navigate, rememberSessionLabel } from '../navigation.ts';
import { useLoad } from '../useLoad.ts';
import { errorText } from '../i18n/errorText.ts';
import type { Settings } from '../../shared/settings.ts';
import { useChartEditor } from '../editor/useChartEditor.ts';
import { Inspector } from '../map/Inspector.tsx';
import { MapCanvas } from '../map/MapCanvas.tsx';
import { sessionLabel } from './sessionFormState.ts';
import { SessionWorkflow } from './SessionWorkflow.tsx';
import { useEffect, useState } from 'react';
import { useChart } from '../editor/useChart.ts';
import { sessionOfCourseLabel } from '../../shared/courseSchedule.ts';
import { RecordExport } from '../records/RecordExport.tsx';
import { AdverseEventsPanel } from '../adverseEvents/AdverseEventsPanel.tsx';

/**
 * A session as stored, read back from the main process, with its chart: the map editor on the left,
 * filling the window's height; on the right the session's status with its Sign / Amend button, always
 * in sight, above a column that scrolls on its own (the inspector of the selected points, the session
 * form with the cocktail and the pain scores near its top, protocols; then photos and adverse events).
 * A signed session shows its chart read-only.
 */
export function SessionPage({ patientId, sessionId }: { patientId: string; sessionId: string }) {
  const { t, i18n } = useTranslation(['sessions']);
  const format = useFormat();
  const loaded = useLoad(async () => {
    const [s, settings] = await Promise.all([api.getSession({ id: sessionId }), api.getSettings({})]);
    rememberSessionLabel(s.id, sessionLabel(t, format, s));
    // The course's planned count, for "session 3 of 10" (the page opens without it if it cannot be read).
    const planned = s.courseId ? await api.getCourseTimeline({ courseId: s.courseId }).then((c) => c.course.plannedSessions, () => null) : null;
    return { ...s, settings, planned };
  }, [sessionId]);
  if (loaded.state === 'loading') return <Loading what={t('page.loading')} />;
  if (loaded.state === 'error') {
    return (
      <ScreenLoadFailed
        heading={t('page.title')}
        title={t('page.openFailed')}
        message={errorText(i18n.t, loaded.error)}
        onRetry={loaded.reload}
        back={{ label: t('page.backToPatient'), onClick: () => navigate({ name: 'patient', patientId }) }}
      />
    );
  }
  const { settings, planned, ...s } = loaded.value;
  return <SessionView key={s.id} session={s} settings={settings} planned={planned} />;
}

function SessionView({ session: s, settings, planned }: { session: Session; settings: Settings; planned: number | null }) {
  const { t } = useTranslation(['sessions', 'clinical']);
  const format = useFormat();
  const { editor, autosave } = useChartEditor(s, settings, (input) => api.saveSession(input));
  // The record as the workflow last saw it (signed, amended, acknowledged): the badge follows it.
  const [record, setRecord] = useState(s);
  const signed = record.status === 'signed';
  // The heading and the breadcrumb follow the date and time as edited, at once (issue 12), not as loaded.
  const date = useChart(editor, (state) => state.fields.date);
  const time = useChart(editor, (state) => state.fields.time);
  useEffect(() => rememberSessionLabel(s.id, sessionLabel(t, format, { date, time })), [s.id, date, time, t, format]);
  return (
    <div className="screen screen--session">
      <div className="screen-header">
        <div>
          <ScreenHeading className="screen-title--with-badge">
            {t('page.heading', { date: format.date(date), time: format.time(time) })}{' '}
            <Badge tone={signed ? 'success' : 'draft'}>{signed ? t('page.signed') : t('page.draft')}</Badge>
          </ScreenHeading>
          <p className="screen-subtitle">
            {indicationLabel(t, s.indication)} · {s.practitioner}
            {s.numberInCourse !== null ? ` · ${planned !== null ? sessionOfCourseLabel(t, s.numberInCourse, planned) : t('page.numberInCourse', { number: s.numberInCourse })}` : ''}
          </p>
        </div>
        <div className="screen-header__actions">
          <RecordExport target={{ kind: 'session', sessionId: s.id }} />
        </div>
      </div>

      <div className="chart-layout">
        <section className="chart-layout__map" aria-label={t('page.chart')}>
          <MapCanvas editor={editor} autosave={autosave} />
        </section>

        <div className="chart-layout__side">
          <SessionWorkflow
            session={s}
            editor={editor}
            autosave={autosave}
            onSessionChange={setRecord}
            inspector={<Inspector editor={editor} />}
            // Under the form: the cocktail and the pain scores come first beside the map (1366 × 768 without a long scroll).
            after={<><SessionConsentPhotos session={record} /><AdverseEventsPanel session={record} editor={editor} flush={() => autosave.flush()} country={settings.country} /></>}
          />
        </div>
      </div>
    </div>
  );
}
