import { app, dialog } from 'electron';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { createHandlers } from './handlers.ts';
import { registerIpcHandlers } from './ipc.ts';
import { installApplicationMenu } from './menu.ts';
import { APP_ORIGIN, registerAppScheme, serveRenderer } from './protocol.ts';
import { lockDownSessions } from './security.ts';
import { openElectronSettings } from './settings/electronSettings.ts';
import { openRecordStore } from './store/recordStore.ts';
import { createMainWindow } from './window.ts';

// electron-vite sets this in `npm run dev` only; the packaged app always loads app://.
const devServerUrl = process.env.ELECTRON_RENDERER_URL;

registerAppScheme();
app.enableSandbox();

if (!app.requestSingleInstanceLock()) app.quit();

function dataDirectory(): string {
  // Owner-only: the folder holds medical records.
  const dir = join(app.getPath('userData'), 'data');
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  return dir;
}

async function start(): Promise<void> {
  await app.whenReady();
  lockDownSessions();
  installApplicationMenu({ platform: process.platform, developerTools: !app.isPackaged });

  const settings = openElectronSettings(app.getPath('userData'));
  if (settings.problem) dialog.showErrorBox('MesoChart settings', settings.problem);

  const dataDir = dataDirectory();
  const databasePath = join(dataDir, 'mesochart.sqlite');
  let store;
  try {
    store = openRecordStore(databasePath);
  } catch (error) {
    // Never overwrite a record file we cannot read: say why and stop.
    dialog.showErrorBox('MesoChart cannot open its records', `${(error as Error).message}\n\nFile: ${databasePath}`);
    app.exit(1);
    return;
  }
  app.on('will-quit', () => store.close());

  const handlers = createHandlers({
    store,
    settings: settings.port,
    appInfo: () => ({ version: app.getVersion(), dataDir, databasePath, schemaVersion: store.schemaVersion }),
    log: (message, error) => console.error(message, error),
  });
  registerIpcHandlers(handlers, devServerUrl);
  serveRenderer(join(import.meta.dirname, '../renderer'));

  createMainWindow({
    preloadPath: join(import.meta.dirname, '../preload/preload.cjs'),
    url: devServerUrl ?? `${APP_ORIGIN}/index.html`,
    devTools: !app.isPackaged,
  });
}

app.on('window-all-closed', () => app.quit());
void start();
