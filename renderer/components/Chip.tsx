type Props = {
  label: string;
  checked: boolean;
  onChange: () => void;
  /** The dense variant used beside the map. */
  small?: boolean;
};

/** One choice of several shown as a pill that is ticked when on (a treated area, a side effect): a checkbox underneath. */
export function Chip({ label, checked, onChange, small }: Props) {
  return (
    <label className={['chip', small ? 'chip--small' : '', checked ? 'chip--on' : ''].filter(Boolean).join(' ')}>
      <input type="checkbox" className="chip__input" checked={checked} onChange={onChange} />
      <span className="chip__check" aria-hidden="true" />
      <span>{label}</span>
    </label>
  );
}
