import { randomUUID } from 'node:crypto';
import { courseInputSchema, type Course, type CourseFields } from '../../../shared/course.ts';
import type { CourseStore } from '../../../shared/repository.ts';
import { findCourse, insertCourse, listCoursesOfPatient } from '../courses.ts';
import { changedFieldNames, pickFields } from '../fields.ts';
import type { StoreContext, Synchronous } from './context.ts';
import { existingPatient, requireOwnerPatient } from './lookups.ts';

const COURSE_FIELDS = Object.keys(courseInputSchema.shape) as (keyof CourseFields)[];

/** Courses of treatment of a patient. */
export function courseMethods({ db, mutate, read, audit }: StoreContext): Synchronous<CourseStore> {
  return {
    listCourses: (patientId) =>
      read(() => {
        existingPatient(db, patientId);
        return listCoursesOfPatient(db, patientId);
      }),

    getCourse: (id) => read(() => findCourse(db, id)),

    createCourse: (fields, actor) =>
      mutate(actor, (at) => {
        const given = pickFields(fields, COURSE_FIELDS) as CourseFields;
        requireOwnerPatient(db, given.patientId);
        const course: Course = { ...given, id: randomUUID(), createdAt: at, updatedAt: at };
        insertCourse(db, course);
        audit(at, actor, 'course.create', 'course', course.id, { fields: changedFieldNames(null, given) });
        return course;
      }),
  };
}
