import { describe, expect, it, vi } from 'vitest';
import { CheckboxField } from '../../../renderer/components/CheckboxField.tsx';
import { hostElements, only, textOf } from './hostElements.ts';

describe('CheckboxField', () => {
  it('labels the checkbox with its words and answers whether it is now ticked', () => {
    const onChange = vi.fn();
    const els = hostElements(<CheckboxField label="Show archived" checked={false} onChange={onChange} className="toolbar__toggle" />);
    const label = only(els, 'label');
    expect(label.props.className).toBe('checkbox toolbar__toggle');
    expect(textOf(label)).toBe('Show archived');
    const box = only(els, 'input');
    expect(box.props.type).toBe('checkbox');
    (box.props.onChange as (e: unknown) => void)({ target: { checked: true } });
    expect(onChange).toHaveBeenCalledWith(true);
  });

  it('passes on being disabled', () => {
    const els = hostElements(<CheckboxField label="Encrypt" checked onChange={() => {}} disabled />);
    expect(only(els, 'input').props.disabled).toBe(true);
    expect(only(els, 'input').props.checked).toBe(true);
  });
});
