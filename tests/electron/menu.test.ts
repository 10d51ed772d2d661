import { describe, expect, it, vi } from 'vitest';
import type { MenuItemConstructorOptions } from 'electron';
import { catalogueText } from '../shared/i18n/catalogueText.ts';

let installed: unknown = null;
vi.mock('electron', () => ({
  Menu: {
    buildFromTemplate: (template: unknown) => ({ template }),
    setApplicationMenu: (menu: unknown) => (installed = menu),
  },
}));

const { buildMenuTemplate, installApplicationMenu } = await import('../../electron/menu.ts');
const { createMainLocale } = await import('../../electron/mainText.ts');
const t = (await createMainLocale('en', 'en-GB')).t();

type Platform = 'darwin' | 'win32' | 'linux';
const PLATFORMS: Platform[] = ['darwin', 'win32', 'linux'];

/** Electron's default accelerators for the roles (lib/browser/api/menu-item-roles.ts), per platform. */
function roleDefault(role: string, platform: Platform): { accelerator?: string; register: boolean } {
  const mac = platform === 'darwin';
  const table: Record<string, { accelerator?: string; register?: boolean }> = {
    undo: { accelerator: 'CommandOrControl+Z' },
    redo: { accelerator: platform === 'win32' ? 'Control+Y' : 'Shift+CommandOrControl+Z' },
    cut: { accelerator: 'CommandOrControl+X', register: false },
    copy: { accelerator: 'CommandOrControl+C', register: false },
    paste: { accelerator: 'CommandOrControl+V', register: false },
    selectAll: { accelerator: 'CommandOrControl+A' },
    delete: {},
    close: { accelerator: 'CommandOrControl+W' },
    quit: { accelerator: platform === 'win32' ? undefined : 'CommandOrControl+Q' },
    minimize: { accelerator: 'CommandOrControl+M' },
    reload: { accelerator: 'CmdOrCtrl+R' },
    forceReload: { accelerator: 'Shift+CmdOrCtrl+R' },
    toggleDevTools: { accelerator: mac ? 'Alt+Command+I' : 'Ctrl+Shift+I' },
  };
  const entry = table[role] ?? {};
  return { ...(entry.accelerator ? { accelerator: entry.accelerator } : {}), register: entry.register ?? true };
}

/** Every item, through submenus; the roles appMenu and windowMenu expand to Electron's own items. */
function items(template: MenuItemConstructorOptions[], platform: Platform): MenuItemConstructorOptions[] {
  const expand: Record<string, MenuItemConstructorOptions[]> = {
    appMenu: [{ role: 'about' }, { role: 'services' }, { role: 'hide' }, { role: 'hideOthers' }, { role: 'unhide' }, { role: 'quit' }],
    windowMenu: [{ role: 'minimize' }, { role: 'zoom' }, { role: 'front' }],
  };
  return template.flatMap((item) => {
    const sub = (item.role && expand[item.role]) || (Array.isArray(item.submenu) ? item.submenu : []);
    return [item, ...items(sub as MenuItemConstructorOptions[], platform)];
  });
}

/** The normalized keys an item takes away from the page, given Electron's defaults. */
function registeredKeys(template: MenuItemConstructorOptions[], platform: Platform): string[] {
  const mod = platform === 'darwin' ? 'Cmd' : 'Ctrl';
  return items(template, platform).flatMap((item) => {
    const fallback = item.role ? roleDefault(item.role, platform) : { register: true };
    const accelerator = item.accelerator ?? fallback.accelerator;
    const register = item.registerAccelerator ?? fallback.register;
    if (!accelerator || !register) return [];
    return [
      String(accelerator)
        .replace(/CommandOrControl|CmdOrCtrl/g, mod)
        .replace(/Command/g, 'Cmd')
        .replace(/Control/g, 'Ctrl')
        .split('+')
        .sort()
        .join('+'),
    ];
  });
}

// The renderer's own shortcuts: Ctrl+N (new patient), Ctrl+S / Ctrl+Enter (save), Ctrl+Z, Ctrl+Shift+Z
// and Ctrl+Y (undo / redo of chart edits), Ctrl+A (select all points), Ctrl+D (duplicate).
const RENDERER_KEYS = ['N', 'S', 'Enter', 'Z', 'Shift+Z', 'Y', 'A', 'D'];
const rendererKeys = (mod: string) => RENDERER_KEYS.map((k) => [mod, ...k.split('+')].sort().join('+'));

