import { useTranslation } from 'react-i18next';
import { useFormat } from '../i18n/locale.ts';

/**
 * Progress of a long operation (a backup, a restore, an import): determinate when the operation can
 * say how far it is (`value` from 0 to 1), an indeterminate moving bar otherwise. Labelled, so screen
 * readers announce what is going on; the region that waits carries aria-busy itself.
 */
export function ProgressBar({ label, value, showLabel = false }: { label: string; value?: number | null; showLabel?: boolean }) {
  const determinate = typeof value === 'number' && Number.isFinite(value);
  const { t } = useTranslation('common');
  const format = useFormat();
  const percent = determinate ? Math.round(Math.min(1, Math.max(0, value)) * 100) : null;
  return (
    <div className="progress">
      {showLabel ? (
        <p className="progress__label">
          {percent !== null ? t('progress.percent', { label, percent: format.percent(percent / 100) }) : label}
        </p>
      ) : null}
      <div
        className={`progress__track${determinate ? '' : ' progress__track--indeterminate'}`}
        role="progressbar"
        aria-label={label}
        aria-valuemin={determinate ? 0 : undefined}
        aria-valuemax={determinate ? 100 : undefined}
        aria-valuenow={percent ?? undefined}
      >
        <div className="progress__bar" style={determinate ? { width: `${percent}%` } : undefined} />
      </div>
    </div>
  );
}
