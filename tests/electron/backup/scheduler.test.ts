import { describe, expect, it } from 'vitest';
import { startBackupSchedule, type ScheduleClock } from '../../../electron/backup/scheduler.ts';

/** A clock whose time and timers move only when the test says so. */
function manualClock(start: string) {
  let now = new Date(start).getTime();
  let timers: { at: number; fn: () => void; id: number }[] = [];
  let nextId = 1;
  const clock: ScheduleClock = {
    now: () => new Date(now),
    setTimeout: (fn, ms) => {
      const id = nextId++;
      timers.push({ at: now + ms, fn, id });
      return id;
    },
    clearTimeout: (id) => {
      timers = timers.filter((t) => t.id !== id);
    },
  };
  /** Moves time forward, firing due timers in order. */
  async function advance(ms: number) {
    const end = now + ms;
    for (;;) {
      const next = timers.filter((t) => t.at <= end).sort((a, b) => a.at - b.at)[0];
      if (!next) break;
      timers = timers.filter((t) => t !== next);
      now = next.at;
      next.fn();
      await Promise.resolve();
      await new Promise((r) => setImmediate(r));
    }
    now = end;
  }
  return { clock, advance, pending: () => timers.length };
}

describe('the backup schedule', () => {
  it('backs up on start, then once the newest backup is older than the interval', async () => {
    const { clock, advance, pending } = manualClock('2025-03-01T08:00:00.000Z');
    const taken: string[] = [];
    let last: Date | null = null;
    const schedule = startBackupSchedule({
      clock,
      intervalHours: () => 24,
      lastBackupAt: () => last,
      runBackup: async () => {
        last = clock.now();
        taken.push(last.toISOString());
      },
      checkEveryMs: 60 * 60_000,
    });
    await schedule.idle();
    expect(taken).toEqual(['2025-03-01T08:00:00.000Z']);
    await advance(23 * 3_600_000);
    expect(taken).toHaveLength(1);
    await advance(3_600_000);
    await schedule.idle();
    expect(taken).toEqual(['2025-03-01T08:00:00.000Z', '2025-03-02T08:00:00.000Z']);
    // A backup taken by hand in between postpones the next automatic one.
    await advance(12 * 3_600_000);
    last = clock.now();
    await advance(13 * 3_600_000);
    expect(taken).toHaveLength(2);
    await advance(11 * 3_600_000);
    await schedule.idle();
    expect(taken).toHaveLength(3);
    schedule.stop();
    expect(pending()).toBe(0);
  });

  it('takes none at start while the newest backup is younger than the interval', async () => {
    const { clock, advance } = manualClock('2025-03-01T08:00:00.000Z');
    const taken: string[] = [];
    let last: Date | null = new Date('2025-03-01T06:00:00.000Z');
    const schedule = startBackupSchedule({
      clock,
      intervalHours: () => 24,
      lastBackupAt: () => last,
      runBackup: async () => {
        last = clock.now();
        taken.push(last.toISOString());
      },
      checkEveryMs: 60 * 60_000,
    });
    await schedule.idle();
    expect(taken).toEqual([]);
    await advance(22 * 3_600_000);
    await schedule.idle();
    expect(taken).toEqual(['2025-03-02T06:00:00.000Z']);
    schedule.stop();
  });

  it('reports a failed backup and tries again at the next check', async () => {
    const { clock, advance } = manualClock('2025-03-01T08:00:00.000Z');
    const errors: unknown[] = [];
    let attempts = 0;
    const schedule = startBackupSchedule({
      clock,
      intervalHours: () => 24,
      lastBackupAt: () => null,
      runBackup: async () => {
        attempts += 1;
        throw new Error('disk full');
      },
      onError: (error) => errors.push(error),
      checkEveryMs: 60_000,
    });
    await schedule.idle();
    await advance(60_000);
    await schedule.idle();
    expect(attempts).toBe(2);
    expect(errors).toHaveLength(2);
    schedule.stop();
  });
});
