import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { openSettings, settingsFilePath } from '../../../electron/settings/openSettings.ts';
import { DEFAULT_SETTINGS } from '../../../shared/settings.ts';
import { startHarness, type Harness } from '../../e2e/harness/server.ts';
import { tempDir } from '../store/fixtures.ts';

let harness: Harness | null = null;
afterEach(async () => {
  await harness?.close();
  harness = null;
  vi.restoreAllMocks();
});

describe('the end-to-end harness opens settings through the app’s path', () => {
  it('writes the settings a test starts with where openSettings reads them, and keeps later ones on restart', async () => {
    const dir = tempDir();
    harness = await startHarness({ dataDir: dir, settings: { clinic: { name: 'Cabinet du Parc', address: '', phone: '' } } });
    await harness.close();
    harness = null;
    expect(openSettings(dir).port.get().clinic.name).toBe('Cabinet du Parc');

    openSettings(dir).port.update({ lock: { idleMinutes: 30 } });
    harness = await startHarness({ dataDir: dir, settings: { clinic: { name: 'Another', address: '', phone: '' } } });
    await harness.close();
    harness = null;
    expect(openSettings(dir).port.get()).toMatchObject({ clinic: { name: 'Cabinet du Parc' }, lock: { idleMinutes: 30 } });
  });

  it('sets a damaged settings file aside and starts on the defaults, as the app does', async () => {
    const dir = tempDir();
    writeFileSync(settingsFilePath(dir), 'not json at all');
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {});
    harness = await startHarness({ dataDir: dir });
    expect(logged).toHaveBeenCalledWith(expect.stringContaining('settings.json.unreadable-'));
    expect(readdirSync(dir).filter((name) => name.startsWith('settings.json.unreadable-'))).toHaveLength(1);
    expect(existsSync(settingsFilePath(dir))).toBe(true);
    await harness.close();
    harness = null;
    expect(openSettings(dir).port.get()).toEqual(DEFAULT_SETTINGS);
  });
});
