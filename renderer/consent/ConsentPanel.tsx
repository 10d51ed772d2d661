import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Consent } from '../../shared/consent.ts';
import { todayIso } from '../../shared/dates.ts';
import type { Patient } from '../../shared/patient.ts';
import { api } from '../api.ts';
import { Badge } from '../components/Badge.tsx';
import { ErrorBanner } from '../components/ErrorBanner.tsx';
import { Field } from '../components/Field.tsx';
import { Modal } from '../components/Modal.tsx';
import { errorText } from '../i18n/errorText.ts';
import { useFormat } from '../i18n/locale.ts';
import { announce } from '../status.ts';
import { useLoad } from '../useLoad.ts';
import { consentLine } from './consentText.ts';
import { ObtainConsentDialog } from './ObtainConsentDialog.tsx';
import { ConsentReadDialog } from './ConsentReadDialog.tsx';
import { TemplatesDialog } from './TemplatesDialog.tsx';
import { SignedElsewhereNote, usePatientImport } from '../patients/ImportedNote.tsx';
import './consent.css';
import { DialogActions } from '../components/DialogActions.tsx';

/** The patient's signed consents: obtain one, print one, withdraw one; and the templates. */
export function ConsentPanel({ patient }: { patient: Patient }) {
  const { t } = useTranslation(['consent', 'common', 'clinical']);
  const format = useFormat();
  const consents = useLoad(() => api.listConsents({ patientId: patient.id }), [patient.id]);
  const imported = usePatientImport(patient.id);
  const [obtaining, setObtaining] = useState(false);
  const [editing, setEditing] = useState(false);
  const [withdrawing, setWithdrawing] = useState<Consent | null>(null);
  const [reading, setReading] = useState<Consent | null>(null);
  const [error, setError] = useState<unknown>(null);

  const print = async (c: Consent) => {
    try {
      const outcome = await api.exportConsentPdf({ consentId: c.id, open: true });
      if (outcome.saved) announce(t('panel.pdfSaved', { count: outcome.pages }), 'success');
    } catch (e) {
      setError(e);
    }
  };

  return (
    <section className="panel" aria-labelledby="consents-title">
      <div className="panel__header">
        <h2 className="panel__title" id="consents-title">
          {t('panel.title')}
          {consents.state === 'ready' && consents.value.length > 0 ? <span className="count">{consents.value.length}</span> : null}
        </h2>
        <div className="panel__actions">
          <button type="button" className="button" onClick={() => setEditing(true)}>
            {t('panel.templates')}
          </button>
          <button type="button" className="button button--primary" onClick={() => setObtaining(true)} disabled={patient.archived}>
            {t('panel.obtain')}
          </button>
        </div>
      </div>
      {error ? <ErrorBanner title={t('panel.failed')} message={errorText(t, error)} /> : null}
      {consents.state === 'ready' && consents.value.length === 0 ? <p className="muted">{t('panel.none')}</p> : null}
      {consents.state === 'ready' && consents.value.length > 0 ? (
        <ul className="consent-list">
          {consents.value.map((c) => (
            <li key={c.id} className="consent-item" data-testid="consent-item">
              <div className="consent-item__main">
                <div className="consent-item__title" lang={c.language}>
                  {c.title}
                </div>
                <div className="consent-item__meta">{consentLine(t, c, format)}</div>
                <SignedElsewhereNote imported={imported} kind="consent" id={c.id} />
              </div>
              {c.withdrawal ? <Badge tone="warning">{t('panel.withdrawn')}</Badge> : <Badge tone="success">{t('panel.inForce')}</Badge>}
              <button type="button" className="button button--small" onClick={() => setReading(c)} aria-label={t('panel.readLabel', { title: c.title })}>
                {t('panel.read')}
              </button>
              <button type="button" className="button button--small" onClick={() => print(c)}>
                {t('panel.pdf')}
              </button>
              {!c.withdrawal ? (
                <button type="button" className="button button--small button--ghost" onClick={() => setWithdrawing(c)}>
                  {t('panel.withdraw')}
                </button>
              ) : null}
            </li>
          ))}
        </ul>
      ) : null}
      {obtaining ? <ObtainConsentDialog patient={patient} onClose={() => setObtaining(false)} onSigned={() => (setObtaining(false), consents.reload())} /> : null}
      {editing ? <TemplatesDialog onClose={() => setEditing(false)} /> : null}
      {reading ? <ConsentReadDialog consentId={reading.id} onClose={() => setReading(null)} /> : null}
      {withdrawing ? <WithdrawDialog consent={withdrawing} onClose={() => setWithdrawing(null)} onDone={() => (setWithdrawing(null), consents.reload())} /> : null}
    </section>
  );
}

function WithdrawDialog({ consent, onClose, onDone }: { consent: Consent; onClose: () => void; onDone: () => void }) {
  const { t } = useTranslation(['consent', 'common']);
  const id = useId();
  const [date, setDate] = useState(todayIso());
  const [reason, setReason] = useState('');
  const [error, setError] = useState<unknown>(null);
  const submit = async () => {
    try {
      await api.withdrawConsent({ id: consent.id, date, reason });
      announce(t('withdraw.done'), 'success');
      onDone();
    } catch (e) {
      setError(e);
    }
  };
  return (
    <Modal
      title={t('withdraw.title')}
      tone="warning"
      onClose={onClose}
      dirty={reason.trim() !== ''}
      discardQuestion={t('withdraw.discard')}
      footer={(requestClose) => (
        <DialogActions onCancel={requestClose} action={{ label: t('withdraw.submit'), onClick: submit, disabled: reason.trim() === '', tone: 'danger' }} />
      )}
    >
      {error ? <ErrorBanner title={t('withdraw.failed')} message={errorText(t, error)} /> : null}
      <p>{t('withdraw.explain')}</p>
      <Field id={`${id}-date`} label={t('withdraw.date')} className="field--date">
        {(c) => <input {...c} className="input" type="date" value={date} onChange={(e) => setDate(e.target.value)} />}
      </Field>
      <Field id={`${id}-reason`} label={t('withdraw.reason')}>
        {(c) => <textarea {...c} className="input textarea" value={reason} onChange={(e) => setReason(e.target.value)} />}
      </Field>
    </Modal>
  );
}
