import { describe, expect, it } from 'vitest';
import { addDays, courseTimeline, daysBetween, numberCourseSessions, plannedDate, sessionOfCourseLabel, type CourseSessionRef } from '../../shared/courseSchedule.ts';
import { createTranslator } from '../../shared/i18n/translator.ts';
import { catalogueText } from './i18n/catalogueText.ts';

const en = (await createTranslator('en')).t;
const fr = (await createTranslator('fr')).t;

const course = (overrides: Partial<Parameters<typeof courseTimeline>[0]> = {}) => ({
  id: 'c1',
  startDate: '2025-01-06',
  plannedSessions: 10,
  intervalDays: 7,
  maintenanceIntervalDays: 30,
  status: 'active' as const,
  ...overrides,
});
const held = (id: string, date: string, numberInCourse: number | null, status: 'draft' | 'signed' = 'signed'): CourseSessionRef => ({ id, date, numberInCourse, status });

describe('calendar arithmetic', () => {
  it('crosses month and year ends and leap days in whole days', () => {
    expect(addDays('2025-01-29', 7)).toBe('2025-02-05');
    expect(addDays('2024-02-26', 7)).toBe('2024-03-04');
    expect(addDays('2025-02-26', 7)).toBe('2025-03-05');
    expect(addDays('2025-12-29', 7)).toBe('2026-01-05');
    // The day clocks change in Europe does not shift a date.
    expect(addDays('2025-03-28', 7)).toBe('2025-04-04');
    expect(daysBetween('2024-02-26', '2024-03-04')).toBe(7);
    expect(daysBetween('2025-03-01', '2025-02-01')).toBe(-28);
  });
});

describe('course numbering', () => {
  it('says "session 3 of 10" up to the planned count, and past it counts maintenance sessions from 1', async () => {
    expect(sessionOfCourseLabel(en, 3, 10)).toBe(await catalogueText('en', 'courses:sessionOfCourse', { number: 3, planned: 10 }));
    expect(sessionOfCourseLabel(en, 10, 10)).toBe(await catalogueText('en', 'courses:sessionOfCourse', { number: 10, planned: 10 }));
    expect(sessionOfCourseLabel(en, 12, 10)).toBe(await catalogueText('en', 'courses:maintenanceSession', { maintenance: 2, number: 12 }));
  });

  it('says it in the language asked', async () => {
    expect(sessionOfCourseLabel(fr, 3, 10)).toBe(await catalogueText('fr', 'courses:sessionOfCourse', { number: 3, planned: 10 }));
    expect(sessionOfCourseLabel(fr, 12, 10)).toBe(await catalogueText('fr', 'courses:maintenanceSession', { maintenance: 2, number: 12 }));
    expect(sessionOfCourseLabel(fr, 3, 10)).not.toBe(sessionOfCourseLabel(en, 3, 10));
  });

  it('numbers by the stored number, then sessions without one by date', () => {
    const numbered = numberCourseSessions([held('b', '2025-01-13', 2), held('x', '2025-01-27', null), held('a', '2025-01-06', 1), held('y', '2025-01-20', null)]);
    expect(numbered.map((n) => [n.number, n.session.id])).toEqual([
      [1, 'a'],
      [2, 'b'],
      [3, 'y'],
      [4, 'x'],
    ]);
  });

  it('plans weekly sessions from the start date, then monthly maintenance', () => {
    const plan = course();
    expect(plannedDate(plan, 1)).toBe('2025-01-06');
    expect(plannedDate(plan, 4)).toBe('2025-01-27');
    expect(plannedDate(plan, 5)).toBe('2025-02-03');
    expect(plannedDate(plan, 10)).toBe('2025-03-10');
    expect(plannedDate(plan, 11)).toBe('2025-04-09');
    expect(plannedDate(plan, 12)).toBe('2025-05-09');
  });
});

