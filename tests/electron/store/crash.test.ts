import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openRecordStore } from '../../../electron/store/recordStore.ts';
import { connectSql } from '../../../electron/store/sqlDatabase.ts';
import { actor, patientFields, tempDatabasePath } from './fixtures.ts';

const WRITER = join(import.meta.dirname, 'crashWriter.ts');
const KILLS = 20;

/** Runs the writer until SIGKILL at a random moment after its first completed save; answers what it printed. */
function runAndKill(path: string, patientId: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [WRITER, path, patientId], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    let armed = false;
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString('utf8');
      if (!armed) {
        armed = true;
        setTimeout(() => child.kill('SIGKILL'), 5 + Math.random() * 150);
      }
    });
    child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString('utf8')));
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      if (signal !== 'SIGKILL') reject(new Error(`writer ended on its own (code ${code}): ${err}`));
      else resolve(out);
    });
  });
}

describe('a crash in the middle of saving', () => {
  it(`loses no save that had returned, over ${KILLS} kills at random moments`, { timeout: 60_000 }, async () => {
    const path = tempDatabasePath();
    const seed = openRecordStore(path);
    const patientId = seed.createPatient(patientFields(), actor).id;
    seed.close();
    const latest = new Map<string, number>();

    for (let kill = 0; kill < KILLS; kill++) {
      const printed = await runAndKill(path, patientId);
      // Only whole lines count: a line cut by the kill was not yet acknowledged.
      for (const line of printed.split('\n').slice(0, -1)) {
        const [id, version] = line.split(' ');
        latest.set(id!, Math.max(latest.get(id!) ?? 0, Number(version)));
      }

      // The engine the store runs on: a second SQLite library in this process would not share the
      // store's view of the file's locks and shared memory, and could corrupt it.
      const raw = connectSql(path);
      try {
        expect(raw.prepare('PRAGMA integrity_check').all()).toEqual([{ integrity_check: 'ok' }]);
      } finally {
        raw.close();
      }
      const store = openRecordStore(path);
      try {
        for (const [id, version] of latest) {
          const session = store.getSession(id);
          expect(session, `session ${id} saved at version ${version}`).not.toBeNull();
          // The stored version is the acknowledged one, or a later save that completed before the kill.
          const stored = Number(/^version (\d+)$/.exec(session!.notes)?.[1]);
          expect(stored).toBeGreaterThanOrEqual(version);
          expect(session!.points).toHaveLength((stored % 40) + 1);
          expect(session!.points.every((p) => p.note === `v${stored}`)).toBe(true);
        }
        expect(store.verifyAudit()).toMatchObject({ ok: true });
      } finally {
        store.close();
      }
    }
    expect(latest.size).toBeGreaterThan(KILLS / 2);
  });
});
