import { describe, expect, it, vi } from 'vitest';
import { renderToStaticMarkup } from 'react-dom/server';
import { SelectField } from '../../../renderer/components/SelectField.tsx';
import { hostElements, only, textOf } from './hostElements.ts';

const OPTIONS = [
  { value: 'front', label: 'Front' },
  { value: 'back', label: 'Back' },
] as const;

describe('SelectField', () => {
  it('ties the label to the select and lists the options in the order given', () => {
    const els = hostElements(<SelectField id="pose" label="Pose" value="back" onChange={() => {}} options={OPTIONS} />);
    expect(only(els, 'label').props.htmlFor).toBe('pose');
    const select = only(els, 'select');
    expect(select.props.id).toBe('pose');
    expect(select.props.value).toBe('back');
    expect(els.filter((e) => e.type === 'option').map((o) => [o.props.value, textOf(o)])).toEqual([
      ['front', 'Front'],
      ['back', 'Back'],
    ]);
  });

  it('answers the chosen value', () => {
    const onChange = vi.fn();
    const els = hostElements(<SelectField id="pose" label="Pose" value="front" onChange={onChange} options={OPTIONS} />);
    (only(els, 'select').props.onChange as (e: unknown) => void)({ target: { value: 'back' } });
    expect(onChange).toHaveBeenCalledWith('back');
  });

  it('puts the placeholder first with no value, disabled when it cannot be chosen back', () => {
    const els = hostElements(<SelectField id="sex" label="Sex" value="" onChange={() => {}} options={OPTIONS} placeholder={{ label: 'Choose…', disabled: true }} />);
    const first = els.find((e) => e.type === 'option')!;
    expect(first.props.value).toBe('');
    expect(first.props.disabled).toBe(true);
    expect(textOf(first)).toBe('Choose…');
  });

  it('marks the select invalid and describes it by the error shown under it', () => {
    const els = hostElements(<SelectField id="sex" label="Sex" value="" onChange={() => {}} options={OPTIONS} error="Choose one" required />);
    const select = only(els, 'select');
    expect(select.props['aria-invalid']).toBe(true);
    expect(select.props['aria-describedby']).toBe('sex-error');
    expect(select.props.required).toBe(true);
    expect(textOf(only(els, 'p', (p) => p.id === 'sex-error'))).toContain('Choose one');
  });

  it('groups options that name a group under one optgroup per run', () => {
    const options = [
      { value: 'a', label: 'A', group: 'Pain' },
      { value: 'b', label: 'B', group: 'Pain' },
      { value: 'c', label: 'C', group: 'Hair loss' },
    ];
    const markup = renderToStaticMarkup(<SelectField id="form" label="Form" value="b" onChange={() => {}} options={options} />);
    expect(markup).toContain('<optgroup label="Pain"><option value="a">A</option><option value="b" selected="">B</option></optgroup><optgroup label="Hair loss"><option value="c">C</option></optgroup>');
  });

  it('keeps a fuller name for the select than its short visible label when asked', () => {
    const els = hostElements(<SelectField id="f" label="Pose" value="front" onChange={() => {}} options={OPTIONS} ariaLabel="Filter by pose" compact />);
    const select = only(els, 'select');
    expect(select.props['aria-label']).toBe('Filter by pose');
    expect(select.props.className).toContain('input--compact');
    expect(only(els, 'div').props.className).toContain('field--compact');
  });
});
