import { useId, useState } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import { coveringConsent } from '../../shared/consent.ts';
import { todayIso } from '../../shared/dates.ts';
import { indicationLabel, type IndicationId } from '../../shared/indications.ts';
import { api } from '../api.ts';
import { CheckboxField } from '../components/CheckboxField.tsx';
import { Field } from '../components/Field.tsx';
import { useFormat } from '../i18n/locale.ts';
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
  const { t } = useTranslation(['consent', 'clinical']);
  const format = useFormat();
  const patient = useLoad(() => api.getPatient({ id: patientId }), [patientId]);
  const consents = useLoad(() => api.listConsents({ patientId }), [patientId]);
  const [obtaining, setObtaining] = useState(false);
  const [overriding, setOverriding] = useState(false);
  const [reason, setReason] = useState('');
  const reasonId = useId();
  if (consents.state !== 'ready') return null;
  const covering = coveringConsent(consents.value, indication, date ?? todayIso());
  if (covering) {
    return (
      <div className="session-consent session-consent--ok" data-testid="course-consent">
        <Trans t={t} i18nKey="gate.inForce" values={{ title: covering.title, line: consentLine(t, covering, format) }} components={{ strong: <strong /> }} />
      </div>
    );
  }
  return (
    <div className="session-consent session-consent--warn" data-testid="course-consent" style={{ flexDirection: 'column', alignItems: 'stretch' }}>
      <span>
        <Trans t={t} i18nKey="gate.needed" values={{ indication: indicationLabel(t, indication).toLocaleLowerCase() }} components={{ strong: <strong /> }} />
      </span>
      <span style={{ display: 'flex', gap: 8 }}>
        <button type="button" className="button button--small button--primary" onClick={() => setObtaining(true)} disabled={patient.state !== 'ready'}>
          {t('gate.obtainNow')}
        </button>
        <CheckboxField
          label={t('gate.override')}
          checked={overriding}
          onChange={(on) => {
            setOverriding(on);
            onOverride(on ? reason : '');
          }}
        />
      </span>
      {overriding ? (
        <Field id={reasonId} label={t('gate.overrideReason')}>
          {(c) => (
            <input
              {...c}
              className="input"
              value={reason}
              onChange={(e) => {
                setReason(e.target.value);
                onOverride(e.target.value);
              }}
            />
          )}
        </Field>
      ) : null}
      {obtaining && patient.state === 'ready' ? <ObtainConsentDialog patient={patient.value} indication={indication} onClose={() => setObtaining(false)} onSigned={() => (setObtaining(false), consents.reload())} /> : null}
    </div>
  );
}
