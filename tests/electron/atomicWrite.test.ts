import { createWriteStream, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import * as promises from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { commitFile, copyFileAtomic, createTemporaryWriteStream, isTemporaryName, writeAtomicFrom, writeFileAtomic, type AtomicFs } from '../../electron/atomicWrite.ts';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});
function folder(): string {
  const dir = mkdtempSync(join(tmpdir(), 'mesochart-atomic-'));
  dirs.push(dir);
  return dir;
}

type Call = { op: 'open' | 'sync' | 'rename' | 'rm' | 'chmod'; path: string; flags?: string };

/** The real file system, with every call recorded; `failOn` makes one step fail as a full disk would. */
function spyFs(failOn?: (call: Call) => boolean): { fs: AtomicFs; calls: Call[] } {
  const calls: Call[] = [];
  const record = (call: Call) => {
    calls.push(call);
    if (failOn?.(call)) throw Object.assign(new Error(`injected failure at ${call.op}`), { code: 'EIO' });
  };
  const fs: AtomicFs = {
    open: (async (path: string, flags?: string, mode?: number) => {
      record({ op: 'open', path: String(path), flags: String(flags) });
      const handle = await promises.open(path, flags, mode);
      const sync = handle.sync.bind(handle);
      handle.sync = async () => {
        record({ op: 'sync', path: String(path) });
        return sync();
      };
      const writeFile = handle.writeFile.bind(handle);
      handle.writeFile = async (data: Parameters<typeof handle.writeFile>[0]) => {
        // Half the content reaches the disk, then the disk fails (when asked to).
        if (failOn?.({ op: 'open', path: 'mid-write' })) {
          await writeFile(typeof data === 'string' ? data.slice(0, data.length >> 1) : data);
          throw Object.assign(new Error('injected failure mid-write'), { code: 'ENOSPC' });
        }
        return writeFile(data);
      };
      return handle;
    }) as AtomicFs['open'],
    rename: async (from, to) => {
      record({ op: 'rename', path: `${String(from)} -> ${String(to)}` });
      return promises.rename(from, to);
    },
    rm: async (path, options) => {
      record({ op: 'rm', path: String(path) });
      return promises.rm(path, options);
    },
    chmod: async (path, mode) => {
      record({ op: 'chmod', path: String(path) });
      return promises.chmod(path, mode);
    },
  };
  return { fs, calls };
}

