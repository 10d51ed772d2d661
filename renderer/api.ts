import { API_GLOBAL, CHANNEL_NAMES, type MesoChartApi, type RawApi } from '../shared/api.ts';
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
  throw new ApiError({ code: 'internal', field: null, message: 'The application answered something unexpected' });
}

export const api = Object.fromEntries(
  CHANNEL_NAMES.map((name) => [name, async (input: unknown) => unwrap(await rawApi()[name](input))]),
) as MesoChartApi;

export { ApiError };
