import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createBackupService } from '../../../electron/backup/backupService.ts';
import { createHandlers, type HandlerContext } from '../../../electron/handlers.ts';
import { holdStore } from '../../../electron/store/storeHolder.ts';
import { openRecordStore } from '../../../electron/store/recordStore.ts';
import { OPEN_WHILE_LOCKED, type AccessState } from '../../../shared/access.ts';
import { CHANNEL_NAMES, type RawApi } from '../../../shared/api.ts';
import { emptyScreening } from '../../../shared/contraindications.ts';
import type { Settings } from '../../../shared/settings.ts';
import { dumpDatabase, tempDir } from '../store/fixtures.ts';
import { testAccess } from './fixtures.ts';
import { testSettings } from '../settings/testSettings.ts';
import { ok } from '../handlerFixtures.ts';

/** Settings through the app's path, with a name left in them by an older version (the unlocked practitioner acts, not this name). */
function settingsWithOldName(initial: Partial<Settings> = {}) {
  return testSettings({ practitionerName: 'Somebody in an old settings file', ...initial });
}

const HELENE = { displayName: 'Dr Hélène Dubois', passphrase: 'hélène’s long passphrase' };
const MAREK = { displayName: 'Dr Marek Nowak', passphrase: 'marek’s own passphrase' };
const patientInput = { firstName: 'Anaïs', lastName: 'Lefèvre', dateOfBirth: '1984-03-12', sex: 'female', screening: emptyScreening('2025-01-02') };

function app(options: { idleMinutes?: number } = {}) {
  const dir = tempDir();
  const databasePath = join(dir, 'records.sqlite');
  let now = 0;
  const settings = settingsWithOldName(options.idleMinutes ? { lock: { idleMinutes: options.idleMinutes } } : {});
  const ctx: HandlerContext = {
    store: holdStore(openRecordStore(databasePath), () => openRecordStore(databasePath)),
    settings,
    access: testAccess({ now: () => now, idleMinutes: settings.get().lock.idleMinutes }),
    appInfo: () => ({ version: 't', dataDir: dir, databasePath, schemaVersion: ctx.store.current().schemaVersion }),
    backups: createBackupService({ databasePath, backupDir: join(dir, 'backups'), keep: () => 5, kdf: { logN: 10, r: 8, p: 1 } }),
  };
  const api = createHandlers(ctx);
  return { ctx, api, databasePath, advance: (ms: number) => (now += ms), close: () => ctx.store.current().close() };
}

/** First run: Hélène creates her profile (and is unlocked), then adds Marek. */
async function withTwoPractitioners(api: RawApi) {
  const first = await ok<AccessState>(api.createFirstPractitioner(HELENE));
  const marek = await ok<{ id: string }>(api.addPractitioner(MAREK));
  return { heleneId: first.current!.id, marekId: marek.id };
}

/** A valid-looking payload for every channel: the lock must refuse before looking at it. */
const SOME_INPUT: Record<string, unknown> = {
  getPatient: { id: '6f1c1d52-5d0e-4c38-9a63-2b8f3f0b1a11' },
  createPatient: patientInput,
  updateSettings: { lock: { idleMinutes: 30 } },
  listPatients: {},
  createBackupNow: {},
};

