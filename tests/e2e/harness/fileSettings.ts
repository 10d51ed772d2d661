import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import type { SettingsPort } from '../../../electron/handlers.ts';
import { DEFAULT_SETTINGS, settingsSchema, type Settings } from '../../../shared/settings.ts';

/** Settings kept in a JSON file: the harness's stand-in for electron-store, validated the same way. */
export function openFileSettings(file: string, initial: Partial<Settings> = {}): SettingsPort {
  let current: Settings = existsSync(file)
    ? settingsSchema.parse(JSON.parse(readFileSync(file, 'utf8')))
    : settingsSchema.parse({ ...DEFAULT_SETTINGS, ...initial });
  const save = () => writeFileSync(file, JSON.stringify(current, null, 2));
  save();
  return {
    get: () => current,
    update: (patch) => {
      current = settingsSchema.parse({ ...current, ...patch });
      save();
      return current;
    },
  };
}
