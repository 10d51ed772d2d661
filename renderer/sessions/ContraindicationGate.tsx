import { Trans, useTranslation } from 'react-i18next';
import { useState } from 'react';
import { UNDER_18, contraindicationLabel } from '../../shared/contraindications.ts';
import type { Patient } from '../../shared/patient.ts';
import type { Session } from '../../shared/session.ts';
import { sessionScreeningItems } from '../../shared/sessionScreening.ts';
import { Modal } from '../components/Modal.tsx';
import { useFormat } from '../i18n/locale.ts';

type Props = {
  patient: Patient;
  /** The draft: its own copy of the screening, taken when it started, is what is acknowledged. */
  session: Pick<Session, 'screening' | 'date'>;
  onAcknowledge: () => Promise<string | null>;
  onGoBack: () => void;
};

/**
 * Opening a draft whose screening (the session's copy, as confirmed when it started; never the
 * patient's later file) has positive items, age under 18 included: they are listed with their notes
 * and must be acknowledged before the chart can be edited; or the practitioner goes back.
 */
export function ContraindicationGate({ patient, session, onAcknowledge, onGoBack }: Props) {
  const { t } = useTranslation(['sessions', 'clinical']);
  const format = useFormat();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const screening = session.screening?.screening ?? null;
  const positives = sessionScreeningItems(session.screening, patient.dateOfBirth, session.date);
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
        {positives.map((key) => {
          const note = key === UNDER_18 ? t('gate.under18Note', { date: format.date(patient.dateOfBirth) }) : (screening?.answers[key]?.note ?? '');
          return (
            <li key={key} className="ci-list__item">
              <span className="ci-list__icon" aria-hidden="true">
                !
              </span>
              <div>
                <strong>{contraindicationLabel(t, key)}</strong>
                {note ? <p className="ci-list__note">{note}</p> : <p className="ci-list__note muted">{t('gate.noNote')}</p>}
              </div>
            </li>
          );
        })}
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
