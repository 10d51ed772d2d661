import { useTranslation } from 'react-i18next';

/**
 * A quiet placeholder while a screen's data loads. `text` is the whole worded line ("Loading the
 * patient…", from the caller's namespace); without it, the plain common "Loading…".
 * `what` (a worded noun phrase, "Loading {what}…") is kept for callers not yet converted.
 */
export function Loading({ text, what }: { text?: string; what?: string }) {
  const { t } = useTranslation('common');
  return (
    <p className="loading" role="status">
      {text ?? (what ? t('loadingWhat', { what }) : t('loading'))}
    </p>
  );
}
