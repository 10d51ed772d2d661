import { describe, expect, it, vi } from 'vitest';
import { ErrorBanner } from '../../../renderer/components/ErrorBanner.tsx';
import { ScreenHeading } from '../../../renderer/components/ScreenHeading.tsx';
import { ScreenLoadFailed } from '../../../renderer/components/ScreenLoadFailed.tsx';
import { hostElements, only, textOf } from './hostElements.ts';

describe('ScreenLoadFailed', () => {
  it('focuses the failure with its retry under the screen heading, and offers the way back', () => {
    const onRetry = vi.fn();
    const back = vi.fn();
    const els = hostElements(<ScreenLoadFailed heading="Session" title="Could not open" message="Gone" onRetry={onRetry} back={{ label: 'Back to the patient', onClick: back }} />, [ErrorBanner, ScreenHeading]);
    expect(els.map((e) => e.type)).toEqual(['div', ScreenHeading, ErrorBanner, 'p', 'button']);
    expect(els[2]!.props).toMatchObject({ title: 'Could not open', message: 'Gone', onRetry, autoFocus: true });
    const button = only(els, 'button');
    expect(textOf(button)).toBe('Back to the patient');
    (button.props.onClick as () => void)();
    expect(back).toHaveBeenCalledOnce();
  });

  it('has no way back unless given one', () => {
    expect(hostElements(<ScreenLoadFailed heading="Patient" title="Could not open" message="Gone" onRetry={() => {}} />, [ErrorBanner, ScreenHeading]).some((e) => e.type === 'button')).toBe(false);
  });
});
