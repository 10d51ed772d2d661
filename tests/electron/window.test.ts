import { beforeEach, describe, expect, it, vi } from 'vitest';

const created: { options: Record<string, any>; url: string | null }[] = [];

vi.mock('electron', () => ({
  BrowserWindow: class {
    constructor(options: Record<string, any>) {
      created.push({ options, url: null });
    }
    once() {}
    loadURL(url: string) {
      created.at(-1)!.url = url;
      return Promise.resolve();
    }
  },
}));

const { createMainWindow } = await import('../../electron/window.ts');

describe('the main window', () => {
  beforeEach(() => {
    created.length = 0;
  });

  it('isolates the page: context isolation, sandbox, no Node, web security on', () => {
    createMainWindow({ preloadPath: '/app/preload.cjs', url: 'app://mesochart/index.html' });
    const prefs = created[0]!.options.webPreferences;
    expect(prefs).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
    });
    expect(prefs).not.toHaveProperty('enableBlinkFeatures');
  });

  it('has no developer tools unless asked for (the packaged app never asks)', () => {
    createMainWindow({ preloadPath: '/app/preload.cjs', url: 'app://mesochart/index.html' });
    createMainWindow({ preloadPath: '/app/preload.cjs', url: 'app://mesochart/index.html', devTools: true });
    expect(created[0]!.options.webPreferences.devTools).toBe(false);
    expect(created[1]!.options.webPreferences.devTools).toBe(true);
  });

  it('loads the preload that was given and the app origin, not a file:// page', () => {
    createMainWindow({ preloadPath: '/app/preload.cjs', url: 'app://mesochart/index.html' });
    expect(created[0]!.options.webPreferences.preload).toBe('/app/preload.cjs');
    expect(created[0]!.url).toBe('app://mesochart/index.html');
  });
});
