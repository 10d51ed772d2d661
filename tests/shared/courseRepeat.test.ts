import { describe, expect, it } from 'vitest';
import { REPEAT_AFTER_DAYS, REPEAT_NOTICE_DAYS, repeatCycleSuggestion } from '../../shared/courseRepeat.ts';
import { addDays } from '../../shared/courseSchedule.ts';

const course = { id: 'c1', indication: 'cellulite' as const, startDate: '2026-01-05' };
const last = '2026-03-02';
const sixMonths = addDays(last, REPEAT_AFTER_DAYS);
const done = (status: 'completed' | 'maintenance' | 'stopped' | 'in-progress') => ({ status, lastSessionDate: last });

describe('a course suggests repeating its cycle about six months after its last session', () => {
  it('suggests it for a completed course from two weeks before the six months, dated six months after the last session', () => {
    expect(repeatCycleSuggestion(course, done('completed'), [course], addDays(sixMonths, -REPEAT_NOTICE_DAYS - 1))).toBeNull();
    expect(repeatCycleSuggestion(course, done('completed'), [course], addDays(sixMonths, -REPEAT_NOTICE_DAYS))).toEqual({ dueDate: sixMonths, lastSessionDate: last });
    expect(repeatCycleSuggestion(course, done('completed'), [course], addDays(sixMonths, 200))).toEqual({ dueDate: sixMonths, lastSessionDate: last });
    expect(sixMonths).toBe('2026-08-31');
  });

  it('suggests it for a course past its planned sessions whose maintenance has lapsed, never for one stopped or still in progress', () => {
    const today = addDays(sixMonths, 1);
    expect(repeatCycleSuggestion(course, done('maintenance'), [course], today)).not.toBeNull();
    expect(repeatCycleSuggestion(course, done('stopped'), [course], today)).toBeNull();
    expect(repeatCycleSuggestion(course, done('in-progress'), [course], today)).toBeNull();
    expect(repeatCycleSuggestion(course, { status: 'completed', lastSessionDate: null }, [course], today)).toBeNull();
  });

  it('no longer suggests it once a later course for the same indication has started; another indication does not count', () => {
    const today = addDays(sixMonths, 10);
    const newCycle = { id: 'c2', indication: 'cellulite' as const, startDate: addDays(sixMonths, 3) };
    const other = { id: 'c3', indication: 'pain' as const, startDate: addDays(sixMonths, 3) };
    const older = { id: 'c0', indication: 'cellulite' as const, startDate: '2025-01-06' };
    expect(repeatCycleSuggestion(course, done('completed'), [course, newCycle], today)).toBeNull();
    expect(repeatCycleSuggestion(course, done('completed'), [course, other, older], today)).not.toBeNull();
  });
});
