import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createBackupService } from '../../electron/backup/backupService.ts';
import { createHandlers, type HandlerContext } from '../../electron/handlers.ts';
import { holdStore } from '../../electron/store/storeHolder.ts';
import { openRecordStore } from '../../electron/store/recordStore.ts';
import { tempDir } from './store/fixtures.ts';
import { testAccess } from './access/fixtures.ts';
import { memorySettings, ok } from './handlerFixtures.ts';

/** The handler table over a real store and a real backups folder, as main.ts wires them. */
function app() {
  const dir = tempDir();
  const databasePath = join(dir, 'records.sqlite');
  const settings = memorySettings({ practitionerName: 'Dr Weiß', backups: { keep: 3, intervalHours: 24 } });
  let clock = new Date('2025-03-01T08:00:00.000Z').getTime();
  const ctx: HandlerContext = {
    store: holdStore(openRecordStore(databasePath), () => openRecordStore(databasePath)),
    settings,
    access: testAccess({ name: 'Dr Weiß' }),
    appInfo: () => ({ version: 't', dataDir: dir, databasePath, schemaVersion: ctx.store.current().schemaVersion }),
    backups: createBackupService({ databasePath, backupDir: join(dir, 'backups'), keep: () => settings.get().backups.keep, now: () => new Date((clock += 60_000)), kdf: { logN: 10, r: 8, p: 1 } }),
  };
  return { ctx, api: createHandlers(ctx), close: () => ctx.store.current().close() };
}

const patientInput = { firstName: 'Anaïs', lastName: 'Lefèvre', dateOfBirth: '1984-03-12', sex: 'female' };

describe('backup channels', () => {
  it('takes and lists backups by hand, which the kept count of automatic ones never rotates away', async () => {
    const { api, close } = app();
    try {
      for (let i = 0; i < 4; i++) await ok(api.createBackupNow({}));
      const list = await ok<{ file: string; encrypted: boolean; kind: string }[]>(api.listBackups({}));
      expect(list).toHaveLength(4);
      expect(list.every((b) => !b.encrypted && b.kind === 'manual')).toBe(true);
      const sealed = await ok<{ encrypted: boolean }>(api.createBackupNow({ passphrase: 'correct horse battery' }));
      expect(sealed.encrypted).toBe(true);
      expect(await api.createBackupNow({ passphrase: 'short' })).toMatchObject({ ok: false, error: { code: 'invalid-input', field: 'passphrase' } });
    } finally {
      close();
    }
  });

  it('restores a backup and answers from the restored records through a fresh store', async () => {
    const { ctx, api, close } = app();
    try {
      // The unlocked practitioner must be one the backup knows, or the restore locks the app.
      ctx.access.lock();
      await ok(api.createFirstPractitioner({ displayName: 'Dr Weiß', passphrase: 'a long passphrase' }));
      const kept = await ok<{ id: string }>(api.createPatient(patientInput));
      const backup = await ok<{ file: string }>(api.createBackupNow({}));
      const lost = await ok<{ id: string }>(api.createPatient({ ...patientInput, firstName: 'Later' }));
      const before = ctx.store.current();
      const result = await ok(api.restoreBackup({ file: backup.file }));
      expect(result.restoredFrom).toBe(backup.file);
      expect(result.keptAside).toMatch(/^records\.sqlite\.before-restore-/);
      expect(ctx.store.current()).not.toBe(before);
      expect((await api.getPatient({ id: kept.id })).ok).toBe(true);
      expect(await api.getPatient({ id: lost.id })).toMatchObject({ ok: false, error: { code: 'not-found' } });
      expect(await ok(api.verifyAudit({}))).toMatchObject({ ok: true });
      // The restored records say who restored them, from which backup.
      const restoreEntries = (await ctx.store.current().listAudit(backup.file)).filter((e) => e.action === 'backup.restore');
      expect(restoreEntries).toHaveLength(1);
      expect(restoreEntries[0]).toMatchObject({ actor: 'Dr Weiß', entity: 'backup', detail: { keptAside: result.keptAside } });
    } finally {
      close();
    }
  });

  it('refuses a name that is not a listed backup, and a wrong passphrase, keeping the store open', async () => {
    const { ctx, api, close } = app();
    try {
      const sealed = await ok<{ file: string }>(api.createBackupNow({ passphrase: 'correct horse battery' }));
      expect(await api.restoreBackup({ file: '../records.sqlite' })).toMatchObject({ ok: false, error: { code: 'invalid-input', field: 'file' } });
      expect(await api.restoreBackup({ file: 'mesochart-2020-01-01T00-00-00-000Z.sqlite' })).toMatchObject({ ok: false, error: { code: 'not-found', field: 'file' } });
      const store = ctx.store.current();
      expect(await api.restoreBackup({ file: sealed.file, passphrase: 'wrong horse battery' })).toMatchObject({
        ok: false,
        error: { code: 'invalid-input', field: 'passphrase', reason: 'wrong-backup-passphrase', params: {} },
      });
      expect(ctx.store.current()).toBe(store);
      expect((await api.listPatients({})).ok).toBe(true);
    } finally {
      close();
    }
  });

  it('answers that backups are not available when the context has none', async () => {
    const dir = tempDir();
    const store = openRecordStore(join(dir, 'r.sqlite'));
    const api = createHandlers({ store: holdStore(store), settings: memorySettings({ practitionerName: 'Dr Weiß', backups: { keep: 3, intervalHours: 24 } }), access: testAccess({ name: 'Dr Weiß' }), appInfo: () => ({ version: 't', dataDir: dir, databasePath: '', schemaVersion: 3 }) });
    expect(await api.listBackups({})).toMatchObject({ ok: false, error: { code: 'conflict', reason: 'backups-unavailable' } });
    store.close();
  });
});

