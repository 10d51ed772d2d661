import { Fragment } from 'react';
import { Field } from './Field.tsx';

export type SelectOption<V extends string> = {
  value: V;
  label: string;
  /** The language the option is written in, when it is not the screen's (a language named in itself). */
  lang?: string;
  /** The heading of the group the option sits under (an <optgroup>); options of one group stand together. */
  group?: string;
};

type Props<V extends string> = {
  id: string;
  label: string;
  value: V;
  onChange: (value: V) => void;
  options: readonly SelectOption<V>[];
  /**
   * A first option with no value: "Choose…" (disabled, so that it cannot be chosen back) before anything
   * is chosen, or "All poses" in a filter (a choice like the others).
   */
  placeholder?: { label: string; disabled?: boolean } | undefined;
  hint?: string | undefined;
  error?: string | null | undefined;
  required?: boolean;
  compact?: boolean;
  disabled?: boolean;
  className?: string | undefined;
  /** Where the select's own name must say more than the visible label ("Filter by pose" under "Pose"). */
  ariaLabel?: string | undefined;
  /** A tooltip on the select (a compact picker whose label is hidden). */
  title?: string | undefined;
};

/** A labelled choice from a list: Field's label, hint and error around a select of the given options. */
export function SelectField<V extends string>({ id, label, value, onChange, options, placeholder, hint, error, required, compact, disabled, className, ariaLabel, title }: Props<V>) {
  return (
    <Field id={id} label={label} hint={hint} error={error} required={required} layout={compact ? 'compact' : 'form'} className={className}>
      {(c) => (
        <select
          {...c}
          className={compact ? 'input select input--compact' : 'input select'}
          value={value}
          onChange={(e) => onChange(e.target.value as V)}
          disabled={disabled}
          aria-label={ariaLabel}
          title={title}
        >
          {placeholder ? (
            <option value="" disabled={placeholder.disabled}>
              {placeholder.label}
            </option>
          ) : null}
          {groupsOf(options).map(({ group, options: inGroup }, i) => {
            const items = inGroup.map((o) => (
              <option key={o.value} value={o.value} lang={o.lang}>
                {o.label}
              </option>
            ));
            return group === undefined ? (
              <Fragment key={i}>{items}</Fragment>
            ) : (
              <optgroup key={i} label={group}>
                {items}
              </optgroup>
            );
          })}
        </select>
      )}
    </Field>
  );
}

/** Options in runs of the same group, in the order given. */
function groupsOf<V extends string>(options: readonly SelectOption<V>[]): { group: string | undefined; options: SelectOption<V>[] }[] {
  const runs: { group: string | undefined; options: SelectOption<V>[] }[] = [];
  for (const o of options) {
    const last = runs[runs.length - 1];
    if (last && last.group === o.group) last.options.push(o);
    else runs.push({ group: o.group, options: [o] });
  }
  return runs;
}
