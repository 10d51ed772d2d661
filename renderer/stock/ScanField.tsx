import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Field } from '../components/Field.tsx';
import { separatorTyped } from '../products/scanSeparator.ts';

type Props = { id: string; onScan: (scan: string) => void; result: React.ReactNode; error: string | null };

/**
 * The field a USB scanner types a box's barcode into (a scanner is a keyboard). Ctrl+], the scanner's
 * group separator, which a browser does not insert, is put in as ASCII 29; Enter, which ends a scan,
 * reads it, and the field is emptied for the next box.
 */
export function ScanField({ id, onScan, result, error }: Props) {
  const { t } = useTranslation('stock');
  const [text, setText] = useState('');
  const onKeyDown = (e: React.KeyboardEvent<HTMLInputElement>) => {
    const separated = separatorTyped(e);
    if (separated) {
      setText(separated.value);
    } else if (e.key === 'Enter') {
      e.preventDefault();
      if (text.trim() !== '') onScan(text);
      setText('');
    }
  };
  return (
    <div className="stock-scan">
      <Field id={id} label={t('scan.label')} hint={t('scan.hint')} error={error}>
        {(c) => <input {...c} className="input mono" autoComplete="off" spellCheck={false} value={text} onChange={(e) => setText(e.target.value)} onKeyDown={onKeyDown} />}
      </Field>
      <div role="status" aria-live="polite" className="stock-scan__result">
        {result}
      </div>
    </div>
  );
}
