/**
 * Hosts MesoChart without Electron: the real handler table and the real record store run here in
 * Node, the built renderer is served over HTTP, and a small bridge script stands in for the preload
 * by forwarding each `window.mesochart.<channel>(input)` to POST /api/<channel>.
 *
 *   node tests/e2e/harness/server.ts --data /tmp/mesochart-data [--port 5199]
 * (run on Node 24 — `npm exec -- node tests/e2e/harness/server.ts …` — after `npm run build`).
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { extname, join, resolve } from 'node:path';
import type { AddressInfo } from 'node:net';
import { API_GLOBAL, CHANNEL_NAMES, isChannelName, type RawApi } from '../../../shared/api.ts';
import { CONTENT_SECURITY_POLICY } from '../../../electron/contentSecurityPolicy.ts';
import { createAccessControl } from '../../../electron/access/accessControl.ts';
import { createBackupService } from '../../../electron/backup/backupService.ts';
import { createHandlers, type HandlerContext } from '../../../electron/handlers.ts';
import { resolveRendererFile } from '../../../electron/rendererFiles.ts';
import type { SqliteRecordStore } from '../../../electron/store/recordStore.ts';
import type { FilePort } from '../../../electron/channels/filePort.ts';
import { openStoreOrExplain } from '../../../electron/openOutcome.ts';
import { openRecordsFolder } from '../../../electron/seal/recordsFolder.ts';
import { connectSql, type SqlDatabase } from '../../../electron/store/sqlDatabase.ts';
import { ApiError } from '../../../shared/errors.ts';
import { TEST_KDF } from '../../electron/access/fixtures.ts';
import { openSettings, settingsFilePath } from '../../../electron/settings/openSettings.ts';
import type { Settings } from '../../../shared/settings.ts';

export type Harness = {
  url: string;
  databasePath: string;
  /**
   * A second connection to the records file, as someone holding the records' key would open it (sealed
   * with the data key once the records are open; plain for a folder not yet sealed): how a spec tampers.
   */
  rawRecords: () => SqlDatabase;
  close: () => Promise<void>;
};
export type HarnessOptions = {
  dataDir: string;
  port?: number;
  rendererDir?: string;
  settings?: Partial<Settings>;
  /**
   * A practitioner to start unlocked as: created first if the records have no profile of that name
   * (only possible while they have none at all; the records are sealed then, and their recovery key is
   * confirmed as if printed, so the app opens on the patient list), then unlocked. Without it the app
   * opens locked, or on the first-run screen when there is no profile yet.
   */
  practitioner?: { name: string; passphrase: string } | null;
  /** The lock's clock, for tests of the idle lock; the real clock otherwise. */
  now?: () => number;
  /**
   * The save dialog's stand-in: by default every export (PDF records, recall CSV) is saved without
   * asking into `<dataDir>/exports/` under the name main would propose, so a test finds it there.
   */
  files?: FilePort;
};

/** Saves where main's dialog would propose, in the data folder's exports/ (the default FilePort of the harness). */
export function exportsFolderFiles(dataDir: string): FilePort {
  const dir = join(dataDir, 'exports');
  return {
    chooseSavePath: async ({ defaultName }) => {
      mkdirSync(dir, { recursive: true, mode: 0o700 });
      return join(dir, defaultName);
    },
  };
}

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.json': 'application/json',
};

