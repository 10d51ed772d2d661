import { app, dialog, powerMonitor } from 'electron';
import { dirname, join } from 'node:path';
import { ApiError } from '../shared/errors.ts';
import { createFormatter } from '../shared/format/formatter.ts';
import { FORMAT_LOCALE } from '../shared/i18n/languages.ts';
import { createBackupService } from './backup/backupService.ts';
import { lastBackupAt, restoreBackup } from './backup/backup.ts';
import { startBackupSchedule, systemClock } from './backup/scheduler.ts';
import { ensureOwnerOnlyFolder } from './dataFolder.ts';
import { createAccessControl } from './access/accessControl.ts';
import { DEFAULT_PASSPHRASE_KDF } from './access/passphrase.ts';
import { lockWhenAway } from './access/lockWhenAway.ts';
import { devServerUrlOf } from './devServer.ts';
import { electronFiles } from './dialogs.ts';
import { createHandlers, type HandlerContext } from './handlers.ts';
import { registerIpcHandlers } from './ipc.ts';
import { createMainLocale, openFailureText, settingsProblemText, type MainLocale } from './mainText.ts';
import { installApplicationMenu } from './menu.ts';
import { APP_ORIGIN, registerAppScheme, serveRenderer } from './protocol.ts';
import { lockDownSessions } from './security.ts';
import { openSettings } from './settings/openSettings.ts';
import { openStoreOrExplain, type OpenFailure } from './openOutcome.ts';
import { openRecordStore, type SqliteRecordStore } from './store/recordStore.ts';
import { holdStore } from './store/storeHolder.ts';
import { openRecordsFolder, type OpenedRecordsFolder } from './seal/recordsFolder.ts';
import { createMainWindow } from './window.ts';

// electron-vite sets ELECTRON_RENDERER_URL in `npm run dev`; the packaged app ignores it and loads app://.
const devServerUrl = devServerUrlOf(app.isPackaged, process.env);

registerAppScheme();
app.enableSandbox();

if (!app.requestSingleInstanceLock()) app.quit();

/**
 * The records could not be opened: say why and offer the ways out the failure allows. Answers the
 * store to run on, or null to quit. The user's file is never overwritten: a restore keeps it aside.
 */
type OpenAgain = {
  /** The sealed records' key (the restored backup is sealed with it, and the store opened with it). */
  key?: Uint8Array | undefined;
  /** What opened the records (a practitioner's passphrase or the recovery key): it opens a sealed backup of theirs. */
  secret?: string | undefined;
};

async function recoverFromOpenFailure(failure: OpenFailure, databasePath: string, backupDir: string, locale: MainLocale, again: OpenAgain = {}): Promise<SqliteRecordStore | null> {
  const t = locale.t();
  console.error('The records could not be opened:', failure.log);
  const keyOption = again.key ? { key: again.key } : {};
  const latest = failure.backups.find((b) => !b.encrypted && (!b.sealed || again.secret !== undefined));
  const choices: { label: string; run: () => Promise<SqliteRecordStore | null> }[] = [];
  if (latest && failure.kind !== 'read-only') {
    const date = createFormatter(locale.language()).instant(latest.createdAt);
    choices.push({
      label: t('main:openFailure.restoreBackup', { date }),
      run: async () => {
        await restoreBackup(join(backupDir, latest.file), databasePath, {
          photoDir: ensureOwnerOnlyFolder(join(dirname(databasePath), 'photos')),
          ...keyOption,
          ...(latest.sealed ? { passphrase: again.secret } : {}),
        });
        return openRecordStore(databasePath, keyOption);
      },
    });
  }
  if (failure.canOpenReadOnly) choices.push({ label: t('main:openFailure.openReadOnly'), run: async () => openRecordStore(databasePath, { readOnly: true, ...keyOption }) });
  choices.push({ label: t('main:openFailure.quit'), run: async () => null });
  const { response } = await dialog.showMessageBox({
    type: 'error',
    title: t('main:openFailure.title'),
    message: t('main:openFailure.title'),
    detail: `${openFailureText(t, failure)}\n\n${t('main:openFailure.file', { path: databasePath })}`,
    buttons: choices.map((c) => c.label),
    defaultId: 0,
    cancelId: choices.length - 1,
    noLink: true,
  });
  try {
    return await (choices[response] ?? choices[choices.length - 1]!).run();
  } catch (error) {
    console.error('The way out failed:', error);
    dialog.showErrorBox(t('main:openFailure.title'), error instanceof ApiError ? openFailureText(t, { reason: error.reason, params: error.params }) : t('main:openFailure.unreadable'));
    return null;
  }
}

/**
 * The data folder opened as the application runs on it (electron/seal/recordsFolder.ts), or null (after
 * saying why) when it cannot be: a damaged keyring, or records that would not open and no way out taken.
 */
