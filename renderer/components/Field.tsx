import type { ReactNode } from 'react';

/** What a control needs so that its label, hint and error are tied to it for assistive technology. */
export type ControlProps = {
  id: string;
  'aria-invalid': true | undefined;
  'aria-describedby': string | undefined;
  required: boolean | undefined;
};

/**
 * How a field is laid out:
 * - form (the default): the label above its control, the error and the hint under it;
 * - compact: the same with a small label and tighter gaps, for dense grids (a cocktail product's row);
 * - inspector: a row of the map's point inspector, in its own smaller style; the error is a boxed
 *   message announced at once (role alert), since it answers a value the practitioner just gave;
 * - inline: a sub-field inside an inspector row, its label, control and hint on one line ("Depth in mm").
 */
export type FieldLayout = 'form' | 'compact' | 'inspector' | 'inline';

type Look = { field: string; invalid: string; label: string; hint: string; alert: boolean };
const LOOKS: Record<FieldLayout, Look> = {
  form: { field: 'field', invalid: 'field--invalid', label: 'field__label', hint: 'field__hint', alert: false },
  compact: { field: 'field field--compact', invalid: 'field--invalid', label: 'field__label field__label--small', hint: 'field__hint', alert: false },
  inspector: { field: 'inspector__row', invalid: 'inspector__row--invalid', label: 'inspector__label', hint: 'inspector__hint', alert: true },
  inline: { field: 'inspector__inline', invalid: 'inspector__inline--invalid', label: 'inspector__sublabel', hint: 'inspector__hint', alert: true },
};

type FieldProps = {
  id: string;
  label: string;
  hint?: string | undefined;
  error?: string | null | undefined;
  required?: boolean;
  layout?: FieldLayout;
  /** The label is read by screen readers but not shown: where a placeholder or the group around says what to type. */
  labelHidden?: boolean;
  /** Ids of text outside the field that describes its control too: one hint under two boxes, a group's error. */
  describedBy?: string | undefined;
  /** The control is invalid although its error is shown by its group rather than by this field. */
  invalid?: boolean;
  className?: string | undefined;
  children: (control: ControlProps) => ReactNode;
};

/** A labelled control with an optional hint and an error message shown beside it. */
export function Field({ id, label, hint, error, required, layout = 'form', labelHidden, describedBy, invalid, className, children }: FieldProps) {
  const look = LOOKS[layout];
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? fieldErrorId(id) : undefined;
  const describedByAll = [errorId, hintId, describedBy].filter(Boolean).join(' ') || undefined;
  return (
    <div className={[look.field, error ? look.invalid : '', className ?? ''].filter(Boolean).join(' ')}>
      <label className={labelHidden ? 'visually-hidden' : look.label} htmlFor={id}>
        {label}
        {required ? (
          <span className="field__required" aria-hidden="true">
            {' '}
            *
          </span>
        ) : null}
      </label>
      {children({ id, 'aria-invalid': error || invalid ? true : undefined, 'aria-describedby': describedByAll, required: required || undefined })}
      {look.alert ? <InspectorError id={id} error={error} /> : <FieldError id={id} error={error} />}
      {hint ? (
        <p className={look.hint} id={hintId}>
          {hint}
        </p>
      ) : null}
    </div>
  );
}

/** The inspector's error: a bordered box (not colour alone) announced when it appears. */
function InspectorError({ id, error }: { id: string; error: string | null | undefined }) {
  if (!error) return null;
  return (
    <p className="inspector__error" id={fieldErrorId(id)} role="alert">
      {error}
    </p>
  );
}

/** The id of the error shown for the control `id`: what its aria-describedby names. */
export const fieldErrorId = (id: string): string => `${id}-error`;

/**
 * The error under a control or a group of controls (a radio scale, a row of chips), marked with an
 * icon so that it does not rest on colour alone; `id` is the control's, the message takes `fieldErrorId(id)`.
 */
export function FieldError({ id, error, className }: { id: string; error: string | null | undefined; className?: string }) {
  if (!error) return null;
  return (
    <p className={className ? `field__error ${className}` : 'field__error'} id={fieldErrorId(id)}>
      <span aria-hidden="true" className="field__error-icon">
        !
      </span>
      {error}
    </p>
  );
}
