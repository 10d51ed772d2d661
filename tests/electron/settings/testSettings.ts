import { openSettings } from '../../../electron/settings/openSettings.ts';
import type { SettingsPort } from '../../../electron/settings/settingsPort.ts';
import type { Settings } from '../../../shared/settings.ts';
import { tempDir } from '../store/fixtures.ts';

/**
 * Settings for a test of the handlers, through the app's own path (openSettings) in a fresh folder
 * removed after the test: validated and written as the app does, starting from `initial`.
 */
export function testSettings(initial: Partial<Settings> = {}): SettingsPort {
  const { port } = openSettings(tempDir());
  port.update(initial);
  return port;
}
