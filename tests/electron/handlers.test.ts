import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import { createHandlers } from '../../electron/handlers.ts';
import type { SettingsPort } from '../../electron/settings/settingsPort.ts';
import { holdStore } from '../../electron/store/storeHolder.ts';
import { openRecordStore } from '../../electron/store/recordStore.ts';
import { CHANNEL_NAMES, type RawApi } from '../../shared/api.ts';
import { emptyScreening } from '../../shared/contraindications.ts';
import type { RecordStore } from '../../shared/repository.ts';
import { testAccess } from './access/fixtures.ts';
import { memorySettings, ok } from './handlerFixtures.ts';

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
  // Long enough for every depth these tests chart (a point is never deeper than its needle is long).
  needle: '30G-6mm',
  technique: 'point',
});

let store: RecordStore;
let api: RawApi;
let settings: SettingsPort;

beforeEach(() => {
  store = openRecordStore(join(mkdtempSync(join(tmpdir(), 'mesochart-handlers-')), 'records.sqlite'));
  settings = memorySettings({ practitionerName: 'Dr Weiß' });
  api = createHandlers({ store: holdStore(store), settings, access: testAccess({ name: 'Dr Weiß' }), appInfo: () => ({ version: 't', dataDir: '', databasePath: '', schemaVersion: store.schemaVersion }) });
});
afterEach(() => store.close());

