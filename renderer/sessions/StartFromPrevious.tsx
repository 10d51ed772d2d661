import { Trans, useTranslation } from 'react-i18next';
import type { Namespace, TFunction } from 'i18next';
import { useState } from 'react';
import { todayIso } from '../../shared/dates.ts';
import { indicationLabel } from '../../shared/indications.ts';
import type { SessionSummary } from '../../shared/session.ts';
import { api } from '../api.ts';
import { Modal } from '../components/Modal.tsx';
import { SelectField } from '../components/SelectField.tsx';
import type { Formatter } from '../../shared/format/formatter.ts';
import { useFormat } from '../i18n/locale.ts';
import { navigate, rememberSessionLabel } from '../navigation.ts';
import { announce } from '../status.ts';
import { toApiError } from '../useLoad.ts';
import { refusalText } from './fieldDrafts.ts';
import { clockNow, sessionLabel, sortSessionsNewestFirst } from './sessionFormState.ts';

/** "7 Mar 2025, 14:30 · Pain · Knee · 12 points · signed": a session to start from, in a list. */
function sourceLabel(t: TFunction<Namespace>, format: Formatter, s: SessionSummary): string {
  return t('sessions:previous.source', {
    session: sessionLabel(t, format, s),
    indication: indicationLabel(t, s.indication),
    areas: s.treatedAreas.join(', '),
    points: t('sessions:previous.points', { count: s.pointCount }),
    status: s.status === 'signed' ? t('sessions:previous.signed') : t('sessions:previous.draft'),
  });
}

/** What a copy takes over and what it leaves, said where the choice is made. */
export function CopyExplanation({ source }: { source: SessionSummary | undefined }) {
  const { t } = useTranslation(['sessions']);
  return (
    <div className="copy-from__explain">
      <p>{t('previous.takesOver')}</p>
      <ul className="copy-explain">
        <li>{source ? t('previous.itsPointsCount', { count: source.pointCount }) : t('previous.itsPoints')}</li>
        <li>
          <Trans t={t} i18nKey="previous.itsCocktail" components={{ strong: <strong /> }} />
        </li>
        <li>{t('previous.defaults')}</li>
      </ul>
      <p className="field__hint">{t('previous.notCopied')}</p>
    </div>
  );
}

/** The source choice: the patient's sessions, newest first (the latest chosen by default). */
export function SourceField({ id, label, sessions, value, onChange }: { id: string; label: string; sessions: readonly SessionSummary[]; value: string; onChange: (id: string) => void }) {
  const { t } = useTranslation(['sessions', 'clinical']);
  const format = useFormat();
  const options = sortSessionsNewestFirst(sessions).map((s, i) => ({ value: s.id, label: `${sourceLabel(t, format, s)}${i === 0 ? t('previous.latest') : ''}` }));
  return <SelectField id={id} label={label} value={value} onChange={onChange} options={options} />;
}

/**
 * From the patient page: a new draft from a previous session in one step, dated now, by the
 * practitioner of the settings (or of the previous session).
 */
export function StartFromPreviousDialog({ patientId, sessions, onClose }: { patientId: string; sessions: readonly SessionSummary[]; onClose: () => void }) {
  const { t } = useTranslation(['sessions']);
  const format = useFormat();
  const newest = sortSessionsNewestFirst(sessions);
  const [sourceId, setSourceId] = useState(newest[0]?.id ?? '');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const source = newest.find((s) => s.id === sourceId);
  const start = async () => {
    if (!source) return;
    setBusy(true);
    setError(null);
    try {
      const settings = await api.getSettings({});
      const now = new Date();
      const session = await api.createSession({
        patientId,
        courseId: source.courseId,
        date: todayIso(now),
        time: clockNow(now),
        practitioner: settings.practitionerName || source.practitioner,
        copyFromSessionId: source.id,
      });
      rememberSessionLabel(session.id, sessionLabel(t, format, session));
      announce(t('previous.started', { session: sessionLabel(t, format, source) }), 'success');
      navigate({ name: 'session', patientId, sessionId: session.id }, { force: true });
    } catch (caught) {
      const e = toApiError(caught);
      setBusy(false);
      setError(refusalText(t, e));
    }
  };
  return (
    <Modal
      title={t('previous.title')}
      onClose={busy ? null : onClose}
      footer={
        <>
          <button type="button" className="button" onClick={onClose} disabled={busy}>
            {t('previous.cancel')}
          </button>
          <button type="button" className="button button--primary" onClick={start} disabled={busy || !source}>
            {busy ? t('previous.starting') : t('previous.start')}
          </button>
        </>
      }
    >
      <div className="copy-from">
        <SourceField id="copy-source" label={t('previous.previousSession')} sessions={sessions} value={sourceId} onChange={setSourceId} />
        <CopyExplanation source={source} />
        <p className="field__hint">{t('previous.datedNow')}</p>
      </div>
      {error ? (
        <div className="banner banner--error" role="alert">
          <div className="banner__body">
            <p className="banner__title">{t('previous.notStarted')}</p>
            <p className="banner__message">{error}</p>
          </div>
        </div>
      ) : null}
    </Modal>
  );
}