describe('export, import and audit channels', () => {
  it('exports a patient, imports it elsewhere, refuses it twice, and audits views and exports', async () => {
    const source = app();
    const target = app();
    try {
      const patient = await ok<{ id: string }>(source.api.createPatient(patientInput));
      const session = await ok<{ id: string }>(
        source.api.createSession({ consentOverride: 'Consent on paper (test)', patientId: patient.id, date: '2026-11-28', time: '09:30', practitioner: 'Dr Weiß', indication: 'cellulite', treatedAreas: ['Thighs, outer'] }),
      );
      await ok(source.api.getSession({ id: session.id }));
      const document = await ok<{ sessions: unknown[] }>(source.api.exportPatient({ id: patient.id }));
      expect(document.sessions).toHaveLength(1);
      const actions = (await source.ctx.store.current().listAudit(session.id)).map((e) => e.action);
      expect(actions).toEqual(['session.create', 'session.view']);
      expect((await source.ctx.store.current().listAudit(patient.id)).map((e) => e.action)).toEqual(['patient.create', 'patient.export']);

      const wire = JSON.parse(JSON.stringify(document));
      const file = (doc: unknown) => ({ fileName: 'patient.json', text: JSON.stringify(doc) });
      expect(await ok(target.api.importPatient(file(wire)))).toMatchObject({ id: patient.id });
      expect(await target.api.importPatient(file(wire))).toMatchObject({ ok: false, error: { code: 'conflict', field: 'document.patient.id' } });
      expect(await target.api.importPatient(file({ ...wire, sessions: [{ ...wire.sessions[0], vasBefore: 11 }] }))).toMatchObject({
        ok: false,
        error: { code: 'invalid-input', field: 'document.sessions.0.vasBefore' },
      });
      expect(await ok(target.api.verifyAudit({}))).toEqual({ ok: true, entries: 1, backups: { checked: 0, findings: [] } });
    } finally {
      source.close();
      target.close();
    }
  });
});
