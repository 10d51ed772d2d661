import { existsSync, readFileSync, renameSync } from 'node:fs';
import { DEFAULT_SETTINGS, settingsSchema, type Settings } from '../../shared/settings.ts';

export type SettingsFileProblem = { reason: 'unreadable' | 'invalid'; keptAs: string; where: string | null; log: string };

export type SettingsFileCheck = {
  /** The settings to start with: the file's, or the defaults when it was missing or set aside. */
  settings: Settings;
  /**
   * What went wrong, as data (worded in the user's language by electron/mainText.ts); null when the
   * file was fine or absent. `log` is the English detail for the log.
   */
  problem: SettingsFileProblem | null;
  /** Where a bad file was kept. */
  keptAs: string | null;
};

/**
 * Reads and validates the settings file before conf opens it (openSettings.ts). A file that is not JSON, or
 * holds invalid settings, is renamed aside (never silently reset or overwritten) and reported; the
 * application then starts from the defaults. Plain Node, so tests run it without Electron.
 */
export function checkSettingsFile(file: string, now: () => Date = () => new Date()): SettingsFileCheck {
  if (!existsSync(file)) return { settings: DEFAULT_SETTINGS, problem: null, keptAs: null };
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    const keptAs = `${file}.unreadable-${now().getTime()}`;
    renameSync(file, keptAs);
    return {
      settings: DEFAULT_SETTINGS,
      problem: { reason: 'unreadable', keptAs, where: null, log: `The settings file could not be read (${(error as Error).message}). It was kept as ${keptAs}; MesoChart started with default settings.` },
      keptAs,
    };
  }
  const parsed = settingsSchema.safeParse(data);
  if (!parsed.success) {
    const keptAs = `${file}.invalid-${now().getTime()}`;
    renameSync(file, keptAs);
    const where = parsed.error.issues[0]?.path.join('.') || null;
    return {
      settings: DEFAULT_SETTINGS,
      problem: { reason: 'invalid', keptAs, where, log: `The settings file held invalid values (${where ?? 'the file as a whole'}). It was kept as ${keptAs}; MesoChart started with default settings.` },
      keptAs,
    };
  }
  return { settings: parsed.data, problem: null, keptAs: null };
}
