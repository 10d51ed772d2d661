import { describe, expect, it } from 'vitest';
import { courseTimeline } from '../../../shared/courseSchedule.ts';
import { coursePlanLine, courseStatusLabel, defaultCourseForm, intervalLabel, planPreview, progressLine, slotDescription, toCourseInput } from '../../../renderer/courses/courseForm.ts';
import { createFormatter } from '../../../shared/format/formatter.ts';
import { createTranslator } from '../../../shared/i18n/translator.ts';

const en = (await createTranslator('en')).t;
const fr = (await createTranslator('fr')).t;
const enFormat = createFormatter('en', 'UTC');
const frFormat = createFormatter('fr', 'UTC');

const P = '6f1c2a3e-1b2c-4d5e-8f90-123456789abc';

describe('course form', () => {
  it('starts with 10 weekly sessions, monthly maintenance, today', () => {
    const f = defaultCourseForm('2025-03-03');
    expect(f).toMatchObject({ plannedSessions: '10', intervalDays: '7', maintenanceIntervalDays: '30', startDate: '2025-03-03' });
  });

  it('maps a filled form to the createCourse input', () => {
    const f = { ...defaultCourseForm('2025-03-03', 'cellulite'), area: '  Thighs, outer ', plannedSessions: '12' };
    const r = toCourseInput(f, P, en);
    expect(r).toEqual({
      ok: true,
      input: { patientId: P, indication: 'cellulite', area: 'Thighs, outer', plannedSessions: 12, intervalDays: 7, maintenanceIntervalDays: 30, startDate: '2025-03-03', notes: '', diagnosis: '' },
    });
  });

  it('names the first field in error', () => {
    const base = { ...defaultCourseForm('2025-03-03', 'pain'), area: 'Knee' };
    expect(toCourseInput({ ...base, indication: '' }, P, en)).toMatchObject({ ok: false, error: { field: 'indication' } });
    expect(toCourseInput({ ...base, area: ' ' }, P, en)).toMatchObject({ ok: false, error: { field: 'area' } });
    expect(toCourseInput({ ...base, plannedSessions: '41' }, P, en)).toMatchObject({ ok: false, error: { field: 'plannedSessions' } });
    expect(toCourseInput({ ...base, plannedSessions: '0' }, P, en)).toMatchObject({ ok: false, error: { field: 'plannedSessions' } });
    expect(toCourseInput({ ...base, plannedSessions: '2.5' }, P, en)).toMatchObject({ ok: false, error: { field: 'plannedSessions' } });
    expect(toCourseInput({ ...base, intervalDays: '' }, P, en)).toMatchObject({ ok: false, error: { field: 'intervalDays' } });
    expect(toCourseInput({ ...base, maintenanceIntervalDays: '400' }, P, en)).toMatchObject({ ok: false, error: { field: 'maintenanceIntervalDays' } });
    expect(toCourseInput({ ...base, startDate: '03/03/2025' }, P, en)).toMatchObject({ ok: false, error: { field: 'startDate' } });
  });

  it('previews the last planned session and the first maintenance', () => {
    expect(planPreview({ ...defaultCourseForm('2025-03-03'), plannedSessions: '10' })).toEqual({ count: 10, last: '2025-05-05', maintenance: '2025-06-04' });
    expect(planPreview({ ...defaultCourseForm('2025-03-03'), plannedSessions: 'x' })).toBeNull();
    expect(planPreview({ ...defaultCourseForm('2025-02-30'), plannedSessions: '10' })).toBeNull();
  });

  it('words intervals and plans', () => {
    expect(intervalLabel(en, 7)).toBe('weekly');
    expect(intervalLabel(en, 14)).toBe('every 2 weeks');
    expect(intervalLabel(en, 30)).toBe('monthly');
    expect(intervalLabel(en, 10)).toBe('every 10 days');
    expect(intervalLabel(en, 1)).toBe('every 1 day');
    expect(coursePlanLine(en, { area: 'Knee', plannedSessions: 8, intervalDays: 7, maintenanceIntervalDays: 30 })).toBe('Knee · 8 sessions weekly, then monthly maintenance');
    expect(coursePlanLine(en, { area: 'Knee', plannedSessions: 1, intervalDays: 7, maintenanceIntervalDays: 30 }, false)).toBe('1 session weekly, then monthly maintenance');
  });

  it('words intervals and plans in French', () => {
    expect(intervalLabel(fr, 14)).toBe('toutes les 2 semaines');
    expect(coursePlanLine(fr, { area: 'Genou', plannedSessions: 8, intervalDays: 7, maintenanceIntervalDays: 30 })).toBe('Genou · 8 séances chaque semaine, puis entretien chaque mois');
    expect(courseStatusLabel(fr, 'in-progress')).toBe('En cours');
  });

  it('words the form errors in the language of the screen', () => {
    const base = { ...defaultCourseForm('2025-03-03', 'pain'), area: 'Knee' };
    expect(toCourseInput({ ...base, plannedSessions: '41' }, P, en)).toMatchObject({ error: { message: 'Planned sessions must be a whole number from 1 to 40 (8–15 is typical).' } });
    expect(toCourseInput({ ...base, intervalDays: '0' }, P, fr)).toMatchObject({ error: { field: 'intervalDays', message: 'L’intervalle doit être de 1 à 90 jours.' } });
    expect(toCourseInput({ ...base, area: 'x'.repeat(121) }, P, en)).toMatchObject({ error: { field: 'area', message: 'Area must be at most 120 characters.' } });
  });

  it('describes progress and each slot of a timeline', () => {
    const course = { id: 'c', status: 'active' as const, startDate: '2025-01-01', plannedSessions: 4, intervalDays: 7, maintenanceIntervalDays: 30 };
    const t = courseTimeline(course, [{ id: 's1', date: '2025-01-01', status: 'signed', numberInCourse: 1 }], '2025-01-10');
    expect(progressLine(en, t)).toBe('1 of 4 done · 1 overdue');
    expect(slotDescription(en, t.slots[0]!, 4, enFormat)).toBe('Session 1 of 4, held on 1 Jan 2025');
    expect(slotDescription(en, t.slots[1]!, 4, enFormat)).toBe('Session 2 of 4, overdue since 8 Jan 2025');
    expect(slotDescription(en, t.slots[2]!, 4, enFormat)).toBe('Session 3 of 4, planned for 15 Jan 2025');
    expect(progressLine(fr, t)).toBe('1 sur 4 faites · 1 en retard');
    expect(slotDescription(fr, t.slots[0]!, 4, frFormat)).toBe('Séance 1 sur 4, faite le 1 janv. 2025');
    expect(slotDescription(fr, t.slots[2]!, 4, frFormat)).toBe('Séance 3 sur 4, prévue le 15 janv. 2025');
  });

  it('labels the timeline ticks with the day and month as the locale writes them', () => {
    expect(enFormat.dayMonth('2025-03-07')).toBe('7 Mar');
    expect(frFormat.dayMonth('2025-03-07')).toBe('7 mars');
    expect(createFormatter('pt-BR', 'UTC').dayMonth('2025-03-07')).toBe('7 de mar.');
    expect(() => frFormat.dayMonth('2025-02-30')).toThrow();
  });
});

describe('the course form shows every error at once (issue 12)', () => {
  it('names each field in error in one submit, the first where focus goes', () => {
    const form = { ...defaultCourseForm('2025-03-03'), indication: '' as const, area: ' ', plannedSessions: '0', intervalDays: '100' };
    const r = toCourseInput(form, P, en);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors.map((e) => e.field)).toEqual(['indication', 'area', 'plannedSessions', 'intervalDays']);
    expect(r.error.field).toBe('indication');
  });
});
