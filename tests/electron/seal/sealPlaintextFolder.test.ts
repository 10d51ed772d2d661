import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isSealedBytes, openSealedBytes } from '../../../electron/seal/sealedBytes.ts';
import type { AccessState } from '../../../shared/access.ts';
import type { BackupInfo, RestoreResult } from '../../../shared/backups.ts';
import { createBackup } from '../../../electron/backup/backup.ts';
import { ok } from '../handlerFixtures.ts';
import { dumpDatabase, tempDir } from '../store/fixtures.ts';
import { plaintextFolder, PLAINTEXT_NAME, PRACTITIONER } from './plaintextFolder.ts';
import { filesHolding, filesUnder, startSealedApp } from './sealedApp.ts';

const digestOf = (dir: string) => filesUnder(dir).map(({ path, bytes }) => [path, createHash('sha256').update(bytes).digest('hex')]);
const unlock = { practitionerId: PRACTITIONER.id, passphrase: PRACTITIONER.passphrase };

describe('sealing a plaintext records folder at its first unlock', () => {
  it('seals the records and the photos, verified, shows the recovery key, and keeps every row', async () => {
    const root = tempDir();
    const { databasePath, patientIds } = await plaintextFolder(root, { photos: 3 });
    const rows = dumpDatabase(databasePath);
    expect(filesHolding(root, PLAINTEXT_NAME).length).toBeGreaterThan(0);

    const app = await startSealedApp(root);
    expect(app.folder.vault.isSealed()).toBe(false);
    const state = await ok<AccessState>(app.api.unlock(unlock));
    expect(app.folder.vault.isSealed()).toBe(true);
    expect(state.recoveryKeyToShow).toMatch(/^[0-9A-Z]{4}(-[0-9A-Z]{4}){7}$/);
    expect((await app.folder.stores.current().getPatient(patientIds[0]!))?.lastName).toBe(`${PLAINTEXT_NAME}-0`);
    app.close();

    expect(filesHolding(root, PLAINTEXT_NAME)).toEqual([]);
    expect(readdirSync(join(root, 'data')).sort()).toEqual(['keyring.json', 'mesochart.sqlite', 'photos']);
    const again = await startSealedApp(root);
    await ok(again.api.unlock(unlock));
    const { userVersion: _u, schema: _s, audit: auditAfter, ...after } = dumpDatabase(databasePath, again.folder.vault.key());
    const { userVersion: _u2, schema: _s2, audit: auditBefore, ...before } = rows;
    void [_u, _s, _u2, _s2];
    // Every row as it was; the audit trail has the unlocks on top of what it had.
    expect(after).toEqual(before);
    expect((auditAfter as string[]).length).toBeGreaterThan((auditBefore as string[]).length);
    // Each photo original is sealed and opens to the bytes its name (their SHA-256) says.
    const key = again.folder.vault.key();
    const originals = filesUnder(join(root, 'data', 'photos')).filter(({ path }) => /[0-9a-f]{64}\.png$/.test(path));
    expect(originals).toHaveLength(3);
    for (const { path, bytes } of originals) {
      expect(isSealedBytes(bytes)).toBe(true);
      expect(createHash('sha256').update(openSealedBytes(key, bytes, path)).digest('hex')).toBe(/([0-9a-f]{64})\.png$/.exec(path)![1]);
    }
    again.close();
  });

  it('seals the backups taken before, photos of their store included, and they still restore', async () => {
    const root = tempDir();
    const { databasePath, photoDir, patientIds } = await plaintextFolder(root, { photos: 2 });
    const plain = await createBackup(databasePath, join(root, 'backups'), { photoDir, now: () => new Date('2025-02-01T10:00:00Z') });
    expect(plain.sealed).toBe(false);
    expect(filesHolding(join(root, 'backups'), PLAINTEXT_NAME).length).toBeGreaterThan(0);

    const app = await startSealedApp(root);
    await ok(app.api.unlock(unlock));
    expect(filesHolding(root, PLAINTEXT_NAME)).toEqual([]);
    expect(filesUnder(join(root, 'backups', 'photos')).every(({ bytes }) => isSealedBytes(bytes))).toBe(true);
    const [backup] = await ok<BackupInfo[]>(app.api.listBackups({}));
    expect(backup).toMatchObject({ file: plain.file, sealed: true });
    const restored = await ok<RestoreResult>(app.api.restoreBackup({ file: plain.file, passphrase: PRACTITIONER.passphrase }));
    expect(restored.photos).toMatchObject({ problems: [] });
    expect((await app.folder.stores.current().getPatient(patientIds[1]!))?.lastName).toBe(`${PLAINTEXT_NAME}-1`);
    app.close();
  });

  it('leaves the plaintext folder untouched when verification fails (a damaged photo), says so in the log, and tries again next time', async () => {
    const root = tempDir();
    const { photoDir } = await plaintextFolder(root, { photos: 2 });
    const [shard] = readdirSync(photoDir).filter((name) => /^[0-9a-f]{2}$/.test(name));
    const [file] = readdirSync(join(photoDir, shard!));
    writeFileSync(join(photoDir, shard!, file!), 'not the photo any more');
    const before = digestOf(join(root, 'data'));
    const logged: string[] = [];
    const app = await startSealedApp(root, { log: (message) => logged.push(message) });
    // The practitioner works on, unlocked on the plaintext records, and is told why they are not sealed.
    const state = await ok<AccessState>(app.api.unlock(unlock));
    expect(state.current?.id).toBe(PRACTITIONER.id);
    expect(state.sealingProblem).toBe('sealing-failed');
    expect(app.folder.vault.isSealed()).toBe(false);
    expect(logged).toEqual([expect.stringMatching(/^Sealing the records folder failed/)]);
    app.close();
    // Nothing of the attempt is left, and the records are as they were (the unlock's audit entry aside).
    expect(existsSync(join(root, 'data', 'keyring.json'))).toBe(false);
    expect(readdirSync(join(root, 'data')).filter((name) => name.includes('sealing'))).toEqual([]);
    expect(digestOf(photoDir)).toEqual(before.filter(([path]) => path!.startsWith(photoDir)));
  });

  it('loses nothing when killed at any moment of the sealing: finished or undone at the next start', { timeout: 120_000 }, async () => {
    const template = tempDir();
    await plaintextFolder(template, { patients: 20, photos: 40 });
    const rows = dumpDatabase(join(template, 'data', 'mesochart.sqlite'));
    const outcomes = { sealed: 0, undone: 0 };
    for (let kill = 0; kill < 12; kill++) {
      const root = tempDir();
      cpSync(template, root, { recursive: true });
      const printed = await runAndKill(root, kill);
      // The next start finishes or undoes the sealing; its first unlock seals (again, if undone).
      const app = await startSealedApp(root);
      const sealed = app.folder.vault.isSealed();
      if (printed.includes('sealed\n')) expect(sealed, 'a sealing that finished').toBe(true);
      await ok(app.api.unlock(unlock));
      expect(app.folder.vault.isSealed()).toBe(true);
      app.close();
      outcomes[sealed ? 'sealed' : 'undone']++;
      expect(readdirSync(join(root, 'data')).sort()).toEqual(['keyring.json', 'mesochart.sqlite', 'photos']);
      expect(filesHolding(join(root, 'data'), PLAINTEXT_NAME)).toEqual([]);
      const { audit: _a, ...after } = dumpDatabase(join(root, 'data', 'mesochart.sqlite'), app.folder.vault.key());
      const { audit: _b, ...before } = rows;
      void [_a, _b];
      expect(after).toEqual(before);
    }
    // Kills before the commit (undone) and after it (finished) both happened over the runs.
    expect(outcomes).toEqual({ sealed: expect.any(Number), undone: expect.any(Number) });
    expect(outcomes.sealed).toBeGreaterThan(0);
    expect(outcomes.undone).toBeGreaterThan(0);
  });
});

/** Runs the sealing child, killed at a moment spread over the sealing's length (run `n` of 12). */
function runAndKill(root: string, n: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(import.meta.dirname, 'sealingWriter.ts'), root], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (chunk: Buffer) => {
      const before = out;
      out += chunk.toString('utf8');
      if (!before.includes('unlocking') && out.includes('unlocking')) setTimeout(() => child.kill('SIGKILL'), n * 25 + Math.random() * 25);
    });
    child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString('utf8')));
    child.on('error', reject);
    child.on('exit', (code, signal) => (signal === 'SIGKILL' ? resolve(out) : reject(new Error(`the sealing child ended on its own (code ${code}): ${err}`))));
  });
}
