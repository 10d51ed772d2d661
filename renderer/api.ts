import { API_GLOBAL, CHANNEL_NAMES } from '../shared/channelNames.ts';
import type { MesoChartApi, RawApi } from '../shared/api.ts';
import { ApiError, isApiErrorPayload } from '../shared/errors.ts';

/**
 * The renderer's only door to the main process. The preload (or, in end-to-end tests, the harness
 * bridge) puts a RawApi on window; it answers result envelopes, because an Error's own fields do not
 * survive the context bridge. Here each envelope becomes a value or a thrown ApiError.
 */
function rawApi(): RawApi {
  const raw = (window as unknown as Record<string, unknown>)[API_GLOBAL];
  if (!raw) throw new Error(`window.${API_GLOBAL} is missing: the preload did not run`);
  return raw as RawApi;
}

function unwrap<T>(result: unknown): T {
  const r = result as { ok?: unknown; value?: unknown; error?: unknown };
  if (r && r.ok === true) return r.value as T;
  if (r && r.ok === false && isApiErrorPayload(r.error)) throw new ApiError(r.error);
  throw new ApiError({ code: 'internal', field: null, reason: 'unexpected-answer' });
}

/** Calls sent and not answered yet: locking waits for them (an autosave on its way out, say). */
let pending = 0;
let settledWaiters: (() => void)[] = [];
const lockedOutListeners = new Set<() => void>();

function settled(): void {
  pending -= 1;
  if (pending > 0) return;
  const waiters = settledWaiters;
  settledWaiters = [];
  for (const done of waiters) done();
}

/** Resolves once every call already sent has been answered. */
export function whenCallsSettled(): Promise<void> {
  return pending === 0 ? Promise.resolve() : new Promise((done) => settledWaiters.push(done));
}

/** Called whenever the main process answers that the app is locked (e.g. after the idle time ran out). */
export function onLockedOut(listener: () => void): () => void {
  lockedOutListeners.add(listener);
  return () => lockedOutListeners.delete(listener);
}

async function call(name: (typeof CHANNEL_NAMES)[number], input: unknown): Promise<unknown> {
  pending += 1;
  try {
    return unwrap(await rawApi()[name](input));
  } catch (error) {
    if (error instanceof ApiError && error.code === 'locked-out') for (const listener of lockedOutListeners) listener();
    throw error;
  } finally {
    settled();
  }
}

export const api = Object.fromEntries(CHANNEL_NAMES.map((name) => [name, (input: unknown) => call(name, input)])) as MesoChartApi;

export { ApiError };
