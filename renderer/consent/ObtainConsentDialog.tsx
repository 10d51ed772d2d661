import { useMemo, useState } from 'react';
import { CONTRAINDICATIONS } from '../../shared/contraindications.ts';
import type { ConsentTemplate, SignatureInput } from '../../shared/consent.ts';
import { INDICATIONS, type IndicationId } from '../../shared/indications.ts';
import { patientDisplayName, type Patient } from '../../shared/patient.ts';
import { api } from '../api.ts';
import { ErrorBanner } from '../components/ErrorBanner.tsx';
import { Modal } from '../components/Modal.tsx';
import { announce } from '../status.ts';
import { toApiError, useLoad } from '../useLoad.ts';
import { SignaturePad } from './SignaturePad.tsx';
import './consent.css';

/**
 * Obtaining consent: the patient reads the chosen template version on screen, confirms the screening
 * answers shown with it and signs; the practitioner countersigns. What is stored is the version's text
 * as the main process holds it, never text from this screen.
 */
export function ObtainConsentDialog({ patient, indication, onClose, onSigned }: { patient: Patient; indication?: IndicationId; onClose: () => void; onSigned: () => void }) {
  const templates = useLoad(() => api.listConsentTemplates({}), []);
  const settings = useLoad(() => api.getSettings({}), []);
  const [chosen, setChosen] = useState<{ templateId: string; version: number } | null>(null);
  const [confirmed, setConfirmed] = useState(false);
  const [patientName, setPatientName] = useState(`${patient.firstName} ${patient.lastName}`);
  const [typed, setTyped] = useState(false);
  const [patientPng, setPatientPng] = useState<string | null>(null);
  const [practitionerPng, setPractitionerPng] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const list = templates.state === 'ready' ? templates.value : [];
  const initial = useMemo(() => list.find((t) => t.indication === indication) ?? list[0] ?? null, [list, indication]);
  const selectedId = chosen?.templateId ?? initial?.templateId ?? null;
  const selected = list.find((t) => t.templateId === selectedId) ?? null;
  const version = chosen?.version ?? selected?.version ?? 1;
  const text = useLoad<ConsentTemplate | null>(() => (selectedId ? api.getConsentTemplate({ templateId: selectedId, version }) : Promise.resolve(null)), [selectedId, version]);
  const allowTyped = settings.state === 'ready' && settings.value.consent.allowTypedSignature;
  const practitioner = settings.state === 'ready' ? settings.value.practitionerName : '';

  const patientSignature: SignatureInput | null = typed ? (patientName.trim() ? { kind: 'typed', name: patientName.trim() } : null) : patientPng && patientName.trim() ? { kind: 'drawn', name: patientName.trim(), png: patientPng } : null;
  const ready = !!selected && text.state === 'ready' && confirmed && patientSignature !== null && practitionerPng !== null && !!patient.screening;

  const sign = async () => {
    if (!ready || !selected || !patientSignature || !practitionerPng) return;
    setBusy(true);
    setError(null);
    try {
      await api.signConsent({
        patientId: patient.id,
        templateId: selected.templateId,
        templateVersion: version,
        screeningConfirmed: true,
        patientSignature,
        practitionerSignature: { kind: 'drawn', name: practitioner || 'Practitioner', png: practitionerPng },
      });
      announce(`Consent signed by ${patientDisplayName(patient)}`, 'success');
      onSigned();
    } catch (e) {
      setError(toApiError(e).message);
      setBusy(false);
    }
  };

  return (
    <Modal
      title={`Informed consent: ${patientDisplayName(patient)}`}
      onClose={onClose}
      size="wide"
      footer={
        <>
          <button type="button" className="button" onClick={onClose}>
            Cancel
          </button>
          <button type="button" className="button button--primary" onClick={sign} disabled={!ready || busy}>
            {busy ? 'Signing…' : 'Sign consent'}
          </button>
        </>
      }
    >
      {error ? <ErrorBanner title="The consent was not signed" message={error} /> : null}
      {!patient.screening ? <ErrorBanner title="Screen the patient first" message="The patient confirms the contraindication screening as part of the consent: record it in the patient's form." /> : null}
      <div className="form-grid">
        <label className="field">
          <span className="field__label">Consent form</span>
          <select className="select" value={selectedId ?? ''} onChange={(e) => setChosen({ templateId: e.target.value, version: list.find((t) => t.templateId === e.target.value)?.version ?? 1 })}>
            {INDICATIONS.map((ind) => {
              const of = list.filter((t) => t.indication === ind.id);
              return of.length === 0 ? null : (
                <optgroup key={ind.id} label={ind.label}>
                  {of.map((t) => (
                    <option key={t.templateId} value={t.templateId}>
                      {t.title}
                    </option>
                  ))}
                </optgroup>
              );
            })}
          </select>
        </label>
        <label className="field">
          <span className="field__label">Version</span>
          <select className="select" value={version} onChange={(e) => selectedId && setChosen({ templateId: selectedId, version: Number(e.target.value) })}>
            {(selected?.versions ?? []).map((v) => (
              <option key={v.version} value={v.version}>
                Version {v.version} ({new Date(v.createdAt).toLocaleDateString('en-GB')}){v.version === selected?.version ? ', latest' : ''}
              </option>
            ))}
          </select>
        </label>
      </div>
      <h3 className="form-section__title">Read by the patient</h3>
      <div className="consent-text" tabIndex={0} aria-label="Consent text" data-testid="consent-text">
        {text.state === 'ready' && text.value ? text.value.body : 'Loading…'}
      </div>
      {patient.screening ? (
        <>
          <h3 className="form-section__title">Screening answers (screened {patient.screening.screenedOn})</h3>
          <div className="consent-screening">
            {CONTRAINDICATIONS.map((c) => {
              const a = patient.screening!.answers[c.key];
              return [
                <span key={`${c.key}-l`}>
                  {c.label}
                  {a.note ? <span className="muted"> ({a.note})</span> : null}
                </span>,
                <span key={`${c.key}-a`} className={a.present ? 'consent-screening__yes' : 'consent-screening__no'}>
                  {a.present ? 'Yes' : 'No'}
                </span>,
              ];
            })}
          </div>
          <label className="checkbox">
            <input type="checkbox" checked={confirmed} onChange={(e) => setConfirmed(e.target.checked)} /> The patient confirms these answers are correct and complete
          </label>
        </>
      ) : null}
      <div className="consent-grid">
        <div>
          <label className="field">
            <span className="field__label">Patient's name as signed</span>
            <input className="input" value={patientName} onChange={(e) => setPatientName(e.target.value)} />
          </label>
          {allowTyped ? (
            <label className="checkbox">
              <input type="checkbox" checked={typed} onChange={(e) => setTyped(e.target.checked)} /> Sign with the typed name instead of drawing
            </label>
          ) : null}
          {typed ? null : <SignaturePad label="Patient's signature" onChange={setPatientPng} />}
        </div>
        <div>
          <p className="field__label">Countersigned by {practitioner || 'the practitioner'}</p>
          <SignaturePad label="Practitioner's signature" onChange={setPractitionerPng} />
        </div>
      </div>
    </Modal>
  );
}
