import { useTranslation } from 'react-i18next';
import { useState } from 'react';
import { ConsentPanel } from '../consent/ConsentPanel.tsx';
import { PhotoPanel } from '../photos/PhotoPanel.tsx';
import { CONTRAINDICATIONS, contraindicationLabel, positiveContraindications } from '../../shared/contraindications.ts';
import { todayIso } from '../../shared/dates.ts';
import { indicationLabel } from '../../shared/indications.ts';
import { patientDisplayName, type Patient } from '../../shared/patient.ts';
import type { SessionSummary } from '../../shared/session.ts';
import { api } from '../api.ts';
import { Badge } from '../components/Badge.tsx';
import { EmptyState } from '../components/EmptyState.tsx';
import { ErrorBanner } from '../components/ErrorBanner.tsx';
import { Loading } from '../components/Loading.tsx';
import { ScreenHeading } from '../components/ScreenHeading.tsx';
import { formatAge, formatDate } from '../format.ts';
import { navigate, rememberPatientName, rememberSessionLabel } from '../navigation.ts';
import { sessionLabel, sortSessionsNewestFirst } from '../sessions/sessionFormState.ts';
import { StartFromPreviousDialog } from '../sessions/StartFromPrevious.tsx';
import { announce } from '../status.ts';
import { toApiError, useLoad } from '../useLoad.ts';
import { useExportPatient } from './PatientTransfer.tsx';
import { SEX_LABELS } from './patientFormState.ts';
import { CoursesPanel } from '../courses/CoursesPanel.tsx';
import { CompareBar, PickCell, togglePick } from '../compare/ComparePicker.tsx';

/** One patient: who they are, what must be known before treating, and their sessions. */
export function PatientPage({ patientId }: { patientId: string }) {
  const patient = useLoad(async () => {
    const p = await api.getPatient({ id: patientId });
    rememberPatientName(p.id, patientDisplayName(p));
    return p;
  }, [patientId]);
  const sessions = useLoad(() => api.listSessions({ patientId }), [patientId]);
  const [copying, setCopying] = useState(false);
  const [picked, setPicked] = useState<string[]>([]);

  if (patient.state === 'loading') return <Loading what="the patient" />;
  if (patient.state === 'error') {
    return (
      <div className="screen">
        <ScreenHeading>Patient</ScreenHeading>
        <ErrorBanner title="The patient could not be opened" message={patient.error.message} onRetry={patient.reload} autoFocus />
      </div>
    );
  }
  return (
    <div className="screen screen--patient">
      <PatientHeader patient={patient.value} onChanged={patient.reload} />
      <ConsentPanel patient={patient.value} />
      {sessions.state === 'ready' ? <CoursesPanel patientId={patientId} sessions={sessions.value} archived={patient.value.archived} /> : null}
      <section className="panel" aria-labelledby="sessions-title">
        <div className="panel__header">
          <h2 className="panel__title" id="sessions-title">
            Sessions
            {sessions.state === 'ready' && sessions.value.length > 0 ? <span className="count">{sessions.value.length}</span> : null}
          </h2>
          <div className="panel__actions">
          {sessions.state === 'ready' && sessions.value.length > 0 && !patient.value.archived ? (
            <button type="button" className="button" onClick={() => setCopying(true)}>
              Start from previous session…
            </button>
          ) : null}
          <button
            type="button"
            className="button button--primary"
            onClick={() => navigate({ name: 'new-session', patientId })}
            disabled={patient.value.archived}
            title={patient.value.archived ? 'Restore the patient to start a session' : undefined}
          >
            <span aria-hidden="true" className="button__icon">
              +
            </span>
            New session
          </button>
          </div>
        </div>
        {copying && sessions.state === 'ready' ? <StartFromPreviousDialog patientId={patientId} sessions={sessions.value} onClose={() => setCopying(false)} /> : null}
        {sessions.state === 'loading' ? <Loading what="sessions" /> : null}
        {sessions.state === 'error' ? (
          <ErrorBanner title="The sessions could not be loaded" message={sessions.error.message} onRetry={sessions.reload} />
        ) : null}
        {sessions.state === 'ready' && sessions.value.length >= 2 ? <CompareBar patientId={patientId} sessions={sessions.value} picked={picked} onClear={() => setPicked([])} /> : null}
        {sessions.state === 'ready' ? (
          <SessionTable patientId={patientId} sessions={sessions.value} archived={patient.value.archived} picked={picked} onPick={(id) => setPicked((p) => togglePick(p, id))} />
        ) : null}
      </section>
      <PhotoPanel patientId={patientId} />
    </div>
  );
}

