import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from '../../../shared/errors.ts';
import { Autosave, type SaveFn } from '../../../renderer/editor/autosave.ts';
import { editor } from './fixtures.ts';

type Call = Parameters<SaveFn>[0];

/** A fake api.saveSession: records calls, answers what the test scripts. */
function fakeApi() {
  const calls: Call[] = [];
  const answers: (Error | null)[] = [];
  const save: SaveFn = async (input) => {
    calls.push(input);
    const answer = answers.shift();
    if (answer) throw answer;
    return {};
  };
  return { calls, answers, save };
}

const storageError = () => new ApiError({ code: 'storage', field: null, reason: 'disk-full' });

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('Autosave', () => {
  it('saves once, 600 ms after the last of a burst of edits, with the points and only the changed fields', async () => {
    const e = editor();
    const api = fakeApi();
    const auto = new Autosave(e, api.save);
    e.place(400, 700);
    expect(auto.status.state).toBe('unsaved');
    await vi.advanceTimersByTimeAsync(300);
    e.place(420, 700);
    e.setFields({ notes: 'calm' });
    await vi.advanceTimersByTimeAsync(599);
    expect(api.calls).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(1);
    expect(api.calls).toHaveLength(1);
    expect(api.calls[0]?.fields).toEqual({ notes: 'calm' });
    expect(api.calls[0]?.points).toHaveLength(2);
    expect(auto.status.state).toBe('saved');
    // Only fields changed: the points are not sent again.
    e.setFields({ vasBefore: 3 });
    await vi.advanceTimersByTimeAsync(600);
    expect(api.calls[1]).toEqual({ id: e.state.sessionId, fields: { vasBefore: 3 } });
  });

  it('keeps the edits after a failure, shows the message, and retries until it goes through', async () => {
    const e = editor();
    const api = fakeApi();
    api.answers.push(storageError(), storageError());
    const auto = new Autosave(e, api.save, { retryDelaysMs: [2000, 5000] });
    e.place(400, 700);
    await vi.advanceTimersByTimeAsync(600);
    expect(auto.status).toMatchObject({ state: 'error', code: 'storage', field: null, error: { reason: 'disk-full' } });
    expect(e.state.points).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1999);
    expect(api.calls).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(api.calls).toHaveLength(2);
    expect(auto.status.state).toBe('error');
    // An edit meanwhile is part of the next attempt.
    e.place(420, 700);
    await vi.advanceTimersByTimeAsync(600);
    expect(api.calls).toHaveLength(3);
    expect(api.calls[2]?.points).toHaveLength(2);
    expect(auto.status.state).toBe('saved');
  });

  it('Retry saves at once; a refused input waits for it instead of retrying by itself', async () => {
    const e = editor();
    const api = fakeApi();
    api.answers.push(new ApiError({ code: 'invalid-input', field: 'points.0.x', reason: 'too_big', params: { maximum: 1000 } }));
    const auto = new Autosave(e, api.save);
    e.place(400, 700);
    await vi.advanceTimersByTimeAsync(600);
    expect(auto.status.retryAt).toBeNull();
    // The field the store named, as it named it: the session form goes to it without reading the message.
    expect(auto.status).toMatchObject({ state: 'error', code: 'invalid-input', field: 'points.0.x' });
    await vi.advanceTimersByTimeAsync(60_000);
    expect(api.calls).toHaveLength(1);
    await auto.retry();
    expect(api.calls).toHaveLength(2);
    expect(auto.status.state).toBe('saved');
  });

  it("a 'locked' answer makes the editor read-only", async () => {
    const e = editor();
    const api = fakeApi();
    api.answers.push(new ApiError({ code: 'locked', field: null, reason: 'signed-record' }));
    const auto = new Autosave(e, api.save);
    e.place(400, 700);
    await vi.advanceTimersByTimeAsync(600);
    expect(auto.status).toMatchObject({ state: 'error', code: 'locked' });
    expect(e.state.readOnly).toBe(true);
    expect(e.place(10, 10).ok).toBe(false);
    await vi.advanceTimersByTimeAsync(60_000);
    expect(api.calls).toHaveLength(1);
  });

  it('flushes at once on the way out, and saves a drag once, at its end', async () => {
    const e = editor();
    const api = fakeApi();
    const auto = new Autosave(e, api.save);
    const target = new EventTarget();
    const detach = auto.attachTo(target as unknown as Window);
    e.place(400, 700);
    target.dispatchEvent(new Event('beforeunload'));
    await vi.advanceTimersByTimeAsync(0);
    expect(api.calls).toHaveLength(1);
    e.beginDrag();
    for (let i = 1; i <= 10; i += 1) {
      e.dragTo(i * 3, 0);
      await vi.advanceTimersByTimeAsync(700);
    }
    expect(api.calls).toHaveLength(1);
    e.endDrag();
    await vi.advanceTimersByTimeAsync(600);
    expect(api.calls).toHaveLength(2);
    expect(api.calls[1]?.points?.[0]?.x).toBe(430);
    detach();
    e.nudge('left');
    await auto.dispose();
    expect(api.calls).toHaveLength(3);
  });

  it('an edit during a save is saved after it', async () => {
    const e = editor();
    let release: () => void = () => {};
    const calls: Call[] = [];
    const auto = new Autosave(e, (input) => {
      calls.push(input);
      return new Promise<void>((r) => (release = r));
    });
    e.place(400, 700);
    await vi.advanceTimersByTimeAsync(600);
    expect(auto.status.state).toBe('saving');
    e.place(420, 700);
    release();
    await vi.advanceTimersByTimeAsync(0);
    expect(auto.status.state).toBe('unsaved');
    await vi.advanceTimersByTimeAsync(600);
    release();
    await vi.advanceTimersByTimeAsync(0);
    expect(calls).toHaveLength(2);
    expect(calls[1]?.points).toHaveLength(2);
    expect(auto.status.state).toBe('saved');
  });

  it('tells the screen of every change of state through its store, in order', async () => {
    const e = editor();
    const api = fakeApi();
    const auto = new Autosave(e, api.save);
    const seen: string[] = [];
    const stop = auto.statusStore.subscribe((status) => seen.push(status.state));
    api.answers.push(storageError());
    e.place(400, 700);
    await vi.advanceTimersByTimeAsync(600);
    await auto.retry();
    expect(seen).toEqual(['unsaved', 'saving', 'error', 'saving', 'saved']);
    expect(auto.statusStore.getState()).toBe(auto.status);
    stop();
  });
});
