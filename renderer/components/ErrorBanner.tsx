import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';

type Props = {
  title: string;
  message: string;
  /** Several problems at once (a form's every error), listed under the message. */
  list?: readonly string[] | undefined;
  /** When the error concerns one field: a button that moves focus to it. */
  onGoToField?: (() => void) | undefined;
  onRetry?: (() => void) | undefined;
  /** Take focus when shown (for errors that do not concern a field). */
  autoFocus?: boolean;
};

/** A refusal or failure, announced to screen readers and shown above the content it concerns. */
export function ErrorBanner({ title, message, list, onGoToField, onRetry, autoFocus }: Props) {
  const { t } = useTranslation(['errors']);
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (autoFocus) ref.current?.focus();
  }, [autoFocus, message]);
  return (
    <div className="banner banner--error" role="alert" tabIndex={-1} ref={ref}>
      <div className="banner__body">
        <p className="banner__title">{title}</p>
        <p className="banner__message">{message}</p>
        {list && list.length > 0 ? (
          <ul className="banner__list">
            {list.map((item, i) => (
              <li key={i}>{item}</li>
            ))}
          </ul>
        ) : null}
      </div>
      {onGoToField || onRetry ? (
        <div className="banner__actions">
          {onGoToField ? (
            <button type="button" className="button button--small" onClick={onGoToField}>
              {t('banner.goToField')}
            </button>
          ) : null}
          {onRetry ? (
            <button type="button" className="button button--small" onClick={onRetry}>
              {t('banner.retry')}
            </button>
          ) : null}
        </div>
      ) : null}
    </div>
  );
}
