import { chmodSync, mkdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ensureOwnerOnlyFolder } from '../../electron/dataFolder.ts';
import { openTestStore, tempDir } from './store/fixtures.ts';

describe('the data folder', () => {
  it('is created owner-only (0700), parents included', () => {
    const dir = join(tempDir(), 'userData', 'data');
    expect(ensureOwnerOnlyFolder(dir)).toBe(dir);
    expect(statSync(dir).mode & 0o777).toBe(0o700);
  });

  it('is narrowed back to owner-only when found wider', () => {
    const dir = join(tempDir(), 'data');
    mkdirSync(dir);
    chmodSync(dir, 0o755);
    ensureOwnerOnlyFolder(dir);
    expect(statSync(dir).mode & 0o777).toBe(0o700);
  });
});

describe('the record store connection', () => {
  it('runs in WAL mode with synchronous=FULL (a record survives a power cut)', () => {
    let seen: { journal: unknown; synchronous: unknown } | null = null;
    openTestStore(undefined, {
      afterOpen: (db) => {
        seen = { journal: db.prepare('PRAGMA journal_mode').get()?.journal_mode, synchronous: db.prepare('PRAGMA synchronous').get()?.synchronous };
      },
    });
    expect(seen).toEqual({ journal: 'wal', synchronous: 2 });
  });
});
