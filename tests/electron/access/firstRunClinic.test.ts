import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createBackupService } from '../../../electron/backup/backupService.ts';
import { createHandlers, type HandlerContext } from '../../../electron/handlers.ts';
import { holdStore } from '../../../electron/store/storeHolder.ts';
import { openRecordStore } from '../../../electron/store/recordStore.ts';
import { tempDir } from '../store/fixtures.ts';
import { testAccess } from './fixtures.ts';
import { testSettings } from '../settings/testSettings.ts';

function app() {
  const dir = tempDir();
  const databasePath = join(dir, 'records.sqlite');
  const settings = testSettings({ clinic: { name: 'Left from before', address: '', phone: '' } });
  const ctx: HandlerContext = {
    store: holdStore(openRecordStore(databasePath), () => openRecordStore(databasePath)),
    settings,
    access: testAccess({ now: () => 0, idleMinutes: 10 }),
    appInfo: () => ({ version: 't', dataDir: dir, databasePath, schemaVersion: ctx.store.current().schemaVersion }),
    backups: createBackupService({ databasePath, backupDir: join(dir, 'backups'), keep: () => 5, kdf: { logN: 10, r: 8, p: 1 } }),
  };
  return { api: createHandlers(ctx), settings };
}

const HELENE = { displayName: 'Dr Hélène Dubois', passphrase: 'hélène’s long passphrase' };

describe("first run with the clinic's details", () => {
  it('keeps them in the settings, where the PDF header reads them', async () => {
    const { api, settings } = app();
    const clinic = { name: 'Cabinet Saint-Michel', address: '12 rue des Lilas\n69003 Lyon', phone: '+33 4 78 00 11 22' };
    expect(await api.createFirstPractitioner({ ...HELENE, clinic })).toMatchObject({ ok: true });
    expect(settings.get().clinic).toEqual(clinic);
  });

  it('leaves the settings as they are when no clinic is given (an older caller)', async () => {
    const { api, settings } = app();
    expect(await api.createFirstPractitioner(HELENE)).toMatchObject({ ok: true });
    expect(settings.get().clinic.name).toBe('Left from before');
  });

  it("refuses a clinic's name too long for the header at that field, creating no profile", async () => {
    const { api } = app();
    const refused = await api.createFirstPractitioner({ ...HELENE, clinic: { name: 'x'.repeat(121), address: '', phone: '' } });
    expect(refused).toMatchObject({ ok: false, error: { code: 'invalid-input', field: 'clinic.name' } });
    expect(await api.listPractitioners({})).toMatchObject({ ok: true, value: { practitioners: [] } });
  });
});
