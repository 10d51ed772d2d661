import { Trans, useTranslation } from 'react-i18next';
import { useState } from 'react';
import { CONTRAINDICATIONS, contraindicationLabel, positiveContraindications } from '../../shared/contraindications.ts';
import type { Patient } from '../../shared/patient.ts';
import { Modal } from '../components/Modal.tsx';
import { useFormat } from '../i18n/locale.ts';

type Props = {
  patient: Patient;
  onAcknowledge: () => Promise<string | null>;
  onGoBack: () => void;
};

/**
 * Opening a draft for a patient with positive contraindications: they are listed with their notes and
 * must be acknowledged before the chart can be edited; or the practitioner goes back.
 */
export function ContraindicationGate({ patient, onAcknowledge, onGoBack }: Props) {
  const { t } = useTranslation(['sessions', 'clinical']);
  const format = useFormat();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const screening = patient.screening;
  const positives = positiveContraindications(screening);
  const acknowledge = async () => {
    setBusy(true);
    setError(null);
    const refusal = await onAcknowledge();
    if (refusal) {
      setBusy(false);
      setError(refusal);
    }
  };
  return (
    <Modal
      title={t('gate.title', { count: positives.length })}
      tone="warning"
      size="wide"
      onClose={null}
      onEscape={busy ? undefined : onGoBack}
      describedBy="ci-intro"
      initialFocus=".modal__footer .button:not(.button--primary)"
      footer={
        <>
          <button type="button" className="button" onClick={onGoBack} disabled={busy}>
            {t('gate.goBack')}
          </button>
          <button type="button" className="button button--primary" onClick={acknowledge} disabled={busy}>
            {busy ? t('gate.recording') : t('gate.acknowledge')}
          </button>
        </>
      }
    >
      <p id="ci-intro">
        <Trans t={t} i18nKey="gate.intro" values={{ date: screening ? format.date(screening.screenedOn) : '—' }} components={{ strong: <strong /> }} />
      </p>
      <ul className="ci-list">
        {CONTRAINDICATIONS.filter((c) => positives.includes(c.key)).map((c) => (
          <li key={c.key} className="ci-list__item">
            <span className="ci-list__icon" aria-hidden="true">
              !
            </span>
            <div>
              <strong>{contraindicationLabel(t, c.key)}</strong>
              {screening?.answers[c.key].note ? <p className="ci-list__note">{screening.answers[c.key].note}</p> : <p className="ci-list__note muted">{t('gate.noNote')}</p>}
            </div>
          </li>
        ))}
      </ul>
      {patient.allergies ? (
        <p className="ci-allergies">
          <strong>{t('gate.allergies')}</strong> {patient.allergies}
        </p>
      ) : null}
      {error ? (
        <div className="banner banner--error" role="alert">
          <div className="banner__body">
            <p className="banner__title">{t('gate.notRecorded')}</p>
            <p className="banner__message">{error}</p>
          </div>
        </div>
      ) : null}
    </Modal>
  );
}
