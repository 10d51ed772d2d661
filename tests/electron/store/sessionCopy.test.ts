import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { productSchema } from '../../../shared/product.ts';
import { actor, courseFields, defaults, dumpDatabase, openTestStore, patientFields, point, sessionDraft, thrownBy } from './fixtures.ts';

const cocktail = [
  productSchema.parse({ name: 'Lidocaine 2%', concentration: '2%', lot: 'LD2-4471', expiry: '2026-05-31', volumeMl: 1 }),
  productSchema.parse({ name: 'Thiocolchicoside', lot: 'TC-88', expiry: '2026-01-31', volumeMl: 2 }),
];

/** A signed first session of a lumbar course: two products, two points, VAS, side effects and notes. */
function storeWithFirstSession() {
  const opened = openTestStore();
  const { store } = opened;
  const patient = store.createPatient(patientFields(), actor);
  const course = store.createCourse(courseFields(patient.id), actor);
  const first = store.createSession(sessionDraft(patient.id, { courseId: course.id, treatedAreas: ['Lumbar spine', 'Left sacroiliac'] }), { ...defaults, defaultNeedle: '27G-4mm', injector: { kind: 'multi', needleCount: 5 } }, actor);
  const chart = [point({ productIndex: 1, volumeMl: 0.2, note: 'L4' }), point({ x: 520, depthMm: 6, technique: 'nappage', injector: { kind: 'multi', needleCount: 5 } })];
  store.saveSession(first.id, { products: cocktail, vasBefore: 8, vasAfter: 4, sideEffects: ['redness'], aftercare: 'Rest', notes: 'First visit' }, chart, actor);
  store.signSession(first.id, actor);
  return { ...opened, patient, course, first: store.getSession(first.id)!, chart };
}

describe('starting a session from the previous one', () => {
  it('copies the previous session without lots: chart under new ids, cocktail, defaults, indication and areas', () => {
    const { store, patient, course, first, chart } = storeWithFirstSession();
    const { indication: _i, treatedAreas: _t, ...rest } = sessionDraft(patient.id, { courseId: course.id, date: '2025-01-13' });

    const next = store.createSession({ ...rest, copyFromSessionId: first.id }, defaults, actor);

    expect(next).toMatchObject({
      status: 'draft',
      date: '2025-01-13',
      numberInCourse: 2,
      indication: 'pain',
      treatedAreas: ['Lumbar spine', 'Left sacroiliac'],
      defaultNeedle: '27G-4mm',
      injector: { kind: 'multi', needleCount: 5 },
      vasBefore: null,
      vasAfter: null,
      sideEffects: [],
      aftercare: '',
      notes: '',
      amendments: [],
      contraindicationAck: null,
    });
    expect(next.products).toEqual(cocktail.map((p) => ({ ...p, lot: '', expiry: '' })));
    expect(next.points.map(({ id: _id, ...p }) => p)).toEqual(chart.map(({ id: _id, ...p }) => p));
    expect(next.points.filter((p) => chart.some((c) => c.id === p.id))).toEqual([]);
    expect(store.getSession(next.id)).toEqual(next);
    expect(store.getSession(first.id)).toEqual(first);
  });

  it('copies the previous session as corrected by its amendments', () => {
    const { store, patient, first, chart } = storeWithFirstSession();
    const extra = point({ x: 560, note: 'added by amendment' });
    store.amendSession(first.id, { reason: 'Forgot a point', fields: { treatedAreas: ['Lumbar spine'] }, points: [...chart, extra] }, actor);

    const next = store.createSession({ ...sessionDraft(patient.id), treatedAreas: undefined, copyFromSessionId: first.id }, defaults, actor);

    expect(next.treatedAreas).toEqual(['Lumbar spine']);
    expect(next.points.map((p) => p.note)).toEqual(['L4', '', 'added by amendment']);
  });

  it('keeps the indication and treated areas given for the new session', () => {
    const { store, patient, first } = storeWithFirstSession();
    const next = store.createSession(sessionDraft(patient.id, { indication: 'localized-fat', treatedAreas: ['Abdomen'], copyFromSessionId: first.id }), defaults, actor);
    expect(next).toMatchObject({ indication: 'localized-fat', treatedAreas: ['Abdomen'] });
    expect(next.points).toHaveLength(2);
  });

  it("refuses copying an unknown session or another patient's, as invalid input on copyFromSessionId, writing nothing", () => {
    const { store, first, path } = storeWithFirstSession();
    const other = store.createPatient(patientFields({ firstName: 'Other' }), actor);
    const before = dumpDatabase(path);
    for (const copyFromSessionId of [first.id, randomUUID()]) {
      const error = thrownBy(() => store.createSession(sessionDraft(other.id, { copyFromSessionId }), defaults, actor));
      expect(error).toMatchObject({ code: 'invalid-input', field: 'copyFromSessionId' });
    }
    expect(dumpDatabase(path)).toEqual(before);
  });

  it('names its source in the one audit entry of the creation', () => {
    const { store, patient, first } = storeWithFirstSession();
    const next = store.createSession(sessionDraft(patient.id, { copyFromSessionId: first.id }), defaults, actor);
    expect(store.listAudit(next.id)).toMatchObject([{ action: 'session.create', detail: { copiedFrom: first.id, points: 2 } }]);
    expect(store.listAudit(next.id)[0]?.detail).not.toHaveProperty('fields', expect.arrayContaining(['copyFromSessionId']));
  });
});
