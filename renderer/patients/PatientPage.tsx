import { Trans, useTranslation } from 'react-i18next';
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
import { ScreenLoadFailed } from '../components/ScreenLoadFailed.tsx';
import { LANGUAGE_AUTONYM } from '../../shared/i18n/languages.ts';
import { errorText } from '../i18n/errorText.ts';
import { useFormat } from '../i18n/locale.ts';
import { ageText } from './age.ts';
import { navigate, rememberPatientName, rememberSessionLabel } from '../navigation.ts';
import { sessionLabel, sortSessionsNewestFirst } from '../sessions/sessionFormState.ts';
import { announce } from '../status.ts';
import { useLoad } from '../useLoad.ts';
import { useExportPatient } from './PatientTransfer.tsx';
import { PatientHistoryButton } from './PatientHistoryDialog.tsx';
import { ImportedPatientNote, usePatientImport } from './ImportedNote.tsx';
import { CoursesPanel } from '../courses/CoursesPanel.tsx';
import { CompareBar, PickCell, togglePick } from '../compare/ComparePicker.tsx';
import { PatientAdverseEvents } from '../adverseEvents/PatientAdverseEvents.tsx';

/** One patient: who they are, what must be known before treating, and their sessions. */
export function PatientPage({ patientId }: { patientId: string }) {
  const { t } = useTranslation(['patients', 'common']);
  const format = useFormat();
  const patient = useLoad(async () => {
    const p = await api.getPatient({ id: patientId });
    rememberPatientName(p.id, patientDisplayName(p));
    return p;
  }, [patientId]);
  const sessions = useLoad(() => api.listSessions({ patientId }), [patientId]);
  const [picked, setPicked] = useState<string[]>([]);

  if (patient.state === 'loading') return <Loading text={t('page.loading')} />;
  if (patient.state === 'error') {
    return <ScreenLoadFailed heading={t('page.heading')} title={t('page.openFailed')} message={errorText(t, patient.error)} onRetry={patient.reload} />;
  }
  return (
    <div className="screen screen--patient">
      <PatientHeader patient={patient.value} onChanged={patient.reload} />
      {sessions.state === 'ready' ? <PatientAdverseEvents patientId={patientId} sessions={sessions.value} /> : null}
      <ConsentPanel patient={patient.value} />
      {sessions.state === 'ready' ? <CoursesPanel patientId={patientId} sessions={sessions.value} archived={patient.value.archived} /> : null}
      <section className="panel" aria-labelledby="sessions-title">
        <div className="panel__header">
          <h2 className="panel__title" id="sessions-title">
            {t('page.sessions')}
            {sessions.state === 'ready' && sessions.value.length > 0 ? <span className="count">{format.integer(sessions.value.length)}</span> : null}
          </h2>
          <div className="panel__actions">
          <button
            type="button"
            className="button button--primary"
            onClick={() => navigate({ name: 'new-session', patientId })}
            disabled={patient.value.archived}
            title={patient.value.archived ? t('page.restoreToStart') : undefined}
          >
            <span aria-hidden="true" className="button__icon">
              +
            </span>
            {t('page.newSession')}
          </button>
          </div>
        </div>
        {sessions.state === 'loading' ? <Loading text={t('page.loadingSessions')} /> : null}
        {sessions.state === 'error' ? (
          <ErrorBanner title={t('page.sessionsFailed')} message={errorText(t, sessions.error)} onRetry={sessions.reload} />
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
  const { t } = useTranslation(['patients', 'common']);
  const format = useFormat();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const exporter = useExportPatient(patient.id);
  const imported = usePatientImport(patient.id);
  const name = patientDisplayName(patient);
  const positives = positiveContraindications(patient.screening);

  const toggleArchived = async () => {
    const archiving = !patient.archived;
    setBusy(true);
    try {
      await api.setPatientArchived({ id: patient.id, archived: archiving });
      announce(archiving ? t('page.archivedAnnounce', { name }) : t('page.restoredAnnounce', { name }), 'success');
      setError(null);
      onChanged();
    } catch (e) {
      setError(errorText(t, e));
    } finally {
      setBusy(false);
    }
  };

  const contact = [patient.phone, patient.email].filter(Boolean);
  return (
    <section className="card patient-header" aria-labelledby="patient-name">
      {patient.archived ? (
        <div className="banner banner--muted">
          <p className="banner__message">
            <Trans t={t} i18nKey="page.archivedBanner" components={{ strong: <strong /> }} />
          </p>
        </div>
      ) : null}
      {error ? <ErrorBanner title={patient.archived ? t('page.notRestored') : t('page.notArchived')} message={error} /> : null}
      <div className="patient-header__top">
        <div>
          <ScreenHeading id="patient-name">{name}</ScreenHeading>
          <p className="patient-header__meta">
            <span>{t('page.born', { date: format.date(patient.dateOfBirth), age: ageText(t, patient.dateOfBirth, todayIso()) })}</span>
            <span>{t(`sex.${patient.sex}`)}</span>
            <span className="patient-header__language">
              {t('language.meta', { language: patient.language ? LANGUAGE_AUTONYM[patient.language] : t('language.clinic') })}
            </span>
            {contact.map((c) => (
              <span key={c}>{c}</span>
            ))}
          </p>
          {imported ? <ImportedPatientNote origin={imported} /> : null}
        </div>
        <div className="patient-header__actions">
          <button type="button" className="button" onClick={() => navigate({ name: 'patient-form', patientId: patient.id })}>
            {t('page.editPatient')}
          </button>
          <PatientHistoryButton patient={patient} />
          {exporter.button}
          <button type="button" className="button button--ghost" onClick={toggleArchived} disabled={busy}>
            {patient.archived ? t('page.restore') : t('page.archive')}
          </button>
        </div>
      </div>
      {exporter.status}

      <div className="patient-header__facts">
        <div className={`fact${patient.allergies ? ' fact--warning' : ''}`}>
          <h2 className="fact__title">{t('page.allergies')}</h2>
          <p className="fact__body">{patient.allergies || <span className="muted">{t('page.noneRecorded')}</span>}</p>
        </div>
        <ScreeningSummary patient={patient} positives={positives} />
      </div>
      {patient.notes ? (
        <div className="patient-header__notes">
          <h2 className="fact__title">{t('page.notes')}</h2>
          <p className="fact__body prewrap">{patient.notes}</p>
        </div>
      ) : null}
    </section>
  );
}

function ScreeningSummary({ patient, positives }: { patient: Patient; positives: string[] }) {
  const { t } = useTranslation(['patients', 'clinical', 'common']);
  const format = useFormat();
  const screening = patient.screening;
  if (!screening) {
    return (
      <div className="fact fact--warning" role="note">
        <h2 className="fact__title">
          <span aria-hidden="true">⚠ </span>
          {t('page.notScreened')}
        </h2>
        <p className="fact__body">
          <Trans t={t} i18nKey="page.screenBefore" components={{ strong: <strong /> }} />
        </p>
      </div>
    );
  }
  if (positives.length === 0) {
    return (
      <div className="fact fact--ok">
        <h2 className="fact__title">{t('page.contraindications')}</h2>
        <p className="fact__body">{t('page.noneAt', { date: format.date(screening.screenedOn) })}</p>
      </div>
    );
  }
  return (
    <div className="fact fact--warning" role="note">
      <h2 className="fact__title">
        <span aria-hidden="true">⚠ </span>
        {t('page.positiveAt', { count: positives.length, date: format.date(screening.screenedOn) })}
      </h2>
      <ul className="fact__list">
        {CONTRAINDICATIONS.filter((c) => screening.answers[c.key]?.present).map((c) => (
          <li key={c.key}>
            <strong>{contraindicationLabel(t, c.key)}</strong>
            {screening.answers[c.key]?.note ? <span>{t('page.itemNote', { note: screening.answers[c.key]?.note })}</span> : null}
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
  const { t } = useTranslation(['patients', 'clinical', 'common']);
  const format = useFormat();
  if (sessions.length === 0) {
    return (
      <EmptyState title={t('page.noSessions')}>
        <p>
          {archived ? t('page.restoreToStartSentence') : <Trans t={t} i18nKey="page.startFirst" components={{ strong: <strong /> }} />}
        </p>
      </EmptyState>
    );
  }
  const open = (s: SessionSummary) => {
    rememberSessionLabel(s.id, sessionLabel(t, format, s));
    navigate({ name: 'session', patientId, sessionId: s.id });
  };
  return (
    <div className="table-wrap">
      <table className="table table--sessions">
        <caption className="visually-hidden">{t('page.sessionsCaption')}</caption>
        <thead>
          <tr>
            {sessions.length >= 2 ? (
              <th scope="col" className="cell-pick">
                <span className="visually-hidden">{t('page.compare')}</span>
              </th>
            ) : null}
            <th scope="col">{t('page.date')}</th>
            <th scope="col" className="num">
              {t('page.time')}
            </th>
            <th scope="col">{t('page.indication')}</th>
            <th scope="col">{t('page.treatedAreas')}</th>
            <th scope="col">{t('page.status')}</th>
            <th scope="col" className="num">
              {t('page.points')}
            </th>
          </tr>
        </thead>
        <tbody>
          {sortSessionsNewestFirst(sessions).map((s) => (
            <tr key={s.id} onClick={() => open(s)}>
              {sessions.length >= 2 ? <PickCell session={s} picked={picked} onToggle={onPick} /> : null}
              <th scope="row">
                <button type="button" className="row-link" onClick={(e) => (e.stopPropagation(), open(s))}>
                  {format.date(s.date)}
                </button>
                {s.numberInCourse !== null ? <span className="muted cell-sub">{t('page.sessionOfCourse', { number: s.numberInCourse })}</span> : null}
              </th>
              <td className="num">{format.time(s.time)}</td>
              <td>{indicationLabel(t, s.indication)}</td>
              <td className="cell-areas">{s.treatedAreas.join('; ')}</td>
              <td>
                <Badge tone={s.status === 'signed' ? 'success' : 'draft'}>{s.status === 'signed' ? t('page.signed') : t('page.draft')}</Badge>
              </td>
              <td className="num">{format.integer(s.pointCount)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
