import { chmodSync, copyFileSync, readFileSync, statSync, truncateSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { createBackup } from '../../../electron/backup/backup.ts';
import { LATEST_SCHEMA_VERSION } from '../../../electron/store/migrations.ts';
import { openStoreOrExplain } from '../../../electron/openOutcome.ts';
import { runOpenProbe } from './unprivilegedProbe.ts';
import { actor, openTestStore, patientFields, points, defaults, sessionDraft, tempDir } from './fixtures.ts';

/** A database big enough to span many pages, closed, with one backup of it. */
async function recordsWithBackup() {
  const { store, path } = openTestStore();
  const patient = store.createPatient(patientFields(), actor);
  for (let i = 0; i < 5; i++) {
    const session = store.createSession(sessionDraft(patient.id), defaults, actor);
    store.saveSession(session.id, { notes: 'x'.repeat(2000) }, points(200), actor);
  }
  store.close();
  const backupDir = join(tempDir(), 'backups');
  const backup = await createBackup(path, backupDir, { now: () => new Date('2025-03-01T08:00:00.000Z') });
  return { path, backupDir, backup };
}

function expectUntouched(path: string, bytes: Buffer) {
  expect(readFileSync(path).equals(bytes)).toBe(true);
}

describe('opening a bad records file', () => {
  it('opens a good file', async () => {
    const { path, backupDir } = await recordsWithBackup();
    const outcome = openStoreOrExplain(path, { backupDir });
    expect(outcome.ok).toBe(true);
    if (outcome.ok) outcome.store.close();
  });

  it('calls a truncated file damaged, offers the backups, and leaves it as it was', async () => {
    const { path, backupDir, backup } = await recordsWithBackup();
    truncateSync(path, Math.floor(statSync(path).size / 2));
    const bytes = readFileSync(path);
    const outcome = openStoreOrExplain(path, { backupDir });
    expect(outcome).toEqual({
      ok: false,
      failure: { kind: 'corrupt', reason: 'truncated', params: expect.objectContaining({ size: expect.any(Number) }), log: expect.stringMatching(/damaged.*cut short/s), canOpenReadOnly: false, backups: [expect.objectContaining({ file: backup.file })] },
    });
    expectUntouched(path, bytes);
  });

  it('calls a file of garbage damaged and leaves it as it was', async () => {
    const { path, backupDir } = await recordsWithBackup();
    writeFileSync(path, randomBytes(64 * 1024));
    const bytes = readFileSync(path);
    expect(openStoreOrExplain(path, { backupDir })).toMatchObject({ ok: false, failure: { kind: 'corrupt', canOpenReadOnly: false, backups: [{}] } });
    expectUntouched(path, bytes);
  });

  it('calls a file whose pages were overwritten with garbage damaged', async () => {
    const { path, backupDir } = await recordsWithBackup();
    const bytes = readFileSync(path);
    randomBytes(bytes.length - 4096).copy(bytes, 4096);
    writeFileSync(path, bytes);
    const outcome = openStoreOrExplain(path, { backupDir });
    expect(outcome).toMatchObject({ ok: false, failure: { kind: 'corrupt' } });
    expectUntouched(path, bytes);
  });

  it('says a file from a newer MesoChart needs an update, and leaves it as it was', async () => {
    const { path, backupDir } = await recordsWithBackup();
    const raw = new DatabaseSync(path);
    raw.exec('PRAGMA journal_mode = DELETE');
    raw.exec(`PRAGMA user_version = ${LATEST_SCHEMA_VERSION + 1}`);
    raw.close();
    const bytes = readFileSync(path);
    expect(openStoreOrExplain(path, { backupDir })).toMatchObject({
      ok: false,
      failure: { kind: 'newer-schema', reason: 'newer-schema', params: { version: expect.any(Number) }, backups: [{}] },
    });
    expectUntouched(path, bytes);
  });

  it('says a SQLite file of another application is not MesoChart records', async () => {
    const { backupDir } = await recordsWithBackup();
    const path = join(tempDir(), 'other.sqlite');
    const raw = new DatabaseSync(path);
    raw.exec('CREATE TABLE t (x); INSERT INTO t VALUES (1);');
    raw.close();
    const bytes = readFileSync(path);
    expect(openStoreOrExplain(path, { backupDir })).toMatchObject({ ok: false, failure: { kind: 'not-mesochart' } });
    expectUntouched(path, bytes);
  });

  it('offers to open read-only a file the process may not write (write access as reported)', async () => {
    const { path, backupDir } = await recordsWithBackup();
    const bytes = readFileSync(path);
    const outcome = openStoreOrExplain(path, { backupDir, isWritable: () => false });
    expect(outcome).toMatchObject({ ok: false, failure: { kind: 'read-only', canOpenReadOnly: true, reason: 'not-writable', log: expect.stringContaining('cannot be written') } });
    const readOnly = openStoreOrExplain(path, { backupDir, readOnly: true });
    expect(readOnly.ok).toBe(true);
    if (readOnly.ok) {
      expect(readOnly.store.listPatients({ search: '', includeArchived: false, offset: 0, limit: 50 }).total).toBe(1);
      readOnly.store.close();
    }
    expectUntouched(path, bytes);
  });

  /**
   * chmod 0444 on the file and 0555 on its folder. Tests here run as root, whom permissions do not
   * stop, so the probe runs as the unprivileged user "nobody" (uid 65534) when we are root
   * (see unprivilegedProbe.ts: it must work from a checkout nobody cannot enter).
   */
  it('offers to open read-only a file with mode 0444 in a folder with mode 0555 (real permissions)', async () => {
    const { path: source, backupDir } = await recordsWithBackup();
    const dir = tempDir();
    const path = join(dir, 'records.sqlite');
    copyFileSync(source, path);
    chmodSync(path, 0o444);
    chmodSync(dir, 0o555);
    chmodSync(dirname(backupDir), 0o755);
    chmodSync(backupDir, 0o755);
    const bytes = readFileSync(path);
    try {
      const probe = await runOpenProbe([path, backupDir]);
      expect(probe.stderr).toBe('');
      expect(JSON.parse(probe.stdout)).toMatchObject({ ok: false, failure: { kind: 'read-only', canOpenReadOnly: true, backups: [{}] } });
      expectUntouched(path, bytes);
    } finally {
      chmodSync(dir, 0o755);
    }
  });
});
