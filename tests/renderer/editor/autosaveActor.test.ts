import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from '../../../shared/errors.ts';
import { Autosave, type SaveFn, type SaveInput } from '../../../renderer/editor/autosave.ts';
import { forgetSetAside, keepAside, setAsideEdits } from '../../../renderer/editor/setAsideEdits.ts';
import { editor } from './fixtures.ts';

const HELENE = '6f1c1d52-5d0e-4c38-9a63-2b8f3f0b1a11';

/** A fake api.saveSession answering what the test scripts, in order; then success. */
function fakeApi() {
  const calls: SaveInput[] = [];
  const answers: (Error | null)[] = [];
  const save: SaveFn = async (input) => {
    calls.push(input);
    const answer = answers.shift();
    if (answer) throw answer;
    return {};
  };
  return { calls, answers, save };
}

const lockedOut = () => new ApiError({ code: 'locked-out', field: null, reason: 'app-locked' });
const otherPractitioner = () => new ApiError({ code: 'conflict', field: 'madeBy', reason: 'other-practitioner' });

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('an autosave carries the practitioner its edits were made under', () => {
  it('names them on every save, the retries included', async () => {
    const e = editor();
    const api = fakeApi();
    api.answers.push(lockedOut());
    new Autosave(e, api.save, { madeBy: HELENE, retryDelaysMs: [2000] });
    e.place(400, 700);
    await vi.advanceTimersByTimeAsync(600);
    await vi.advanceTimersByTimeAsync(2000);
    expect(api.calls).toHaveLength(2);
    expect(api.calls.map((c) => c.madeBy)).toEqual([HELENE, HELENE]);
  });

  it('after a lock and someone else’s unlock, keeps the edits aside, says so, and never sends them again', async () => {
    const e = editor();
    const api = fakeApi();
    const aside: SaveInput[] = [];
    // Locked while the page is left (the flush is refused), then Marek unlocks before the retry.
    api.answers.push(lockedOut(), otherPractitioner());
    const auto = new Autosave(e, api.save, { madeBy: HELENE, retryDelaysMs: [2000, 5000], setAside: (input) => aside.push(input) });
    e.place(400, 700);
    e.setFields({ notes: 'papules, well tolerated' });
    await auto.dispose();
    expect(auto.status).toMatchObject({ state: 'error', code: 'locked-out' });
    await vi.advanceTimersByTimeAsync(2000);
    expect(api.calls).toHaveLength(2);
    expect(aside).toEqual([{ id: e.state.sessionId, fields: { notes: 'papules, well tolerated' }, points: e.state.points, madeBy: HELENE }]);
    expect(auto.status).toMatchObject({ state: 'error', code: 'conflict', retryAt: null, error: { reason: 'other-practitioner' } });
    await vi.advanceTimersByTimeAsync(120_000);
    await auto.retry();
    expect(api.calls).toHaveLength(2);
  });

  it('makes an editor still open read-only, with the edits made since the refused save kept aside too', async () => {
    const e = editor();
    const api = fakeApi();
    const aside: SaveInput[] = [];
    let answer!: (error: Error) => void;
    const auto = new Autosave(e, (input) => (api.calls.push(input), new Promise((_, reject) => (answer = reject))), { madeBy: HELENE, setAside: (input) => aside.push(input) });
    e.place(400, 700);
    await vi.advanceTimersByTimeAsync(600);
    e.place(420, 700);
    answer(otherPractitioner());
    await vi.advanceTimersByTimeAsync(0);
    expect(aside).toHaveLength(1);
    expect(aside[0]?.points).toHaveLength(2);
    expect(e.state.readOnly).toBe(true);
    expect(e.state.readOnlyReason).toEqual({ key: 'otherPractitioner' });
    expect(auto.isDirty()).toBe(false);
    await vi.advanceTimersByTimeAsync(60_000);
    expect(api.calls).toHaveLength(1);
  });

  it('the edits kept aside stay listed, for their author, until saved or discarded', () => {
    const edit = { patientId: 'p', sessionId: 's', sessionDate: '2026-03-12', sessionTime: '09:30', madeBy: { id: HELENE, name: 'Dr Hélène Dubois' }, input: { id: 's', fields: {}, madeBy: HELENE }, at: 0 };
    keepAside(edit);
    keepAside({ ...edit, sessionId: 't' });
    expect(setAsideEdits().map((e) => e.sessionId)).toEqual(['s', 't']);
    forgetSetAside(setAsideEdits()[0]!.key);
    expect(setAsideEdits().map((e) => e.sessionId)).toEqual(['t']);
    forgetSetAside(setAsideEdits()[0]!.key);
    expect(setAsideEdits()).toEqual([]);
  });
});
