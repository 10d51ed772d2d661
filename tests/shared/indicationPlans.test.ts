import { describe, expect, it } from 'vitest';
import { courseInputSchema } from '../../shared/course.ts';
import { GENERIC_PLAN, INDICATION_PLANS, indicationPlan } from '../../shared/indicationPlans.ts';
import { INDICATIONS } from '../../shared/indications.ts';
import { defaultCourseForm, toCourseInput, withIndicationPlan } from '../../renderer/courses/courseForm.ts';

const t = ((key: string) => key) as never;

describe('the usual plan of a course per indication', () => {
  it('follows the issue: pain 4–8 weekly sessions, cellulite 10–15 weekly then monthly', () => {
    expect(indicationPlan('pain')).toMatchObject({ range: { min: 4, max: 8 }, intervalDays: 7 });
    expect(indicationPlan('cellulite')).toMatchObject({ range: { min: 10, max: 15 }, intervalDays: 7, maintenanceIntervalDays: 30 });
  });

  it.each(INDICATIONS.map((i) => i.id))('%s: proposes a number of sessions within its usual range, and a plan the course schema accepts', (id) => {
    const plan = INDICATION_PLANS[id];
    expect(plan.sessions).toBeGreaterThanOrEqual(plan.range.min);
    expect(plan.sessions).toBeLessThanOrEqual(plan.range.max);
    const parsed = courseInputSchema.safeParse({ patientId: crypto.randomUUID(), indication: id, area: 'Area', plannedSessions: plan.sessions, intervalDays: plan.intervalDays, maintenanceIntervalDays: plan.maintenanceIntervalDays, startDate: '2027-01-04' });
    expect(parsed.success).toBe(true);
  });

  it('falls back on the generic cycle for no indication, or one no list knows (an old record)', () => {
    expect(indicationPlan('')).toBe(GENERIC_PLAN);
    expect(indicationPlan('mesolift-2019')).toBe(GENERIC_PLAN);
  });
});

describe('the plan-course form takes its defaults from the indication', () => {
  it('starts with the generic plan, and choosing an indication fills in its plan', () => {
    const blank = defaultCourseForm('2027-01-04');
    expect(blank).toMatchObject({ plannedSessions: String(GENERIC_PLAN.sessions), intervalDays: '7', maintenanceIntervalDays: '30' });
    const scars = withIndicationPlan({ ...blank, area: 'Abdomen, lower' }, 'scars');
    expect(scars).toMatchObject({ indication: 'scars', area: 'Abdomen, lower', plannedSessions: '4', intervalDays: '21', maintenanceIntervalDays: '60' });
    const mapped = toCourseInput(scars, crypto.randomUUID(), t);
    expect(mapped.ok && mapped.input).toMatchObject({ indication: 'scars', plannedSessions: 4, intervalDays: 21, maintenanceIntervalDays: 60 });
  });
});
