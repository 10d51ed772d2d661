import { randomUUID } from 'node:crypto';
import { DatabaseSync } from 'node:sqlite';
import { describe, expect, it } from 'vitest';
import { ApiError, type ApiErrorCode } from '../../../shared/errors.ts';
import type { InjectionPoint } from '../../../shared/point.ts';
import { productSchema, type Product } from '../../../shared/product.ts';
import { actor, auditCount, courseFields, defaults, dumpDatabase, openTestStore, patientFields, point, points, sessionDraft, thrownBy } from './fixtures.ts';

/** A store holding one of everything, so that a stray write anywhere would show in the dump. */
function populatedStore() {
  const opened = openTestStore();
  const { store } = opened;
  const patient = store.createPatient(patientFields(), actor);
  const other = store.createPatient(patientFields({ firstName: 'Other' }), actor);
  const course = store.createCourse(courseFields(patient.id), actor);
  const othersCourse = store.createCourse(courseFields(other.id), actor);
  const draft = store.createSession(sessionDraft(patient.id, { courseId: course.id }), defaults, actor);
  const product = productSchema.parse({ name: 'Lidocaine 2%', lot: 'LD2-4471' });
  store.saveSession(draft.id, { products: [product], vasBefore: 5 }, points(20), actor);
  const signed = store.createSession(sessionDraft(patient.id), defaults, actor);
  store.saveSession(signed.id, {}, points(3), actor);
  store.signSession(signed.id, actor);
  store.amendSession(signed.id, { reason: 'Notes completed', fields: { notes: 'Completed' } }, actor);
  store.saveProtocol({ name: 'Lumbar grid', view: 'body-back', points: points(4) }, actor);
  return { ...opened, patient, course, othersCourse, draft, signed, product };
}

/** A point the shared schema would refuse (x off the map), as if validation had been skipped. */
function pointOffTheMap(): InjectionPoint {
  return { ...point(), x: -5 };
}

