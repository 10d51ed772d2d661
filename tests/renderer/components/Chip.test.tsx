import { describe, expect, it, vi } from 'vitest';
import { Chip } from '../../../renderer/components/Chip.tsx';
import { hostElements, only, textOf } from './hostElements.ts';

describe('Chip', () => {
  it('shows when it is on and toggles through its checkbox', () => {
    const onChange = vi.fn();
    const els = hostElements(<Chip label="Knee" checked small onChange={onChange} />);
    expect(only(els, 'label').props.className).toBe('chip chip--small chip--on');
    expect(textOf(only(els, 'label'))).toBe('Knee');
    const box = only(els, 'input');
    expect(box.props.checked).toBe(true);
    (box.props.onChange as () => void)();
    expect(onChange).toHaveBeenCalledOnce();
  });

  it('is a plain chip when off', () => {
    expect(only(hostElements(<Chip label="Knee" checked={false} onChange={() => {}} />), 'label').props.className).toBe('chip');
  });
});