describe('the application menu', () => {
  it.each(PLATFORMS)('has the standard edit roles on %s', (platform) => {
    const roles = items(buildMenuTemplate({ platform, developerTools: false, t }), platform).map((i) => i.role);
    for (const role of ['undo', 'redo', 'cut', 'copy', 'paste', 'delete', 'selectAll']) expect(roles).toContain(role);
  });

  it.each(PLATFORMS)('offers no developer tools and no reload in production on %s', (platform) => {
    const roles = items(buildMenuTemplate({ platform, developerTools: false, t }), platform).map((i) => i.role);
    for (const role of ['toggleDevTools', 'reload', 'forceReload', 'viewMenu']) expect(roles).not.toContain(role);
  });

  it('offers reload and the developer tools when developing', () => {
    const roles = items(buildMenuTemplate({ platform: 'linux', developerTools: true, t }), 'linux').map((i) => i.role);
    expect(roles).toContain('toggleDevTools');
    expect(roles).toContain('reload');
  });

  it.each(PLATFORMS)('does not take the renderer’s shortcuts (Ctrl+N, Ctrl+S, Ctrl+Z...) on %s', (platform) => {
    for (const developerTools of [false, true]) {
      const keys = registeredKeys(buildMenuTemplate({ platform, developerTools, t }), platform);
      // On macOS the page gets Cmd+key first and the menu only what it leaves; elsewhere a registered
      // accelerator is consumed before the page sees it.
      const forbidden = platform === 'darwin' ? ['N', 'S', 'Enter', 'D', 'Y'].map((k) => ['Cmd', k].sort().join('+')) : rendererKeys('Ctrl');
      for (const key of forbidden) expect(keys, `${platform}: ${key}`).not.toContain(key);
    }
  });

  it('registers nothing but Quit off macOS in production', () => {
    expect(registeredKeys(buildMenuTemplate({ platform: 'linux', developerTools: false, t }), 'linux')).toEqual(['Ctrl+Q']);
    expect(registeredKeys(buildMenuTemplate({ platform: 'win32', developerTools: false, t }), 'win32')).toEqual([]);
  });

  it('keeps the edit key equivalents on macOS, where text fields need them', () => {
    const keys = registeredKeys(buildMenuTemplate({ platform: 'darwin', developerTools: false, t }), 'darwin');
    expect(keys).toContain('Cmd+Z');
    expect(keys).toContain('Cmd+Shift+Z');
  });

  it('no item has an explicit accelerator or a click handler of its own', () => {
    for (const platform of PLATFORMS) {
      for (const item of items(buildMenuTemplate({ platform, developerTools: true, t }), platform)) {
        expect(item.accelerator).toBeUndefined();
        expect(item.click).toBeUndefined();
      }
    }
  });

  it('installs the template as the application menu', () => {
    installApplicationMenu({ platform: 'linux', developerTools: false, t });
    expect(installed).toEqual({ template: buildMenuTemplate({ platform: 'linux', developerTools: false, t }) });
  });
});

describe('the menu in the practitioner’s language', () => {
  it('labels every item from the main namespace, and follows a change of the clinic’s language', async () => {
    let language: 'en' | 'fr' = 'en';
    const port = { get: () => ({ language }), update: (patch: { language?: 'en' | 'fr' }) => ((language = patch.language ?? language), { language }) };
    const locale = await createMainLocale(port.get().language, 'en-GB');
    let rebuilt = 0;
    const followed = locale.follow(port, () => (rebuilt += 1));
    const labels = () => buildMenuTemplate({ platform: 'linux', developerTools: false, t: locale.t() }).map((item) => item.label);
    const menus = async (lang: 'en' | 'fr') => [await catalogueText(lang, 'main:menu.file'), await catalogueText(lang, 'main:menu.edit')];
    expect(labels()).toEqual(await menus('en'));
    followed.update({ language: 'fr' } as never);
    await new Promise((done) => setTimeout(done, 50));
    expect(rebuilt).toBe(1);
    expect(labels()).toEqual(await menus('fr'));
    expect(labels()).not.toEqual(await menus('en'));
    const edit = buildMenuTemplate({ platform: 'linux', developerTools: false, t: locale.t() })[1]!;
    expect((edit.submenu as { label?: string }[]).map((i) => i.label)).toContain(await catalogueText('fr', 'main:menu.selectAll'));
  });

  it('speaks the system’s language until the clinic has one', async () => {
    // Italian's word for the File menu is English's, so the language itself is checked too.
    const italian = await createMainLocale(undefined, 'it-IT');
    expect(italian.language()).toBe('it');
    expect(italian.t()('main:menu.file')).toBe(await catalogueText('it', 'main:menu.file'));
    const spanish = await createMainLocale(undefined, 'es-MX');
    expect(spanish.language()).toBe('es');
    expect(spanish.t()('main:menu.edit')).toBe(await catalogueText('es', 'main:menu.edit'));
    expect((await createMainLocale(undefined, 'de-DE')).language()).toBe('en');
  });
});
