import type { SqlDatabase } from '../../../electron/store/sqlDatabase.ts';
import { describe, expect, it } from 'vitest';
import { createHandlers } from '../../../electron/handlers.ts';
import { holdStore } from '../../../electron/store/storeHolder.ts';
import { testAccess } from '../access/fixtures.ts';
import { ApiError } from '../../../shared/errors.ts';
import { DEFAULT_SETTINGS } from '../../../shared/settings.ts';
import { actor, defaults, dumpDatabase, openTestStore, patientFields, points, sessionDraft, tempDatabasePath, thrownBy } from './fixtures.ts';

/**
 * A full disk, simulated: PRAGMA max_page_count caps the file at its current size on the store's own
 * connection, so the next write that needs a new page fails with SQLITE_FULL, as on a full disk.
 */
function storeOnAFullDisk() {
  const path = tempDatabasePath();
  const seed = openTestStore(path).store;
  const patient = seed.createPatient(patientFields(), actor);
  const session = seed.createSession(sessionDraft(patient.id), defaults, actor);
  seed.saveSession(session.id, { notes: 'Saved before the disk filled up' }, points(3), actor);
  seed.close();
  const { store } = openTestStore(path, {
    afterOpen: (db: SqlDatabase) => {
      const pages = Number(db.prepare('PRAGMA page_count').get()?.page_count);
      db.exec(`PRAGMA max_page_count = ${pages}`);
    },
  });
  return { store, path, patient, session };
}

describe('a full disk', () => {
  it('refuses the save with a storage error that says so, and leaves the previous state intact', () => {
    const { store, path, session } = storeOnAFullDisk();
    const before = dumpDatabase(path);
    const error = thrownBy(() => store.saveSession(session.id, { notes: 'Lost?' }, points(2_000), actor));
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ code: 'storage', field: null, reason: 'disk-full' });
    expect(dumpDatabase(path)).toEqual(before);
    expect(store.getSession(session.id)).toMatchObject({ notes: 'Saved before the disk filled up', points: expect.any(Array) });
    expect(store.getSession(session.id)?.points).toHaveLength(3);
    expect(store.verifyAudit()).toMatchObject({ ok: true });
  });

  it('answers the handler call with a storage envelope, and the store keeps working once space is back', async () => {
    const { store, path, session } = storeOnAFullDisk();
    const settings = { get: () => DEFAULT_SETTINGS, update: () => DEFAULT_SETTINGS };
    const api = createHandlers({ store: holdStore(store), settings, access: testAccess({ name: 'Dr Test' }), appInfo: () => ({ version: 't', dataDir: '', databasePath: path, schemaVersion: store.schemaVersion }) });
    const bigChart = Array.from({ length: 2_000 }, (_, i) => ({ ...points(1)[0]!, x: 100 + (i % 40), y: 100 + Math.floor(i / 40) }));
    const result = await api.saveSession({ id: session.id, fields: { notes: 'Lost?' }, points: bigChart });
    expect(result).toEqual({ ok: false, error: { code: 'storage', field: null, reason: 'disk-full', params: {} } });
    // A small edit that fits in the free pages still goes through: nothing was left half-done.
    const small = await api.saveSession({ id: session.id, fields: { notes: 'Short note' } });
    expect(small.ok).toBe(true);
    expect(store.getSession(session.id)).toMatchObject({ notes: 'Short note' });
  });
});
