import type { Settings } from '../../shared/settings.ts';

/**
 * Where the handlers read and change preferences. The app and the end-to-end harness both get theirs
 * from openSettings (electron/settings/openSettings.ts); unit tests of the handlers may pass one held
 * in memory.
 */
export interface SettingsPort {
  get(): Settings;
  /** The whole result is validated before anything is written; an invalid patch throws and changes nothing. */
  update(patch: Partial<Settings>): Settings;
}