describe('first run and unlock', () => {
  it('opens locked with no profile; the first practitioner is created once and unlocks', async () => {
    const { api, close } = app();
    try {
      expect(await ok(api.listPractitioners({}))).toEqual({ practitioners: [], current: null, idleMinutes: 10, recoveryKeyToShow: null, sealingProblem: null });
      expect(await api.createFirstPractitioner({ displayName: 'Dr Short', passphrase: 'too short' })).toMatchObject({
        ok: false,
        error: { code: 'invalid-input', field: 'passphrase', reason: 'too_small', params: { minimum: 10, unit: 'character' } },
      });
      const state = await ok<AccessState>(api.createFirstPractitioner(HELENE));
      expect(state.current).toMatchObject({ displayName: HELENE.displayName, disabled: false });
      expect(state.practitioners).toHaveLength(1);
      // A second "first" practitioner is refused, even when locked again.
      await ok(api.lock({}));
      expect(await api.createFirstPractitioner(MAREK)).toMatchObject({ ok: false, error: { code: 'conflict' } });
      expect((await ok<AccessState>(api.listPractitioners({}))).practitioners).toHaveLength(1);
    } finally {
      close();
    }
  });

  it('keeps a salted scrypt hash and never the passphrase', async () => {
    const { api, databasePath, close } = app();
    try {
      await withTwoPractitioners(api);
      const dump = JSON.stringify(dumpDatabase(databasePath));
      expect(dump).not.toContain('long passphrase');
      expect(dump).not.toContain('own passphrase');
      expect(dump).toContain('scrypt');
    } finally {
      close();
    }
  });

  it('refuses a wrong passphrase with a clear message, unlocks with the right one, and names who unlocked', async () => {
    const { api, ctx, close } = app();
    try {
      const { heleneId, marekId } = await withTwoPractitioners(api);
      await ok(api.lock({}));
      expect(await api.unlock({ practitionerId: marekId, passphrase: HELENE.passphrase })).toEqual({
        ok: false,
        error: { code: 'invalid-input', field: 'passphrase', reason: 'wrong-passphrase', params: {} },
      });
      expect((await ok<AccessState>(api.listPractitioners({}))).current).toBeNull();
      const state = await ok<AccessState>(api.unlock({ practitionerId: marekId, passphrase: MAREK.passphrase }));
      expect(state.current).toMatchObject({ id: marekId, displayName: MAREK.displayName });
      // The failed try is on Marek's profile, named, without an actor id: nobody was authenticated.
      expect((await ctx.store.current().listAudit(marekId)).map((e) => [e.action, e.actor, e.actorId])).toEqual([
        ['practitioner.create', HELENE.displayName, heleneId],
        ['practitioner.unlock-failed', MAREK.displayName, null],
        ['practitioner.unlock', MAREK.displayName, marekId],
      ]);
      expect((await ctx.store.current().listAudit(heleneId)).map((e) => [e.action, e.actor, e.actorId])).toEqual([
        ['practitioner.create', HELENE.displayName, heleneId],
        ['practitioner.unlock', HELENE.displayName, heleneId],
        ['practitioner.lock', HELENE.displayName, heleneId],
      ]);
      expect(await ok(api.verifyAudit({}))).toMatchObject({ ok: true });
    } finally {
      close();
    }
  });

  it('audits every failed unlock on its profile, never the passphrase typed', async () => {
    const { api, ctx, databasePath, close } = app();
    try {
      const { heleneId, marekId } = await withTwoPractitioners(api);
      await ok(api.lock({}));
      for (const guess of ['first wrong guess', 'second wrong guess', 'third wrong guess']) {
        expect(await api.unlock({ practitionerId: marekId, passphrase: guess })).toMatchObject({ ok: false, error: { reason: 'wrong-passphrase' } });
      }
      const failed = (await ctx.store.current().listAudit(marekId)).filter((e) => e.action === 'practitioner.unlock-failed');
      expect(failed).toHaveLength(3);
      expect(JSON.stringify(dumpDatabase(databasePath))).not.toMatch(/wrong guess/);
      // Hélène's profile has none of Marek's failures.
      expect((await ctx.store.current().listAudit(heleneId)).map((e) => e.action)).not.toContain('practitioner.unlock-failed');
      await ok(api.unlock({ practitionerId: heleneId, passphrase: HELENE.passphrase }));
      expect(await ok(api.verifyAudit({}))).toMatchObject({ ok: true });
    } finally {
      close();
    }
  });

  it('changes one’s own passphrase only with the current one; disables others but not oneself', async () => {
    const { api, close } = app();
    try {
      const { heleneId, marekId } = await withTwoPractitioners(api);
      expect(await api.changePassphrase({ current: 'not the passphrase', next: 'a brand new passphrase' })).toMatchObject({ ok: false, error: { code: 'invalid-input', field: 'current' } });
      expect(await api.changePassphrase({ current: HELENE.passphrase, next: 'short' })).toMatchObject({ ok: false, error: { code: 'invalid-input', field: 'next' } });
      await ok(api.changePassphrase({ current: HELENE.passphrase, next: 'a brand new passphrase' }));
      await ok(api.lock({}));
      expect((await api.unlock({ practitionerId: heleneId, passphrase: HELENE.passphrase })).ok).toBe(false);
      await ok(api.unlock({ practitionerId: heleneId, passphrase: 'a brand new passphrase' }));

      expect(await api.setPractitionerDisabled({ id: heleneId, disabled: true })).toMatchObject({ ok: false, error: { code: 'conflict', field: 'id' } });
      expect(await ok(api.setPractitionerDisabled({ id: marekId, disabled: true }))).toMatchObject({ disabled: true });
      await ok(api.lock({}));
      expect(await api.unlock({ practitionerId: marekId, passphrase: MAREK.passphrase })).toMatchObject({ ok: false, error: { code: 'conflict', reason: 'profile-disabled', params: { name: expect.any(String) } } });
      expect(await api.addPractitioner({ displayName: 'dr  marek NOWAK', passphrase: 'whatever passphrase' })).toMatchObject({ ok: false, error: { code: 'locked-out' } });
      await ok(api.unlock({ practitionerId: heleneId, passphrase: 'a brand new passphrase' }));
      expect(await api.addPractitioner({ displayName: 'dr  marek NOWAK', passphrase: 'whatever passphrase' })).toMatchObject({ ok: false, error: { code: 'conflict', field: 'displayName' } });
    } finally {
      close();
    }
  });
});