async function draftSession() {
  const patient = await ok<{ id: string }>(api.createPatient(validPatient));
  return ok<{ id: string; points: unknown[] }>(
    api.createSession({ consentOverride: 'Consent on paper (test)', patientId: patient.id, date: '2026-11-28', time: '09:30', practitioner: 'Dr Weiß', indication: 'cellulite', treatedAreas: ['Thighs, outer'] }),
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
    expect(result).toEqual({ ok: false, error: { code: 'invalid-input', field: 'firstName', reason: 'required', params: {} } });
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
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-input', field: 'points.1.depthMm', reason: 'too_big', params: { maximum: 6, unit: 'mm' } } });
    const after = await ok<{ points: { depthMm: number }[] }>(api.getSession({ id: session.id }));
    expect(after.points.map((p) => p.depthMm)).toEqual([4.5]);
  });

  it('applies the allowed depth range from the settings', async () => {
    const session = await draftSession();
    await ok(api.updateSettings({ depthRange: { min: 4, max: 5 }, defaults: { depthMm: 4, needle: '30G-4mm', technique: 'point-by-point' } }));
    expect(await api.saveSession({ id: session.id, points: [point(5.5)] })).toMatchObject({ ok: false, error: { field: 'points.0.depthMm' } });
    await ok(api.saveSession({ id: session.id, points: [point(5)] }));
  });

  it('refuses settings whose default depth lies outside the allowed range', async () => {
    const result = await api.updateSettings({ depthRange: { min: 4, max: 6 }, defaults: { depthMm: 8, needle: '30G-4mm', technique: 'point-by-point' } });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-input', field: 'defaults.depthMm' } });
    expect(settings.get().defaults.depthMm).toBe(4);
  });

  it('gives a new session the settings’ default needle and technique', async () => {
    await ok(api.updateSettings({ defaults: { depthMm: 5, needle: '32G-6mm', technique: 'nappage' } }));
    const session = await draftSession();
    expect(session).toMatchObject({ defaultNeedle: '32G-6mm', defaultTechnique: 'nappage', status: 'draft' });
  });

  it('hides an unexpected failure behind a typed internal error', async () => {
    const broken = createHandlers({
      store: holdStore({ ...store, listPatients: () => { throw new TypeError('x is undefined'); } } as RecordStore),
      settings,
      access: testAccess({ name: 'Dr Weiß' }),
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

type SessionOut = {
  id: string;
  status: string;
  signedBy: string | null;
  signedAt: string | null;
  notes: string;
  vasBefore: number | null;
  vasAfter: number | null;
  products: { name: string; lot: string; expiry: string }[];
  points: { id: string; depthMm: number; productIndex: number | null }[];
  amendments: { seq: number; actor: string; reason: string; changes: unknown }[];
  contraindicationAck: { at: string; by: string; items: string[] } | null;
};

// A lot well within its expiry whatever day the tests run (an expired one needs a reason to be signed).
const cocktail = [{ name: 'Lidocaine 2%', lot: 'LD2-4471', expiry: '2030-05-31', volumeMl: 1 }];

async function signedSessionWithChart() {
  const session = (await draftSession()) as unknown as SessionOut;
  await ok(api.saveSession({ id: session.id, fields: { products: cocktail, vasBefore: 7, vasAfter: 3 }, points: [{ ...point(4), productIndex: 0 }, point(5)] }));
  return ok<SessionOut>(api.signSession({ id: session.id }));
}

describe('the session workflow channels', () => {
  it('signs a session as the practitioner of the settings', async () => {
    const signed = await signedSessionWithChart();
    expect(signed).toMatchObject({ status: 'signed', signedBy: 'Dr Weiß', signedAt: expect.any(String) });
    expect(await ok<SessionOut>(api.getSession({ id: signed.id }))).toEqual(signed);
  });

  it('rejects saving a signed session as locked', async () => {
    const signed = await signedSessionWithChart();
    const result = await api.saveSession({ id: signed.id, fields: { notes: 'afterwards' } });
    expect(result).toEqual({ ok: false, error: { code: 'locked', field: null, reason: 'signed-record', params: {} } });
    expect(await api.signSession({ id: signed.id })).toMatchObject({ ok: false, error: { code: 'locked' } });
  });

  it('keeps the VAS scores when a save leaves them out', async () => {
    const session = await draftSession();
    await ok(api.saveSession({ id: session.id, fields: { vasBefore: 7, vasAfter: 3 } }));
    const saved = await ok<SessionOut>(api.saveSession({ id: session.id, fields: { notes: 'only the notes' } }));
    expect(saved).toMatchObject({ vasBefore: 7, vasAfter: 3, notes: 'only the notes' });
  });

  it("refuses a point naming a product the session's cocktail does not have", async () => {
    const session = await draftSession();
    const result = await api.saveSession({ id: session.id, fields: { products: cocktail }, points: [point(4), { ...point(4), productIndex: 1 }] });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-input', field: 'points.1.productIndex' } });
  });

  it('amends a signed session as the practitioner of the settings, keeping the signed content', async () => {
    const signed = await signedSessionWithChart();
    const amended = await ok<SessionOut>(api.amendSession({ id: signed.id, reason: 'VAS after misread', fields: { vasAfter: 2 } }));
    expect(amended.amendments).toEqual([
      { id: expect.any(String), seq: 1, at: expect.any(String), actor: 'Dr Weiß', reason: 'VAS after misread', changes: { fields: { vasAfter: { from: 3, to: 2 } } } },
    ]);
    expect(amended.vasAfter).toBe(3);
  });

  it('refuses an amendment without a reason', async () => {
    const signed = await signedSessionWithChart();
    for (const input of [{ id: signed.id, fields: { vasAfter: 2 } }, { id: signed.id, reason: '  ', fields: { vasAfter: 2 } }]) {
      expect(await api.amendSession(input)).toMatchObject({ ok: false, error: { code: 'invalid-input', field: 'reason' } });
    }
    expect((await ok<SessionOut>(api.getSession({ id: signed.id }))).amendments).toEqual([]);
  });

  it('refuses an amended point deeper than the settings allow, but keeps a signed point the range no longer allows', async () => {
    const signed = await signedSessionWithChart();
    const [first, second] = signed.points;
    const refused = await api.amendSession({ id: signed.id, reason: 'depth', points: [first, { ...second, depthMm: 7 }] });
    expect(refused).toMatchObject({ ok: false, error: { code: 'invalid-input', field: 'points.1.depthMm', reason: 'too_big', params: { maximum: 6, unit: 'mm' } } });

    // The range narrows to 4–4.5 mm: the signed 5 mm point stays, only the corrected one is checked.
    await ok(api.updateSettings({ depthRange: { min: 4, max: 4.5 }, defaults: { depthMm: 4, needle: '30G-4mm', technique: 'point-by-point' } }));
    const amended = await ok<SessionOut>(api.amendSession({ id: signed.id, reason: 'depth', points: [{ ...first, depthMm: 4.5 }, second] }));
    expect(amended.amendments[0]?.changes).toMatchObject({ points: { added: [], removed: [], changed: [{ to: { depthMm: 4.5 } }] } });
  });

  it('copies the previous session without lots', async () => {
    const signed = await signedSessionWithChart();
    const patientId = (await ok<{ patientId: string }>(api.getSession({ id: signed.id }))).patientId;
    const next = await ok<SessionOut>(
      api.createSession({ consentOverride: 'Consent on paper (test)', patientId, date: '2026-12-05', time: '09:30', practitioner: 'Dr Weiß', copyFromSessionId: signed.id }),
    );
    expect(next).toMatchObject({ status: 'draft', vasBefore: null, vasAfter: null, indication: 'cellulite', treatedAreas: ['Thighs, outer'] });
    expect(next.products).toMatchObject([{ name: 'Lidocaine 2%', lot: '', expiry: '' }]);
    expect(next.points.map((p) => [p.depthMm, p.productIndex])).toEqual([[4, 0], [5, null]]);
    expect(next.points.map((p) => p.id)).not.toContain(signed.points[0]?.id);
  });

  it('refuses a new session without an indication unless it copies one', async () => {
    const patient = await ok<{ id: string }>(api.createPatient(validPatient));
    const result = await api.createSession({ consentOverride: 'Consent on paper (test)', patientId: patient.id, date: '2026-11-28', time: '09:30', practitioner: 'Dr Weiß', treatedAreas: ['Thighs'] });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-input', field: 'indication' } });
    const other = await ok<{ id: string }>(api.createPatient({ ...validPatient, firstName: 'Other' }));
    const session = await draftSession();
    const foreign = await api.createSession({ consentOverride: 'Consent on paper (test)', patientId: other.id, date: '2026-11-28', time: '09:30', practitioner: 'Dr Weiß', copyFromSessionId: session.id });
    expect(foreign).toMatchObject({ ok: false, error: { code: 'invalid-input', field: 'copyFromSessionId' } });
  });

  it('records the contraindication acknowledgement', async () => {
    const screening = emptyScreening('2026-11-20');
    const patient = await ok<{ id: string }>(
      api.createPatient({ ...validPatient, screening: { ...screening, answers: { ...screening.answers, anticoagulants: { present: true, note: 'apixaban' } } } }),
    );
    const session = await ok<SessionOut>(
      api.createSession({ consentOverride: 'Consent on paper (test)', patientId: patient.id, date: '2026-11-28', time: '09:30', practitioner: 'Dr Weiß', indication: 'pain', treatedAreas: ['Knee'] }),
    );
    expect(await api.signSession({ id: session.id })).toMatchObject({ ok: false, error: { code: 'conflict', field: 'contraindicationAck' } });

    const acknowledged = await ok<SessionOut>(api.acknowledgeContraindications({ sessionId: session.id }));

    expect(acknowledged.contraindicationAck).toEqual({ at: expect.any(String), by: 'Dr Weiß', items: ['anticoagulants'] });
    expect(await store.listAudit(session.id)).toMatchObject([{ action: 'session.create' }, { action: 'session.acknowledge-contraindications', actor: 'Dr Weiß' }]);
    await ok(api.signSession({ id: session.id }));
    expect(await api.acknowledgeContraindications({ sessionId: session.id })).toMatchObject({ ok: false, error: { code: 'locked' } });
  });

  it('saves, lists and deletes protocols', async () => {
    const knee = [point(4), { ...point(5), x: 440, y: 940 }];
    const saved = await ok<{ id: string; name: string; points: { dx: number; dy: number }[] }>(api.saveProtocol({ name: 'Knee, anterior', view: 'body-front', points: knee }));
    expect(saved.points.map((p) => [p.dx, p.dy])).toEqual([[-20, -20], [20, 20]]);
    expect(await ok(api.listProtocols({}))).toEqual([saved]);
    expect(await ok(api.listProtocols({ view: 'face' }))).toEqual([]);
    expect(await api.saveProtocol({ name: 'knee, ANTERIOR', view: 'body-front', points: knee })).toMatchObject({ ok: false, error: { code: 'conflict', field: 'name' } });
    expect(await ok(api.deleteProtocol({ id: saved.id }))).toEqual(saved);
    expect(await ok(api.listProtocols({}))).toEqual([]);
    expect(await store.listAudit(saved.id)).toMatchObject([{ action: 'protocol.create', actor: 'Dr Weiß' }, { action: 'protocol.delete', actor: 'Dr Weiß' }]);
  });

  it('refuses a protocol point deeper than the settings allow, or on another view, writing nothing', async () => {
    expect(await api.saveProtocol({ name: 'Deep', view: 'body-front', points: [point(4), point(7)] })).toMatchObject({ ok: false, error: { code: 'invalid-input', field: 'points.1.depthMm' } });
    expect(await api.saveProtocol({ name: 'Mixed', view: 'face', points: [point(4)] })).toMatchObject({ ok: false, error: { code: 'invalid-input', field: 'points.0.view' } });
    expect(await ok(api.listProtocols({}))).toEqual([]);
  });
});
