import { describe, expect, it } from 'vitest';
import { courseTimeline } from '../../../shared/courseSchedule.ts';
import { coursePlanLine, defaultCourseForm, intervalLabel, planPreview, progressLine, slotDescription, toCourseInput } from '../../../renderer/courses/courseForm.ts';
import { formatDate } from '../../../renderer/format.ts';

const P = '6f1c2a3e-1b2c-4d5e-8f90-123456789abc';

describe('course form', () => {
  it('starts with 10 weekly sessions, monthly maintenance, today', () => {
    const f = defaultCourseForm('2025-03-03');
    expect(f).toMatchObject({ plannedSessions: '10', intervalDays: '7', maintenanceIntervalDays: '30', startDate: '2025-03-03' });
  });

  it('maps a filled form to the createCourse input', () => {
    const f = { ...defaultCourseForm('2025-03-03', 'cellulite'), area: '  Thighs, outer ', plannedSessions: '12' };
    const r = toCourseInput(f, P);
    expect(r).toEqual({
      ok: true,
      input: { patientId: P, indication: 'cellulite', area: 'Thighs, outer', plannedSessions: 12, intervalDays: 7, maintenanceIntervalDays: 30, startDate: '2025-03-03', notes: '' },
    });
  });

  it('names the first field in error', () => {
    const base = { ...defaultCourseForm('2025-03-03', 'pain'), area: 'Knee' };
    expect(toCourseInput({ ...base, indication: '' }, P)).toMatchObject({ ok: false, error: { field: 'indication' } });
    expect(toCourseInput({ ...base, area: ' ' }, P)).toMatchObject({ ok: false, error: { field: 'area' } });
    expect(toCourseInput({ ...base, plannedSessions: '41' }, P)).toMatchObject({ ok: false, error: { field: 'plannedSessions' } });
    expect(toCourseInput({ ...base, plannedSessions: '0' }, P)).toMatchObject({ ok: false, error: { field: 'plannedSessions' } });
    expect(toCourseInput({ ...base, plannedSessions: '2.5' }, P)).toMatchObject({ ok: false, error: { field: 'plannedSessions' } });
    expect(toCourseInput({ ...base, intervalDays: '' }, P)).toMatchObject({ ok: false, error: { field: 'intervalDays' } });
    expect(toCourseInput({ ...base, maintenanceIntervalDays: '400' }, P)).toMatchObject({ ok: false, error: { field: 'maintenanceIntervalDays' } });
    expect(toCourseInput({ ...base, startDate: '03/03/2025' }, P)).toMatchObject({ ok: false, error: { field: 'startDate' } });
  });

  it('previews the last planned session and the first maintenance', () => {
    expect(planPreview({ ...defaultCourseForm('2025-03-03'), plannedSessions: '10' })).toEqual({ last: '2025-05-05', maintenance: '2025-06-04' });
    expect(planPreview({ ...defaultCourseForm('2025-03-03'), plannedSessions: 'x' })).toBeNull();
  });

  it('words intervals and plans', () => {
    expect(intervalLabel(7)).toBe('weekly');
    expect(intervalLabel(14)).toBe('every 2 weeks');
    expect(intervalLabel(30)).toBe('monthly');
    expect(intervalLabel(10)).toBe('every 10 days');
    expect(coursePlanLine({ area: 'Knee', plannedSessions: 8, intervalDays: 7, maintenanceIntervalDays: 30 })).toBe('Knee · 8 sessions weekly, then monthly maintenance');
  });

  it('describes progress and each slot of a timeline', () => {
    const course = { id: 'c', status: 'active' as const, startDate: '2025-01-01', plannedSessions: 4, intervalDays: 7, maintenanceIntervalDays: 30 };
    const t = courseTimeline(course, [{ id: 's1', date: '2025-01-01', status: 'signed', numberInCourse: 1 }], '2025-01-10');
    expect(progressLine(t)).toBe('1 of 4 done · 1 overdue');
    expect(slotDescription(t.slots[0]!, formatDate)).toBe('Session 1 of 4, held on 1 Jan 2025');
    expect(slotDescription(t.slots[1]!, formatDate)).toBe('Session 2 of 4, overdue since 8 Jan 2025');
    expect(slotDescription(t.slots[2]!, formatDate)).toBe('Session 3 of 4, planned for 15 Jan 2025');
  });
});