describe('while locked', () => {
  it('every channel but the open few answers locked-out, returns nothing and writes nothing', async () => {
    const { api, databasePath, close } = app();
    try {
      await withTwoPractitioners(api);
      await ok(api.createPatient(patientInput));
      await ok(api.lock({}));
      const before = dumpDatabase(databasePath);
      const open = new Set<string>(OPEN_WHILE_LOCKED);
      for (const name of CHANNEL_NAMES) {
        if (open.has(name)) continue;
        const result = await api[name](SOME_INPUT[name] ?? {});
        expect(result, name).toEqual({ ok: false, error: { code: 'locked-out', field: null, reason: 'app-locked', params: {} } });
      }
      expect(dumpDatabase(databasePath)).toEqual(before);
      // The open channels say no more than the lock screen needs.
      expect(Object.keys(await ok<object>(api.listPractitioners({})))).toEqual(['practitioners', 'current', 'idleMinutes', 'recoveryKeyToShow', 'sealingProblem']);
      expect((await api.appInfo({})).ok).toBe(true);
    } finally {
      close();
    }
  });

  it('locks after the idle minutes of the settings without a call (injected clock), and activity pushes it back', async () => {
    const { api, advance, close } = app({ idleMinutes: 5 });
    try {
      await withTwoPractitioners(api);
      advance(4 * 60_000);
      await ok(api.reportActivity({}));
      advance(4 * 60_000);
      expect((await api.listPatients({})).ok).toBe(true);
      advance(5 * 60_000);
      expect(await api.listPatients({})).toMatchObject({ ok: false, error: { code: 'locked-out' } });
      expect((await ok<AccessState>(api.listPractitioners({}))).current).toBeNull();
    } finally {
      close();
    }
  });
});