describe('a failing mutation', () => {
  const cases: { name: string; code: ApiErrorCode; run: (s: ReturnType<typeof populatedStore>) => unknown }[] = [
    { name: 'updating an unknown patient', code: 'not-found', run: ({ store }) => store.updatePatient(randomUUID(), patientFields(), actor) },
    { name: 'archiving an unknown patient', code: 'not-found', run: ({ store }) => store.setPatientArchived(randomUUID(), true, actor) },
    { name: 'a course for an unknown patient', code: 'invalid-input', run: ({ store }) => store.createCourse(courseFields(randomUUID()), actor) },
    { name: 'a session for an unknown patient', code: 'invalid-input', run: ({ store }) => store.createSession(sessionDraft(randomUUID()), defaults, actor) },
    {
      name: "a session in another patient's course",
      code: 'invalid-input',
      run: ({ store, patient, othersCourse }) => store.createSession(sessionDraft(patient.id, { courseId: othersCourse.id }), defaults, actor),
    },
    { name: 'saving an unknown session', code: 'not-found', run: ({ store }) => store.saveSession(randomUUID(), { notes: 'x' }, points(2), actor) },
    { name: 'saving a signed session', code: 'locked', run: ({ store, signed }) => store.saveSession(signed.id, { notes: 'x' }, points(2), actor) },
    {
      name: 'a chart with a repeated point id',
      code: 'invalid-input',
      run: ({ store, draft }) => {
        const repeated = point();
        return store.saveSession(draft.id, { notes: 'x' }, [repeated, repeated], actor);
      },
    },
    {
      // The session row is updated, the products and old points deleted, 50 points inserted, then
      // the 51st breaks a CHECK: all of it must be undone.
      name: 'a point refused by the database after other writes of the same save',
      code: 'storage',
      run: ({ store, draft, product }) =>
        store.saveSession(draft.id, { notes: 'half-saved?', products: [product, product] }, [...points(50), pointOffTheMap(), ...points(5)], actor),
    },
    {
      name: 'a product refused by the database after the session row was updated',
      code: 'storage',
      run: ({ store, draft, product }) =>
        store.saveSession(draft.id, { vasAfter: 1, products: [product, { ...product, volumeMl: -1 } as Product] }, undefined, actor),
    },
    {
      name: 'a point naming a product the cocktail does not have',
      code: 'invalid-input',
      run: ({ store, draft, product }) => store.saveSession(draft.id, { notes: 'x', products: [product] }, [point(), point({ productIndex: 1 })], actor),
    },
    {
      name: 'an amendment without a reason',
      code: 'invalid-input',
      run: ({ store, signed }) => store.amendSession(signed.id, { reason: ' ', fields: { notes: 'x' } }, actor),
    },
    {
      name: 'an amendment of a draft',
      code: 'conflict',
      run: ({ store, draft }) => store.amendSession(draft.id, { reason: 'r', fields: { notes: 'x' } }, actor),
    },
    {
      name: 'acknowledging contraindications on a signed session',
      code: 'locked',
      run: ({ store, signed }) => store.acknowledgeContraindications(signed.id, actor),
    },
    {
      name: "copying another patient's session into a new one",
      code: 'invalid-input',
      run: ({ store, othersCourse, signed }) => store.createSession(sessionDraft(othersCourse.patientId, { copyFromSessionId: signed.id }), defaults, actor),
    },
    {
      name: 'a protocol whose name is taken',
      code: 'conflict',
      run: ({ store }) => store.saveProtocol({ name: 'LUMBAR grid', view: 'body-back', points: points(2) }, actor),
    },
    {
      name: 'deleting an unknown protocol',
      code: 'not-found',
      run: ({ store }) => store.deleteProtocol(randomUUID(), actor),
    },
    {
      name: 'a patient refused by the database (a required column left null)',
      code: 'storage',
      run: ({ store }) => store.createPatient({ ...patientFields(), notes: null } as unknown as ReturnType<typeof patientFields>, actor),
    },
  ];

  for (const { name, code, run } of cases) {
    it(`leaves the database unchanged and writes no audit entry: ${name}`, () => {
      const populated = populatedStore();
      const before = dumpDatabase(populated.path);
      const auditBefore = auditCount(populated.path);

      const error = thrownBy(() => run(populated));

      expect(error).toBeInstanceOf(ApiError);
      expect((error as ApiError).code).toBe(code);
      expect(dumpDatabase(populated.path)).toEqual(before);
      expect(auditCount(populated.path)).toBe(auditBefore);
      // The transaction was closed: the next mutation goes through.
      expect(populated.store.saveSession(populated.draft.id, { notes: 'after the failure' }, undefined, actor).notes).toBe('after the failure');
    });
  }

  it('undoes the change when its audit entry cannot be written', () => {
    const { store, path, draft, signed, patient } = populatedStore();
    // Another connection makes every audit insert fail; the store's connection picks up the new schema.
    const raw = new DatabaseSync(path);
    raw.exec("CREATE TRIGGER audit_disk_full BEFORE INSERT ON audit BEGIN SELECT RAISE(ABORT, 'database or disk is full'); END");
    raw.close();
    const before = dumpDatabase(path);

    expect(thrownBy(() => store.createPatient(patientFields({ firstName: 'Ghost' }), actor))).toMatchObject({ code: 'storage' });
    expect(thrownBy(() => store.saveSession(draft.id, { notes: 'unaudited' }, points(4), actor))).toMatchObject({ code: 'storage' });
    expect(thrownBy(() => store.amendSession(signed.id, { reason: 'unaudited', fields: { vasAfter: 1 } }, actor))).toMatchObject({ code: 'storage' });
    expect(thrownBy(() => store.saveProtocol({ name: 'Unaudited', view: 'body-back', points: points(2) }, actor))).toMatchObject({ code: 'storage' });
    expect(thrownBy(() => store.createSession(sessionDraft(patient.id, { copyFromSessionId: signed.id }), defaults, actor))).toMatchObject({ code: 'storage' });

    expect(dumpDatabase(path)).toEqual(before);
  });
});
