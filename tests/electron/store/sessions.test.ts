import { randomUUID } from 'node:crypto';
import { DatabaseSync } from 'node:sqlite';
import { describe, expect, it } from 'vitest';
import { ApiError } from '../../../shared/errors.ts';
import { productSchema } from '../../../shared/product.ts';
import type { SessionFields } from '../../../shared/session.ts';
import {
  actor,
  courseFields,
  defaults,
  openTestStore,
  patientFields,
  point,
  points,
  sessionDraft,
  thrownBy,
} from './fixtures.ts';

function storeWithPatient() {
  const opened = openTestStore();
  const patient = opened.store.createPatient(patientFields(), actor);
  return { ...opened, patient };
}

const cocktail = [
  productSchema.parse({ name: 'Lidocaine 2%', lot: 'LD2-4471', expiry: '2026-05-31', volumeMl: 1 }),
  productSchema.parse({ name: 'Piroxicam', activeIngredients: 'piroxicam 20 mg', lot: 'PX-0921', volumeMl: 1 }),
];

describe('creating sessions', () => {
  it('starts a draft with the practitioner defaults and nothing recorded yet', () => {
    const at = new Date('2025-01-06T09:31:00.000Z');
    const { store } = openTestStore(undefined, { now: () => at });
    const patient = store.createPatient(patientFields(), actor);
    const draft = sessionDraft(patient.id, { notes: 'First visit' });

    const session = store.createSession(draft, { defaultTechnique: 'nappage', defaultNeedle: '32G-4mm', injector: { kind: 'multi', needleCount: 5 } }, actor);
    // The consent override and the screening confirmation are how it started, not fields of the session.
    const { consentOverride: _override, screening: _confirmation, ...given } = draft;

    expect(session).toEqual({
      ...given,
      diagnosis: '',
      screening: { screening: null, medication: '', confirmedAt: at.toISOString(), confirmedBy: actor.name, updated: false },
      id: expect.any(String),
      numberInCourse: null,
      defaultTechnique: 'nappage',
      defaultNeedle: '32G-4mm',
      injector: { kind: 'multi', needleCount: 5 },
      products: [],
      points: [],
      amendments: [],
      contraindicationAck: null,
      practitionerId: null,
      vasBefore: null,
      vasAfter: null,
      outcomes: [],
      sideEffects: [],
      aftercare: '',
      status: 'draft',
      signedAt: null,
      signedBy: null,
      createdAt: at.toISOString(),
      updatedAt: at.toISOString(),
    });
    expect(store.getSession(session.id)).toEqual(session);
  });

  it('numbers sessions within their course, counting only that course', () => {
    const { store, patient } = storeWithPatient();
    const back = store.createCourse(courseFields(patient.id), actor);
    const scalp = store.createCourse(courseFields(patient.id, { indication: 'hair-loss', area: 'Scalp' }), actor);

    const numbers = [
      store.createSession(sessionDraft(patient.id, { courseId: back.id }), defaults, actor),
      store.createSession(sessionDraft(patient.id, { courseId: back.id }), defaults, actor),
      store.createSession(sessionDraft(patient.id), defaults, actor),
      store.createSession(sessionDraft(patient.id, { courseId: scalp.id }), defaults, actor),
      store.createSession(sessionDraft(patient.id, { courseId: back.id }), defaults, actor),
    ].map((s) => s.numberInCourse);

    expect(numbers).toEqual([1, 2, null, 1, 3]);
  });

  it('rejects a session for an unknown patient as invalid input on patientId', () => {
    const { store } = openTestStore();
    const error = thrownBy(() => store.createSession(sessionDraft(randomUUID()), defaults, actor));
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ code: 'invalid-input', field: 'patientId' });
  });

  it("rejects a session in another patient's course, or in no known course, as invalid input on courseId", () => {
    const { store, patient } = storeWithPatient();
    const other = store.createPatient(patientFields({ firstName: 'Other' }), actor);
    const othersCourse = store.createCourse(courseFields(other.id), actor);

    for (const courseId of [othersCourse.id, randomUUID()]) {
      const error = thrownBy(() => store.createSession(sessionDraft(patient.id, { courseId }), defaults, actor));
      expect(error).toMatchObject({ code: 'invalid-input', field: 'courseId' });
    }
    expect(store.listSessions(patient.id)).toEqual([]);
  });
});

