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
import { CourseConsentGate } from '../consent/CourseConsentGate.tsx';
import type { Patient } from '../../shared/patient.ts';
import { useLoad } from '../useLoad.ts';
import type { FieldError } from '../patients/patientFormState.ts';
import { ScreeningConfirmation } from './ScreeningConfirmation.tsx';
import { startScreeningConfirmation, toScreeningConfirmation, type ScreeningConfirmationState } from './screeningConfirmation.ts';
import { clockNow, sessionLabel, sortSessionsNewestFirst } from './sessionFormState.ts';
import { PractitionerSelect, useUnlockedPractitionerId } from './PractitionerSelect.tsx';

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
 * unlocked practitioner (or another practitioner profile chosen here). The screening is re-confirmed (or
 * updated) here as on the new-session form, and a missing consent meets the same gate.
 */
export function StartFromPreviousDialog({ patientId, sessions, onClose }: { patientId: string; sessions: readonly SessionSummary[]; onClose: () => void }) {
  const patient = useLoad(() => api.getPatient({ id: patientId }), [patientId]);
  if (patient.state !== 'ready') return null;
  return <StartFromPreviousBody patient={patient.value} sessions={sessions} onClose={onClose} />;
}

function StartFromPreviousBody({ patient, sessions, onClose }: { patient: Patient; sessions: readonly SessionSummary[]; onClose: () => void }) {
  const { t } = useTranslation(['sessions']);
  const patientId = patient.id;
  const [screening, setScreening] = useState<ScreeningConfirmationState>(() => startScreeningConfirmation(patient));
  const [screeningError, setScreeningError] = useState<FieldError | null>(null);
  const [consentOverride, setConsentOverride] = useState('');
  const format = useFormat();
  const newest = sortSessionsNewestFirst(sessions);
  const [sourceId, setSourceId] = useState(newest[0]?.id ?? '');
  const unlocked = useUnlockedPractitionerId();
  const [practitionerId, setPractitionerId] = useState(unlocked);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const source = newest.find((s) => s.id === sourceId);
  const start = async () => {
    if (!source) return;
    const confirmed = toScreeningConfirmation(screening, t);
    if (!confirmed.ok) {
      setScreeningError(confirmed.error);
      return;
    }
    setScreeningError(null);
    setBusy(true);
    setError(null);
    try {
      const now = new Date();
      const session = await api.createSession({
        patientId,
        courseId: source.courseId,
        date: todayIso(now),
        time: clockNow(now),
        ...(practitionerId ? { practitionerId } : {}),
        copyFromSessionId: source.id,
        screening: confirmed.value,
        ...(consentOverride.trim() ? { consentOverride: consentOverride.trim() } : {}),
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
      size="wide"
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
        <PractitionerSelect id="copy-practitioner" value={practitionerId} onChange={setPractitionerId} />
        <CopyExplanation source={source} />
        <p className="field__hint">{t('previous.datedNow')}</p>
      </div>
      {source ? <CourseConsentGate key={source.indication} patientId={patientId} indication={source.indication} date={todayIso()} onOverride={setConsentOverride} /> : null}
      <ScreeningConfirmation
        patient={patient}
        state={screening}
        onChange={(update) => setScreening(update)}
        errorFor={(path) => (screeningError && screeningError.field === path ? (screeningError.fieldMessage ?? screeningError.message) : null)}
      />
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