describe('the course timeline', () => {
  it('marks sessions held, the next due date and what is overdue as of a day', () => {
    const t = courseTimeline(course(), [held('s1', '2025-01-06', 1), held('s2', '2025-01-13', 2), held('s3', '2025-01-20', 3, 'draft')], '2025-02-05');
    expect(t.done).toBe(3);
    expect(t.slots[2]).toMatchObject({ number: 3, state: 'done', session: { id: 's3', status: 'draft' } });
    // Session 4 was due on 27 January, session 5 on 3 February: both overdue on 5 February.
    expect(t.overdue.map((s) => [s.number, s.dueDate])).toEqual([
      [4, '2025-01-27'],
      [5, '2025-02-03'],
    ]);
    expect(t.nextDue).toBe('2025-01-27');
    expect(t.nextNumber).toBe(4);
    expect(t.slots[5]).toMatchObject({ number: 6, state: 'upcoming', dueDate: '2025-02-10' });
    expect(t.status).toBe('in-progress');
    // Ten planned slots and the first maintenance one.
    expect(t.slots).toHaveLength(11);
    expect(t.slots[10]).toMatchObject({ phase: 'maintenance', plannedDate: '2025-04-09' });
  });

  it('is due, not overdue, on the due day itself', () => {
    const t = courseTimeline(course(), [held('s1', '2025-01-06', 1)], '2025-01-13');
    expect(t.overdue).toEqual([]);
    expect(t.slots[1]?.state).toBe('due');
    expect(t.nextDue).toBe('2025-01-13');
  });

  it('pushes the next due date when a session came late, across a month end', () => {
    // Session 2 was planned for 20 January but held on 31 January: session 3 is due on 7 February.
    const t = courseTimeline(course({ startDate: '2025-01-13' }), [held('s1', '2025-01-13', 1), held('s2', '2025-01-31', 2)], '2025-02-01');
    expect(t.nextDue).toBe('2025-02-07');
    expect(t.overdue).toEqual([]);
  });

  it('goes into monthly maintenance after the planned count', async () => {
    const sessions = Array.from({ length: 4 }, (_, i) => held(`s${i + 1}`, addDays('2025-01-06', 7 * i), i + 1));
    const t = courseTimeline(course({ plannedSessions: 4 }), sessions, '2025-02-10');
    expect(t.status).toBe('maintenance');
    expect(t.nextNumber).toBe(5);
    expect(t.slots[4]).toMatchObject({ phase: 'maintenance', number: 5, dueDate: '2025-02-26' });
    expect(sessionOfCourseLabel(en, t.slots[4]!.number, t.plannedSessions)).toBe(await catalogueText('en', 'courses:maintenanceSession', { maintenance: 1, number: 5 }));
    const later = courseTimeline(course({ plannedSessions: 4 }), [...sessions, held('s5', '2025-03-03', 5)], '2025-04-10');
    // Maintenance 1 held on 3 March (late): maintenance 2 is due 30 days later, 2 April, overdue by 10 April.
    expect(later.overdue.map((s) => [s.number, s.dueDate])).toEqual([[6, '2025-04-02']]);
    expect(later.held).toBe(5);
    expect(later.done).toBe(4);
  });

  it('has nothing due once the course is stopped or completed', () => {
    const t = courseTimeline(course({ status: 'stopped' }), [held('s1', '2025-01-06', 1)], '2025-06-01');
    expect(t.nextDue).toBeNull();
    expect(t.overdue).toEqual([]);
    expect(t.status).toBe('stopped');
    expect(t.slots).toHaveLength(1);
  });
});

describe('a session dated after today (issue 12)', () => {
  it('keeps its slot but is upcoming, not held, and not the last session', () => {
    const t = courseTimeline(course(), [held('s1', '2025-01-06', 1), held('s2', '2025-01-13', 2, 'draft')], '2025-01-10');
    expect(t.held).toBe(1);
    expect(t.done).toBe(1);
    expect(t.slots[1]).toMatchObject({ number: 2, state: 'upcoming', dueDate: '2025-01-13', session: { id: 's2' } });
    expect(t.lastSessionDate).toBe('2025-01-06');
    expect(t.overdue).toEqual([]);
    // The next number a new session takes stays after the planned one.
    expect(t.nextNumber).toBe(3);
  });

  it('counts it as held from its day on', () => {
    const t = courseTimeline(course(), [held('s1', '2025-01-06', 1), held('s2', '2025-01-13', 2)], '2025-01-13');
    expect(t.held).toBe(2);
    expect(t.slots[1]).toMatchObject({ state: 'done' });
  });
});
