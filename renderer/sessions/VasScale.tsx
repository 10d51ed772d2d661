import { useTranslation } from 'react-i18next';
import { FieldError, fieldErrorId } from '../components/Field.tsx';

/** A pain score on the visual analogue scale, 0 (no pain) to 10 (worst imaginable), or not recorded. */
export function VasScale({
  name,
  label,
  value,
  onChange,
  disabled,
  prominent,
  error,
}: {
  name: string;
  label: string;
  value: number | null;
  onChange: (value: number | null) => void;
  disabled?: boolean;
  prominent?: boolean;
  error?: string | null;
}) {
  const { t } = useTranslation(['sessions']);
  return (
    <fieldset className={`vas${prominent ? ' vas--prominent' : ''}`} disabled={disabled} aria-describedby={error ? fieldErrorId(name) : undefined} id={name}>
      <legend className="vas__legend">
        {label}
        <span className="vas__value" aria-hidden="true">
          {value === null ? '—' : value}
        </span>
      </legend>
      <div className="vas__scale">
        {Array.from({ length: 11 }, (_, n) => (
          <label key={n} className={`vas__option${value === n ? ' vas__option--on' : ''}`} title={n === 0 ? t('vas.noPain') : n === 10 ? t('vas.worstPain') : undefined}>
            <input type="radio" name={name} value={n} checked={value === n} onChange={() => onChange(n)} aria-label={n === 0 ? t('vas.optionNoPain', { n }) : n === 10 ? t('vas.optionWorst', { n }) : String(n)} />
            <span aria-hidden="true">{n}</span>
          </label>
        ))}
      </div>
      <div className="vas__ends">
        <span aria-hidden="true">{t('vas.lowEnd')}</span>
        <label className={`vas__option vas__option--none${value === null ? ' vas__option--on' : ''}`}>
          <input type="radio" name={name} value="" checked={value === null} onChange={() => onChange(null)} />
          <span>{t('vas.notRecorded')}</span>
        </label>
        <span aria-hidden="true">{t('vas.highEnd')}</span>
      </div>
      <FieldError id={name} error={error} />
    </fieldset>
  );
}
