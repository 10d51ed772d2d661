import { describe, expect, it } from 'vitest';
import { devServerUrlOf } from '../../electron/devServer.ts';

describe('the dev server of `npm run dev`', () => {
  it('is used only by an unpackaged app', () => {
    const env = { ELECTRON_RENDERER_URL: 'http://localhost:5173' };
    expect(devServerUrlOf(false, env)).toBe('http://localhost:5173');
    expect(devServerUrlOf(true, env)).toBeUndefined();
    expect(devServerUrlOf(false, {})).toBeUndefined();
    expect(devServerUrlOf(false, { ELECTRON_RENDERER_URL: '' })).toBeUndefined();
  });
});

describe('main.ts', () => {
  it('reads ELECTRON_RENDERER_URL only through the packaged check, and tells the sender check it is packaged', async () => {
    const { readFileSync } = await import('node:fs');
    const main = readFileSync('electron/main.ts', 'utf8');
    expect(main).not.toMatch(/process\.env\.ELECTRON_RENDERER_URL/);
    expect(main).toMatch(/devServerUrlOf\(app\.isPackaged, process\.env\)/);
    expect(main).toMatch(/registerIpcHandlers\([^)]*\), \{ packaged: app\.isPackaged, devServerUrl \}\)/);
  });
});
