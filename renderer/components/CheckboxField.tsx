import type { ReactNode } from 'react';

type Props = {
  label: ReactNode;
  checked: boolean;
  onChange: (checked: boolean) => void;
  disabled?: boolean | undefined;
  className?: string | undefined;
  title?: string | undefined;
};

/** A checkbox with its words beside it, the whole line clickable. */
export function CheckboxField({ label, checked, onChange, disabled, className, title }: Props) {
  return (
    <label className={className ? `checkbox ${className}` : 'checkbox'} title={title}>
      <input type="checkbox" checked={checked} onChange={(e) => onChange(e.target.checked)} disabled={disabled} />
      <span>{label}</span>
    </label>
  );
}
