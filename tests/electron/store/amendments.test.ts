import { randomUUID } from 'node:crypto';
import { DatabaseSync } from 'node:sqlite';
import { describe, expect, it } from 'vitest';
import { sessionWithAmendments } from '../../../shared/amendments.ts';
import { ApiError } from '../../../shared/errors.ts';
import { productSchema } from '../../../shared/product.ts';
import type { SessionAmendment } from '../../../shared/repository.ts';
import { actor, auditCount, defaults, dumpDatabase, openTestStore, patientFields, point, sessionDraft, thrownBy } from './fixtures.ts';

const lidocaine = productSchema.parse({ name: 'Lidocaine 2%', lot: 'LD2-4471', expiry: '2026-05-31', volumeMl: 1 });
const piroxicam = productSchema.parse({ name: 'Piroxicam', lot: 'PX-0921', volumeMl: 1 });

/** A signed session with one product, VAS 7 → 3 and three points. */
function signedSessionStore(clock = () => new Date('2025-01-06T10:00:00.000Z')) {
  const opened = openTestStore(undefined, { now: clock });
  const { store } = opened;
  const patient = store.createPatient(patientFields(), actor);
  const draft = store.createSession(sessionDraft(patient.id), defaults, actor);
  const chart = [point({ x: 480, productIndex: 0 }), point({ x: 500 }), point({ x: 520, depthMm: 5 })];
  store.saveSession(draft.id, { products: [lidocaine], vasBefore: 7, vasAfter: 3, notes: 'Tolerated well' }, chart, actor);
  const signed = store.signSession(draft.id, actor);
  return { ...opened, patient, signed, chart };
}

const amend = (overrides: Partial<SessionAmendment>): SessionAmendment => ({ reason: 'Transcription error', fields: {}, ...overrides });

