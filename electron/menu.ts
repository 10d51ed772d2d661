import { Menu, type MenuItemConstructorOptions } from 'electron';
import type { MainT } from './mainText.ts';

export type MenuOptions = {
  platform: NodeJS.Platform;
  /** The main process's translator (electron/mainText.ts): every label in the practitioner's language. */
  t: MainT;
  /** Reload and the developer tools: only in `npm run dev` / an unpackaged build, never in the packaged app. */
  developerTools: boolean;
};

/**
 * The application menu as plain data, so a test can read it without Electron.
 *
 * The renderer owns its shortcuts (Ctrl+N new patient, Ctrl+S save, Ctrl+Z / Ctrl+Shift+Z / Ctrl+Y undo
 * and redo of chart edits, Ctrl+A, Ctrl+D...), so no item here carries an accelerator of its own. The
 * Edit roles are there so that undo, cut, copy, paste and select-all work in text fields, but:
 * - on Windows and Linux a registered menu accelerator is consumed before the page sees the key, and
 *   Chromium already handles these keys in text fields by itself, so the roles only show their keys
 *   (`registerAccelerator: false`);
 * - on macOS the page gets the key first and the menu only what the page did not handle (which is how
 *   text fields get Cmd+Z / Cmd+C / Cmd+V there), so the roles keep their key equivalents.
 * Off macOS the only key the menu registers is Quit's Ctrl+Q, which the renderer does not use.
 * No Reload (it would drop what the editor has not saved yet) and no developer tools in production.
 */
export function buildMenuTemplate({ platform, developerTools, t }: MenuOptions): MenuItemConstructorOptions[] {
  const isMac = platform === 'darwin';
  const editItem = (role: 'undo' | 'redo' | 'cut' | 'copy' | 'paste' | 'delete' | 'selectAll'): MenuItemConstructorOptions =>
    isMac ? { role, label: t(`main:menu.${role}`) } : { role, label: t(`main:menu.${role}`), registerAccelerator: false };

  const template: MenuItemConstructorOptions[] = [];
  if (isMac) template.push({ role: 'appMenu' });
  template.push({ label: t('main:menu.file'), submenu: [isMac ? { role: 'close', label: t('main:menu.close') } : { role: 'quit', label: t('main:menu.quit') }] });
  template.push({
    label: t('main:menu.edit'),
    submenu: [
      editItem('undo'),
      editItem('redo'),
      { type: 'separator' },
      editItem('cut'),
      editItem('copy'),
      editItem('paste'),
      editItem('delete'),
      { type: 'separator' },
      editItem('selectAll'),
    ],
  });
  if (developerTools) {
    template.push({
      label: t('main:menu.developer'),
      submenu: [
        { role: 'reload', label: t('main:menu.reload') },
        { role: 'toggleDevTools', label: t('main:menu.toggleDevTools') },
      ],
    });
  }
  if (isMac) template.push({ role: 'windowMenu', label: t('main:menu.window') });
  return template;
}

export function installApplicationMenu(options: MenuOptions): void {
  Menu.setApplicationMenu(Menu.buildFromTemplate(buildMenuTemplate(options)));
}
