import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, rename, rm } from 'node:fs/promises';
import { basename, dirname, join, relative } from 'node:path';
import { ApiError } from '../../shared/errors.ts';
import { writeFileAtomic } from '../atomicWrite.ts';
import { removeDatabaseFiles } from '../store/databaseFiles.ts';
import { openRecordStore } from '../store/recordStore.ts';
import { copySealedDatabase } from '../store/sealedCopy.ts';
import { connectSql, type SqlDatabase } from '../store/sqlDatabase.ts';
import { openSealedBytes, sealBytes } from './sealedBytes.ts';

/** The files of a records folder that sealing concerns. */
export type RecordsFolder = { databasePath: string; photoDir: string };

export type SealingProgress = { phase: 'records' | 'photos'; done: number; total: number };

const sealingDatabase = (folder: RecordsFolder) => `${folder.databasePath}.sealing`;
const plaintextDatabase = (folder: RecordsFolder) => `${folder.databasePath}.plaintext`;
const sealingPhotos = (folder: RecordsFolder) => `${folder.photoDir}.sealing`;
const plaintextPhotos = (folder: RecordsFolder) => `${folder.photoDir}.plaintext`;

/**
 * Seals a plaintext records folder (one from before sealing) with `dataKey`, the records' store being
 * closed. Sealed copies are made beside the originals and verified — every table's rows, the audit
 * chain, every photo original against its hash — before `commit` (which writes the keyring) makes them
 * the folder's; only then are the plaintext files removed. A failure before the commit removes the
 * copies and leaves the originals untouched; a crash anywhere is finished or undone at the next start
 * (settleSealing).
 */
export async function sealPlaintextFolder(folder: RecordsFolder, dataKey: Buffer, commit: () => Promise<void>, onProgress?: (p: SealingProgress) => void): Promise<void> {
  await undoUnfinishedSealing(folder);
  try {
    onProgress?.({ phase: 'records', done: 0, total: 1 });
    copySealedDatabaseFile(folder.databasePath, sealingDatabase(folder), dataKey);
    verifySameRows(folder.databasePath, sealingDatabase(folder), dataKey);
    verifyAuditChain(sealingDatabase(folder), dataKey);
    onProgress?.({ phase: 'records', done: 1, total: 1 });
    await sealPhotos(folder.photoDir, sealingPhotos(folder), dataKey, onProgress);
  } catch (error) {
    await undoUnfinishedSealing(folder);
    throw error instanceof ApiError ? error : sealingFailed('', error);
  }
  await commit();
  await finishSealing(folder);
}

/** At start: a sealing that reached its commit (the keyring is there) is finished; one that did not is undone. */
export async function settleSealing(folder: RecordsFolder, sealed: boolean): Promise<void> {
  if (sealed) await finishSealing(folder);
  else await undoUnfinishedSealing(folder);
}

/** VACUUM INTO writes a whole, compacted copy in one statement, sealed with the key (store/sealedCopy.ts). */
function copySealedDatabaseFile(source: string, target: string, dataKey: Buffer): void {
  const db = connectSql(source);
  try {
    copySealedDatabase(db, target, dataKey);
  } finally {
    db.close();
  }
}

function verifySameRows(plainPath: string, sealedPath: string, dataKey: Buffer): void {
  const plain = connectSql(plainPath, { readOnly: true });
  const sealed = connectSql(sealedPath, { key: dataKey, readOnly: true });
  try {
    for (const pragma of ['user_version', 'application_id']) {
      if (pragmaValue(plain, pragma) !== pragmaValue(sealed, pragma)) throw sealingFailed(pragma);
    }
    for (const table of tablesOf(plain)) {
      if (digestOf(plain, table) !== digestOf(sealed, table)) throw sealingFailed(table);
    }
  } finally {
    plain.close();
    sealed.close();
  }
}

function verifyAuditChain(sealedPath: string, dataKey: Buffer): void {
  const store = openRecordStore(sealedPath, { key: dataKey });
  try {
    if (!store.verifyAudit().ok) throw sealingFailed('audit');
  } finally {
    store.close();
  }
}

function pragmaValue(db: SqlDatabase, name: string): unknown {
  return db.prepare(`PRAGMA ${name}`).get()?.[name];
}

function tablesOf(db: SqlDatabase): string[] {
  return db
    .prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
    .all()
    .map((row) => String(row.name));
}

/** The table's rows, in storage order, hashed: VACUUM INTO keeps rowids, so a faithful copy hashes the same. */
function digestOf(db: SqlDatabase, table: string): string {
  const hash = createHash('sha256');
  for (const row of db.prepare(`SELECT * FROM "${table.replaceAll('"', '""')}"`).iterate()) {
    hash.update(JSON.stringify(Object.values(row), (_key, value: unknown) => (value instanceof Uint8Array ? Buffer.from(value).toString('base64') : typeof value === 'bigint' ? String(value) : value)));
    hash.update('\n');
  }
  return hash.digest('hex');
}

const ORIGINAL = /^([0-9a-f]{64})\.(jpg|png)$/;

/** Every file under photos/ (originals and derived copies), sealed into a parallel folder and read back. */
async function sealPhotos(photoDir: string, targetDir: string, dataKey: Buffer, onProgress?: (p: SealingProgress) => void): Promise<void> {
  const files = existsSync(photoDir) ? await filesUnder(photoDir) : [];
  await mkdir(targetDir, { recursive: true, mode: 0o700 });
  let done = 0;
  for (const file of files) {
    const plain = await readFile(file);
    const original = ORIGINAL.exec(basename(file));
    if (original && createHash('sha256').update(plain).digest('hex') !== original[1]) throw sealingFailed(`photos.${original[1]}`);
    const target = join(targetDir, relative(photoDir, file));
    await mkdir(dirname(target), { recursive: true, mode: 0o700 });
    await writeFileAtomic(target, sealBytes(dataKey, plain));
    if (!openSealedBytes(dataKey, await readFile(target), target).equals(plain)) throw sealingFailed(`photos.${basename(file)}`);
    onProgress?.({ phase: 'photos', done: ++done, total: files.length });
  }
}

async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries.filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name)).sort();
}

/** After the commit: the sealed copies take the originals' names, and the plaintext is removed. Idempotent. */
async function finishSealing(folder: RecordsFolder): Promise<void> {
  if (existsSync(sealingDatabase(folder))) {
    if (existsSync(folder.databasePath)) await rename(folder.databasePath, plaintextDatabase(folder));
    await removeDatabaseFiles(folder.databasePath, { withDatabase: false });
    await rename(sealingDatabase(folder), folder.databasePath);
  }
  if (existsSync(sealingPhotos(folder))) {
    if (existsSync(folder.photoDir)) await rename(folder.photoDir, plaintextPhotos(folder));
    await rename(sealingPhotos(folder), folder.photoDir);
  }
  await removeDatabaseFiles(plaintextDatabase(folder), { withDatabase: true });
  await rm(plaintextPhotos(folder), { recursive: true, force: true });
}

/** Before a commit: the copies go; the plaintext originals were never touched. */
async function undoUnfinishedSealing(folder: RecordsFolder): Promise<void> {
  await removeDatabaseFiles(sealingDatabase(folder), { withDatabase: true });
  await rm(sealingPhotos(folder), { recursive: true, force: true });
}

function sealingFailed(field: string, cause?: unknown): ApiError {
  return new ApiError({ code: 'storage', field: field || null, reason: 'sealing-failed' }, { cause, log: `Sealing the records folder failed${field ? ` at ${field}` : ''}; the plaintext folder is untouched.` });
}