function PatientHeader({ patient, onChanged }: { patient: Patient; onChanged: () => void }) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const exporter = useExportPatient(patient.id);
  const name = patientDisplayName(patient);
  const positives = positiveContraindications(patient.screening);

  const toggleArchived = async () => {
    const archiving = !patient.archived;
    setBusy(true);
    try {
      await api.setPatientArchived({ id: patient.id, archived: archiving });
      announce(archiving ? `Archived ${name}` : `Restored ${name}`, 'success');
      setError(null);
      onChanged();
    } catch (e) {
      setError(toApiError(e).message);
    } finally {
      setBusy(false);
    }
  };

  const contact = [patient.phone, patient.email].filter(Boolean);
  return (
    <section className="patient-header" aria-labelledby="patient-name">
      {patient.archived ? (
        <div className="banner banner--muted">
          <p className="banner__message">
            <strong>Archived patient.</strong> Hidden from the patient list and its records kept; restore the patient to start new sessions.
          </p>
        </div>
      ) : null}
      {error ? <ErrorBanner title={patient.archived ? 'The patient was not restored' : 'The patient was not archived'} message={error} /> : null}
      <div className="patient-header__top">
        <div>
          <ScreenHeading id="patient-name">{name}</ScreenHeading>
          <p className="patient-header__meta">
            <span>
              Born {formatDate(patient.dateOfBirth)} ({formatAge(patient.dateOfBirth, todayIso())})
            </span>
            <span>{SEX_LABELS[patient.sex]}</span>
            {contact.map((c) => (
              <span key={c}>{c}</span>
            ))}
          </p>
        </div>
        <div className="patient-header__actions">
          <button type="button" className="button" onClick={() => navigate({ name: 'patient-form', patientId: patient.id })}>
            Edit patient
          </button>
          {exporter.button}
          <button type="button" className="button button--ghost" onClick={toggleArchived} disabled={busy}>
            {patient.archived ? 'Restore' : 'Archive'}
          </button>
        </div>
      </div>
      {exporter.status}

      <div className="patient-header__facts">
        <div className={`fact${patient.allergies ? ' fact--warning' : ''}`}>
          <h2 className="fact__title">Allergies</h2>
          <p className="fact__body">{patient.allergies || <span className="muted">None recorded</span>}</p>
        </div>
        <ScreeningSummary patient={patient} positives={positives} />
      </div>
      {patient.notes ? (
        <div className="patient-header__notes">
          <h2 className="fact__title">Notes</h2>
          <p className="fact__body prewrap">{patient.notes}</p>
        </div>
      ) : null}
    </section>
  );
}

function ScreeningSummary({ patient, positives }: { patient: Patient; positives: string[] }) {
  const { t } = useTranslation(['clinical']);
  const screening = patient.screening;
  if (!screening) {
    return (
      <div className="fact fact--warning" role="note">
        <h2 className="fact__title">
          <span aria-hidden="true">⚠ </span>Contraindications: not screened
        </h2>
        <p className="fact__body">
          Screen the patient before the first session: <strong>Edit patient</strong>, then answer every item.
        </p>
      </div>
    );
  }
  if (positives.length === 0) {
    return (
      <div className="fact fact--ok">
        <h2 className="fact__title">Contraindications</h2>
        <p className="fact__body">None at the screening of {formatDate(screening.screenedOn)}.</p>
      </div>
    );
  }
  return (
    <div className="fact fact--warning" role="note">
      <h2 className="fact__title">
        <span aria-hidden="true">⚠ </span>
        {positives.length === 1 ? 'Contraindication' : `${positives.length} contraindications`} at the screening of{' '}
        {formatDate(screening.screenedOn)}
      </h2>
      <ul className="fact__list">
        {CONTRAINDICATIONS.filter((c) => screening.answers[c.key].present).map((c) => (
          <li key={c.key}>
            <strong>{contraindicationLabel(t, c.key)}</strong>
            {screening.answers[c.key].note ? <span>: {screening.answers[c.key].note}</span> : null}
          </li>
        ))}
      </ul>
    </div>
  );
}

function SessionTable({
  patientId,
  sessions,
  archived,
  picked,
  onPick,
}: {
  patientId: string;
  sessions: SessionSummary[];
  archived: boolean;
  picked: readonly string[];
  onPick: (id: string) => void;
}) {
  const { t } = useTranslation(['clinical']);
  if (sessions.length === 0) {
    return (
      <EmptyState title="No sessions yet">
        <p>
          {archived ? (
            'Restore the patient to start a session.'
          ) : (
            <>
              Start the first with <strong>New session</strong>: date, indication and treated areas, then chart the points.
            </>
          )}
        </p>
      </EmptyState>
    );
  }
  const open = (s: SessionSummary) => {
    rememberSessionLabel(s.id, sessionLabel(s));
    navigate({ name: 'session', patientId, sessionId: s.id });
  };
  return (
    <div className="table-wrap">
      <table className="table table--sessions">
        <caption className="visually-hidden">Sessions, newest first</caption>
        <thead>
          <tr>
            {sessions.length >= 2 ? (
              <th scope="col" className="cell-pick">
                <span className="visually-hidden">Compare</span>
              </th>
            ) : null}
            <th scope="col">Date</th>
            <th scope="col" className="num">
              Time
            </th>
            <th scope="col">Indication</th>
            <th scope="col">Treated areas</th>
            <th scope="col">Status</th>
            <th scope="col" className="num">
              Points
            </th>
          </tr>
        </thead>
        <tbody>
          {sortSessionsNewestFirst(sessions).map((s) => (
            <tr key={s.id} onClick={() => open(s)}>
              {sessions.length >= 2 ? <PickCell session={s} picked={picked} onToggle={onPick} /> : null}
              <th scope="row">
                <button type="button" className="row-link" onClick={(e) => (e.stopPropagation(), open(s))}>
                  {formatDate(s.date)}
                </button>
                {s.numberInCourse !== null ? <span className="muted cell-sub">Session {s.numberInCourse} of course</span> : null}
              </th>
              <td className="num">{s.time}</td>
              <td>{indicationLabel(t, s.indication)}</td>
              <td className="cell-areas">{s.treatedAreas.join('; ')}</td>
              <td>
                <Badge tone={s.status === 'signed' ? 'success' : 'draft'}>{s.status === 'signed' ? 'Signed' : 'Draft'}</Badge>
              </td>
              <td className="num">{s.pointCount}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
