import type { ReactNode } from 'react';

/** What a control needs so that its label, hint and error are tied to it for assistive technology. */
export type ControlProps = {
  id: string;
  'aria-invalid': true | undefined;
  'aria-describedby': string | undefined;
  required: boolean | undefined;
};

type FieldProps = {
  id: string;
  label: string;
  hint?: string | undefined;
  error?: string | null | undefined;
  required?: boolean;
  /** The small variant used in dense grids (a cocktail product's row): field--compact, a small label. */
  compact?: boolean;
  className?: string | undefined;
  children: (control: ControlProps) => ReactNode;
};

/** A labelled control with an optional hint and an error message shown beside it. */
export function Field({ id, label, hint, error, required, compact, className, children }: FieldProps) {
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? fieldErrorId(id) : undefined;
  const describedBy = [errorId, hintId].filter(Boolean).join(' ') || undefined;
  return (
    <div className={['field', compact ? 'field--compact' : '', error ? 'field--invalid' : '', className ?? ''].filter(Boolean).join(' ')}>
      <label className={compact ? 'field__label field__label--small' : 'field__label'} htmlFor={id}>
        {label}
        {required ? (
          <span className="field__required" aria-hidden="true">
            {' '}
            *
          </span>
        ) : null}
      </label>
      {children({ id, 'aria-invalid': error ? true : undefined, 'aria-describedby': describedBy, required: required || undefined })}
      <FieldError id={id} error={error} />
      {hint ? (
        <p className="field__hint" id={hintId}>
          {hint}
        </p>
      ) : null}
    </div>
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
