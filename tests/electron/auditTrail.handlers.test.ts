import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { describe, expect, it } from 'vitest';
import type { AuditCheck } from '../../shared/audit.ts';
import type { BackupInfo } from '../../shared/backups.ts';
import type { AuditEntry } from '../../shared/repository.ts';
import { createBackupService } from '../../electron/backup/backupService.ts';
import { createHandlers, type HandlerContext } from '../../electron/handlers.ts';
import { openRecordStore } from '../../electron/store/recordStore.ts';
import { holdStore } from '../../electron/store/storeHolder.ts';
import { testAccess } from './access/fixtures.ts';
import { memorySettings, ok } from './handlerFixtures.ts';
import { tempDir } from './store/fixtures.ts';

/**
 * The security events and the chain's comparison with the backups (issue 14), through the handler table
 * as main.ts wires it: the lock, the settings, backups by hand and by the schedule, "Verify audit trail".
 */
function app() {
  const dir = tempDir();
  const databasePath = join(dir, 'records.sqlite');
  const backupDir = join(dir, 'backups');
  const settings = memorySettings({ backups: { keep: 3, intervalHours: 24 } });
  let clock = new Date('2025-03-01T08:00:00.000Z').getTime();
  let accessClock = 0;
  const access = testAccess({ name: 'Dr Weiß', id: '5d2c8a6e-0000-4000-8000-00000000000a', now: () => accessClock, idleMinutes: 5 });
  const logged: string[] = [];
  const ctx: HandlerContext = {
    store: holdStore(openRecordStore(databasePath), () => openRecordStore(databasePath)),
    settings,
    access,
    appInfo: () => ({ version: 't', dataDir: dir, databasePath, schemaVersion: ctx.store.current().schemaVersion }),
    backups: createBackupService({ databasePath, backupDir, photoDir: join(dir, 'photos'), keep: () => settings.get().backups.keep, now: () => new Date((clock += 60_000)), kdf: { logN: 10, r: 8, p: 1 } }),
    log: (message) => logged.push(message),
  };
  // Read from the store: the lock may be closed when the test looks.
  const entries = async (kind: 'security' | 'backup' | null = null): Promise<AuditEntry[]> => (await ctx.store.current().listAuditEntries({ kind, before: null, limit: 200 })).entries;
  return { ctx, api: createHandlers(ctx), databasePath, backupDir, entries, logged, idle: (minutes: number) => (accessClock += minutes * 60_000), close: () => ctx.store.current().close() };
}

const patientInput = { firstName: 'Anaïs', lastName: 'Lefèvre', dateOfBirth: '1984-03-12', sex: 'female' };

