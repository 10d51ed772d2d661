import Store from 'electron-store';
import { renameSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_SETTINGS, settingsSchema, type Settings } from '../../shared/settings.ts';
import type { SettingsPort } from '../handlers.ts';

export type OpenedSettings = { port: SettingsPort; problem: string | null };

/**
 * Preferences in electron-store. A settings file that is not JSON, or not valid settings, is moved
 * aside (never silently reset) and reported; the app then starts from the defaults.
 */
export function openElectronSettings(configDir: string): OpenedSettings {
  const file = join(configDir, 'settings.json');
  let problem: string | null = null;
  let store: Store<Settings>;
  try {
    store = new Store<Settings>({ cwd: configDir, name: 'settings', defaults: DEFAULT_SETTINGS, clearInvalidConfig: false });
  } catch (error) {
    const aside = `${file}.unreadable-${Date.now()}`;
    renameSync(file, aside);
    problem = `The settings file could not be read (${(error as Error).message}). It was kept as ${aside}; MesoChart started with default settings.`;
    store = new Store<Settings>({ cwd: configDir, name: 'settings', defaults: DEFAULT_SETTINGS });
  }
  const parsed = settingsSchema.safeParse(store.store);
  if (!parsed.success) {
    const aside = `${file}.invalid-${Date.now()}`;
    renameSync(file, aside);
    problem = `The settings file held invalid values (${parsed.error.issues[0]?.path.join('.')}). It was kept as ${aside}; MesoChart started with default settings.`;
    store.store = DEFAULT_SETTINGS;
  }
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