describe('the unlocked practitioner is the actor', () => {
  it('signs, amends and audits in the unlocked practitioner’s name, not the settings’', async () => {
    const { api, ctx, close } = app();
    try {
      const { heleneId, marekId } = await withTwoPractitioners(api);
      const patient = await ok<{ id: string }>(api.createPatient(patientInput));
      const session = await ok<{ id: string }>(
        api.createSession({ consentOverride: 'Consent on paper (test)', patientId: patient.id, date: '2025-01-06', time: '09:30', practitioner: HELENE.displayName, indication: 'cellulite', treatedAreas: ['Thighs'] }),
      );
      expect(await ok(api.signSession({ id: session.id }))).toMatchObject({ status: 'signed', signedBy: HELENE.displayName });

      await ok(api.lock({}));
      await ok(api.unlock({ practitionerId: marekId, passphrase: MAREK.passphrase }));
      expect(await ok(api.getSettings({}))).toMatchObject({ practitionerName: MAREK.displayName });
      const amended = await ok<{ amendments: { actor: string }[] }>(api.amendSession({ id: session.id, reason: 'Notes completed', fields: { notes: 'Tolerated well' } }));
      expect(amended.amendments.map((a) => a.actor)).toEqual([MAREK.displayName]);

      const trail = (await ctx.store.current().listAudit(session.id)).map((e) => [e.action, e.actor, e.actorId]);
      expect(trail).toEqual([
        ['session.create', HELENE.displayName, heleneId],
        ['session.sign', HELENE.displayName, heleneId],
        ['session.amend', MAREK.displayName, marekId],
      ]);
      expect(await ctx.store.current().listAudit(patient.id)).toMatchObject([{ action: 'patient.create', actor: HELENE.displayName, actorId: heleneId }]);
      expect(await ok(api.verifyAudit({}))).toMatchObject({ ok: true });
    } finally {
      close();
    }
  });

  it('refuses a save made under another practitioner than the one unlocked, and writes nothing', async () => {
    const { api, ctx, close } = app();
    try {
      const { heleneId, marekId } = await withTwoPractitioners(api);
      const patient = await ok<{ id: string }>(api.createPatient(patientInput));
      const session = await ok<{ id: string }>(
        api.createSession({ consentOverride: 'Consent on paper (test)', patientId: patient.id, date: '2025-01-06', time: '09:30', practitioner: HELENE.displayName, indication: 'cellulite', treatedAreas: ['Thighs'] }),
      );
      await ok(api.saveSession({ id: session.id, fields: { notes: 'Hélène’s first note' }, madeBy: heleneId }));
      // Hélène's retry arrives after a lock and Marek's unlock.
      await ok(api.lock({}));
      expect(await api.saveSession({ id: session.id, fields: { notes: 'Hélène’s second note' }, madeBy: heleneId })).toMatchObject({ ok: false, error: { code: 'locked-out' } });
      await ok(api.unlock({ practitionerId: marekId, passphrase: MAREK.passphrase }));
      expect(await api.saveSession({ id: session.id, fields: { notes: 'Hélène’s second note' }, madeBy: heleneId })).toEqual({
        ok: false,
        error: { code: 'conflict', field: 'madeBy', reason: 'other-practitioner', params: {} },
      });
      expect(await ok(api.getSession({ id: session.id }))).toMatchObject({ notes: 'Hélène’s first note' });
      const saves = (await ctx.store.current().listAudit(session.id)).filter((e) => e.action !== 'session.create' && e.action !== 'session.view');
      expect(saves.map((e) => e.actorId)).not.toContain(marekId);
      // Marek's own edits go through; so do Hélène's once she unlocks again.
      await ok(api.saveSession({ id: session.id, fields: { vasBefore: 6 }, madeBy: marekId }));
      await ok(api.lock({}));
      await ok(api.unlock({ practitionerId: heleneId, passphrase: HELENE.passphrase }));
      await ok(api.saveSession({ id: session.id, fields: { notes: 'Hélène’s second note' }, madeBy: heleneId }));
      expect(await ok(api.getSession({ id: session.id }))).toMatchObject({ notes: 'Hélène’s second note', vasBefore: 6 });
    } finally {
      close();
    }
  });

  it('after a restore, stays unlocked only as a practitioner the restored records know', async () => {
    const { api, close } = app();
    try {
      await ok(api.createFirstPractitioner(HELENE));
      const onlyHelene = await ok<{ file: string }>(api.createBackupNow({}));
      const marek = await ok<{ id: string }>(api.addPractitioner(MAREK));
      await ok(api.restoreBackup({ file: onlyHelene.file }));
      expect((await ok<AccessState>(api.listPractitioners({}))).current).toMatchObject({ displayName: HELENE.displayName });

      // Marek is not in that backup. Add him again (a new profile), unlock as him, restore once more.
      await ok(api.addPractitioner(MAREK));
      const state = await ok<AccessState>(api.listPractitioners({}));
      const marekAgain = state.practitioners.find((p) => p.displayName === MAREK.displayName)!;
      expect(marekAgain.id).not.toBe(marek.id);
      await ok(api.lock({}));
      await ok(api.unlock({ practitionerId: marekAgain.id, passphrase: MAREK.passphrase }));
      await ok(api.restoreBackup({ file: onlyHelene.file }));
      expect((await ok<AccessState>(api.listPractitioners({}))).current).toBeNull();
      expect(await api.listPatients({})).toMatchObject({ ok: false, error: { code: 'locked-out' } });
    } finally {
      close();
    }
  });
});
