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

describe('Field layouts and options', () => {
  it('lays out a point inspector row: its own classes, the error announced at once in a box with no icon', () => {
    const els = hostElements(
      <Field layout="inspector" id="p-volume" label="Volume (ml)" hint="Per point" error="Must be at most 10 ml">
        {(c) => <input {...c} />}
      </Field>,
    );
    expect(only(els, 'div').props.className).toBe('inspector__row inspector__row--invalid');
    const label = only(els, 'label');
    expect(label.props.className).toBe('inspector__label');
    expect(label.props.htmlFor).toBe('p-volume');
    const error = only(els, 'p', (p) => p.id === fieldErrorId('p-volume'));
    expect(error.props.role).toBe('alert');
    expect(error.props.className).toBe('inspector__error');
    expect(textOf(error)).toBe('Must be at most 10 ml');
    expect(only(els, 'p', (p) => p.id === 'p-volume-hint').props.className).toBe('inspector__hint');
    expect(only(els, 'input').props['aria-describedby']).toBe('p-volume-error p-volume-hint');
  });

  it('lays out an inline sub-field with a small label, marked invalid with its error', () => {
    const els = hostElements(
      <Field layout="inline" id="p-depth" label="Depth in mm" error="Outside the allowed range">
        {(c) => <input {...c} />}
      </Field>,
    );
    expect(only(els, 'div').props.className).toBe('inspector__inline inspector__inline--invalid');
    expect(only(els, 'label').props.className).toBe('inspector__sublabel');
    expect(only(els, 'input').props['aria-invalid']).toBe(true);
  });

  it('keeps the compact look of dense grids', () => {
    const els = hostElements(<Field layout="compact" id="lot" label="Lot">{(c) => <input {...c} />}</Field>);
    expect(only(els, 'div').props.className).toBe('field field--compact');
    expect(only(els, 'label').props.className).toBe('field__label field__label--small');
  });

  it('hides a label from sight but keeps it naming the control', () => {
    const els = hostElements(
      <Field id="add-area" label="Add an area" labelHidden error="Already chosen">
        {(c) => <input {...c} />}
      </Field>,
    );
    const label = only(els, 'label');
    expect(label.props.className).toBe('visually-hidden');
    expect(label.props.htmlFor).toBe('add-area');
    expect(textOf(label)).toBe('Add an area');
    expect(only(els, 'input').props['aria-describedby']).toBe('add-area-error');
  });

  it('points to text outside the field and marks the control invalid when its group shows the error', () => {
    const els = hostElements(
      <Field id="recall-lot" label="Lot" hint="Exact lot" describedBy="recall-hint" invalid>
        {(c) => <input {...c} />}
      </Field>,
    );
    const input = only(els, 'input');
    expect(input.props['aria-describedby']).toBe('recall-lot-hint recall-hint');
    expect(input.props['aria-invalid']).toBe(true);
    // The group says what is wrong: the field adds no message of its own.
    expect(els.filter((e) => e.props.id === fieldErrorId('recall-lot'))).toEqual([]);
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
