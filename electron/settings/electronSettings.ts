import Store from 'electron-store';
import { join } from 'node:path';
import { DEFAULT_SETTINGS, settingsSchema, type Settings } from '../../shared/settings.ts';
import type { SettingsPort } from '../handlers.ts';
import { checkSettingsFile, type SettingsFileProblem } from './settingsFile.ts';

export type OpenedSettings = { port: SettingsPort; problem: SettingsFileProblem | null };

/**
 * Preferences in electron-store. The file is checked first (settingsFile.ts): one that is not JSON,
 * or not valid settings, is moved aside (never silently reset) and reported; the app then starts from
 * the defaults.
 */
export function openElectronSettings(configDir: string): OpenedSettings {
  const { problem } = checkSettingsFile(join(configDir, 'settings.json'));
  const store = new Store<Settings>({ cwd: configDir, name: 'settings', defaults: DEFAULT_SETTINGS, clearInvalidConfig: false });
  const port: SettingsPort = {
    get: () => settingsSchema.parse(store.store),
    update: (patch) => {
      const next = settingsSchema.parse({ ...store.store, ...patch });
      store.store = next;
      return next;
    },
  };
  return { port, problem };
}