describe('saving sessions', () => {
  it('changes the given fields and keeps the others', () => {
    let clock = new Date('2025-01-06T09:31:00.000Z');
    const { store } = openTestStore(undefined, { now: () => clock });
    const patient = store.createPatient(patientFields(), actor);
    const created = store.createSession(sessionDraft(patient.id, { notes: 'First visit' }), defaults, actor);
    clock = new Date('2025-01-06T09:50:00.000Z');
    const changes: Partial<SessionFields> = { vasBefore: 7, vasAfter: 3, sideEffects: ['wheals', 'redness'], aftercare: 'Ice, no sport for 24 h', products: cocktail };

    const saved = store.saveSession(created.id, changes, undefined, actor);

    expect(saved).toEqual({ ...created, ...changes, updatedAt: clock.toISOString() });
    expect(store.getSession(created.id)).toEqual(saved);
  });

  it('replaces the whole cocktail, in order, when products are given', () => {
    const { store, patient } = storeWithPatient();
    const session = store.createSession(sessionDraft(patient.id), defaults, actor);
    store.saveSession(session.id, { products: cocktail }, undefined, actor);
    const reversed = [...cocktail].reverse().slice(0, 1);
    store.saveSession(session.id, { products: reversed }, undefined, actor);
    expect(store.getSession(session.id)?.products).toEqual(reversed);
  });

  it('writes no field that the editor may not change, such as the status', () => {
    const { store, patient } = storeWithPatient();
    const session = store.createSession(sessionDraft(patient.id), defaults, actor);
    const smuggled = { notes: 'ok', status: 'signed', patientId: randomUUID() } as Partial<SessionFields>;
    const saved = store.saveSession(session.id, smuggled, undefined, actor);
    expect(saved).toMatchObject({ notes: 'ok', status: 'draft', patientId: patient.id });
    expect(store.getSession(session.id)).toMatchObject({ status: 'draft', patientId: patient.id });
  });

  it("replaces the session's points in the order given, and keeps them when none are given", () => {
    const { store, patient } = storeWithPatient();
    const session = store.createSession(sessionDraft(patient.id), defaults, actor);
    const chart = [
      point({ view: 'face', x: 1000, y: 400, region: 'forehead', injector: { kind: 'multi', needleCount: 18 }, productIndex: 1, volumeMl: 0.05, note: 'tender' }),
      point({ depthMm: 6, technique: 'nappage' }),
      point({ view: 'scalp', x: 0, y: 2000 }),
    ];

    // The first point names the cocktail's second product, so the cocktail goes in with the chart.
    expect(store.saveSession(session.id, { products: cocktail }, chart, actor).points).toEqual(chart);
    expect(store.getSession(session.id)?.points).toEqual(chart);

    const fewer = [chart[2]!, chart[0]!];
    store.saveSession(session.id, {}, fewer, actor);
    expect(store.getSession(session.id)?.points).toEqual(fewer);

    expect(store.saveSession(session.id, { notes: 'only notes' }, undefined, actor).points).toEqual(fewer);
    expect(store.getSession(session.id)?.points).toEqual(fewer);

    store.saveSession(session.id, {}, [], actor);
    expect(store.getSession(session.id)?.points).toEqual([]);
  });

  it("leaves other sessions' points alone", () => {
    const { store, patient } = storeWithPatient();
    const first = store.createSession(sessionDraft(patient.id), defaults, actor);
    const second = store.createSession(sessionDraft(patient.id), defaults, actor);
    const firstChart = points(5);
    store.saveSession(first.id, {}, firstChart, actor);
    store.saveSession(second.id, {}, points(3), actor);
    store.saveSession(second.id, {}, [], actor);
    expect(store.getSession(first.id)?.points).toEqual(firstChart);
  });

  it('accepts a chart copied from another session with the same point ids', () => {
    const { store, patient } = storeWithPatient();
    const first = store.createSession(sessionDraft(patient.id), defaults, actor);
    const second = store.createSession(sessionDraft(patient.id), defaults, actor);
    const chart = points(4);
    store.saveSession(first.id, {}, chart, actor);
    expect(store.saveSession(second.id, {}, chart, actor).points).toEqual(chart);
  });

  it('rejects two points with the same id in one chart', () => {
    const { store, patient } = storeWithPatient();
    const session = store.createSession(sessionDraft(patient.id), defaults, actor);
    const first = point();
    const error = thrownBy(() => store.saveSession(session.id, {}, [first, point(), { ...point(), id: first.id }], actor));
    expect(error).toMatchObject({ code: 'invalid-input', field: 'points.2.id' });
  });

  it('refuses a point naming a product outside the cocktail it is saved with, naming the point', () => {
    const { store, patient } = storeWithPatient();
    const session = store.createSession(sessionDraft(patient.id), defaults, actor);
    const chart = [point({ productIndex: 0 }), point({ productIndex: 2 })];
    expect(thrownBy(() => store.saveSession(session.id, { products: cocktail }, chart, actor))).toMatchObject({ code: 'invalid-input', field: 'points.1.productIndex' });
    expect(thrownBy(() => store.saveSession(session.id, {}, [point({ productIndex: 0 })], actor))).toMatchObject({ code: 'invalid-input', field: 'points.0.productIndex' });
    expect(store.getSession(session.id)).toMatchObject({ products: [], points: [] });
  });

  it('refuses a cocktail shortened under points that still name the removed product', () => {
    const { store, patient } = storeWithPatient();
    const session = store.createSession(sessionDraft(patient.id), defaults, actor);
    store.saveSession(session.id, { products: cocktail }, [point(), point({ productIndex: 1 })], actor);
    const error = thrownBy(() => store.saveSession(session.id, { products: cocktail.slice(0, 1) }, undefined, actor));
    expect(error).toMatchObject({ code: 'invalid-input', field: 'points.1.productIndex' });
    expect(store.getSession(session.id)?.products).toEqual(cocktail);
  });

  it('rejects saving an unknown session as not found', () => {
    const { store } = openTestStore();
    expect(thrownBy(() => store.saveSession(randomUUID(), { notes: 'x' }, undefined, actor))).toMatchObject({ code: 'not-found' });
  });

  it('saves a chart of 100 points in one statement per point inside one transaction', () => {
    const { store, patient } = storeWithPatient();
    const session = store.createSession(sessionDraft(patient.id), defaults, actor);
    const chart = points(100);
    store.saveSession(session.id, { notes: 'moved a point' }, chart, actor);
    expect(store.getSession(session.id)?.points.map((p) => p.id)).toEqual(chart.map((p) => p.id));
    // Speed is measured in `npm run bench` (store.save_session_p95_ms), not here.
  });
});

