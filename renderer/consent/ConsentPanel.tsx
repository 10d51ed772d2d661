import { useState } from 'react';
import type { Consent } from '../../shared/consent.ts';
import { todayIso } from '../../shared/dates.ts';
import type { Patient } from '../../shared/patient.ts';
import { api } from '../api.ts';
import { Badge } from '../components/Badge.tsx';
import { ErrorBanner } from '../components/ErrorBanner.tsx';
import { Modal } from '../components/Modal.tsx';
import { announce } from '../status.ts';
import { toApiError, useLoad } from '../useLoad.ts';
import { consentLine } from './consentText.ts';
import { ObtainConsentDialog } from './ObtainConsentDialog.tsx';
import { TemplatesDialog } from './TemplatesDialog.tsx';
import './consent.css';

/** The patient's signed consents: obtain one, print one, withdraw one; and the templates. */
export function ConsentPanel({ patient }: { patient: Patient }) {
  const consents = useLoad(() => api.listConsents({ patientId: patient.id }), [patient.id]);
  const [obtaining, setObtaining] = useState(false);
  const [editing, setEditing] = useState(false);
  const [withdrawing, setWithdrawing] = useState<Consent | null>(null);
  const [error, setError] = useState<string | null>(null);

  const print = async (c: Consent) => {
    try {
      const outcome = await api.exportConsentPdf({ consentId: c.id, open: true });
      if (outcome.saved) announce(`Consent saved as PDF (${outcome.pages} pages)`, 'success');
    } catch (e) {
      setError(toApiError(e).message);
    }
  };

  return (
    <section className="panel" aria-labelledby="consents-title">
      <div className="panel__header">
        <h2 className="panel__title" id="consents-title">
          Informed consent
          {consents.state === 'ready' && consents.value.length > 0 ? <span className="count">{consents.value.length}</span> : null}
        </h2>
        <div className="panel__actions">
          <button type="button" className="button" onClick={() => setEditing(true)}>
            Templates…
          </button>
          <button type="button" className="button button--primary" onClick={() => setObtaining(true)} disabled={patient.archived}>
            Obtain consent…
          </button>
        </div>
      </div>
      {error ? <ErrorBanner title="Something went wrong" message={error} /> : null}
      {consents.state === 'ready' && consents.value.length === 0 ? <p className="muted">No signed consent yet. A course cannot start without one for its indication.</p> : null}
      {consents.state === 'ready' && consents.value.length > 0 ? (
        <ul className="consent-list">
          {consents.value.map((c) => (
            <li key={c.id} className="consent-item" data-testid="consent-item">
              <div className="consent-item__main">
                <div className="consent-item__title">{c.title}</div>
                <div className="consent-item__meta">{consentLine(c)}</div>
              </div>
              {c.withdrawal ? <Badge tone="warning">Withdrawn</Badge> : <Badge tone="success">In force</Badge>}
              <button type="button" className="button button--small" onClick={() => print(c)}>
                PDF
              </button>
              {!c.withdrawal ? (
                <button type="button" className="button button--small button--ghost" onClick={() => setWithdrawing(c)}>
                  Withdraw…
                </button>
              ) : null}
            </li>
          ))}
        </ul>
      ) : null}
      {obtaining ? <ObtainConsentDialog patient={patient} onClose={() => setObtaining(false)} onSigned={() => (setObtaining(false), consents.reload())} /> : null}
      {editing ? <TemplatesDialog onClose={() => setEditing(false)} /> : null}
      {withdrawing ? <WithdrawDialog consent={withdrawing} onClose={() => setWithdrawing(null)} onDone={() => (setWithdrawing(null), consents.reload())} /> : null}
    </section>
  );
}

function WithdrawDialog({ consent, onClose, onDone }: { consent: Consent; onClose: () => void; onDone: () => void }) {
  const [date, setDate] = useState(todayIso());
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const submit = async () => {
    try {
      await api.withdrawConsent({ id: consent.id, date, reason });
      announce('Consent withdrawn', 'success');
      onDone();
    } catch (e) {
      setError(toApiError(e).message);
    }
  };
  return (
    <Modal
      title="Withdraw consent"
      tone="warning"
      onClose={onClose}
      footer={
        <>
          <button type="button" className="button" onClick={onClose}>
            Cancel
          </button>
          <button type="button" className="button button--danger" onClick={submit} disabled={reason.trim() === ''}>
            Withdraw
          </button>
        </>
      }
    >
      {error ? <ErrorBanner title="Not withdrawn" message={error} /> : null}
      <p>The signed consent stays in the record as signed; the withdrawal is added to it and cannot be undone.</p>
      <label className="field">
        <span className="field__label">Withdrawn on</span>
        <input className="input" type="date" value={date} onChange={(e) => setDate(e.target.value)} />
      </label>
      <label className="field">
        <span className="field__label">Reason</span>
        <textarea className="input" value={reason} onChange={(e) => setReason(e.target.value)} />
      </label>
    </Modal>
  );
}
