import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createHandlers, type HandlerContext } from '../../../electron/handlers.ts';
import { holdStore } from '../../../electron/store/storeHolder.ts';
import { openRecordStore } from '../../../electron/store/recordStore.ts';
import { newPractitionerSchema, practitionerLanguageSchema, type AccessState, type PractitionerSummary } from '../../../shared/access.ts';
import { patientInputSchema, type Patient } from '../../../shared/patient.ts';
import { exportedPatientSchema } from '../../../shared/patientExport.ts';
import { actor, openTestStore, patientFields, tempDir } from '../store/fixtures.ts';
import { testAccess } from './fixtures.ts';
import { testSettings } from '../settings/testSettings.ts';
import { ok } from '../handlerFixtures.ts';

/**
 * The practitioner's and the patient's language: stored with the profile and the patient (migration 6's
 * columns), null meaning the clinic's; only the languages MesoChart is written in are accepted.
 */

function app() {
  const dir = tempDir();
  const databasePath = join(dir, 'records.sqlite');
  const settings = testSettings();
  const ctx: HandlerContext = {
    store: holdStore(openRecordStore(databasePath), () => openRecordStore(databasePath)),
    settings,
    access: testAccess(),
    appInfo: () => ({ version: 't', dataDir: dir, databasePath, schemaVersion: ctx.store.current().schemaVersion }),
  };
  return { ctx, settings, api: createHandlers(ctx), close: () => ctx.store.current().close() };
}

const HELENE = { displayName: 'Dr Hélène Dubois', passphrase: 'hélène’s long passphrase' };

describe('practitioner language', () => {
  it('first run: the chosen language is the profile’s and the clinic’s', async () => {
    const { api, settings, close } = app();
    try {
      expect(settings.get().language).toBeUndefined();
      const state = await ok<AccessState>(api.createFirstPractitioner({ ...HELENE, language: 'fr' }));
      expect(state.current).toMatchObject({ displayName: HELENE.displayName, language: 'fr' });
      expect(settings.get().language).toBe('fr');
      expect((await ok<AccessState>(api.listPractitioners({}))).practitioners[0]?.language).toBe('fr');
    } finally {
      close();
    }
  });

  it('without a choice, the profile follows the clinic (null) and the settings are left alone', async () => {
    const { api, settings, close } = app();
    try {
      const state = await ok<AccessState>(api.createFirstPractitioner(HELENE));
      expect(state.current?.language).toBeNull();
      expect(settings.get().language).toBeUndefined();
    } finally {
      close();
    }
  });

  it('a practitioner added with a language, and one changing their own, keep it across a reopen', async () => {
    const { ctx, api, close } = app();
    try {
      await ok(api.createFirstPractitioner(HELENE));
      const marek = await ok<PractitionerSummary>(api.addPractitioner({ displayName: 'Dr Marek Nowak', passphrase: 'marek’s own passphrase', language: 'es' }));
      expect(marek.language).toBe('es');
      expect(await ok<PractitionerSummary>(api.setPractitionerLanguage({ language: 'it' }))).toMatchObject({ displayName: HELENE.displayName, language: 'it' });
      const reopened = openRecordStore(ctx.appInfo().databasePath);
      try {
        const languages = Object.fromEntries((await reopened.listPractitioners()).map((p) => [p.displayName, p.language]));
        expect(languages).toEqual({ [HELENE.displayName]: 'it', 'Dr Marek Nowak': 'es' });
      } finally {
        reopened.close();
      }
      // Back to the clinic's; the change is audited.
      expect((await ok<PractitionerSummary>(api.setPractitionerLanguage({ language: null }))).language).toBeNull();
      const me = (await ok<AccessState>(api.listPractitioners({}))).current!;
      const audit = (await ctx.store.current().listAudit(me.id)).map((a) => a.action);
      expect(audit.filter((a) => a === 'practitioner.language')).toHaveLength(2);
    } finally {
      close();
    }
  });

  it('refuses a language MesoChart is not written in, and a language change while locked', async () => {
    const { ctx, api, close } = app();
    try {
      await ok(api.createFirstPractitioner(HELENE));
      expect(await api.setPractitionerLanguage({ language: 'de' } as never)).toMatchObject({ ok: false, error: { code: 'invalid-input', field: 'language' } });
      expect(await api.addPractitioner({ displayName: 'Dr X', passphrase: 'a long enough one', language: 'de' } as never)).toMatchObject({ ok: false, error: { field: 'language' } });
      ctx.access.lock();
      expect(await api.setPractitionerLanguage({ language: 'fr' })).toMatchObject({ ok: false, error: { code: 'locked-out' } });
    } finally {
      close();
    }
    expect(practitionerLanguageSchema.safeParse({ language: 'de' }).success).toBe(false);
    expect(practitionerLanguageSchema.safeParse({ language: 'en-XA' }).success).toBe(false);
    expect(newPractitionerSchema.parse({ displayName: 'A', passphrase: 'long enough passphrase' }).language).toBeNull();
  });
});

describe('patient language', () => {
  it('defaults to null (the clinic’s), accepts the five languages, refuses any other', () => {
    const base = { firstName: 'Anaïs', lastName: 'Lefèvre', dateOfBirth: '1984-03-12', sex: 'female' };
    expect(patientInputSchema.parse(base).language).toBeNull();
    for (const language of ['en', 'fr', 'it', 'es', 'pt-BR'] as const) expect(patientInputSchema.parse({ ...base, language }).language).toBe(language);
    const refused = patientInputSchema.safeParse({ ...base, language: 'de' });
    expect(refused.success).toBe(false);
    expect(refused.error?.issues[0]?.path).toEqual(['language']);
    expect(patientInputSchema.safeParse({ ...base, language: 'pt' }).success).toBe(false);
  });

  it('round-trips through the store: created, read, updated, listed without it', () => {
    const { store, path } = openTestStore();
    const created = store.createPatient(patientFields({ language: 'pt-BR' }), actor);
    expect(created.language).toBe('pt-BR');
    expect(store.getPatient(created.id)?.language).toBe('pt-BR');
    const updated = store.updatePatient(created.id, patientFields({ language: 'it' }), actor) as Patient;
    expect(updated.language).toBe('it');
    const cleared = store.updatePatient(created.id, patientFields({ language: null }), actor) as Patient;
    expect(cleared.language).toBeNull();
    store.close();
    const reopened = openRecordStore(path);
    try {
      expect(reopened.getPatient(created.id)?.language).toBeNull();
    } finally {
      reopened.close();
    }
  });

  it('travels in a patient export and is checked on import', () => {
    const { store } = openTestStore();
    const created = store.createPatient(patientFields({ language: 'es' }), actor);
    const exported = store.exportPatient(created.id, actor);
    expect(exported?.patient.language).toBe('es');
    expect(exportedPatientSchema.safeParse({ ...exported?.patient, language: 'de' }).success).toBe(false);
  });
});