describe('signed sessions', () => {
  it('signs a draft with who and when', () => {
    const at = new Date('2025-01-06T10:00:00.000Z');
    const { store } = openTestStore(undefined, { now: () => at });
    const patient = store.createPatient(patientFields(), actor);
    const session = store.createSession(sessionDraft(patient.id), defaults, actor);
    store.saveSession(session.id, { products: cocktail }, points(2), actor);

    const signed = store.signSession(session.id, actor);

    expect(signed).toMatchObject({ status: 'signed', signedAt: at.toISOString(), signedBy: actor.name, products: cocktail });
    expect(signed.points).toHaveLength(2);
    expect(store.getSession(session.id)).toEqual(signed);
  });

  it('rejects saving a signed session as locked', () => {
    const { store, patient } = storeWithPatient();
    const session = store.createSession(sessionDraft(patient.id), defaults, actor);
    store.signSession(session.id, actor);

    for (const save of [
      () => store.saveSession(session.id, { notes: 'changed afterwards' }, undefined, actor),
      () => store.saveSession(session.id, {}, points(1), actor),
      () => store.signSession(session.id, actor),
    ]) {
      const error = thrownBy(save);
      expect(error).toBeInstanceOf(ApiError);
      expect(error).toMatchObject({ code: 'locked', reason: 'signed-record' });
    }
  });

  it('is protected by the database itself against writes that bypass the store', () => {
    const { store, patient, path } = storeWithPatient();
    const session = store.createSession(sessionDraft(patient.id), defaults, actor);
    store.saveSession(session.id, { products: cocktail }, points(2), actor);
    store.signSession(session.id, actor);

    const raw = new DatabaseSync(path);
    try {
      for (const sql of [
        `UPDATE sessions SET notes = 'x' WHERE id = '${session.id}'`,
        `DELETE FROM sessions WHERE id = '${session.id}'`,
        `DELETE FROM points WHERE session_id = '${session.id}'`,
        `UPDATE points SET x = 1 WHERE session_id = '${session.id}'`,
        `INSERT INTO points (session_id, seq, id, view, x, y, region, depth_mm, needle, technique, note)
           VALUES ('${session.id}', 9, 'p', 'face', 1, 1, '', 4, '30G-4mm', 'point', '')`,
        `UPDATE session_products SET lot = 'forged' WHERE session_id = '${session.id}'`,
        `DELETE FROM session_products WHERE session_id = '${session.id}'`,
      ]) {
        expect(() => raw.exec(sql), sql).toThrow(/Signed sessions cannot be/);
      }
    } finally {
      raw.close();
    }
  });
});

