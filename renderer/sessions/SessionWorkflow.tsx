import { useId, useLayoutEffect, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { sessionWithAmendments } from '../../shared/amendments.ts';
import { needsContraindicationAck } from '../../shared/contraindicationAck.ts';
import { recordedAllergies } from '../../shared/allergyMatch.ts';
import { clinicToday } from '../../shared/clinicDay.ts';
import type { Session } from '../../shared/session.ts';
import { api } from '../api.ts';
import type { Autosave } from '../editor/autosave.ts';
import type { ChartEditor } from '../editor/store.ts';
import { navigate } from '../navigation.ts';
import { announce } from '../status.ts';
import { toApiError, useLoad } from '../useLoad.ts';
import { AmendDialog } from './AmendDialog.tsx';
import { ContraindicationGate } from './ContraindicationGate.tsx';
import { refusalPath, refusalText } from './fieldDrafts.ts';
import { ProtocolsPanel } from './ProtocolsPanel.tsx';
import { SessionForm, type Refusal } from './SessionForm.tsx';
import { RecordTrail, SignedSessionView, ackLine, signatureLine } from './SessionRecord.tsx';
import { SignDialog } from './SignDialog.tsx';
import { sessionDomId } from './sessionFormState.ts';
import { useChart, useSaveStatus } from '../editor/useChart.ts';
import { AWAITING_ACK, CHECKING_SCREENING, lockForWorkflow, unlockFromWorkflow } from './workflowLock.ts';
import { errorText } from '../i18n/errorText.ts';
import { useFormat } from '../i18n/locale.ts';
import { screeningChangedSince } from '../../shared/sessionScreening.ts';
import { SignedElsewhereNote, usePatientImport } from '../patients/ImportedNote.tsx';

type Props = {
  /** The session as loaded; the workflow keeps the latest answer of the store (signed, amended, acknowledged) itself. */
  session: Session;
  editor: ChartEditor;
  autosave: Autosave;
  /** Told of every new state of the record, e.g. for the page's Draft / Signed badge. */
  onSessionChange?: (session: Session) => void;
  /** Shown first in the scrolling part, under the status card (the map's inspector). */
  inspector?: ReactNode;
  /** Shown last in the scrolling part, under the form (what comes after the treatment: photos, adverse events). */
  after?: ReactNode;
};

/**
 * The session workflow beside the map: status and the Sign / Amend actions (the head, which stays in
 * sight), then, in a part that scrolls on its own, the inspector given by the page, the session form (or the
 * signed record, as corrected), the record's trail (acknowledgement, signature, amendments) and the
 * protocols of the view shown. Also guards a draft whose patient has contraindications not yet
 * acknowledged: the editor stays read-only until they are.
 */
export function SessionWorkflow({ session, editor, autosave, onSessionChange, inspector, after }: Props) {
  const { t, i18n } = useTranslation(['sessions', 'common']);
  const format = useFormat();
  const [record, setRecord] = useState<Session>(session);
  const [dialog, setDialog] = useState<'sign' | 'amend' | null>(null);
  const [tab, setTab] = useState<'session' | 'protocols'>('session');
  const patient = useLoad(() => api.getPatient({ id: session.patientId }), [session.patientId]);
  const signed = record.status === 'signed';
  const imported = usePatientImport(session.patientId);
  const points = useChart(editor, (s) => s.points);
  const fields = useChart(editor, (s) => s.fields);
  const needles = useChart(editor, (s) => s.needles);
  const status = useSaveStatus(autosave);
  const changeRef = useRef(onSessionChange);
  changeRef.current = onSessionChange;

  const update = (next: Session) => {
    setRecord(next);
    changeRef.current?.(next);
  };

  const needsAck = patient.state === 'ready' && needsContraindicationAck(patient.value, record);
  useLayoutEffect(() => {
    if (signed) return;
    if (patient.state === 'ready') {
      if (needsAck) lockForWorkflow(editor, AWAITING_ACK);
      else unlockFromWorkflow(editor);
    } else lockForWorkflow(editor, CHECKING_SCREENING);
  }, [editor, signed, patient.state, needsAck]);

  // A save the store refused, at the field it names (the ApiError's field, carried by the autosave status).
  const refusal: Refusal | null = (() => {
    if (status.state !== 'error' || !status.message) return null;
    const field = status.field;
    const path = refusalPath(field);
    return path ? { path, text: refusalText(t, status.error ?? status.message) } : null;
  })();

  const acknowledge = async (): Promise<string | null> => {
    try {
      const next = await api.acknowledgeContraindications({ sessionId: record.id });
      update(next);
      announce(t('workflow.acknowledged'), 'success');
      return null;
    } catch (caught) {
      return errorText(i18n.t, toApiError(caught));
    }
  };

  const sign = async (): Promise<string | null> => {
    for (let i = 0; i < 4 && autosave.isDirty(); i += 1) {
      await autosave.flush();
      if (autosave.status.state === 'error') break;
    }
    if (autosave.isDirty() || autosave.status.state === 'error') {
      const failure = autosave.status.state === 'error' ? (autosave.status.error ?? autosave.status.message) : null;
      return failure ? t('workflow.notSavedNothingSignedBecause', { error: errorText(i18n.t, failure) }) : t('workflow.notSavedNothingSigned');
    }
    try {
      const next = await api.signSession({ id: record.id });
      editor.setReadOnly({ key: 'signedBy', values: { by: next.signedBy ?? next.practitioner, at: next.signedAt ?? new Date().toISOString() } });
      update(next);
      setDialog(null);
      announce(t('workflow.signedAnnounce'), 'success');
      return null;
    } catch (caught) {
      return errorText(i18n.t, toApiError(caught));
    }
  };

  const corrected = signed ? sessionWithAmendments(record) : null;
  // The allergies the cocktail and the sign dialog check products against (issue 12).
  const allergies = patient.state === 'ready' ? recordedAllergies(patient.value, record.screening?.screening ?? null) : [];
  const formErrors = () => document.querySelectorAll('.session-form [aria-invalid="true"]').length;
  // A draft keeps the screening of its day; a change on the patient's file since is said here and at signing.
  const screeningChanged = !signed && patient.state === 'ready' && screeningChangedSince(record.screening, patient.value);

  return (
    <div className="workflow">
      <div className="workflow__head">
        <section className={`status-card${signed ? ' status-card--signed' : ''}`} aria-label={t('workflow.status')}>
          <div className="status-card__text">
            {signed ? (
              <>
                <p className="status-card__title">
                  <span className="status-card__icon" aria-hidden="true">
                    ✓
                  </span>
                  {signatureLine(t, format, record)}
                </p>
                <p className="status-card__sub">
                  {t('workflow.readOnly')}{' '}
                  {record.amendments.length > 0 ? t('workflow.amendments', { count: record.amendments.length }) : t('workflow.correctionsAsAmendments')}
                </p>
                <SignedElsewhereNote imported={imported} kind="session" id={record.id} />
              </>
            ) : (
              <>
                <p className="status-card__title">{t('workflow.draftPoints', { count: points.length })}</p>
                <p className="status-card__sub">{t('workflow.savedAsYouGo')}</p>
              </>
            )}
            {ackLine(t, format, record) ? <p className="status-card__ack">{ackLine(t, format, record)}</p> : null}
          </div>
          {signed ? (
            <button type="button" className="button" onClick={() => setDialog('amend')}>
              {t('workflow.amend')}
            </button>
          ) : (
            <button type="button" className="button button--primary" onClick={() => setDialog('sign')} disabled={needsAck || patient.state !== 'ready'}>
              {t('workflow.sign')}
            </button>
          )}
        </section>

        {patient.state === 'error' && !signed ? (
          <div className="banner banner--error" role="alert">
            <div className="banner__body">
              <p className="banner__title">{t('workflow.screeningFailed')}</p>
              <p className="banner__message">{t('workflow.screeningFailedMessage', { error: errorText(i18n.t, patient.error) })}</p>
            </div>
            <div className="banner__actions">
              <button type="button" className="button button--small" onClick={patient.reload}>
                {t('workflow.tryAgain')}
              </button>
            </div>
          </div>
        ) : null}
        {screeningChanged ? (
          <div className="banner banner--warning" role="status" data-testid="screening-changed">
            <div className="banner__body">
              <p className="banner__title">{t('workflow.screeningChanged')}</p>
              <p className="banner__message">{t('workflow.screeningChangedMessage')}</p>
            </div>
          </div>
        ) : null}
        {status?.state === 'error' && !signed ? (
          <div className="banner banner--error" role="alert">
            <div className="banner__body">
              <p className="banner__title">{t('workflow.notSaved')}</p>
              <p className="banner__message">{refusal ? refusal.text : errorText(i18n.t, status.error ?? status.message)}</p>
            </div>
            <div className="banner__actions">
              {refusal ? (
                <button type="button" className="button button--small" onClick={() => document.getElementById(sessionDomId(refusal.path))?.focus()}>
                  {t('workflow.goToField')}
                </button>
              ) : null}
              <button type="button" className="button button--small" onClick={() => void autosave.retry()}>
                {t('common:retry')}
              </button>
            </div>
          </div>
        ) : null}
      </div>

      <div className="workflow__body">
        {inspector}
        <Tabs
          value={tab}
          onChange={setTab}
          label={t('workflow.panels')}
          tabs={[
            { id: 'session', label: t('workflow.tabSession') },
            { id: 'protocols', label: t('workflow.tabProtocols') },
          ]}
        >
          {tab === 'session' ? (
            <>
              {corrected ? <SignedSessionView session={record} /> : <SessionForm editor={editor} refusal={refusal} allergies={allergies} />}
              <RecordTrail session={record} needles={needles} />
            </>
          ) : (
            <ProtocolsPanel editor={editor} />
          )}
        </Tabs>
        {after}
      </div>

      {dialog === 'sign' ? (
        <SignDialog fields={fields} points={points} formErrors={formErrors()} allergies={allergies} today={clinicToday(format)} screeningChanged={screeningChanged} onConfirm={sign} onClose={() => setDialog(null)} />
      ) : null}
      {dialog === 'amend' && corrected ? (
        <AmendDialog
          sessionId={record.id}
          current={corrected}
          onAmended={(next) => {
            update(next);
            setDialog(null);
            announce(t('workflow.amendmentRecorded', { number: next.amendments.length }), 'success');
          }}
          onClose={() => setDialog(null)}
        />
      ) : null}
      {needsAck && patient.state === 'ready' ? (
        <ContraindicationGate patient={patient.value} session={record} onAcknowledge={acknowledge} onGoBack={() => navigate({ name: 'patient', patientId: record.patientId })} />
      ) : null}
    </div>
  );
}

type Tab<T extends string> = { id: T; label: string };

/** Tabs: arrow keys move between them, the panel is labelled by its tab. */
function Tabs<T extends string>({ value, onChange, tabs, label, children }: { value: T; onChange: (t: T) => void; tabs: Tab<T>[]; label: string; children: ReactNode }) {
  const base = useId();
  const onKey = (e: KeyboardEvent<HTMLButtonElement>, index: number) => {
    const step = e.key === 'ArrowRight' ? 1 : e.key === 'ArrowLeft' ? -1 : 0;
    if (!step) return;
    e.preventDefault();
    const next = tabs[(index + step + tabs.length) % tabs.length];
    if (next) {
      onChange(next.id);
      document.getElementById(`${base}-${next.id}`)?.focus();
    }
  };
  return (
    <div className="tabs">
      <div className="tabs__list" role="tablist" aria-label={label}>
        {tabs.map((t, i) => (
          <button
            key={t.id}
            type="button"
            role="tab"
            id={`${base}-${t.id}`}
            aria-selected={t.id === value}
            aria-controls={`${base}-panel`}
            tabIndex={t.id === value ? 0 : -1}
            className={`tabs__tab${t.id === value ? ' tabs__tab--on' : ''}`}
            onClick={() => onChange(t.id)}
            onKeyDown={(e) => onKey(e, i)}
          >
            {t.label}
          </button>
        ))}
      </div>
      <div className="tabs__panel" role="tabpanel" id={`${base}-panel`} aria-labelledby={`${base}-${value}`}>
        {children}
      </div>
    </div>
  );
}

