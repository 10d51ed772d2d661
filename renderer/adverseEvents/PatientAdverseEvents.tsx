import { useTranslation } from 'react-i18next';
import { isFollowUpDue, isOpenAdverseEvent } from '../../shared/adverseEvents.ts';
import { todayIso } from '../../shared/dates.ts';
import type { SessionSummary } from '../../shared/session.ts';
import { api } from '../api.ts';
import { ErrorBanner } from '../components/ErrorBanner.tsx';
import { errorText } from '../i18n/errorText.ts';
import { useFormat } from '../i18n/locale.ts';
import { navigate } from '../navigation.ts';
import { useLoad } from '../useLoad.ts';
import { AdverseEventSummary } from './AdverseEventSummary.tsx';
import { OutcomeBadge } from './OutcomeBadge.tsx';
import './adverseEvents.css';

/**
 * On the patient page: the adverse events still open (outcome ongoing) and those whose follow-up is due
 * (its date has come and the event is not resolved), each leading to its session. Nothing is shown when
 * there is nothing to follow up.
 */
export function PatientAdverseEvents({ patientId, sessions }: { patientId: string; sessions: readonly SessionSummary[] }) {
  const { t } = useTranslation(['adverseEvents', 'common']);
  const format = useFormat();
  const events = useLoad(() => api.listAdverseEvents({ patientId }), [patientId]);
  const today = todayIso();
  if (events.state === 'loading') return null;
  if (events.state === 'error') return <ErrorBanner title={t('patient.loadFailed')} message={errorText(t, events.error)} onRetry={events.reload} />;
  const pending = events.value.filter((e) => isOpenAdverseEvent(e) || isFollowUpDue(e, today));
  if (pending.length === 0) return null;
  const sessionDate = new Map(sessions.map((s) => [s.id, s.date]));
  return (
    <section className="panel" aria-labelledby="patient-adverse-title" data-testid="patient-adverse-events">
      <div className="panel__header">
        <h2 className="panel__title" id="patient-adverse-title">
          {t('patient.title')}
          <span className="count">{format.integer(pending.length)}</span>
        </h2>
      </div>
      <ul className="adverse-list">
        {pending.map((e) => {
          const date = sessionDate.get(e.sessionId);
          return (
            <li key={e.id} className="adverse-item" data-testid="patient-adverse-event">
              <AdverseEventSummary event={e} today={today} />
              <OutcomeBadge outcome={e.outcome} />
              <button type="button" className="button button--small" onClick={() => navigate({ name: 'session', patientId, sessionId: e.sessionId })}>
                {date ? t('patient.openSession', { date: format.date(date) }) : t('patient.openSessionUndated')}
              </button>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
