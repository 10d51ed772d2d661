import { mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { createBackupService } from '../../../electron/backup/backupService.ts';
import { createHandlers, type HandlerContext } from '../../../electron/handlers.ts';
import { openRecordsFolder, type OpenedRecordsFolder, type RecordsFolderOptions } from '../../../electron/seal/recordsFolder.ts';
import type { RawApi } from '../../../shared/api.ts';
import { testAccess, TEST_KDF } from '../access/fixtures.ts';
import { memorySettings } from '../handlerFixtures.ts';

export type SealedApp = { api: RawApi; folder: OpenedRecordsFolder; ctx: HandlerContext; close(): void };

/**
 * The application on `root` (its data/ and backups/ folders), wired as main.ts wires it
 * (electron/seal/recordsFolder.ts), with cheap key derivations. Start it again on the same root to see
 * what a restart finds.
 */
export async function startSealedApp(root: string, options: Partial<RecordsFolderOptions> = {}): Promise<SealedApp> {
  const dataDir = join(root, 'data');
  const backupDir = join(root, 'backups');
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  const folder = await openRecordsFolder(dataDir, { kdf: TEST_KDF, backupDir, ...options });
  if (!folder) throw new Error('the records folder did not open');
  const settings = memorySettings();
  const { databasePath, photoDir } = folder.paths;
  const ctx: HandlerContext = {
    store: folder.stores,
    settings,
    access: testAccess(),
    photoDir,
    sealed: folder.sealed,
    appInfo: () => ({ version: 't', dataDir, databasePath, schemaVersion: folder.stores.isOpen() ? folder.stores.current().schemaVersion : null }),
    backups: createBackupService({ databasePath, backupDir, photoDir, keep: () => 7, kdf: { logN: 10, r: 8, p: 1 }, sealing: folder.backupSealing }),
  };
  return {
    api: createHandlers(ctx),
    folder,
    ctx,
    close: () => {
      if (folder.stores.isOpen()) folder.stores.current().close();
    },
  };
}

/** Every file under `dir` with its bytes: what someone who took the computer would have. */
export function filesUnder(dir: string): { path: string; bytes: Buffer }[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name))
    .filter((path) => statSync(path).size > 0)
    .map((path) => ({ path, bytes: readFileSync(path) }));
}

/** The files under `dir` that hold `needle` in clear: as UTF-8, as UTF-16 (SQLite may store either), or as raw bytes. */
export function filesHolding(dir: string, needle: string | Uint8Array): string[] {
  const forms = typeof needle === 'string' ? [Buffer.from(needle, 'utf8'), Buffer.from(needle, 'utf16le')] : [Buffer.from(needle)];
  return filesUnder(dir)
    .filter(({ bytes }) => forms.some((form) => bytes.includes(form)))
    .map(({ path }) => path);
}