describe('amending a signed session', () => {
  it('appends who, when, why and what, and keeps the signed content as it was signed', () => {
    let now = new Date('2025-01-06T10:00:00.000Z');
    const { store, signed } = signedSessionStore(() => now);
    now = new Date('2025-01-08T17:45:00.000Z');
    const nurse = { name: 'Dr. Jan Nowak' };

    const amended = store.amendSession(signed.id, amend({ reason: 'VAS after was noted on the wrong line', fields: { vasAfter: 2 } }), nurse);

    expect(amended.amendments).toEqual([
      { id: expect.any(String), seq: 1, at: now.toISOString(), actor: 'Dr. Jan Nowak', reason: 'VAS after was noted on the wrong line', changes: { fields: { vasAfter: { from: 3, to: 2 } } } },
    ]);
    const { amendments: _a, ...signedContent } = amended;
    const { amendments: _b, ...asSigned } = signed;
    expect(signedContent).toEqual(asSigned);
    expect(store.getSession(signed.id)).toEqual(amended);
    expect(sessionWithAmendments(amended).vasAfter).toBe(2);
  });

  it('numbers amendments 1, 2, 3 and takes each "from" from the session as already corrected', () => {
    const { store, signed } = signedSessionStore();
    store.amendSession(signed.id, amend({ fields: { vasAfter: 2 } }), actor);
    store.amendSession(signed.id, amend({ fields: { vasAfter: 1, aftercare: 'Ice' } }), actor);
    const third = store.amendSession(signed.id, amend({ fields: { notes: 'Tolerated well; small bruise' } }), actor);

    expect(third.amendments.map((a) => a.seq)).toEqual([1, 2, 3]);
    expect(third.amendments[1]?.changes).toEqual({ fields: { aftercare: { from: '', to: 'Ice' }, vasAfter: { from: 2, to: 1 } } });
    expect(sessionWithAmendments(third)).toMatchObject({ vasAfter: 1, aftercare: 'Ice', notes: 'Tolerated well; small bruise', vasBefore: 7 });
  });

  it('records the points added, removed and changed against the corrected chart', () => {
    const { store, signed, chart } = signedSessionStore();
    const [first, second, third] = chart;
    const deeper = { ...third!, depthMm: 6 };
    const added = point({ view: 'face', x: 1000, y: 400, region: 'forehead' });

    const amended = store.amendSession(signed.id, amend({ reason: 'Chart drawn from memory, corrected', points: [first!, deeper, added] }), actor);

    expect(amended.amendments[0]?.changes).toEqual({ points: { added: [added], removed: [second!.id], changed: [{ from: third, to: deeper }] } });
    expect(amended.points).toEqual(chart);
    expect(sessionWithAmendments(amended).points).toEqual([first, deeper, added]);
  });

  it('refuses an amendment without a reason', () => {
    const { store, signed, path } = signedSessionStore();
    const before = dumpDatabase(path);
    for (const reason of ['', '   ']) {
      const error = thrownBy(() => store.amendSession(signed.id, amend({ reason, fields: { vasAfter: 2 } }), actor));
      expect(error).toMatchObject({ code: 'invalid-input', field: 'reason' });
    }
    expect(dumpDatabase(path)).toEqual(before);
  });

  it('refuses an amendment that changes nothing', () => {
    const { store, signed, chart } = signedSessionStore();
    const error = thrownBy(() => store.amendSession(signed.id, amend({ fields: { vasAfter: 3 }, points: [...chart].reverse() }), actor));
    expect(error).toMatchObject({ code: 'invalid-input', reason: 'amendment-changes-nothing' });
    expect(store.getSession(signed.id)?.amendments).toEqual([]);
  });

  it('refuses to amend a draft, which is edited directly', () => {
    const { store, patient } = signedSessionStore();
    const draft = store.createSession(sessionDraft(patient.id), defaults, actor);
    expect(thrownBy(() => store.amendSession(draft.id, amend({ fields: { notes: 'x' } }), actor))).toMatchObject({ code: 'conflict' });
    expect(thrownBy(() => store.amendSession(randomUUID(), amend({ fields: { notes: 'x' } }), actor))).toMatchObject({ code: 'not-found' });
  });

  it('refuses an amended point naming a product outside the corrected cocktail', () => {
    const { store, signed, chart } = signedSessionStore();
    const wrong = [chart[0]!, { ...chart[1]!, productIndex: 1 }, chart[2]!];
    const error = thrownBy(() => store.amendSession(signed.id, amend({ points: wrong }), actor));
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ code: 'invalid-input', field: 'points.1.productIndex' });

    // The same point is fine when the amendment adds the product it names.
    const amended = store.amendSession(signed.id, amend({ reason: 'Piroxicam was given too', fields: { products: [lidocaine, piroxicam] }, points: wrong }), actor);
    expect(sessionWithAmendments(amended).points[1]?.productIndex).toBe(1);
  });

  it('refuses an amended cocktail that leaves a point naming a removed product', () => {
    const { store, signed } = signedSessionStore();
    const error = thrownBy(() => store.amendSession(signed.id, amend({ fields: { products: [] } }), actor));
    expect(error).toMatchObject({ code: 'invalid-input', field: 'points.0.productIndex' });
  });

  it('refuses two points with the same id in the amended chart', () => {
    const { store, signed, chart } = signedSessionStore();
    const error = thrownBy(() => store.amendSession(signed.id, amend({ points: [...chart, { ...point(), id: chart[0]!.id }] }), actor));
    expect(error).toMatchObject({ code: 'invalid-input', field: 'points.3.id' });
  });

  it('writes one audit entry naming the changed fields and point counts, never the values or the reason', () => {
    const { store, signed, chart, path } = signedSessionStore();
    const before = auditCount(path);
    store.amendSession(signed.id, amend({ reason: 'Patient reported bruising by phone', fields: { sideEffects: ['ecchymosis'] }, points: chart.slice(1) }), actor);
    expect(auditCount(path)).toBe(before + 1);
    const entry = store.listAudit(signed.id).at(-1);
    expect(entry).toMatchObject({ action: 'session.amend', entity: 'session', actor: actor.name, detail: { amendment: 1, fields: ['sideEffects'], points: { added: 0, removed: 1, changed: 0 } } });
    expect(JSON.stringify(entry)).not.toMatch(/bruising|ecchymosis/);
  });

  it('keeps its amendments across close and reopen', () => {
    const { store, signed, path } = signedSessionStore();
    const amended = store.amendSession(signed.id, amend({ fields: { vasAfter: 2 } }), actor);
    store.close();
    const { store: reopened } = openTestStore(path);
    expect(reopened.getSession(signed.id)).toEqual(amended);
  });

  it('is append-only in the database itself, and only signed sessions take amendments', () => {
    const { store, signed, patient, path } = signedSessionStore();
    store.amendSession(signed.id, amend({ fields: { vasAfter: 2 } }), actor);
    const draft = store.createSession(sessionDraft(patient.id), defaults, actor);
    const raw = new DatabaseSync(path);
    try {
      expect(() => raw.exec("UPDATE amendments SET reason = 'forged'")).toThrow(/Amendments cannot be changed/);
      expect(() => raw.exec('DELETE FROM amendments')).toThrow(/Amendments cannot be changed/);
      expect(() =>
        raw.exec(`INSERT INTO amendments (id, session_id, seq, at, actor, reason, changes) VALUES ('x', '${draft.id}', 1, 't', 'a', 'r', '{}')`),
      ).toThrow(/Only signed sessions take amendments/);
      expect(() =>
        raw.exec(`INSERT INTO amendments (id, session_id, seq, at, actor, reason, changes) VALUES ('y', '${signed.id}', 2, 't', 'a', '  ', '{}')`),
      ).toThrow(/CHECK/);
    } finally {
      raw.close();
    }
    expect(store.getSession(signed.id)?.amendments).toHaveLength(1);
  });
});
