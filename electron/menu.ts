import { Menu, type MenuItemConstructorOptions } from 'electron';

export type MenuOptions = {
  platform: NodeJS.Platform;
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
export function buildMenuTemplate({ platform, developerTools }: MenuOptions): MenuItemConstructorOptions[] {
  const isMac = platform === 'darwin';
  const editItem = (role: MenuItemConstructorOptions['role']): MenuItemConstructorOptions =>
    isMac ? { role } : { role, registerAccelerator: false };

  const template: MenuItemConstructorOptions[] = [];
  if (isMac) template.push({ role: 'appMenu' });
  template.push({ label: 'File', submenu: [isMac ? { role: 'close' } : { role: 'quit' }] });
  template.push({
    label: 'Edit',
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
    template.push({ label: 'Developer', submenu: [{ role: 'reload' }, { role: 'toggleDevTools' }] });
  }
  if (isMac) template.push({ role: 'windowMenu' });
  return template;
}

export function installApplicationMenu(options: MenuOptions): void {
  Menu.setApplicationMenu(Menu.buildFromTemplate(buildMenuTemplate(options)));
}
