import { courseInputSchema, type Course } from '../course.ts';
import type { CourseTimeline } from '../courseSchedule.ts';
import { courseTimelineQuerySchema } from '../recordOutputs.ts';
import { patientSessionsQuerySchema } from '../session.ts';
import { returns, type ChannelContract } from './contract.ts';

/** Courses of treatment and their schedule. */
export const COURSE_CHANNELS = {
  listCourses: { input: patientSessionsQuerySchema, output: returns<Course[]>() },
  createCourse: { input: courseInputSchema, output: returns<Course>() },
  /** The course with its timeline as of `asOf` (today by default): numbering, planned and due dates, overdue, status. */
  getCourseTimeline: { input: courseTimelineQuerySchema, output: returns<{ course: Course; timeline: CourseTimeline }>() },
} as const satisfies Record<string, ChannelContract>;
