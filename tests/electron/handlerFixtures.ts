import type { SettingsPort } from '../../electron/settings/settingsPort.ts';
import { DEFAULT_SETTINGS, settingsSchema, type Settings } from '../../shared/settings.ts';

/** Preferences held in memory for unit tests of the handlers, validated on every change as the settings file is. */
export function memorySettings(initial: Partial<Settings> = {}): SettingsPort {
  let current = settingsSchema.parse({ ...DEFAULT_SETTINGS, ...initial });
  return { get: () => current, update: (patch) => (current = settingsSchema.parse({ ...current, ...patch })) };
}

/** The value of a handler's answer; a refusal fails the test, naming the error. */
export async function ok<T>(result: Promise<{ ok: boolean; value?: T; error?: unknown }>): Promise<T> {
  const r = await result;
  if (!r.ok) throw new Error(`expected success, got ${JSON.stringify(r.error)}`);
  return r.value as T;
}
