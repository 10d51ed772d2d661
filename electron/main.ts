import { app, dialog } from 'electron';
import { dirname, join } from 'node:path';
import { createBackupService } from './backup/backupService.ts';
import { lastBackupAt, restoreBackup } from './backup/backup.ts';
import { startBackupSchedule, systemClock } from './backup/scheduler.ts';
import { ensureOwnerOnlyFolder } from './dataFolder.ts';
import { createAccessControl } from './access/accessControl.ts';
import { electronFiles } from './dialogs.ts';
import { createHandlers, type HandlerContext } from './handlers.ts';
import { registerIpcHandlers } from './ipc.ts';
import { installApplicationMenu } from './menu.ts';
import { APP_ORIGIN, registerAppScheme, serveRenderer } from './protocol.ts';
import { lockDownSessions } from './security.ts';
import { openElectronSettings } from './settings/electronSettings.ts';
import { openStoreOrExplain, type OpenFailure } from './store/openOutcome.ts';
import { openRecordStore, type SqliteRecordStore } from './store/recordStore.ts';
import { createMainWindow } from './window.ts';

// electron-vite sets this in `npm run dev` only; the packaged app always loads app://.
const devServerUrl = process.env.ELECTRON_RENDERER_URL;

registerAppScheme();
app.enableSandbox();

if (!app.requestSingleInstanceLock()) app.quit();

/**
 * The records could not be opened: say why and offer the ways out the failure allows. Answers the
 * store to run on, or null to quit. The user's file is never overwritten: a restore keeps it aside.
 */
async function recoverFromOpenFailure(failure: OpenFailure, databasePath: string, backupDir: string): Promise<SqliteRecordStore | null> {
  const latest = failure.backups.find((b) => !b.encrypted);
  const choices: { label: string; run: () => Promise<SqliteRecordStore | null> }[] = [];
  if (latest && failure.kind !== 'read-only') {
    choices.push({
      label: `Restore the backup of ${new Date(latest.createdAt).toLocaleString()}`,
      run: async () => {
        await restoreBackup(join(backupDir, latest.file), databasePath, { photoDir: ensureOwnerOnlyFolder(join(dirname(databasePath), 'photos')) });
        return openRecordStore(databasePath);
      },
    });
  }
  if (failure.canOpenReadOnly) choices.push({ label: 'Open read-only', run: async () => openRecordStore(databasePath, { readOnly: true }) });
  choices.push({ label: 'Quit', run: async () => null });
  const { response } = await dialog.showMessageBox({
    type: 'error',
    title: 'MesoChart cannot open its records',
    message: 'MesoChart cannot open its records',
    detail: `${failure.message}\n\nFile: ${databasePath}`,
    buttons: choices.map((c) => c.label),
    defaultId: 0,
    cancelId: choices.length - 1,
    noLink: true,
  });
  try {
    return await (choices[response] ?? choices[choices.length - 1]!).run();
  } catch (error) {
    dialog.showErrorBox('MesoChart cannot open its records', (error as Error).message);
    return null;
  }
}

async function start(): Promise<void> {
  await app.whenReady();
  lockDownSessions();
  installApplicationMenu({ platform: process.platform, developerTools: !app.isPackaged });

  const settings = openElectronSettings(app.getPath('userData'));
  if (settings.problem) dialog.showErrorBox('MesoChart settings', settings.problem);

  // Owner-only: these folders hold medical records.
  const dataDir = ensureOwnerOnlyFolder(join(app.getPath('userData'), 'data'));
  const backupDir = ensureOwnerOnlyFolder(join(app.getPath('userData'), 'backups'));
  // Clinical photos: originals by content hash and their derived copies, beside the records.
  const photoDir = ensureOwnerOnlyFolder(join(dataDir, 'photos'));
  const databasePath = join(dataDir, 'mesochart.sqlite');
  const opened = openStoreOrExplain(databasePath, { backupDir });
  const store = opened.ok ? opened.store : await recoverFromOpenFailure(opened.failure, databasePath, backupDir);
  if (!store) {
    app.exit(1);
    return;
  }

  const backups = createBackupService({ databasePath, backupDir, photoDir, keep: () => settings.port.get().backups.keep });
  const ctx: HandlerContext = {
    store,
    settings: settings.port,
    files: electronFiles(),
    photoDir,
    // The app opens locked; the idle time is read from the settings at each check.
    access: createAccessControl({ idleMinutes: () => settings.port.get().lock.idleMinutes }),
    appInfo: () => ({ version: app.getVersion(), dataDir, databasePath, schemaVersion: ctx.store.schemaVersion }),
    backups,
    reopenStore: () => openRecordStore(databasePath),
    log: (message, error) => console.error(message, error),
  };
  const schedule = startBackupSchedule({
    clock: systemClock,
    intervalHours: () => settings.port.get().backups.intervalHours,
    lastBackupAt: () => lastBackupAt(backupDir),
    runBackup: () => backups.createNow(),
    onError: (error) => console.error('Automatic backup failed', error),
  });
  app.on('will-quit', () => {
    schedule.stop();
    ctx.store.close();
  });

  registerIpcHandlers(createHandlers(ctx), devServerUrl);
  serveRenderer(join(import.meta.dirname, '../renderer'));

  createMainWindow({
    preloadPath: join(import.meta.dirname, '../preload/preload.cjs'),
    url: devServerUrl ?? `${APP_ORIGIN}/index.html`,
    devTools: !app.isPackaged,
  });
}

app.on('window-all-closed', () => app.quit());
void start();
