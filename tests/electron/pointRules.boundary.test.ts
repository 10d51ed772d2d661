import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { createHandlers } from '../../electron/handlers.ts';
import { holdStore } from '../../electron/store/storeHolder.ts';
import { openRecordStore } from '../../electron/store/recordStore.ts';
import type { RawApi } from '../../shared/api.ts';
import { emptyScreening } from '../../shared/contraindications.ts';
import { NEEDLES } from '../../shared/needles.ts';
import type { RecordStore } from '../../shared/repository.ts';
import { testAccess } from './access/fixtures.ts';
import { memorySettings, ok } from './handlerFixtures.ts';
import { pointInput } from '../shared/sessionFixtures.ts';

/**
 * The point rules where points come in (pointSchemaFor in shared/pointRules.ts): a depth deeper than
 * the needle is long, a needle the clinic's catalogue does not hold and a multi-injector of fewer than
 * 3 needles are refused, naming the field, and nothing is written.
 */

const point = (overrides: Record<string, unknown> = {}) => pointInput({ id: randomUUID(), ...overrides });

let store: RecordStore;
let api: RawApi;

beforeEach(() => {
  store = openRecordStore(join(mkdtempSync(join(tmpdir(), 'mesochart-point-rules-')), 'records.sqlite'));
  const needles = [...NEEDLES.map((n) => ({ ...n, retired: n.id === '27G-6mm' })), { id: '31G-5mm', gauge: 31, lengthMm: 5, label: 'House 31G', retired: false }];
  api = createHandlers({
    store: holdStore(store),
    settings: memorySettings({ needles }),
    access: testAccess({ name: 'Dr Weiß' }),
    appInfo: () => ({ version: 't', dataDir: '', databasePath: '', schemaVersion: store.schemaVersion }),
  });
});
afterEach(() => store.close());

async function draftSession(): Promise<{ id: string }> {
  const patient = await ok<{ id: string }>(api.createPatient({ firstName: 'Anaïs', lastName: 'Lefèvre', dateOfBirth: '1984-03-12', sex: 'female', screening: emptyScreening('2026-11-20') }));
  return ok<{ id: string }>(api.createSession({ consentOverride: 'Consent on paper (test)', patientId: patient.id, date: '2026-11-28', time: '09:30', practitioner: 'Dr Weiß', indication: 'cellulite', treatedAreas: ['Thighs, outer'] }));
}

const pointsOf = async (id: string) => (await ok<{ points: { depthMm: number }[] }>(api.getSession({ id }))).points;

describe('points as they come in from the renderer', () => {
  it('refuses a depth of 6 mm with a 30G × 4 mm needle, naming the depth, and writes nothing', async () => {
    const session = await draftSession();
    await ok(api.saveSession({ id: session.id, points: [point()] }));
    const result = await api.saveSession({ id: session.id, points: [point(), point({ depthMm: 6 })] });
    expect(result).toEqual({ ok: false, error: { code: 'invalid-input', field: 'points.1.depthMm', reason: 'deeper-than-needle', params: { depth: 6, maximum: 4, unit: 'mm', needle: '30G-4mm' } } });
    expect(await pointsOf(session.id)).toHaveLength(1);
  });

  it('refuses a needle the clinic’s catalogue does not hold, naming the needle', async () => {
    const session = await draftSession();
    expect(await api.saveSession({ id: session.id, points: [point({ needle: '33G-2mm' })] })).toMatchObject({ ok: false, error: { field: 'points.0.needle', reason: 'not-in-catalogue' } });
  });

  it('accepts a retired needle (an earlier point’s) and a needle the clinic added', async () => {
    const session = await draftSession();
    await ok(api.saveSession({ id: session.id, points: [point({ needle: '27G-6mm', depthMm: 6 }), point({ needle: '31G-5mm', depthMm: 5 })] }));
    expect((await pointsOf(session.id)).map((p) => p.depthMm)).toEqual([6, 5]);
  });

  it('refuses a multi-injector of 2 needles, accepts 3', async () => {
    const session = await draftSession();
    expect(await api.saveSession({ id: session.id, points: [point({ injector: { kind: 'multi', needleCount: 2 } })] })).toMatchObject({
      ok: false,
      error: { field: 'points.0.injector.needleCount', reason: 'too_small', params: { minimum: 3 } },
    });
    await ok(api.saveSession({ id: session.id, points: [point({ injector: { kind: 'multi', needleCount: 3 } })] }));
  });

  it('keeps points of the earlier technique list valid', async () => {
    const session = await draftSession();
    await ok(api.saveSession({ id: session.id, points: [point({ technique: 'point' }), point({ technique: 'subcutaneous' })] }));
  });

  it('refuses a protocol point deeper than its needle', async () => {
    const result = await api.saveProtocol({ name: 'knee', view: 'body-front', points: [point({ depthMm: 6 })] });
    expect(result).toMatchObject({ ok: false, error: { field: 'points.0.depthMm', reason: 'deeper-than-needle' } });
  });
});

describe('the settings', () => {
  it('refuse retiring the default needle, or a default depth deeper than it', async () => {
    const retired = NEEDLES.map((n) => ({ ...n, retired: n.id === '30G-4mm' }));
    expect(await api.updateSettings({ needles: retired })).toMatchObject({ ok: false, error: { field: 'defaults.needle', reason: 'needle-retired' } });
    expect(await api.updateSettings({ defaults: { depthMm: 6, needle: '30G-4mm', technique: 'point-by-point' } })).toMatchObject({
      ok: false,
      error: { field: 'defaults.depthMm', reason: 'default-deeper-than-needle' },
    });
  });

  it('open to the full scale, 0.5–13 mm, and no further', async () => {
    await ok(api.updateSettings({ depthRange: { min: 0.5, max: 13 } }));
    expect(await api.updateSettings({ depthRange: { min: 0.5, max: 14 } })).toMatchObject({ ok: false, error: { field: 'depthRange.max', reason: 'too_big' } });
  });
});