describe('listing sessions', () => {
  it('lists summaries with their point counts, newest first, without points', () => {
    const { store, patient } = storeWithPatient();
    const course = store.createCourse(courseFields(patient.id), actor);
    const january = store.createSession(sessionDraft(patient.id, { courseId: course.id, date: '2025-01-06' }), defaults, actor);
    const februaryLate = store.createSession(sessionDraft(patient.id, { date: '2025-02-03', time: '16:00', indication: 'rejuvenation', treatedAreas: ['Face', 'Neck'] }), defaults, actor);
    const februaryEarly = store.createSession(sessionDraft(patient.id, { date: '2025-02-03', time: '08:15' }), defaults, actor);
    store.saveSession(january.id, {}, points(12), actor);
    store.saveSession(februaryLate.id, {}, points(3), actor);
    const other = store.createPatient(patientFields({ firstName: 'Other' }), actor);
    store.createSession(sessionDraft(other.id), defaults, actor);

    const summaries = store.listSessions(patient.id);

    expect(summaries).toEqual([
      { id: februaryLate.id, courseId: null, numberInCourse: null, date: '2025-02-03', time: '16:00', indication: 'rejuvenation', treatedAreas: ['Face', 'Neck'], status: 'draft', practitioner: 'Dr. Anna Kowalska', pointCount: 3 },
      { id: februaryEarly.id, courseId: null, numberInCourse: null, date: '2025-02-03', time: '08:15', indication: 'pain', treatedAreas: ['Lumbar spine'], status: 'draft', practitioner: 'Dr. Anna Kowalska', pointCount: 0 },
      { id: january.id, courseId: course.id, numberInCourse: 1, date: '2025-01-06', time: '09:30', indication: 'pain', treatedAreas: ['Lumbar spine'], status: 'draft', practitioner: 'Dr. Anna Kowalska', pointCount: 12 },
    ]);
  });

  it('answers null for an unknown session and not found for the sessions of an unknown patient', () => {
    const { store } = openTestStore();
    expect(store.getSession(randomUUID())).toBeNull();
    expect(thrownBy(() => store.listSessions(randomUUID()))).toMatchObject({ code: 'not-found' });
  });
});
