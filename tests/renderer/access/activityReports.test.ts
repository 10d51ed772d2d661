import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createAccessControl } from '../../../electron/access/accessControl.ts';
import { IdleTimer, REPORT_EVERY_MS } from '../../../renderer/access/idleTimer.ts';
import { SHORTEST_IDLE_MINUTES } from '../../../shared/settings.ts';

const dr = { id: '6f1c1d52-5d0e-4c38-9a63-2b8f3f0b1a11', displayName: 'Dr Hélène Dubois' };

beforeEach(() => {
  vi.useFakeTimers({ now: 1_000_000 });
});
afterEach(() => {
  vi.useRealTimers();
});

/**
 * The window's idle timer (real setTimeout, faked) reporting to the main process's lock, both on the
 * shortest idle time the settings allow; the report is the reportActivity call (an accepted call: touch).
 */
function workday() {
  const idleMinutes = SHORTEST_IDLE_MINUTES;
  const access = createAccessControl({ idleMinutes: () => idleMinutes, now: () => Date.now() });
  access.unlock(dr);
  const events: string[] = [];
  const timer = new IdleTimer({
    idleMs: idleMinutes * 60_000,
    reportEveryMs: REPORT_EVERY_MS,
    now: () => Date.now(),
    schedule: (run, ms) => setTimeout(run, ms),
    cancel: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
    onIdle: () => events.push('idle'),
    onReport: () => access.touch(),
  });
  return { access, timer, events };
}

describe('activity reports keep a working practitioner unlocked', () => {
  it('reports well within the shortest idle time', () => {
    expect(REPORT_EVERY_MS).toBeLessThan((SHORTEST_IDLE_MINUTES * 60_000) / 2);
  });

  it('never locks someone who keeps working, at any rhythm, with a one-minute idle time', async () => {
    for (const everyMs of [250, 4_000, 19_000, 29_000, 45_000, 59_000]) {
      const { access, timer, events } = workday();
      for (let t = 0; t < 30 * 60_000; t += everyMs) {
        timer.activity();
        await vi.advanceTimersByTimeAsync(everyMs);
        expect(access.current(), `activity every ${everyMs} ms, at ${t} ms`).toEqual(dr);
      }
      expect(events).toEqual([]);
      timer.stop();
    }
  });

  it('the main process still has the practitioner when the window’s own idle time runs out', async () => {
    // A burst of work, then reading without touching anything: the last of the burst is reported too.
    const { access, timer, events } = workday();
    for (let t = 0; t < 19_000; t += 500) {
      timer.activity();
      await vi.advanceTimersByTimeAsync(500);
    }
    await vi.advanceTimersByTimeAsync(60_000 - 500 - 1);
    expect(events).toEqual([]);
    expect(access.current()).toEqual(dr);
    await vi.advanceTimersByTimeAsync(1);
    expect(events).toEqual(['idle']);
    // Locked by the window first; the main process follows by its own deadline, never before.
    expect(access.current()).toEqual(dr);
    await vi.advanceTimersByTimeAsync(REPORT_EVERY_MS);
    expect(access.current()).toBeNull();
  });
});
