import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { nationalAgency, type AdverseEvent } from '../../shared/adverseEvents.ts';
import { sessionWithAmendments } from '../../shared/amendments.ts';
import { todayIso } from '../../shared/dates.ts';
import type { Session } from '../../shared/session.ts';
import { api } from '../api.ts';
import { ErrorBanner } from '../components/ErrorBanner.tsx';
import type { ChartEditor } from '../editor/store.ts';
import { useChart } from '../editor/useChart.ts';
import { errorText } from '../i18n/errorText.ts';
import { useFormat } from '../i18n/locale.ts';
import { announce } from '../status.ts';
import { useLoad } from '../useLoad.ts';
import { AdverseEventDialog } from './AdverseEventDialog.tsx';
import { AdverseEventSummary } from './AdverseEventSummary.tsx';
import { OutcomeBadge } from './OutcomeBadge.tsx';
import './adverseEvents.css';

type Props = {
  /** The session as the page last read it (signed, amended): events may be added whether it is signed or not. */
  session: Session;
  editor: ChartEditor;
  /** Saves what the chart holds before an event names its points (a draft's new points must be stored first). */
  flush: () => Promise<void>;
  /** The clinic's country, for the agency events are reported to. */
  country: string | null | undefined;
};

/**
 * The session's adverse events beside its chart: each with its outcome and next follow-up, to follow
 * up or print as a report of its own; and a new one, whether the session is signed or not (after
 * signing it is a follow-up, not a correction: the signed record stays as it was).
 */
export function AdverseEventsPanel({ session, editor, flush, country }: Props) {
  const { t } = useTranslation(['adverseEvents', 'common']);
  const format = useFormat();
  const events = useLoad(() => api.listAdverseEvents({ sessionId: session.id }), [session.id]);
  const points = useChart(editor, (s) => s.points);
  const selection = useChart(editor, (s) => s.selection);
  const [editing, setEditing] = useState<AdverseEvent | 'new' | null>(null);
  const [error, setError] = useState<unknown>(null);
  const today = todayIso();
  const agency = nationalAgency(country);
  const signed = session.status === 'signed';
  // A point an amendment removed may still be the one an event concerns.
  const pointIds = [...new Set([...points, ...session.points, ...sessionWithAmendments(session).points].map((p) => p.id))];
  const list = events.state === 'ready' ? events.value : [];

  const open = async (target: AdverseEvent | 'new') => {
    await flush().catch(() => undefined);
    setEditing(target);
  };

  const print = async (event: AdverseEvent) => {
    setError(null);
    try {
      const outcome = await api.exportAdverseEventPdf({ adverseEventId: event.id, open: true });
      if (outcome.saved) announce(t('panel.reportSaved', { count: outcome.pages }), 'success');
    } catch (e) {
      setError(e);
    }
  };

  return (
    <section className="panel adverse-panel" aria-labelledby="adverse-events-title" data-testid="adverse-events">
      <div className="panel__header">
        <h2 className="panel__title" id="adverse-events-title">
          {t('panel.title')}
          {list.length > 0 ? <span className="count">{format.integer(list.length)}</span> : null}
        </h2>
        <div className="panel__actions">
          <button type="button" className="button button--small" onClick={() => void open('new')}>
            {t('panel.add')}
          </button>
        </div>
      </div>
      {signed ? <p className="muted adverse-panel__intro">{t('panel.afterSigning')}</p> : null}
      {events.state === 'error' ? <ErrorBanner title={t('panel.loadFailed')} message={errorText(t, events.error)} onRetry={events.reload} /> : null}
      {error ? <ErrorBanner title={t('panel.printFailed')} message={errorText(t, error)} /> : null}
      {events.state === 'ready' && list.length === 0 ? <p className="muted">{t('panel.none')}</p> : null}
      {list.length > 0 ? (
        <ul className="adverse-list">
          {list.map((e) => (
            <li key={e.id} className="adverse-item" data-testid="adverse-event">
              <AdverseEventSummary event={e} today={today} />
              <OutcomeBadge outcome={e.outcome} />
              <div className="adverse-item__actions">
                <button type="button" className="button button--small" onClick={() => void open(e)}>
                  {t('panel.followUpAction')}
                </button>
                <button type="button" className="button button--small button--ghost" onClick={() => void print(e)}>
                  {t('panel.printReport')}
                </button>
              </div>
            </li>
          ))}
        </ul>
      ) : null}
      {editing ? (
        <AdverseEventDialog
          session={sessionWithAmendments(session)}
          points={points}
          pointIds={pointIds}
          event={editing === 'new' ? undefined : editing}
          selected={editing === 'new' ? selection : []}
          agency={agency}
          today={today}
          onClose={() => setEditing(null)}
          onSaved={() => {
            setEditing(null);
            announce(editing === 'new' ? t('panel.added') : t('panel.updated'), 'success');
            events.reload();
          }}
        />
      ) : null}
    </section>
  );
}
