import { describe, expect, it } from 'vitest';
import type { Course } from '../../../shared/course.ts';
import { createFormatter } from '../../../shared/format/formatter.ts';
import { createTranslator } from '../../../shared/i18n/translator.ts';
import { courseOfSource, courseOptionLabel, diagnosisForCourse, initialCourseId, openCourses, withCourse } from '../../../renderer/sessions/courseChoice.ts';
import { defaultSessionForm } from '../../../renderer/sessions/sessionFormState.ts';

const en = (await createTranslator('en')).t;
const fr = (await createTranslator('fr')).t;

function course(id: string, over: Partial<Course> = {}): Course {
  return {
    id, patientId: 'p', indication: 'pain', area: 'Knee', plannedSessions: 6, intervalDays: 7, maintenanceIntervalDays: 30,
    startDate: '2025-03-03', status: 'active', notes: '', diagnosis: '', createdAt: '2025-03-03T09:00:00Z', updatedAt: '2025-03-03T09:00:00Z', ...over,
  };
}

const KNEE = course('knee', { diagnosis: 'Gonarthrosis' });
const THIGHS = course('thighs', { indication: 'cellulite', area: 'Thighs, outer', status: 'maintenance' });
const DONE = course('done', { status: 'completed' });
const STOPPED = course('stopped', { status: 'stopped' });

describe('the courses offered', () => {
  it('are those still open: active or in maintenance, not completed or stopped', () => {
    expect(openCourses([KNEE, DONE, THIGHS, STOPPED]).map((c) => c.id)).toEqual(['knee', 'thighs']);
  });
  it('start with the course asked for by the course panel, if it is still open', () => {
    const offered = openCourses([KNEE, DONE]);
    expect(initialCourseId(offered, 'knee')).toBe('knee');
    expect(initialCourseId(offered, 'done')).toBe('');
    expect(initialCourseId(offered, undefined)).toBe('');
  });
  it('read as the course and its plan', () => {
    expect(courseOptionLabel(en, createFormatter('en', 'UTC'), KNEE)).toBe('Pain · Knee · 6 sessions weekly, then monthly maintenance · started 3 Mar 2025');
    expect(courseOptionLabel(fr, createFormatter('fr', 'UTC'), KNEE)).toContain('Knee');
  });
});

describe('the course a previous session implies', () => {
  const offered = openCourses([KNEE, THIGHS, DONE]);
  it('is its own course, when still open', () => {
    expect(courseOfSource(offered, { courseId: 'thighs' })).toBe('thighs');
  });
  it('is none for a session outside any course, or of a closed course', () => {
    expect(courseOfSource(offered, { courseId: null })).toBe('');
    expect(courseOfSource(offered, { courseId: 'done' })).toBe('');
    expect(courseOfSource(offered, undefined)).toBe('');
  });
});

describe('choosing a course', () => {
  it('sets the indication and the area of the course', () => {
    const form = { ...defaultSessionForm(new Date(2025, 2, 7, 14, 30), ''), indication: 'pain' as const, areas: ['Shoulder', 'Elbow'] };
    expect(withCourse(form, THIGHS)).toMatchObject({ indication: 'cellulite', areas: ['Thighs, outer'], date: '2025-03-07' });
  });
  it('takes the course’s diagnosis unless the practitioner wrote their own', () => {
    expect(diagnosisForCourse('', undefined, KNEE)).toBe('Gonarthrosis');
    expect(diagnosisForCourse('Gonarthrosis', KNEE, THIGHS)).toBe('');
    expect(diagnosisForCourse('Patellar tendinopathy', KNEE, THIGHS)).toBe('Patellar tendinopathy');
    expect(diagnosisForCourse('Patellar tendinopathy', undefined, KNEE)).toBe('Patellar tendinopathy');
  });
});
