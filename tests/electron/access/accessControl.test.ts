import { describe, expect, it } from 'vitest';
import { createAccessControl, failureDelayMs } from '../../../electron/access/accessControl.ts';

const dr = { id: '6f1c1d52-5d0e-4c38-9a63-2b8f3f0b1a11', displayName: 'Dr Hélène Dubois' };

function lockWithClock(idleMinutes = 10) {
  let now = 1_000_000;
  const waits: number[] = [];
  let idle = idleMinutes;
  // A pause is spent on the clock, as a real one would be.
  const access = createAccessControl({ now: () => now, idleMinutes: () => idle, wait: async (ms) => void (waits.push(ms), (now += ms)) });
  return { access, waits, advance: (ms: number) => (now += ms), setIdle: (m: number) => (idle = m) };
}

describe('the lock (main process)', () => {
  it('starts locked, unlocks as one practitioner, locks on request', () => {
    const { access } = lockWithClock();
    expect(access.current()).toBeNull();
    access.unlock(dr);
    expect(access.current()).toEqual(dr);
    access.lock();
    expect(access.current()).toBeNull();
  });

  it('locks by itself once the idle time has passed without activity (injected clock)', () => {
    const { access, advance } = lockWithClock(10);
    access.unlock(dr);
    advance(9 * 60_000 + 59_999);
    expect(access.current()).toEqual(dr);
    advance(1);
    expect(access.current()).toBeNull();
    // Activity after the deadline does not bring it back.
    access.touch();
    expect(access.current()).toBeNull();
  });

  it('pushes the deadline back on activity', () => {
    const { access, advance } = lockWithClock(10);
    access.unlock(dr);
    advance(9 * 60_000);
    access.touch();
    advance(9 * 60_000);
    expect(access.current()).toEqual(dr);
    advance(60_000);
    expect(access.current()).toBeNull();
  });

  it('reads the idle minutes from the settings at each check', () => {
    const { access, advance, setIdle } = lockWithClock(10);
    access.unlock(dr);
    advance(2 * 60_000);
    expect(access.current()).toEqual(dr);
    setIdle(1);
    expect(access.current()).toBeNull();
  });

  it('waits after a wrong passphrase, longer after each failure in a row, and forgets after a success', async () => {
    const { access, waits } = lockWithClock();
    const fail = () => access.attempt(dr.id, async () => ({ ok: false, value: false }));
    for (let i = 0; i < 6; i++) await fail();
    expect(waits).toEqual([1000, 1000, 1000, 2000, 4000, 8000]);
    await access.attempt(dr.id, async () => ({ ok: true, value: true }));
    await fail();
    expect(waits.at(-1)).toBe(1000);
    expect(failureDelayMs(40)).toBe(30_000);
    expect(failureDelayMs(0)).toBe(0);
  });

  it('checks one passphrase at a time: parallel guesses queue behind the pause', async () => {
    const order: string[] = [];
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const access = createAccessControl({ idleMinutes: () => 10, wait: () => gate });
    const first = access.attempt(dr.id, async () => (order.push('first'), { ok: false, value: 1 }));
    const second = access.attempt(dr.id, async () => (order.push('second'), { ok: false, value: 2 }));
    await Promise.resolve();
    await Promise.resolve();
    expect(order).toEqual(['first']);
    release();
    expect(await first).toBe(1);
    expect(await second).toBe(2);
    expect(order).toEqual(['first', 'second']);
  });
});
