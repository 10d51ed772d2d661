import { useTranslation } from 'react-i18next';
import { isOtherPractitioner, type Autosave } from '../editor/autosave.ts';
import { useSaveStatus } from '../editor/useChart.ts';
import { errorText } from '../i18n/errorText.ts';

/** The autosave state beside the map tools: saved / saving / unsaved / error with the reason and Retry. */
export function SaveStatusView({ autosave }: { autosave: Autosave }) {
  const { t, i18n } = useTranslation(['map', 'common']);
  const status = useSaveStatus(autosave);
  return (
    <div className={`save-status save-status--${status.state}`} role="status" aria-live="polite" data-testid="save-status" data-state={status.state}>
      <span className="save-status__dot" aria-hidden="true" />
      <span>{t(`save.${status.state}`)}</span>
      {status.state === 'error' ? (
        <>
          <span className="save-status__message">{errorText(i18n.t, status.error ?? status.message)}</span>
          {status.code !== 'locked' && !isOtherPractitioner(status.error) ? (
            <button type="button" className="map-button map-button--small" onClick={() => void autosave.retry()}>
              {t('common:retry')}
            </button>
          ) : null}
        </>
      ) : null}
    </div>
  );
}
