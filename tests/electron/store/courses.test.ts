import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { ApiError } from '../../../shared/errors.ts';
import { actor, courseFields, openTestStore, patientFields, thrownBy } from './fixtures.ts';

describe('courses', () => {
  it('creates a course with its defaults applied and an id and timestamps added', () => {
    const at = new Date('2025-01-06T08:00:00.000Z');
    const { store } = openTestStore(undefined, { now: () => at });
    const patient = store.createPatient(patientFields(), actor);
    const fields = courseFields(patient.id);

    const course = store.createCourse(fields, actor);

    expect(course).toEqual({ ...fields, id: expect.any(String), createdAt: at.toISOString(), updatedAt: at.toISOString() });
    expect(course).toMatchObject({ intervalDays: 7, maintenanceIntervalDays: 30, status: 'active', notes: '' });
  });

  it("lists a patient's own courses, the most recently started first", () => {
    const { store } = openTestStore();
    const patient = store.createPatient(patientFields(), actor);
    const other = store.createPatient(patientFields({ firstName: 'Other' }), actor);
    const first = store.createCourse(courseFields(patient.id, { startDate: '2024-03-04' }), actor);
    const second = store.createCourse(courseFields(patient.id, { startDate: '2025-01-06', indication: 'hair-loss', area: 'Scalp, vertex' }), actor);
    store.createCourse(courseFields(other.id), actor);

    expect(store.listCourses(patient.id)).toEqual([second, first]);
  });

  it('rejects a course for an unknown patient as invalid input on patientId', () => {
    const { store } = openTestStore();
    const error = thrownBy(() => store.createCourse(courseFields(randomUUID()), actor));
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ code: 'invalid-input', field: 'patientId' });
  });

  it('answers not found for the courses of an unknown patient', () => {
    const { store } = openTestStore();
    expect(thrownBy(() => store.listCourses(randomUUID()))).toMatchObject({ code: 'not-found' });
  });
});
