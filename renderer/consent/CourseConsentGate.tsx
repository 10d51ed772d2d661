import { useState } from 'react';
import { coveringConsent } from '../../shared/consent.ts';
import { todayIso } from '../../shared/dates.ts';
import { indicationLabel, type IndicationId } from '../../shared/indications.ts';
import { api } from '../api.ts';
import { useLoad } from '../useLoad.ts';
import { consentLine } from './consentText.ts';
import { ObtainConsentDialog } from './ObtainConsentDialog.tsx';
import './consent.css';

/**
 * The start-of-course rule, on the form that starts a course's first session: the consent in force for
 * the course's indication, or a way to obtain it now, or an explicit override with its reason (kept with
 * the session and in the audit trail). `onOverride` receives the reason ('' for none).
 */
export function CourseConsentGate({ patientId, indication, date, onOverride }: { patientId: string; indication: IndicationId; date?: string; onOverride: (reason: string) => void }) {
  const patient = useLoad(() => api.getPatient({ id: patientId }), [patientId]);
  const consents = useLoad(() => api.listConsents({ patientId }), [patientId]);
  const [obtaining, setObtaining] = useState(false);
  const [overriding, setOverriding] = useState(false);
  const [reason, setReason] = useState('');
  if (consents.state !== 'ready') return null;
  const covering = coveringConsent(consents.value, indication, date ?? todayIso());
  if (covering) {
    return (
      <div className="session-consent session-consent--ok" data-testid="course-consent">
        Consent in force: <strong>{covering.title}</strong> ({consentLine(covering)})
      </div>
    );
  }
  return (
    <div className="session-consent session-consent--warn" data-testid="course-consent" style={{ flexDirection: 'column', alignItems: 'stretch' }}>
      <span>
        This is the first session of the course: it needs the patient's signed consent for <strong>{indicationLabel(indication).toLocaleLowerCase()}</strong>.
      </span>
      <span style={{ display: 'flex', gap: 8 }}>
        <button type="button" className="button button--small button--primary" onClick={() => setObtaining(true)} disabled={patient.state !== 'ready'}>
          Obtain consent now…
        </button>
        <label className="checkbox">
          <input
            type="checkbox"
            checked={overriding}
            onChange={(e) => {
              setOverriding(e.target.checked);
              onOverride(e.target.checked ? reason : '');
            }}
          />{' '}
          Start without consent (override)
        </label>
      </span>
      {overriding ? (
        <label className="field">
          <span className="field__label">Reason for starting without consent (recorded and audited)</span>
          <input
            className="input"
            value={reason}
            onChange={(e) => {
              setReason(e.target.value);
              onOverride(e.target.value);
            }}
          />
        </label>
      ) : null}
      {obtaining && patient.state === 'ready' ? <ObtainConsentDialog patient={patient.value} indication={indication} onClose={() => setObtaining(false)} onSigned={() => (setObtaining(false), consents.reload())} /> : null}
    </div>
  );
}
