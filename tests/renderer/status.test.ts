import { describe, expect, it } from 'vitest';
import { announce, currentStatus } from '../../renderer/status.ts';

describe('status line', () => {
  it('keeps the last announcement, with its tone (info by default) and time', () => {
    expect(currentStatus()).toBeNull();
    const before = Date.now();
    announce('Patient saved', 'success');
    const saved = currentStatus();
    expect(saved).toMatchObject({ text: 'Patient saved', tone: 'success' });
    expect(saved?.at.getTime()).toBeGreaterThanOrEqual(before);
    announce('Backup made');
    expect(currentStatus()).toMatchObject({ text: 'Backup made', tone: 'info' });
    announce('The disk is full', 'error');
    expect(currentStatus()).toMatchObject({ text: 'The disk is full', tone: 'error' });
  });
});
