import { Field } from './Field.tsx';

type Props = {
  /** The form's id: the fields are `${id}-passphrase` and `${id}-confirm`. */
  id: string;
  label: string;
  hint?: string | undefined;
  confirmLabel: string;
  passphrase: string;
  confirm: string;
  onPassphrase: (value: string) => void;
  onConfirm: (value: string) => void;
  /** The error shown under each field, if any. */
  errors: { passphrase: string | null; confirm: string | null };
  required?: boolean;
};

/**
 * A new passphrase and its confirmation: the first run, recovering with the recovery key, adding a
 * practitioner, changing one's passphrase, encrypting a backup. Password managers are told it is new.
 */
export function NewPassphraseFields({ id, label, hint, confirmLabel, passphrase, confirm, onPassphrase, onConfirm, errors, required }: Props) {
  return (
    <>
      <Field id={`${id}-passphrase`} label={label} required={required} hint={hint} error={errors.passphrase}>
        {(c) => <input {...c} type="password" className="input" autoComplete="new-password" value={passphrase} onChange={(e) => onPassphrase(e.target.value)} />}
      </Field>
      <Field id={`${id}-confirm`} label={confirmLabel} required={required} error={errors.confirm}>
        {(c) => <input {...c} type="password" className="input" autoComplete="new-password" value={confirm} onChange={(e) => onConfirm(e.target.value)} />}
      </Field>
    </>
  );
}
