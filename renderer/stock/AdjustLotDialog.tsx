import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ADJUST_REASONS, adjustmentProblem, type AdjustReason } from '../../shared/stock.ts';
import type { StockRow } from '../../shared/stockStates.ts';
import { api } from '../api.ts';
import { ErrorBanner } from '../components/ErrorBanner.tsx';
import { Field } from '../components/Field.tsx';
import { Modal } from '../components/Modal.tsx';
import { SelectField } from '../components/SelectField.tsx';
import { errorText } from '../i18n/errorText.ts';
import { useFormat } from '../i18n/locale.ts';
import { DialogActions } from '../components/DialogActions.tsx';

type Props = { row: StockRow; onAdjusted: (onHand: number) => void; onClose: () => void };

/**
 * Adjusts a lot, with its reason and a note. Units are taken out for a broken, discarded, expired or
 * returned unit; a count says what the cupboard holds, and the difference is recorded. Never below zero.
 */
export function AdjustLotDialog({ row, onAdjusted, onClose }: Props) {
  const { t } = useTranslation(['stock', 'common', 'errors']);
  const format = useFormat();
  const id = useId();
  const [reason, setReason] = useState<AdjustReason | ''>('');
  const [units, setUnits] = useState('');
  const [note, setNote] = useState('');
  const [problem, setProblem] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const counted = reason === 'counted';

  const submit = async () => {
    const n = /^\d+$/.test(units.trim()) ? Number(units.trim()) : Number.NaN;
    const found: Record<string, string> = {};
    if (reason === '') found.reason = t('errors:problem.required');
    if (!Number.isInteger(n) || (!counted && n === 0)) found.units = t('adjustDialog.unitsInvalid');
    const quantity = counted ? n - row.onHand : -n;
    if (!found.units && reason !== '' && adjustmentProblem(row.onHand, quantity, reason)) found.units = t('adjustDialog.tooMany', { count: row.onHand });
    setProblem(found);
    if (Object.keys(found).length > 0 || reason === '') return;
    setBusy(true);
    setFailure(null);
    try {
      const change = await api.adjustLot({ lotId: row.id, reason, quantity, note });
      onAdjusted(change.onHand);
    } catch (caught) {
      setBusy(false);
      setFailure(errorText(t, caught));
    }
  };

  return (
    <Modal
      title={t('adjustDialog.title', { lot: row.lot, product: row.productName })}
      onClose={busy ? null : onClose}
      dirty={reason !== '' || units !== '' || note !== ''}
      discardQuestion={t('adjustDialog.discard')}
      footer={(requestClose) => (
        <DialogActions onCancel={requestClose} busy={busy} action={{ label: busy ? t('common:saving') : t('adjustDialog.submit'), onClick: () => void submit() }} />
      )}
    >
      <p className="stock-adjust__now">{t('adjustDialog.onHand', { count: row.onHand, number: format.integer(row.onHand) })}</p>
      {failure ? <ErrorBanner title={t('adjustDialog.failed')} message={failure} /> : null}
      <div className="stock-form">
        <SelectField
          id={`${id}-reason`}
          label={t('field.reason')}
          required
          value={reason}
          onChange={(v) => setReason(v)}
          placeholder={{ label: t('adjustDialog.chooseReason'), disabled: true }}
          options={ADJUST_REASONS.map((r) => ({ value: r, label: t(`reason.${r}`) }))}
          error={problem.reason ?? null}
        />
        <Field id={`${id}-units`} label={counted ? t('adjustDialog.unitsCounted') : t('adjustDialog.unitsRemoved')} required error={problem.units || null}>
          {(c) => <input {...c} className="input input--number" inputMode="numeric" value={units} onChange={(e) => (setUnits(e.target.value), setProblem((p) => ({ ...p, units: '' })))} />}
        </Field>
        <Field id={`${id}-note`} label={t('field.note')} className="stock-form__wide">
          {(c) => <textarea {...c} className="input textarea" rows={2} maxLength={500} value={note} onChange={(e) => setNote(e.target.value)} />}
        </Field>
      </div>
    </Modal>
  );
}
