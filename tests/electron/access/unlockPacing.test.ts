import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createUnlockPacing, failureDelayMs } from '../../../electron/access/unlockPacing.ts';
import { tempDir } from '../store/fixtures.ts';

const HELENE = '6f1c1d52-5d0e-4c38-9a63-2b8f3f0b1a11';
const MAREK = '0b7e4a8e-9b55-4a43-8f0e-3d3b9d7b2c22';

/** A pacing over a file in a fresh folder (or the given one), with a clock moved by hand and waits recorded (and "spent" on the clock). */
function pacing(dir = tempDir(), start = 1_000_000) {
  let now = start;
  const waits: number[] = [];
  const path = join(dir, 'unlock-pacing.json');
  const errors: unknown[] = [];
  const p = createUnlockPacing({ path, now: () => now, wait: async (ms) => void (waits.push(ms), (now += ms)), onError: (e) => errors.push(e) });
  const wrong = (id: string) => p.attempt(id, async () => ({ ok: false, value: false }));
  const right = (id: string) => p.attempt(id, async () => ({ ok: true, value: true }));
  return { p, dir, path, waits, errors, wrong, right, advance: (ms: number) => (now += ms), now: () => now };
}

describe('the pacing of wrong passphrases', () => {
  it('slows one profile after its failures, not another', async () => {
    const a = pacing();
    for (let i = 0; i < 5; i++) await a.wrong(HELENE);
    expect(a.waits).toEqual([1000, 1000, 1000, 2000, 4000]);
    a.waits.length = 0;
    // Marek's unlock waits for nothing.
    expect(await a.right(MAREK)).toBe(true);
    expect(a.waits).toEqual([]);
    // Hélène's next failure is paced from where she was.
    await a.wrong(HELENE);
    expect(a.waits).toEqual([8000]);
  });

  it('queues parallel guesses for one profile, but not behind another profile’s pause', async () => {
    const order: string[] = [];
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const p = createUnlockPacing({ now: () => 0, wait: () => gate });
    const first = p.attempt(HELENE, async () => (order.push('hélène 1'), { ok: false, value: 1 }));
    const second = p.attempt(HELENE, async () => (order.push('hélène 2'), { ok: false, value: 2 }));
    const marek = p.attempt(MAREK, async () => (order.push('marek'), { ok: true, value: 3 }));
    expect(await marek).toBe(3);
    expect(order).toEqual(['hélène 1', 'marek']);
    release();
    expect(await first).toBe(1);
    expect(await second).toBe(2);
    expect(order).toEqual(['hélène 1', 'marek', 'hélène 2']);
  });

  it('survives a restart: the next attempt first waits out what is left of the pause', async () => {
    const before = pacing();
    for (let i = 0; i < 6; i++) await before.wrong(HELENE);
    // The file names the profile and counts; nothing else.
    const file = JSON.parse(readFileSync(before.path, 'utf8'));
    expect(file).toEqual({ version: 1, profiles: { [HELENE]: { failures: 6, lastFailureAt: expect.any(Number) } } });
    // Restarted 3 s after the sixth failure (which earned 8 s): 5 s are still owed, before the check.
    const after = pacing(before.dir, file.profiles[HELENE].lastFailureAt + 3000);
    await after.wrong(HELENE);
    expect(after.waits).toEqual([5000, 16_000]);
    // Marek owes nothing after the restart either.
    after.waits.length = 0;
    await after.right(MAREK);
    expect(after.waits).toEqual([]);
  });

  it('forgets a profile’s failures after its right passphrase, on disk too', async () => {
    const a = pacing();
    await a.wrong(HELENE);
    await a.wrong(MAREK);
    await a.right(HELENE);
    expect(Object.keys(JSON.parse(readFileSync(a.path, 'utf8')).profiles)).toEqual([MAREK]);
    a.waits.length = 0;
    await a.wrong(HELENE);
    expect(a.waits).toEqual([1000]);
  });

  it.each([
    ['not JSON', '{"version":1,"profi'],
    ['another shape', JSON.stringify({ version: 1, profiles: { [HELENE]: { failures: -3, lastFailureAt: 0 } } })],
    ['an unknown version', JSON.stringify({ version: 2, profiles: {} })],
    ['empty', ''],
  ])('reads a damaged file (%s) as the longest pause for every profile, not as none', async (_what, text) => {
    const dir = tempDir();
    writeFileSync(join(dir, 'unlock-pacing.json'), text);
    const a = pacing(dir);
    await a.right(MAREK);
    expect(a.waits).toEqual([30_000]);
    // Marek's pause was also Hélène's (the clock moved on): her failure's own pause follows.
    a.waits.length = 0;
    await a.wrong(HELENE);
    expect(a.waits).toEqual([30_000]);
    // Marek's success cleared him alone; the file is whole again and keeps the strict pacing for the others.
    const file = JSON.parse(readFileSync(a.path, 'utf8'));
    expect(file.profiles[MAREK]).toEqual({ failures: 0, lastFailureAt: 0 });
    expect(file.everyone.failures).toBeGreaterThanOrEqual(8);
    a.waits.length = 0;
    await a.right(MAREK);
    expect(a.waits).toEqual([]);
  });

  it('never owes more than one pause when the clock was set back', async () => {
    const a = pacing();
    for (let i = 0; i < 4; i++) await a.wrong(HELENE);
    const later = pacing(a.dir, a.now() - 10 * 24 * 3_600_000);
    await later.right(HELENE);
    expect(later.waits).toEqual([failureDelayMs(4)]);
  });

  it('goes on in memory when the file cannot be written, and says so', async () => {
    const dir = tempDir();
    const errors: unknown[] = [];
    const p = createUnlockPacing({ path: join(dir, 'missing-folder', 'unlock-pacing.json'), now: () => 0, wait: async () => {}, onError: (e) => errors.push(e) });
    expect(await p.attempt(HELENE, async () => ({ ok: false, value: 'no' }))).toBe('no');
    expect(errors).toHaveLength(1);
  });

  it('keeps the pause short for the first tries and at most 30 s', () => {
    expect([0, 1, 2, 3, 4, 5, 6, 7, 8, 40].map(failureDelayMs)).toEqual([0, 1000, 1000, 1000, 2000, 4000, 8000, 16_000, 30_000, 30_000]);
  });
});
