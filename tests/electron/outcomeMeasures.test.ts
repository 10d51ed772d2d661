import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createHandlers } from '../../electron/handlers.ts';
import type { SettingsPort } from '../../electron/settings/settingsPort.ts';
import { holdStore } from '../../electron/store/storeHolder.ts';
import { openRecordStore } from '../../electron/store/recordStore.ts';
import type { RawApi } from '../../shared/api.ts';
import { sessionWithAmendments } from '../../shared/amendments.ts';
import { emptyScreening } from '../../shared/contraindications.ts';
import type { OutcomeEntry } from '../../shared/outcomeMeasures.ts';
import type { RecordStore } from '../../shared/repository.ts';
import type { Session } from '../../shared/session.ts';
import { DEFAULT_SETTINGS, settingsSchema } from '../../shared/settings.ts';
import { testAccess } from './access/fixtures.ts';
import { importFileOf } from './store/importFixtures.ts';

/**
 * Outcome measures through the save, sign, amend and export channels: recorded while the session is a
 * draft, refused on a signed one but by amendment, checked against their scales, and carried whole by
 * a patient's export and import.
 */

let store: RecordStore;
let api: RawApi;

beforeEach(() => {
  store = openRecordStore(join(mkdtempSync(join(tmpdir(), 'mesochart-outcomes-')), 'records.sqlite'));
  let current = settingsSchema.parse({ ...DEFAULT_SETTINGS, practitionerName: 'Dr Weiß' });
  const settings: SettingsPort = { get: () => current, update: (patch) => (current = settingsSchema.parse({ ...current, ...patch })) };
  api = createHandlers({ store: holdStore(store), settings, access: testAccess({ name: 'Dr Weiß' }), appInfo: () => ({ version: 't', dataDir: '', databasePath: '', schemaVersion: store.schemaVersion }) });
});
afterEach(() => store.close());

async function ok<T>(result: Promise<{ ok: boolean; value?: T; error?: unknown }>): Promise<T> {
  const r = await result;
  if (!r.ok) throw new Error(`expected success, got ${JSON.stringify(r.error)}`);
  return r.value as T;
}

async function celluliteDraft(): Promise<{ patientId: string; session: Session }> {
  const patient = await ok<{ id: string }>(
    api.createPatient({ firstName: 'Anaïs', lastName: 'Lefèvre', dateOfBirth: '1984-03-12', sex: 'female', screening: emptyScreening('2026-11-20') }),
  );
  const session = await ok<Session>(
    api.createSession({
      consentOverride: 'Consent on paper (test)',
      patientId: patient.id,
      date: '2026-11-28',
      time: '09:30',
      practitioner: 'Dr Weiß',
      indication: 'cellulite',
      treatedAreas: ['Thighs, outer'],
    }),
  );
  return { patientId: patient.id, session };
}

const recorded: OutcomeEntry[] = [
  { measure: 'cellulite-grade', grade: 'II' },
  { measure: 'girth', site: 'Left thigh, 15 cm above the patella', cm: 58.5 },
  { measure: 'satisfaction', score: 7 },
];

describe('outcome measures of a session', () => {
  it('starts empty and keeps what a draft records', async () => {
    const { session } = await celluliteDraft();
    expect(session.outcomes).toEqual([]);
    await ok(api.saveSession({ id: session.id, fields: { outcomes: recorded } }));
    expect((await ok<Session>(api.getSession({ id: session.id }))).outcomes).toEqual(recorded);
  });

  it('refuses a grade out of its scale, naming the field, and writes nothing', async () => {
    const { session } = await celluliteDraft();
    await ok(api.saveSession({ id: session.id, fields: { outcomes: recorded } }));
    const result = await api.saveSession({ id: session.id, fields: { outcomes: [{ measure: 'cellulite-grade', grade: 'IV' }] } });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-input', field: 'fields.outcomes.0.grade', reason: 'invalid_value' } });
    expect((await ok<Session>(api.getSession({ id: session.id }))).outcomes).toEqual(recorded);
  });

  it('cannot be changed once signed but by an amendment, which keeps both values', async () => {
    const { session } = await celluliteDraft();
    await ok(api.saveSession({ id: session.id, fields: { outcomes: recorded } }));
    await ok(api.signSession({ id: session.id }));
    const corrected: OutcomeEntry[] = [{ measure: 'cellulite-grade', grade: 'I' }, ...recorded.slice(1)];
    expect(await api.saveSession({ id: session.id, fields: { outcomes: corrected } })).toMatchObject({ ok: false, error: { code: 'locked' } });
    const amended = await ok<Session>(api.amendSession({ id: session.id, reason: 'Grade read from the wrong photo', fields: { outcomes: corrected } }));
    expect(amended.outcomes).toEqual(recorded);
    expect(amended.amendments[0]?.changes.fields?.outcomes).toEqual({ from: recorded, to: corrected });
    expect(sessionWithAmendments(amended).outcomes).toEqual(corrected);
  });

  it('travels with the patient’s export and import', async () => {
    const { patientId, session } = await celluliteDraft();
    await ok(api.saveSession({ id: session.id, fields: { outcomes: recorded } }));
    const document = await store.exportPatient(patientId, { name: 'Dr Weiß' });
    expect(document.sessions[0]?.outcomes).toEqual(recorded);
    const other = openRecordStore(join(mkdtempSync(join(tmpdir(), 'mesochart-outcomes-')), 'records.sqlite'));
    try {
      await other.importPatient(JSON.parse(JSON.stringify(document)), importFileOf(JSON.parse(JSON.stringify(document))), { name: 'Dr Weiß' });
      expect((await other.getSession(session.id))?.outcomes).toEqual(recorded);
    } finally {
      other.close();
    }
  });

  it('reads a patient file written before outcome measures as sessions with none', async () => {
    const { patientId } = await celluliteDraft();
    const document = JSON.parse(JSON.stringify(await store.exportPatient(patientId, { name: 'Dr Weiß' }))) as { sessions: Record<string, unknown>[] };
    for (const s of document.sessions) delete s.outcomes;
    const other = openRecordStore(join(mkdtempSync(join(tmpdir(), 'mesochart-outcomes-')), 'records.sqlite'));
    try {
      await other.importPatient(document, importFileOf(document), { name: 'Dr Weiß' });
      const [summary] = await other.listSessions(patientId);
      expect((await other.getSession(summary!.id))?.outcomes).toEqual([]);
    } finally {
      other.close();
    }
  });
});
