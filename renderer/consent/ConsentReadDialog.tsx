import { useTranslation } from 'react-i18next';
import { api } from '../api.ts';
import { ErrorBanner } from '../components/ErrorBanner.tsx';
import { Loading } from '../components/Loading.tsx';
import { Modal } from '../components/Modal.tsx';
import { errorText } from '../i18n/errorText.ts';
import { useFormat } from '../i18n/locale.ts';
import { useLoad } from '../useLoad.ts';
import { consentLine } from './consentText.ts';

/**
 * A signed consent opened to be read as it was signed: its exact text, who signed it and when, its hash.
 * Opening it is a read of the record, audited ('consent.view') by the channel it comes through.
 */
export function ConsentReadDialog({ consentId, onClose }: { consentId: string; onClose: () => void }) {
  const { t } = useTranslation(['consent', 'common', 'clinical']);
  const format = useFormat();
  const consent = useLoad(() => api.getConsent({ id: consentId }), [consentId]);
  const title = consent.state === 'ready' ? consent.value.title : t('read.loading');
  return (
    <Modal
      title={title}
      onClose={onClose}
      size="wide"
      footer={
        <button type="button" className="button" onClick={onClose}>
          {t('common:close')}
        </button>
      }
    >
      {consent.state === 'loading' ? <Loading text={t('read.loading')} /> : null}
      {consent.state === 'error' ? <ErrorBanner title={t('read.failed')} message={errorText(t, consent.error)} onRetry={consent.reload} /> : null}
      {consent.state === 'ready' ? (
        <>
          <p className="consent-item__meta">{consentLine(t, consent.value, format)}</p>
          <div className="consent-text" tabIndex={0} lang={consent.value.language} aria-label={t('reading.textLabel')} data-testid="consent-read-text">
            {consent.value.text}
          </div>
          <p>
            {t('read.signed', { patient: consent.value.patientSignature.name, practitioner: consent.value.practitionerSignature.name, when: format.instant(consent.value.signedAt) })}
          </p>
          {consent.value.withdrawal ? <p>{t('read.withdrawn', { date: format.date(consent.value.withdrawal.date), reason: consent.value.withdrawal.reason })}</p> : null}
          <p className="muted consent-read__hash">{t('read.hash', { hash: consent.value.hash })}</p>
        </>
      ) : null}
    </Modal>
  );
}
