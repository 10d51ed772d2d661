import type { COURSE_CHANNELS } from '../../shared/channels/courses.ts';
import { courseTimeline } from '../../shared/courseSchedule.ts';
import { notFound } from '../../shared/errors.ts';
import type { ChannelContext, ChannelHandlers } from './context.ts';
import { todayAtClinic } from './todayAtClinic.ts';

/** Courses of treatment and their timeline. */
export function courseChannels(ctx: Pick<ChannelContext, 'store' | 'actor' | 'settings' | 'now'>): ChannelHandlers<typeof COURSE_CHANNELS> {
  return {
    listCourses: ({ patientId }) => ctx.store().listCourses(patientId),
    createCourse: (fields) => ctx.store().createCourse(fields, ctx.actor()),
    getCourseTimeline: async ({ courseId, asOf }) => {
      const store = ctx.store();
      const course = await store.getCourse(courseId);
      if (!course) throw notFound('course', courseId);
      const sessions = (await store.listSessions(course.patientId)).filter((s) => s.courseId === courseId);
      return { course, timeline: courseTimeline(course, sessions, asOf ?? todayAtClinic(ctx.settings(), ctx.now?.())) };
    },
  };
}
