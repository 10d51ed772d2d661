import { useTranslation } from 'react-i18next';

type Props = {
  /** Cancel: the dialog's guarded close (it asks before discarding what was entered). */
  onCancel: () => void;
  /** While the action runs, both buttons wait. */
  busy?: boolean;
  /** The dialog's one action: its words (say "Saving…" while busy), and whether it may run yet. */
  action: { label: string; onClick: () => void; disabled?: boolean; tone?: 'primary' | 'danger' };
  cancelClassName?: string;
};

/** A dialog's footer: Cancel, then its one action (primary, or danger when it cannot be undone). */
export function DialogActions({ onCancel, busy = false, action, cancelClassName }: Props) {
  const { t } = useTranslation(['common']);
  return (
    <>
      <button type="button" className={cancelClassName ? `button ${cancelClassName}` : 'button'} onClick={onCancel} disabled={busy}>
        {t('common:cancel')}
      </button>
      <button type="button" className={`button button--${action.tone ?? 'primary'}`} onClick={action.onClick} disabled={busy || action.disabled}>
        {action.label}
      </button>
    </>
  );
}
