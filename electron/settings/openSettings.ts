import Conf from 'conf';
import { join } from 'node:path';
import { DEFAULT_SETTINGS, settingsSchema, type Settings } from '../../shared/settings.ts';
import { checkSettingsFile, type SettingsFileProblem } from './settingsFile.ts';
import type { SettingsPort } from './settingsPort.ts';

export type OpenedSettings = { port: SettingsPort; problem: SettingsFileProblem | null };

const NAME = 'settings';

/** The preferences file in a configuration folder (the app's userData; the harness's data folder). */
export function settingsFilePath(configDir: string): string {
  return join(configDir, `${NAME}.json`);
}

/**
 * Preferences in `conf`, the store electron-store is built on, opened the same way by the app and by
 * the end-to-end harness. electron-store adds to conf only the userData folder and the version read
 * from Electron's `app` (both passed here or unused) and a channel for renderers (ours never read
 * settings directly); its `import electron` fails in plain Node where Electron's binary is not
 * installed, so the harness and vitest could not run it. The file is checked first (settingsFile.ts):
 * one that is not JSON, or not valid settings, is moved aside (never silently reset) and reported;
 * the app then starts from the defaults.
 */
export function openSettings(configDir: string, now?: () => Date): OpenedSettings {
  const { problem } = checkSettingsFile(settingsFilePath(configDir), now);
  const store = new Conf<Settings>({ cwd: configDir, configName: NAME, defaults: DEFAULT_SETTINGS, clearInvalidConfig: false });
  const port: SettingsPort = {
    get: () => settingsSchema.parse(store.store),
    update: (patch) => {
      // Validated as a whole before the write: an invalid patch throws and the file is left as it was.
      const next = settingsSchema.parse({ ...store.store, ...patch });
      store.store = next;
      return next;
    },
  };
  return { port, problem };
}
