import { useTranslation } from 'react-i18next';
import type { Namespace, TFunction } from 'i18next';
import { useState } from 'react';
import { todayIso } from '../../shared/dates.ts';
import { indicationLabel } from '../../shared/indications.ts';
import type { SessionSummary } from '../../shared/session.ts';
import { api } from '../api.ts';
import { Modal } from '../components/Modal.tsx';
import { clockNow, plural } from '../format.ts';
import { navigate, rememberSessionLabel } from '../navigation.ts';
import { announce } from '../status.ts';
import { toApiError } from '../useLoad.ts';
import { refusalText } from './fieldDrafts.ts';
import { sessionLabel, sortSessionsNewestFirst } from './sessionFormState.ts';

/** "7 Mar 2025, 14:30 · Pain · Knee · 12 points · signed": a session to start from, in a list. */
export function sourceLabel(t: TFunction<Namespace>, s: SessionSummary): string {
  return `${sessionLabel(s)} · ${indicationLabel(t, s.indication)} · ${s.treatedAreas.join(', ')} · ${plural(s.pointCount, 'point')} · ${s.status === 'signed' ? 'signed' : 'draft'}`;
}

/** What a copy takes over and what it leaves, said where the choice is made. */
export function CopyExplanation({ source }: { source: SessionSummary | undefined }) {
  return (
    <div className="copy-from__explain">
      <p>The new draft takes over from that session:</p>
      <ul className="copy-explain">
        <li>its injection points{source ? ` (${source.pointCount})` : ''}, with depth, needle, technique and volume;</li>
        <li>
          its cocktail <strong>without lot numbers and expiry dates</strong>;
        </li>
        <li>the needle, technique and injector defaults, the indication and the treated areas.</li>
      </ul>
      <p className="field__hint">
        Not copied: VAS, side effects, aftercare and notes. Enter each product’s lot and expiry anew from the vials used today; the cocktail flags every lot still missing.
      </p>
    </div>
  );
}

/** The source choice: the patient's sessions, newest first (the latest chosen by default). */
export function SourceSelect({ id, sessions, value, onChange }: { id: string; sessions: readonly SessionSummary[]; value: string; onChange: (id: string) => void }) {
  const { t } = useTranslation(['clinical']);
  return (
    <select id={id} className="input select" value={value} onChange={(e) => onChange(e.target.value)}>
      {sortSessionsNewestFirst(sessions).map((s, i) => (
        <option key={s.id} value={s.id}>
          {sourceLabel(t, s)}
          {i === 0 ? ' (latest)' : ''}
        </option>
      ))}
    </select>
  );
}

/**
 * From the patient page: a new draft from a previous session in one step, dated now, by the
 * practitioner of the settings (or of the previous session).
 */
export function StartFromPreviousDialog({ patientId, sessions, onClose }: { patientId: string; sessions: readonly SessionSummary[]; onClose: () => void }) {
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
      rememberSessionLabel(session.id, sessionLabel(session));
      announce(`Draft started from the session of ${sessionLabel(source)}`, 'success');
      navigate({ name: 'session', patientId, sessionId: session.id }, { force: true });
    } catch (caught) {
      const e = toApiError(caught);
      setBusy(false);
      setError(refusalText(e.field, e.message));
    }
  };
  return (
    <Modal
      title="Start from a previous session"
      onClose={busy ? null : onClose}
      footer={
        <>
          <button type="button" className="button" onClick={onClose} disabled={busy}>
            Cancel
          </button>
          <button type="button" className="button button--primary" onClick={start} disabled={busy || !source}>
            {busy ? 'Starting…' : 'Start draft session'}
          </button>
        </>
      }
    >
      <div className="copy-from">
        <div className="field">
          <label className="field__label" htmlFor="copy-source">
            Previous session
          </label>
          <SourceSelect id="copy-source" sessions={sessions} value={sourceId} onChange={setSourceId} />
        </div>
        <CopyExplanation source={source} />
        <p className="field__hint">The draft is dated now; change the date and time in the session form if needed.</p>
      </div>
      {error ? (
        <div className="banner banner--error" role="alert">
          <div className="banner__body">
            <p className="banner__title">The session was not started</p>
            <p className="banner__message">{error}</p>
          </div>
        </div>
      ) : null}
    </Modal>
  );
}
