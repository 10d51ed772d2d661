import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CONTRAINDICATIONS, contraindicationLabel } from '../../shared/contraindications.ts';
import { LanguageSelect } from '../components/LanguageSelect.tsx';
import type { ConsentTemplate, SignatureInput } from '../../shared/consent.ts';
import { LANGUAGE_AUTONYM, type Language } from '../../shared/i18n/languages.ts';
import { INDICATIONS, indicationLabel, type IndicationId } from '../../shared/indications.ts';
import { patientDisplayName, type Patient } from '../../shared/patient.ts';
import { api } from '../api.ts';
import { CheckboxField } from '../components/CheckboxField.tsx';
import { ErrorBanner } from '../components/ErrorBanner.tsx';
import { Field } from '../components/Field.tsx';
import { SelectField } from '../components/SelectField.tsx';
import { Modal } from '../components/Modal.tsx';
import { errorText } from '../i18n/errorText.ts';
import { useFormat, useLocale } from '../i18n/locale.ts';
import { announce } from '../status.ts';
import { useAccessView } from '../access/accessStore.ts';
import { useLoad } from '../useLoad.ts';
import { textLanguageOf } from './consentText.ts';
import { useReadingLocale } from './readingTranslator.ts';
import { SignaturePad } from './SignaturePad.tsx';
import './consent.css';
import { DialogActions } from '../components/DialogActions.tsx';

/**
 * Obtaining consent: the patient reads the chosen template version on screen, in the language chosen
 * (the patient's by default; null: the clinic's), confirms the screening answers shown with it and signs;
 * the practitioner countersigns. What the patient reads and signs is worded in that language; the
 * practitioner's controls stay in the screens' language. What is stored is the version's text (and its
 * language) as the main process holds it, never text from this screen.
 */
