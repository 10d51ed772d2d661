import { describe, expect, it } from 'vitest';
import { Field, FieldError, fieldErrorId } from '../../../renderer/components/Field.tsx';
import { hostElements, only, textOf } from './hostElements.ts';

describe('Field', () => {
  it('describes the control by its error first, then its hint', () => {
    const els = hostElements(
      <Field id="dob" label="Date of birth" hint="As on the ID" error="Not a date">
        {(c) => <input {...c} />}
      </Field>,
    );
    const input = only(els, 'input');
    expect(input.props['aria-describedby']).toBe('dob-error dob-hint');
    expect(input.props['aria-invalid']).toBe(true);
    expect(only(els, 'div').props.className).toBe('field field--invalid');
  });

  it('leaves a valid control undescribed when it has no hint', () => {
    const input = only(hostElements(<Field id="dob" label="Date of birth">{(c) => <input {...c} />}</Field>), 'input');
    expect(input.props['aria-describedby']).toBeUndefined();
    expect(input.props['aria-invalid']).toBeUndefined();
  });
});

describe('FieldError', () => {
  it('shows nothing without an error', () => {
    expect(FieldError({ id: 'x', error: null })).toBeNull();
  });

  it('carries the id a control names in aria-describedby, and its own class beside field__error', () => {
    const p = only(hostElements(<FieldError id="sf-treatedAreas" error="Add an area" className="screening__error" />), 'p');
    expect(p.props.id).toBe(fieldErrorId('sf-treatedAreas'));
    expect(p.props.className).toBe('field__error screening__error');
    expect(textOf(p)).toContain('Add an area');
  });
});