describe('the atomic writer', () => {
  it('writes the whole file owner-only, flushes it, renames it, then flushes the folder; no temporary file is left', async () => {
    const dir = folder();
    const path = join(dir, 'recall.csv');
    const { fs, calls } = spyFs();
    await writeFileAtomic(path, 'lot;product\nA1;Vitamin C\n', { fs });
    expect(readFileSync(path, 'utf8')).toBe('lot;product\nA1;Vitamin C\n');
    expect(statSync(path).mode & 0o777).toBe(0o600);
    expect(readdirSync(dir)).toEqual(['recall.csv']);

    const temporary = calls.find((c) => c.op === 'open' && c.flags === 'wx')!.path;
    expect(temporary.startsWith(`${path}.`) && temporary.endsWith('.tmp')).toBe(true);
    const fileSync = calls.findIndex((c) => c.op === 'sync' && c.path === temporary);
    const rename = calls.findIndex((c) => c.op === 'rename' && c.path === `${temporary} -> ${path}`);
    const folderOpen = calls.findIndex((c) => c.op === 'open' && c.path === dir);
    const folderSync = calls.findIndex((c) => c.op === 'sync' && c.path === dir);
    expect(fileSync).toBeGreaterThanOrEqual(0);
    expect(rename).toBeGreaterThan(fileSync);
    expect(folderOpen).toBeGreaterThan(rename);
    expect(folderSync).toBeGreaterThan(folderOpen);
  });

  it('replaces an existing file whole', async () => {
    const dir = folder();
    const path = join(dir, 'manifest.json');
    writeFileSync(path, 'old');
    await writeFileAtomic(path, new TextEncoder().encode('new content'));
    expect(readFileSync(path, 'utf8')).toBe('new content');
    expect(readdirSync(dir)).toEqual(['manifest.json']);
  });

  it('leaves the old file and no temporary file when the write fails half-way', async () => {
    const dir = folder();
    const path = join(dir, 'photo.jpg');
    writeFileSync(path, 'the old photo');
    const { fs, calls } = spyFs((c) => c.path === 'mid-write');
    await expect(writeFileAtomic(path, 'a new photo, longer than the old one', { fs })).rejects.toThrow(/mid-write/);
    expect(readFileSync(path, 'utf8')).toBe('the old photo');
    expect(readdirSync(dir)).toEqual(['photo.jpg']);
    expect(calls.some((c) => c.op === 'rename')).toBe(false);
  });

  it('leaves the old file and no temporary file when the flush or the rename fails', async () => {
    for (const step of ['sync', 'rename'] as const) {
      const dir = folder();
      const path = join(dir, 'record.pdf');
      writeFileSync(path, 'the old record');
      const { fs } = spyFs((c) => c.op === step && !c.path.startsWith(`${dir} `) && c.path !== dir);
      await expect(writeFileAtomic(path, 'the new record', { fs })).rejects.toThrow(new RegExp(`injected failure at ${step}`));
      expect(readFileSync(path, 'utf8'), step).toBe('the old record');
      expect(readdirSync(dir), step).toEqual(['record.pdf']);
    }
  });

  it('commits a streamed file when its producer succeeds, and answers what the producer answers', async () => {
    const dir = folder();
    const path = join(dir, 'course.pdf');
    const { fs, calls } = spyFs();
    const result = await writeAtomicFrom(
      path,
      async (temporary) => {
        const out = createWriteStream(temporary, { flags: 'wx', mode: 0o600 });
        for (let page = 1; page <= 3; page++) out.write(`page ${page}\n`);
        await new Promise<void>((resolve, reject) => out.end((error?: Error | null) => (error ? reject(error) : resolve())));
        return { pages: 3 };
      },
      { fs },
    );
    expect(result).toEqual({ pages: 3 });
    expect(readFileSync(path, 'utf8')).toBe('page 1\npage 2\npage 3\n');
    expect(readdirSync(dir)).toEqual(['course.pdf']);
    expect(calls.some((c) => c.op === 'sync' && c.path === dir)).toBe(true);
  });

  it('removes the temporary file of a streamed write that fails, and keeps the old file', async () => {
    const dir = folder();
    const path = join(dir, 'course.pdf');
    writeFileSync(path, 'the previous export');
    let seen = '';
    await expect(
      writeAtomicFrom(path, async (temporary) => {
        seen = temporary;
        const out = createWriteStream(temporary, { flags: 'wx' });
        out.write('page 1\n');
        await new Promise<void>((resolve) => out.end(() => resolve()));
        throw new Error('the worker stopped');
      }),
    ).rejects.toThrow('the worker stopped');
    expect(seen.startsWith(dir)).toBe(true);
    expect(readFileSync(path, 'utf8')).toBe('the previous export');
    expect(readdirSync(dir)).toEqual(['course.pdf']);
  });

  it('commits a file a caller staged under its own name (a backup copy) the same way', async () => {
    const dir = folder();
    const staged = join(dir, '.partial-backup');
    const path = join(dir, 'backup.sqlite');
    writeFileSync(staged, 'pages', { mode: 0o644 });
    const { fs, calls } = spyFs();
    await commitFile(staged, path, { fs });
    expect(readdirSync(dir)).toEqual(['backup.sqlite']);
    expect(statSync(path).mode & 0o777).toBe(0o600);
    expect(calls.map((c) => c.op)).toEqual(['chmod', 'open', 'sync', 'rename', 'open', 'sync']);
  });

  it('copies a file whole and owner-only, or leaves the target as it was', async () => {
    const dir = folder();
    const source = join(dir, 'records.sqlite');
    const target = join(dir, 'records.sqlite.before-restore');
    writeFileSync(source, 'the records', { mode: 0o644 });
    await copyFileAtomic(source, target);
    expect(readFileSync(target, 'utf8')).toBe('the records');
    expect(statSync(target).mode & 0o777).toBe(0o600);
    await expect(copyFileAtomic(join(dir, 'missing.sqlite'), target)).rejects.toMatchObject({ code: 'ENOENT' });
    expect(readFileSync(target, 'utf8')).toBe('the records');
    expect(readdirSync(dir).sort()).toEqual(['records.sqlite', 'records.sqlite.before-restore']);
  });

  it('streams into its temporary file, never over one that is there, and knows its temporary names', async () => {
    const dir = folder();
    const path = join(dir, 'record.pdf');
    let temporary = '';
    await writeAtomicFrom(path, async (t) => {
      temporary = t;
      const out = createTemporaryWriteStream(t);
      out.end('%PDF-1.7');
      await new Promise<void>((resolve) => out.once('close', () => resolve()));
    });
    expect(readFileSync(path, 'utf8')).toBe('%PDF-1.7');
    expect(statSync(path).mode & 0o777).toBe(0o600);
    expect(isTemporaryName(temporary.slice(dir.length + 1))).toBe(true);
    expect(isTemporaryName('record.pdf')).toBe(false);
    expect(isTemporaryName('notes.tmp')).toBe(false);
    const taken = createTemporaryWriteStream(path);
    await expect(new Promise((resolve, reject) => taken.once('error', reject).once('open', resolve))).rejects.toMatchObject({ code: 'EEXIST' });
  });
});