async function openFolderOrExplain(dataDir: string, backupDir: string, locale: MainLocale): Promise<OpenedRecordsFolder | null> {
  try {
    return await openRecordsFolder(dataDir, {
      kdf: DEFAULT_PASSPHRASE_KDF,
      backupDir,
      openPlaintext: async (databasePath) => {
        const opened = openStoreOrExplain(databasePath, { backupDir });
        return opened.ok ? opened.store : recoverFromOpenFailure(opened.failure, databasePath, backupDir, locale);
      },
      openSealed: async (databasePath, key, secret) => {
        const opened = openStoreOrExplain(databasePath, { backupDir, key });
        if (opened.ok) return opened.store;
        const recovered = await recoverFromOpenFailure(opened.failure, databasePath, backupDir, locale, { key, secret });
        if (recovered) return recovered;
        app.exit(1);
        throw new ApiError({ code: 'storage', field: null, reason: opened.failure.reason });
      },
      log: (message, error) => console.error(message, error),
    });
  } catch (error) {
    console.error('The records keyring could not be read:', error);
    const t = locale.t();
    dialog.showErrorBox(t('main:openFailure.title'), `${t('main:openFailure.keyringDamaged')}\n\n${t('main:openFailure.file', { path: join(dataDir, 'keyring.json') })}`);
    return null;
  }
}

async function start(): Promise<void> {
  const opened_ = openSettings(app.getPath('userData'));
  // Chromium's own widgets (the day / month order of a date field, its calendar) speak the language
  // they were started in: the clinic's, set before the app is ready. A later switch reaches them at the
  // next start; every word of MesoChart's own follows at once.
  const startLanguage = opened_.port.get().language;
  if (startLanguage) app.commandLine.appendSwitch('lang', FORMAT_LOCALE[startLanguage]);
  await app.whenReady();
  lockDownSessions();
  // The clinic's language (the system's until chosen); the menu and dialogs follow a change at once.
  const locale = await createMainLocale(opened_.port.get().language, app.getLocale());
  const menu = () => installApplicationMenu({ platform: process.platform, developerTools: !app.isPackaged, t: locale.t() });
  menu();
  const settings = { ...opened_, port: locale.follow(opened_.port, menu) };
  if (settings.problem) {
    console.error(settings.problem.log);
    dialog.showErrorBox(locale.t()('main:settingsProblem.title'), settingsProblemText(locale.t(), settings.problem));
  }

  // Owner-only: these folders hold medical records.
  const dataDir = ensureOwnerOnlyFolder(join(app.getPath('userData'), 'data'));
  const backupDir = ensureOwnerOnlyFolder(join(app.getPath('userData'), 'backups'));
  // Clinical photos: originals by content hash and their derived copies, beside the records.
  const photoDir = ensureOwnerOnlyFolder(join(dataDir, 'photos'));
  const folder = await openFolderOrExplain(dataDir, backupDir, locale);
  if (!folder) {
    app.exit(1);
    return;
  }
  const { stores, sealed, paths } = folder;
  const { databasePath } = paths;
  const backups = createBackupService({ databasePath, backupDir, photoDir, keep: () => settings.port.get().backups.keep, sealing: folder.backupSealing });
  // The app opens locked; the idle time is read from the settings at each check; wrong passphrases are
  // paced per profile, across restarts, from a file beside the records.
  const access = createAccessControl({
    idleMinutes: () => settings.port.get().lock.idleMinutes,
    pacingPath: join(dataDir, 'unlock-pacing.json'),
    onPacingError: (error) => console.error('The pacing of wrong passphrases could not be saved', error),
  });
  lockWhenAway(powerMonitor, () => access.lock());
  const ctx: HandlerContext = {
    store: stores,
    settings: settings.port,
    files: electronFiles(locale.t),
    photoDir,
    access,
    sealed,
    appInfo: () => ({ version: app.getVersion(), dataDir, databasePath, schemaVersion: stores.isOpen() ? stores.current().schemaVersion : null }),
    backups,
    log: (message, error) => console.error(message, error),
  };
  const schedule = startBackupSchedule({
    clock: systemClock,
    intervalHours: () => settings.port.get().backups.intervalHours,
    lastBackupAt: () => lastBackupAt(backupDir),
    // Sealed records are backed up once open (the copy is sealed with their key); the schedule tries again later.
    runBackup: async () => {
      if (stores.isOpen()) await backups.createNow({ kind: 'automatic' });
    },
    onError: (error) => console.error('Automatic backup failed', error),
  });
  app.on('will-quit', () => {
    schedule.stop();
    if (stores.isOpen()) stores.current().close();
  });

  registerIpcHandlers(createHandlers(ctx), { packaged: app.isPackaged, devServerUrl });
  serveRenderer(join(import.meta.dirname, '../renderer'));

  createMainWindow({
    preloadPath: join(import.meta.dirname, '../preload/preload.cjs'),
    url: devServerUrl ?? `${APP_ORIGIN}/index.html`,
    devTools: !app.isPackaged,
  });
}

app.on('window-all-closed', () => app.quit());
void start();