describe('security events in the audit trail', () => {
  it('writes a settings change with the old and new value of each key that changed, and nothing when none did', async () => {
    const { api, entries, close } = app();
    try {
      // The groups a patch leaves out take their defaults (settingsPatchSchema): this one names every group it must keep.
      const patch = { lock: { idleMinutes: 15 }, clinic: { name: 'Clinique du Parc', address: '', phone: '' }, backups: { keep: 3, intervalHours: 24 } };
      await ok(api.updateSettings(patch));
      await ok(api.updateSettings(patch));
      const changes = (await entries('security')).filter((e) => e.action === 'settings.update');
      expect(changes).toHaveLength(1);
      expect(changes[0]).toMatchObject({
        actor: 'Dr Weiß',
        entity: 'settings',
        detail: { changes: { 'lock.idleMinutes': { from: 10, to: 15 }, 'clinic.name': { from: '', to: 'Clinique du Parc' } } },
      });
      expect(Object.keys((changes[0]!.detail as { changes: object }).changes).sort()).toEqual(['clinic.name', 'lock.idleMinutes']);
    } finally {
      close();
    }
  });

  it('writes a lock asked for, and one found when the idle time ran out, each once, in the name of who was unlocked', async () => {
    const { ctx, api, entries, idle, close } = app();
    try {
      await ok(api.lock({}));
      await ok(api.lock({}));
      ctx.access.unlock({ id: '5d2c8a6e-0000-4000-8000-00000000000a', displayName: 'Dr Weiß' });
      await ok(api.listPatients({}));
      idle(6);
      expect(await api.listPatients({})).toMatchObject({ ok: false, error: { code: 'locked-out' } });
      expect(await api.listPatients({})).toMatchObject({ ok: false, error: { code: 'locked-out' } });
      const locks = (await entries('security')).filter((e) => e.action === 'practitioner.lock');
      expect(locks.map((e) => [e.actor, e.actorId, e.detail])).toEqual([
        ['Dr Weiß', '5d2c8a6e-0000-4000-8000-00000000000a', { cause: 'automatic' }],
        ['Dr Weiß', '5d2c8a6e-0000-4000-8000-00000000000a', { cause: 'request' }],
      ]);
    } finally {
      close();
    }
  });

  it('writes backups taken by hand in the name of who asked, and automatic ones in the application’s', async () => {
    const { ctx, api, entries, close } = app();
    try {
      const manual = await ok<BackupInfo>(api.createBackupNow({}));
      const automatic = await ctx.backups!.createNow({ kind: 'automatic' });
      const backups = await entries('backup');
      expect(backups.map((e) => [e.action, e.actor, e.entityId, (e.detail as { kind: string }).kind])).toEqual([
        ['backup.create', 'MesoChart', automatic.file, 'automatic'],
        ['backup.create', 'Dr Weiß', manual.file, 'manual'],
      ]);
    } finally {
      close();
    }
  });

  it('writes opening a patient and a lot search, one entry each', async () => {
    const { api, entries, close } = app();
    try {
      const patient = await ok<{ id: string }>(api.createPatient(patientInput));
      await ok(api.getPatient({ id: patient.id }));
      await ok(api.findProductUses({ lot: 'LD-1', product: '' }));
      await ok(api.exportLotRecallCsv({ lot: 'LD-1', product: '', save: false }));
      const views = (await entries()).filter((e) => e.action === 'patient.view' || e.action === 'lot.search');
      expect(views.map((e) => [e.action, e.entityId])).toEqual([
        ['lot.search', 'LD-1'],
        ['lot.search', 'LD-1'],
        ['patient.view', patient.id],
      ]);
    } finally {
      close();
    }
  });
});

describe('"Verify audit trail" compares the chain with the backups', () => {
  it('writes the chain head into each backup’s manifest', async () => {
    const { api, backupDir, entries, close } = app();
    try {
      await ok(api.createPatient(patientInput));
      const before = (await entries())[0]!;
      const backup = await ok<BackupInfo>(api.createBackupNow({}));
      const manifest = JSON.parse(readFileSync(join(backupDir, `${backup.file}.photos.json`), 'utf8')) as { auditHead: unknown };
      expect(manifest.auditHead).toEqual({ entry: before.id, hash: expect.stringMatching(/^[0-9a-f]{64}$/) });
      expect(backup.auditHead).toEqual(manifest.auditHead);
      expect((await ok<BackupInfo[]>(api.listBackups({})))[0]?.auditHead).toEqual(manifest.auditHead);
    } finally {
      close();
    }
  });

  it('reports a backup naming entries removed since from the newest end of the records', async () => {
    const { api, databasePath, close } = app();
    try {
      const patient = await ok<{ id: string }>(api.createPatient(patientInput));
      for (let i = 0; i < 3; i++) await ok(api.getPatient({ id: patient.id }));
      const backup = await ok<BackupInfo>(api.createBackupNow({}));
      await ok(api.updatePatient({ id: patient.id, fields: { ...patientInput, phone: '+33 1 23 45 67 89' } }));
      expect(await ok<AuditCheck>(api.verifyAudit({}))).toEqual({ ok: true, entries: 6, backups: { checked: 1, findings: [] } });

      // Someone with the file removes the newest entries, going around the trigger: the chain that is left is consistent.
      const raw = new DatabaseSync(databasePath);
      try {
        raw.exec('DROP TRIGGER audit_delete_refused');
        raw.exec('DELETE FROM audit WHERE id > 2');
      } finally {
        raw.close();
      }
      const check = await ok<AuditCheck>(api.verifyAudit({}));
      expect(check).toMatchObject({ ok: true, entries: 2 });
      expect(check.backups).toEqual({
        checked: 1,
        findings: [{ file: backup.file, createdAt: backup.createdAt, head: backup.auditHead, problem: 'missing', chainEnd: 2, restoredSince: null }],
      });
    } finally {
      close();
    }
  });
});
