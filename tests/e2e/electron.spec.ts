import { _electron as electron, expect, test } from '@playwright/test';
import { existsSync, mkdtempSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

// The real desktop app. The Electron binary cannot be downloaded on the CI machines (its host is not
// reachable), so this test runs where `npm start` has fetched it and says why it skips elsewhere.
const require = createRequire(import.meta.url);
const electronDir = dirname(require.resolve('electron/package.json'));
const hasElectronBinary = existsSync(join(electronDir, 'path.txt'));

test.describe('the Electron app', () => {
  test.skip(!hasElectronBinary, 'Electron binary not installed (its download host is unreachable here); run `npm start` once on a machine that can reach it');

  test('opens the patient list with the API exposed and Node hidden', async () => {
    const userData = mkdtempSync(join(tmpdir(), 'mesochart-electron-'));
    const app = await electron.launch({ args: ['.', `--user-data-dir=${userData}`], executablePath: require('electron') as string });
    const window = await app.firstWindow();
    await expect(window.getByRole('heading', { name: /patients/i })).toBeVisible();
    expect(await window.evaluate(() => typeof (window as any).mesochart?.listPatients)).toBe('function');
    expect(await window.evaluate(() => typeof (globalThis as any).require)).toBe('undefined');
    expect(await window.evaluate(() => typeof (globalThis as any).process)).toBe('undefined');
    expect(window.url()).toMatch(/^app:\/\/mesochart\//);
    await app.close();
  });
});
