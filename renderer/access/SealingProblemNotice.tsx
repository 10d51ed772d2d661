import { useTranslation } from 'react-i18next';
import { errorText } from '../i18n/errorText.ts';
import { useAccessView } from './accessStore.ts';

/**
 * Says, on every screen, that this folder's records could not be sealed at the unlock (they stay in
 * clear, as they were, and the next unlock tries again), and why: never only in a log nobody reads.
 */
export function SealingProblemNotice() {
  const { t } = useTranslation(['access', 'errors']);
  const view = useAccessView();
  if (view.phase !== 'unlocked' || !view.sealingProblem) return null;
  const why = errorText(t, { code: 'storage', field: null, reason: view.sealingProblem, params: {} });
  return (
    <p className="banner banner--warning" role="status">
      {t('access:sealing.failed', { why })}
    </p>
  );
}