export function ObtainConsentDialog({ patient, indication, onClose, onSigned }: { patient: Patient; indication?: IndicationId; onClose: () => void; onSigned: () => void }) {
  const { t } = useTranslation(['consent', 'common', 'clinical']);
  const format = useFormat();
  const id = useId();
  const screenLanguage = useLocale((s) => s.language);
  const templates = useLoad(() => api.listConsentTemplates({}), []);
  const settings = useLoad(() => api.getSettings({}), []);
  const clinicLanguage = textLanguageOf(settings.state === 'ready' ? (settings.value.language ?? screenLanguage) : screenLanguage);
  const [chosenLanguage, setChosenLanguage] = useState<Language | null>(null);
  const language: Language = chosenLanguage ?? patient.language ?? clinicLanguage;
  const reading = useReadingLocale(language);
  const [chosen, setChosen] = useState<{ templateId: string; version: number } | null>(null);
  const [confirmed, setConfirmed] = useState(false);
  // Photographs are a choice of their own, answered explicitly: nothing is ticked beforehand.
  const [photoConsent, setPhotoConsent] = useState<boolean | null>(null);
  const [patientName, setPatientName] = useState(`${patient.firstName} ${patient.lastName}`);
  const [typed, setTyped] = useState(false);
  const [patientPng, setPatientPng] = useState<string | null>(null);
  const [practitionerPng, setPractitionerPng] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);

  const all = templates.state === 'ready' ? templates.value : [];
  const list = useMemo(() => all.filter((tpl) => tpl.language === language), [all, language]);
  const initial = useMemo(() => list.find((tpl) => tpl.indication === indication) ?? list[0] ?? null, [list, indication]);
  const selectedId = (chosen && list.some((tpl) => tpl.templateId === chosen.templateId) ? chosen.templateId : null) ?? initial?.templateId ?? null;
  const selected = list.find((tpl) => tpl.templateId === selectedId) ?? null;
  const version = (chosen?.templateId === selectedId ? chosen?.version : undefined) ?? selected?.version ?? 1;
  const text = useLoad<ConsentTemplate | null>(() => (selectedId ? api.getConsentTemplate({ templateId: selectedId, version }) : Promise.resolve(null)), [selectedId, version]);
  const allowTyped = settings.state === 'ready' && settings.value.consent.allowTypedSignature;
  // Who obtains the consent: the unlocked practitioner (the store records their profile with the countersignature).
  const access = useAccessView();
  const practitioner = access.phase === 'unlocked' ? access.current.displayName : '';

  const patientSignature: SignatureInput | null = typed ? (patientName.trim() ? { kind: 'typed', name: patientName.trim() } : null) : patientPng && patientName.trim() ? { kind: 'drawn', name: patientName.trim(), png: patientPng } : null;
  const ready = !!selected && text.state === 'ready' && confirmed && photoConsent !== null && patientSignature !== null && practitionerPng !== null && !!patient.screening;

  const sign = async () => {
    if (!ready || !selected || !patientSignature || !practitionerPng || photoConsent === null) return;
    setBusy(true);
    setError(null);
    try {
      await api.signConsent({
        patientId: patient.id,
        templateId: selected.templateId,
        templateVersion: version,
        screeningConfirmed: true,
        photoConsent,
        patientSignature,
        practitionerSignature: { kind: 'drawn', name: practitioner || t('obtain.practitionerFallback'), png: practitionerPng },
      });
      announce(t('obtain.signed', { patient: patientDisplayName(patient) }), 'success');
      onSigned();
    } catch (e) {
      setError(e);
      setBusy(false);
    }
  };

  const r = reading.t;
  // A drawn signature or an answer given is not thrown away by a stray Escape: the dialog asks first.
  const dirty = patientPng !== null || practitionerPng !== null || confirmed || photoConsent !== null;
  return (
    <Modal
      title={t('obtain.title', { patient: patientDisplayName(patient) })}
      onClose={onClose}
      dirty={dirty && !busy}
      discardQuestion={t('obtain.discard')}
      size="wide"
      footer={(requestClose) => (
        <DialogActions onCancel={requestClose} busy={busy} action={{ label: busy ? t('obtain.signing') : t('obtain.sign'), onClick: sign, disabled: !ready }} />
      )}
    >
      {error ? <ErrorBanner title={t('obtain.failed')} message={errorText(t, error)} /> : null}
      {!patient.screening ? <ErrorBanner title={t('obtain.screenFirst')} message={t('obtain.screenFirstText')} /> : null}
      <div className="consent-choice">
        <Field id={`${id}-language`} label={t('obtain.language')}>
          {(c) => (
            <LanguageSelect
              {...c}
              value={language}
              onChange={(chosen) => (setChosenLanguage(chosen), setChosen(null), setConfirmed(false))}
              optionLabel={(l) => (l === patient.language ? t('obtain.patientsLanguage', { language: LANGUAGE_AUTONYM[l] }) : LANGUAGE_AUTONYM[l])}
            />
          )}
        </Field>
        <SelectField
          id={`${id}-form`}
          label={t('obtain.form')}
          value={selectedId ?? ''}
          onChange={(templateId) => setChosen({ templateId, version: list.find((tpl) => tpl.templateId === templateId)?.version ?? 1 })}
          options={INDICATIONS.flatMap((ind) => list.filter((tpl) => tpl.indication === ind.id).map((tpl) => ({ value: tpl.templateId, label: tpl.title, group: indicationLabel(t, ind.id) })))}
        />
        <SelectField
          id={`${id}-version`}
          label={t('obtain.version')}
          value={String(version)}
          onChange={(chosenVersion) => selectedId && setChosen({ templateId: selectedId, version: Number(chosenVersion) })}
          options={(selected?.versions ?? []).map((v) => {
            const values = { version: v.version, date: format.date(format.instantDay(v.createdAt)) };
            return { value: String(v.version), label: v.version === selected?.version ? t('obtain.versionOptionLatest', values) : t('obtain.versionOption', values) };
          })}
        />
      </div>
      {templates.state === 'ready' && list.length === 0 ? <p className="muted">{t('obtain.noTemplate', { language: LANGUAGE_AUTONYM[language] })}</p> : null}
      <div lang={language} className="consent-reading">
        <h3 className="form-section__title">{r('consent:reading.heading')}</h3>
        <div className="consent-text" tabIndex={0} aria-label={r('consent:reading.textLabel')} data-testid="consent-text">
          {text.state === 'ready' && text.value ? text.value.body : r('common:loading')}
        </div>
        {patient.screening ? (
          <>
            <h3 className="form-section__title">{r('consent:reading.screening', { date: reading.format.date(patient.screening.screenedOn) })}</h3>
            <div className="consent-screening">
              {CONTRAINDICATIONS.map((c) => {
                const a = patient.screening!.answers[c.key];
                // Not asked by a screening of the first list: nothing to confirm for it.
                if (!a) return [];
                return [
                  <span key={`${c.key}-l`}>
                    {contraindicationLabel(r, c.key)}
                    {a.note ? <span className="muted"> ({a.note})</span> : null}
                  </span>,
                  <span key={`${c.key}-a`} className={a.present ? 'consent-screening__yes' : 'consent-screening__no'}>
                    {a.present ? r('common:yes') : r('common:no')}
                  </span>,
                ];
              })}
            </div>
            <CheckboxField label={r('consent:reading.confirm')} checked={confirmed} onChange={setConfirmed} />
          </>
        ) : null}
        <fieldset className="consent-photos" data-testid="photo-consent">
          <legend className="form-section__title">{r('consent:reading.photoQuestion')}</legend>
          <p className="muted">{r('consent:reading.photoExplain')}</p>
          <label className="checkbox">
            <input type="radio" name={`${id}-photos`} checked={photoConsent === true} onChange={() => setPhotoConsent(true)} />
            {r('consent:reading.photoYes')}
          </label>
          <label className="checkbox">
            <input type="radio" name={`${id}-photos`} checked={photoConsent === false} onChange={() => setPhotoConsent(false)} />
            {r('consent:reading.photoNo')}
          </label>
        </fieldset>
      </div>
      <div className="consent-grid">
        <div lang={language}>
          <Field id={`${id}-name`} label={r('consent:reading.nameAsSigned')}>
            {(c) => <input {...c} className="input" value={patientName} onChange={(e) => setPatientName(e.target.value)} />}
          </Field>
          {allowTyped ? (
            <CheckboxField label={r('consent:reading.typed')} checked={typed} onChange={setTyped} />
          ) : null}
          {typed ? null : <SignaturePad t={r} label={r('consent:reading.patientSignature')} onChange={setPatientPng} />}
        </div>
        <div>
          <p className="field__label">
            {practitioner ? t('obtain.countersignedBy', { name: practitioner }) : t('obtain.countersignedByPractitioner')}
          </p>
          <SignaturePad label={t('obtain.practitionerSignature')} onChange={setPractitionerPng} />
        </div>
      </div>
    </Modal>
  );
}
