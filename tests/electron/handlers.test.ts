import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import { createHandlers, type SettingsPort } from '../../electron/handlers.ts';
import { openRecordStore } from '../../electron/store/recordStore.ts';
import { CHANNEL_NAMES, type RawApi } from '../../shared/api.ts';
import { emptyScreening } from '../../shared/contraindications.ts';
import { DEFAULT_SETTINGS, settingsSchema, type Settings } from '../../shared/settings.ts';
import type { RecordStore } from '../../shared/repository.ts';

function memorySettings(initial: Partial<Settings> = {}): SettingsPort {
  let current = settingsSchema.parse({ ...DEFAULT_SETTINGS, ...initial });
  return { get: () => current, update: (patch) => (current = settingsSchema.parse({ ...current, ...patch })) };
}

const validPatient = {
  firstName: 'Anaïs',
  lastName: 'Lefèvre',
  dateOfBirth: '1984-03-12',
  sex: 'female',
  screening: emptyScreening('2026-11-20'),
};

const point = (depthMm: number) => ({
  id: randomUUID(),
  view: 'body-front',
  x: 400,
  y: 900,
  region: 'abdomen-lower',
  depthMm,
  needle: '30G-4mm',
  technique: 'point',
});

let store: RecordStore;
let api: RawApi;
let settings: SettingsPort;

beforeEach(() => {
  store = openRecordStore(join(mkdtempSync(join(tmpdir(), 'mesochart-handlers-')), 'records.sqlite'));
  settings = memorySettings({ practitionerName: 'Dr Weiß' });
  api = createHandlers({ store, settings, appInfo: () => ({ version: 't', dataDir: '', databasePath: '', schemaVersion: store.schemaVersion }) });
});
afterEach(() => store.close());

async function ok<T>(result: Promise<{ ok: boolean; value?: T; error?: unknown }>): Promise<T> {
  const r = await result;
  if (!r.ok) throw new Error(`expected success, got ${JSON.stringify(r.error)}`);
  return r.value as T;
}

async function draftSession() {
  const patient = await ok<{ id: string }>(api.createPatient(validPatient));
  return ok<{ id: string; points: unknown[] }>(
    api.createSession({ patientId: patient.id, date: '2026-11-28', time: '09:30', practitioner: 'Dr Weiß', indication: 'cellulite', treatedAreas: ['Thighs, outer'] }),
  );
}

describe('the handler table', () => {
  it('has one handler for every channel of the contract', () => {
    expect(Object.keys(api).sort()).toEqual([...CHANNEL_NAMES].sort());
  });

  it('creates a patient and records the practitioner in the audit trail', async () => {
    const patient = await ok<{ id: string }>(api.createPatient(validPatient));
    const audit = await store.listAudit(patient.id);
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ actor: 'Dr Weiß', entity: 'patient' });
  });

  it('refuses a patient without a first name, naming the field, and writes nothing', async () => {
    const result = await api.createPatient({ ...validPatient, firstName: '  ' });
    expect(result).toEqual({ ok: false, error: { code: 'invalid-input', field: 'firstName', message: 'firstName is required' } });
    expect((await ok(api.listPatients({}))) as { total: number }).toMatchObject({ total: 0 });
  });

  it('names the nested field of a bad screening answer', async () => {
    const screening = emptyScreening('2026-11-20');
    const result = await api.createPatient({ ...validPatient, screening: { ...screening, answers: { ...screening.answers, pregnancy: { present: 'maybe', note: '' } } } });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-input', field: 'screening.answers.pregnancy.present' } });
  });

  it('answers an unknown patient with not-found', async () => {
    const result = await api.getPatient({ id: randomUUID() });
    expect(result).toMatchObject({ ok: false, error: { code: 'not-found' } });
  });

  it('rejects a depth of 7 mm and leaves the session as it was', async () => {
    const session = await draftSession();
    await ok(api.saveSession({ id: session.id, points: [point(4.5)] }));
    const result = await api.saveSession({ id: session.id, points: [point(5), point(7)] });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-input', field: 'points.1.depthMm', message: 'points.1.depthMm must be between 4 and 6 mm' } });
    const after = await ok<{ points: { depthMm: number }[] }>(api.getSession({ id: session.id }));
    expect(after.points.map((p) => p.depthMm)).toEqual([4.5]);
  });

  it('applies the allowed depth range from the settings', async () => {
    const session = await draftSession();
    await ok(api.updateSettings({ depthRange: { min: 4, max: 5 }, defaults: { depthMm: 4, needle: '30G-4mm', technique: 'point' } }));
    expect(await api.saveSession({ id: session.id, points: [point(5.5)] })).toMatchObject({ ok: false, error: { field: 'points.0.depthMm' } });
    await ok(api.saveSession({ id: session.id, points: [point(5)] }));
  });

  it('refuses settings whose default depth lies outside the allowed range', async () => {
    const result = await api.updateSettings({ depthRange: { min: 4, max: 6 }, defaults: { depthMm: 8, needle: '30G-4mm', technique: 'point' } });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-input', field: 'defaults.depthMm' } });
    expect(settings.get().defaults.depthMm).toBe(4);
  });

  it('gives a new session the settings’ default needle and technique', async () => {
    await ok(api.updateSettings({ defaults: { depthMm: 5, needle: '32G-4mm', technique: 'nappage' } }));
    const session = await draftSession();
    expect(session).toMatchObject({ defaultNeedle: '32G-4mm', defaultTechnique: 'nappage', status: 'draft' });
  });

  it('hides an unexpected failure behind a typed internal error', async () => {
    const broken = createHandlers({
      store: { ...store, listPatients: () => { throw new TypeError('x is undefined'); } } as RecordStore,
      settings,
      appInfo: () => ({ version: 't', dataDir: '', databasePath: '', schemaVersion: 1 }),
    });
    expect(await broken.listPatients({})).toMatchObject({ ok: false, error: { code: 'internal', field: null } });
  });

  it('answers every arbitrary payload on every channel with an envelope, never a throw', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...CHANNEL_NAMES), fc.anything(), async (name, payload) => {
        const result = await api[name](payload);
        expect(typeof result.ok).toBe('boolean');
        if (!result.ok) expect(result.error.code).toMatch(/invalid-input|not-found|locked|conflict/);
      }),
      { numRuns: 500 },
    );
  });
});
