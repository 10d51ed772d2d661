import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api.ts';
import { updateUnlockedView } from '../access/accessStore.ts';
import { ErrorBanner } from '../components/ErrorBanner.tsx';
import { Modal } from '../components/Modal.tsx';
import { errorText } from '../i18n/errorText.ts';
import { DialogActions } from '../components/DialogActions.tsx';

/**
 * "Renew the recovery key": after a confirmation that says the current key and every sheet printed with
 * it stop opening the records. The main process answers with the new key to show, and the access gate
 * shows it (RecoveryKeyScreen.tsx) until it is printed or written down.
 */
export function RenewRecoveryKey() {
  const { t } = useTranslation(['access', 'common']);
  const id = useId();
  const [asking, setAsking] = useState(false);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);

  const renew = async () => {
    setBusy(true);
    setFailure(null);
    try {
      // The gate takes over with the new key: this panel goes until it is confirmed.
      await updateUnlockedView(await api.renewRecoveryKey({}));
    } catch (caught) {
      setFailure(errorText(t, caught));
      setBusy(false);
    }
  };
  const close = () => {
    setAsking(false);
    setFailure(null);
  };

  return (
    <div className="inset subform" role="group" aria-labelledby={`${id}-title`}>
      <h3 className="subform__title" id={`${id}-title`}>
        {t('renew.title')}
      </h3>
      <p className="muted subform__intro">{t('renew.intro')}</p>
      <div>
        <button type="button" className="button" onClick={() => setAsking(true)}>
          {t('renew.open')}
        </button>
      </div>
      {asking ? (
        <Modal
          title={t('renew.confirmTitle')}
          tone="warning"
          onClose={busy ? null : close}
          describedBy={`${id}-voids`}
          initialFocus=".renew__cancel"
          footer={
            <DialogActions onCancel={close} busy={busy} cancelClassName="renew__cancel" action={{ label: busy ? t('renew.renewing') : t('renew.confirm'), onClick: () => void renew(), tone: 'danger' }} />
          }
        >
          <p id={`${id}-voids`}>{t('renew.voids')}</p>
          <p>{t('renew.next')}</p>
          {failure ? <ErrorBanner title={t('renew.failed')} message={failure} /> : null}
        </Modal>
      ) : null}
    </div>
  );
}