/** The preload's twin: the same global, the same channel names, envelopes over HTTP instead of IPC. */
function bridgeScript(): string {
  return `(() => {
  const call = (name) => (input) => fetch('/api/' + name, {
    method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(input === undefined ? null : input),
  }).then((r) => r.json());
  window[${JSON.stringify(API_GLOBAL)}] = Object.freeze(Object.fromEntries(${JSON.stringify(CHANNEL_NAMES)}.map((n) => [n, call(n)])));
})();`;
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolveBody, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolveBody(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function send(res: ServerResponse, status: number, type: string, body: string | Buffer): void {
  res.writeHead(status, { 'content-type': type, 'content-security-policy': CONTENT_SECURITY_POLICY, 'cache-control': 'no-store' });
  res.end(body);
}

async function answerApi(handlers: RawApi, name: string, req: IncomingMessage, res: ServerResponse): Promise<void> {
  if (!isChannelName(name)) {
    send(res, 404, MIME['.json']!, JSON.stringify({ ok: false, error: { code: 'not-found', field: null, message: `No channel ${name}` } }));
    return;
  }
  let input: unknown;
  try {
    input = JSON.parse((await readBody(req)) || 'null');
  } catch {
    send(res, 400, MIME['.json']!, JSON.stringify({ ok: false, error: { code: 'invalid-input', field: null, message: 'Body is not JSON' } }));
    return;
  }
  send(res, 200, MIME['.json']!, JSON.stringify(await handlers[name](input)));
}

function serveStatic(rendererDir: string, path: string, res: ServerResponse): void {
  const file = resolveRendererFile(rendererDir, path);
  if (!file) return send(res, 404, 'text/plain', 'Not found');
  let body: Buffer;
  try {
    body = readFileSync(file);
  } catch {
    return send(res, 404, 'text/plain', 'Not found');
  }
  if (file.endsWith('index.html')) {
    // The bridge must run before the app's module script, as the preload does.
    body = Buffer.from(body.toString('utf8').replace('<head>', '<head>\n    <script src="/harness-bridge.js"></script>'));
  }
  send(res, 200, MIME[extname(file)] ?? 'application/octet-stream', body);
}

/** Creates the practitioner on first run, then unlocks as them, through the real channels. */
async function unlockAs(handlers: RawApi, who: { name: string; passphrase: string }): Promise<void> {
  const state = await handlers.listPractitioners({});
  if (!state.ok) throw new Error(`${state.error.code}: ${state.error.reason}`);
  const existing = state.value.practitioners.find((p) => p.displayName === who.name);
  const result = existing
    ? await handlers.unlock({ practitionerId: existing.id, passphrase: who.passphrase })
    : await handlers.createFirstPractitioner({ displayName: who.name, passphrase: who.passphrase });
  if (!result.ok) throw new Error(`The harness could not unlock as ${who.name}: ${result.error.code}: ${result.error.reason}`);
  // The first run's recovery key screen is the first-run specs' to go through (tests/e2e/firstRun.ts).
  if (result.value.recoveryKeyToShow) await handlers.confirmRecoveryKey({});
}

/** The records opened as main.ts opens them, minus main's dialog: a refusal is the storage error. */
function storeOpener(backupDir: string): (databasePath: string, key?: Uint8Array) => SqliteRecordStore {
  return (databasePath, key) => {
    const opened = openStoreOrExplain(databasePath, { backupDir, ...(key ? { key } : {}) });
    if (opened.ok) return opened.store;
    throw new ApiError({ code: 'storage', field: null, reason: opened.failure.reason, params: opened.failure.params });
  };
}

export async function startHarness(options: HarnessOptions): Promise<Harness> {
  // MESOCHART_OUT: another build folder (electron-vite build --outDir), so that several builds can coexist.
  const rendererDir = resolve(options.rendererDir ?? join(process.env.MESOCHART_OUT ?? 'out', 'renderer'));
  mkdirSync(options.dataDir, { recursive: true, mode: 0o700 });
  // The app's own settings path (conf, the file checked first), in the data folder; a test's settings
  // are those of a fresh folder: a restart on the same folder keeps what was saved since.
  const fresh = !existsSync(settingsFilePath(options.dataDir));
  const opened = openSettings(options.dataDir);
  if (opened.problem) console.error(opened.problem.log);
  const settings = opened.port;
  if (fresh && options.settings) settings.update(options.settings);
  // The records as main.ts opens them (a cheap scrypt for the keyring's wraps): a new folder sealed at
  // first run, sealed records closed until an unlock, a plaintext one (a spec's prepared folder) sealed
  // at its first unlock.
  const backupDir = join(options.dataDir, 'backups');
  const open = storeOpener(backupDir);
  const folder = await openRecordsFolder(options.dataDir, {
    kdf: TEST_KDF,
    openPlaintext: (path) => open(path),
    openSealed: (path, key) => open(path, key),
    log: (message, error) => console.error(message, error),
  });
  if (!folder) throw new Error('The harness could not open the records folder.');
  const { stores, sealed, vault, paths } = folder;
  const { databasePath, photoDir } = paths;
  // Backups as main.ts wires them, into the data folder (cheaper scrypt for encrypted backups in tests).
  const backups = createBackupService({
    databasePath,
    backupDir,
    photoDir,
    keep: () => settings.get().backups.keep,
    kdf: { logN: 12, r: 8, p: 1 },
    sealing: folder.backupSealing,
  });
  const ctx: HandlerContext = {
    store: stores,
    settings,
    backups,
    access: createAccessControl({ idleMinutes: () => settings.get().lock.idleMinutes, ...(options.now ? { now: options.now } : {}) }),
    sealed,
    appInfo: () => ({ version: 'harness', dataDir: options.dataDir, databasePath, schemaVersion: stores.isOpen() ? stores.current().schemaVersion : null }),
    log: (message, error) => console.error(message, error),
    files: options.files ?? exportsFolderFiles(options.dataDir),
    photoDir,
  };
  const handlers = createHandlers(ctx);
  if (options.practitioner) await unlockAs(handlers, options.practitioner);
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://harness');
    if (req.method === 'POST' && url.pathname.startsWith('/api/')) {
      void answerApi(handlers, url.pathname.slice('/api/'.length), req, res);
    } else if (url.pathname === '/harness-bridge.js') {
      send(res, 200, MIME['.js']!, bridgeScript());
    } else {
      serveStatic(rendererDir, url.pathname, res);
    }
  });
  await new Promise<void>((done) => server.listen(options.port ?? 0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    databasePath,
    rawRecords: () => connectSql(databasePath, vault.isOpen() ? { key: vault.key() } : {}),
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => {
          if (stores.isOpen()) stores.current().close();
          done();
        });
      }),
  };
}

if (import.meta.main) {
  const arg = (flag: string) => {
    const i = process.argv.indexOf(flag);
    return i >= 0 ? process.argv[i + 1] : undefined;
  };
  const dataDir = arg('--data');
  if (!dataDir) {
    console.error('usage: node tests/e2e/harness/server.ts --data DIR [--port N]');
    process.exit(2);
  }
  const harness = await startHarness({ dataDir, port: Number(arg('--port') ?? 0) });
  console.log(`MesoChart harness at ${harness.url} (database ${harness.databasePath})`);
}
