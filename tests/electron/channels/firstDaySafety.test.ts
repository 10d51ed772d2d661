import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createHandlers } from '../../../electron/handlers.ts';
import { holdStore } from '../../../electron/store/storeHolder.ts';
import { openRecordStore } from '../../../electron/store/recordStore.ts';
import type { RawApi } from '../../../shared/api.ts';
import { emptyScreening } from '../../../shared/contraindications.ts';
import type { RecordStore } from '../../../shared/repository.ts';
import { testAccess } from '../access/fixtures.ts';
import { memorySettings, ok } from '../handlerFixtures.ts';

/**
 * Issue 12's safety checks at the boundary: a session dated after today (in the clinic's time zone)
 * is refused at signing, naming its date; a date of birth in the future is refused, naming the field.
 */

let store: RecordStore | null = null;
afterEach(() => store?.close());

/** The handlers with the clock pinned at 23:30 UTC on 27 November 2026 and the clinic in `timeZone`. */
function handlers(timeZone: string): RawApi {
  store = openRecordStore(join(mkdtempSync(join(tmpdir(), 'mesochart-q4a-')), 'records.sqlite'));
  const current = store;
  return createHandlers({
    store: holdStore(current),
    settings: memorySettings({ practitionerName: 'Dr Weiß', timeZone }),
    access: testAccess({ name: 'Dr Weiß' }),
    appInfo: () => ({ version: 't', dataDir: '', databasePath: '', schemaVersion: current.schemaVersion }),
    now: () => new Date('2026-11-27T23:30:00Z'),
  });
}

const patient = { firstName: 'Anaïs', lastName: 'Lefèvre', dateOfBirth: '1984-03-12', sex: 'female', screening: emptyScreening('2026-11-20') };

async function sessionOn(api: RawApi, date: string): Promise<{ id: string }> {
  const p = await ok<{ id: string }>(api.createPatient(patient));
  return ok<{ id: string }>(api.createSession({ consentOverride: 'Consent on paper (test)', patientId: p.id, date, time: '09:30', practitioner: 'Dr Weiß', indication: 'cellulite', treatedAreas: ['Thighs, outer'] }));
}

describe('signing a session dated after today', () => {
  it('is refused naming the date, when the clinic is still on the day before', async () => {
    // 23:30 UTC on the 27th is 20:30 in São Paulo: the 28th is tomorrow there.
    const api = handlers('America/Sao_Paulo');
    const session = await sessionOn(api, '2026-11-28');
    expect(await api.signSession({ id: session.id })).toEqual({
      ok: false,
      error: { code: 'conflict', field: 'date', reason: 'session-in-future', params: { date: '2026-11-28', today: '2026-11-27' } },
    });
    expect(await ok<{ status: string }>(api.getSession({ id: session.id }))).toMatchObject({ status: 'draft' });
  });

  it('is accepted once the clinic is on that day, whatever the computer’s zone', async () => {
    // The same instant is 12:30 on the 28th in Auckland.
    const api = handlers('Pacific/Auckland');
    const session = await sessionOn(api, '2026-11-28');
    expect(await ok<{ status: string }>(api.signSession({ id: session.id }))).toMatchObject({ status: 'signed' });
  });
});

describe('a course counts no session dated after today as held', () => {
  it('leaves tomorrow’s session upcoming in the timeline', async () => {
    const api = handlers('America/Sao_Paulo');
    const p = await ok<{ id: string }>(api.createPatient(patient));
    const course = await ok<{ id: string }>(
      api.createCourse({ patientId: p.id, indication: 'cellulite', area: 'Thighs', plannedSessions: 10, intervalDays: 7, maintenanceIntervalDays: 30, startDate: '2026-11-20' }),
    );
    const base = { consentOverride: 'Consent on paper (test)', patientId: p.id, courseId: course.id, time: '09:30', practitioner: 'Dr Weiß', indication: 'cellulite', treatedAreas: ['Thighs, outer'] };
    await ok(api.createSession({ ...base, date: '2026-11-20' }));
    await ok(api.createSession({ ...base, date: '2026-11-28' }));
    const { timeline } = await ok<{ timeline: { held: number; slots: { number: number; state: string }[] } }>(api.getCourseTimeline({ courseId: course.id }));
    expect(timeline.held).toBe(1);
    expect(timeline.slots.slice(0, 2).map((s) => s.state)).toEqual(['done', 'upcoming']);
  });
});

describe('a date of birth in the future', () => {
  it('is refused naming the field, and nothing is written', async () => {
    const api = handlers('Europe/Paris');
    const result = await api.createPatient({ ...patient, dateOfBirth: '2099-01-01' });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-input', field: 'dateOfBirth', reason: 'birth-date-in-future' } });
    expect(await ok<{ total: number }>(api.listPatients({}))).toMatchObject({ total: 0 });
  });
});
