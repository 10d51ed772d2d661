import { describe, expect, it } from 'vitest';
import { ErrorBanner } from '../../../renderer/components/ErrorBanner.tsx';
import { OutcomeBanner } from '../../../renderer/components/OutcomeBanner.tsx';
import { hostElements, only } from './hostElements.ts';

describe('OutcomeBanner', () => {
  it('gives a failure to the error banner (an alert)', () => {
    const els = hostElements(<OutcomeBanner tone="error" title="Backup failed" message="Disk full" />, [ErrorBanner]);
    expect(els).toHaveLength(1);
    expect(els[0]!.type).toBe(ErrorBanner);
    expect(els[0]!.props).toMatchObject({ title: 'Backup failed', message: 'Disk full' });
  });

  it('shows a success or a warning as a status, in its tone', () => {
    const els = hostElements(<OutcomeBanner tone="warning" title="Backed up" message="2 photos missing" />, [ErrorBanner]);
    const banner = only(els, 'div', (p) => p.role === 'status');
    expect(banner.props.className).toBe('banner banner--warning');
  });
});
