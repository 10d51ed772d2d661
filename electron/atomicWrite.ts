import { randomUUID } from 'node:crypto';
import { constants, createWriteStream, type WriteStream } from 'node:fs';
import * as promises from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/**
 * The one way MesoChart writes a file that must be whole or absent: photos, PDFs, CSV, backups,
 * their manifests and restores. The content goes to a temporary file in the same folder (so the
 * rename cannot cross file systems), owner-only; that file is flushed to disk (fsync), renamed over
 * the target (atomic: a reader sees the old file or the new one, never half of either), then the
 * folder itself is flushed so that the rename survives a power cut. A failure at any step removes
 * the temporary file and leaves whatever was at the target untouched.
 */

/** The few file-system calls the writer makes; tests inject a spy or a failure. */
export type AtomicFs = {
  open: typeof promises.open;
  rename: typeof promises.rename;
  rm: typeof promises.rm;
  chmod: typeof promises.chmod;
};

export type AtomicWriteOptions = {
  /** The file's mode; medical records are owner-only by default. */
  mode?: number;
  fs?: AtomicFs;
};

const nodeFs: AtomicFs = { open: promises.open, rename: promises.rename, rm: promises.rm, chmod: promises.chmod };
const OWNER_ONLY = 0o600;

/** A new temporary name beside `path`, ending in `.tmp` (leftovers of a crash are recognisable). */
function temporaryPathFor(path: string): string {
  return join(dirname(path), `${basename(path)}.${randomUUID()}.tmp`);
}

const TEMPORARY_NAME = /\.[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\.tmp$/;

/** A temporary file of this writer: with no write in progress (at start), a leftover of a crash. */
export function isTemporaryName(name: string): boolean {
  return TEMPORARY_NAME.test(name);
}

/** Writes `data` whole at `path`, or leaves `path` as it was. */
export async function writeFileAtomic(path: string, data: string | Uint8Array, options: AtomicWriteOptions = {}): Promise<void> {
  const fs = options.fs ?? nodeFs;
  await writeAtomicFrom(
    path,
    async (temporary) => {
      const handle = await fs.open(temporary, 'wx', options.mode ?? OWNER_ONLY);
      try {
        await handle.writeFile(data);
      } finally {
        await handle.close();
      }
    },
    options,
  );
}

/**
 * The streamed form: `produce` writes the temporary file it is given (a stream, a worker, SQLite, a
 * cipher; it creates the file, best with the 'wx' flag), and the writer commits it at `path` when
 * `produce` succeeds, or removes it when `produce` (or the commit) fails. Answers what `produce` answers.
 */
export async function writeAtomicFrom<T>(path: string, produce: (temporary: string) => Promise<T>, options: AtomicWriteOptions = {}): Promise<T> {
  const fs = options.fs ?? nodeFs;
  const temporary = temporaryPathFor(path);
  try {
    const result = await produce(temporary);
    await commitFile(temporary, path, options);
    return result;
  } catch (error) {
    await fs.rm(temporary, { force: true });
    throw error;
  }
}

/**
 * Copies `source` into the temporary file that writeAtomicFrom hands a producer: created, never
 * written over, owner-only before it holds anything another user could read at length.
 */
export async function copyToTemporary(source: string, temporary: string): Promise<void> {
  await promises.copyFile(source, temporary, constants.COPYFILE_EXCL);
  await promises.chmod(temporary, OWNER_ONLY);
}

/**
 * Replaces what a producer has put so far at the temporary file writeAtomicFrom handed it (a photo
 * staged from a backup, then resealed with the folder's key): still owner-only, still uncommitted.
 */
export async function rewriteTemporary(temporary: string, data: Uint8Array): Promise<void> {
  await promises.rm(temporary, { force: true });
  const handle = await promises.open(temporary, 'wx', OWNER_ONLY);
  try {
    await handle.writeFile(data);
  } finally {
    await handle.close();
  }
}

/** A whole copy of `source` at `target`, or `target` as it was. */
export function copyFileAtomic(source: string, target: string, options: AtomicWriteOptions = {}): Promise<void> {
  return writeAtomicFrom(target, (temporary) => copyToTemporary(source, temporary), options);
}

/**
 * A stream into the temporary file that writeAtomicFrom hands a producer, for one that can only stream
 * (the PDF worker, in its own thread): created owner-only, never written over ('wx').
 */
export function createTemporaryWriteStream(temporary: string): WriteStream {
  return createWriteStream(temporary, { flags: 'wx', mode: OWNER_ONLY });
}

/**
 * Commits a finished file `temporary` (in the same folder) at `path`: owner-only, flushed, renamed,
 * folder flushed. For a file whose temporary name a caller must choose (SQLite's backup copy); on
 * failure the caller removes it.
 */
export async function commitFile(temporary: string, path: string, options: AtomicWriteOptions = {}): Promise<void> {
  const fs = options.fs ?? nodeFs;
  await fs.chmod(temporary, options.mode ?? OWNER_ONLY);
  await syncFile(temporary, fs);
  await fs.rename(temporary, path);
  await syncFolder(dirname(path), fs);
}

/** Flushes a file that is already written (e.g. a copy kept aside) to disk. */
async function syncFile(path: string, fs: AtomicFs = nodeFs): Promise<void> {
  const handle = await fs.open(path, 'r+');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/** Makes a rename durable: the folder's entry is flushed (where folders cannot be opened, as on Windows, the rename is still atomic). */
async function syncFolder(folder: string, fs: AtomicFs = nodeFs): Promise<void> {
  let handle: promises.FileHandle;
  try {
    handle = await fs.open(folder, 'r');
  } catch {
    return;
  }
  try {
    await handle.sync();
  } catch (error) {
    // EISDIR/EINVAL/EPERM: the platform cannot flush a folder; anything else is a real failure.
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== 'EISDIR' && code !== 'EINVAL' && code !== 'EPERM') throw error;
  } finally {
    await handle.close();
  }
}
