import type { IndicationId } from './indications.ts';

/**
 * The usual plan of a course for each indication: how many sessions (the default, and the usual range
 * the form hints at), how far apart, and how often maintenance follows. A default for the plan-course
 * form, never a limit (the course schema allows 1–40 sessions). Sources per indication in
 * docs/clinical-sources.md, "Indications and course plans": the figures (pain 4–8 weekly,
 * cellulite 10–15 then monthly), DESIGN.md's cycle of 8–15 weekly sessions, and the protocols of the
 * reviews cited there.
 */
export type IndicationPlan = {
  /** The number of sessions the form proposes. */
  sessions: number;
  /** The usual range, shown as a hint ("4–8 is usual for pain"). */
  range: { min: number; max: number };
  /** Days between sessions of the cycle. */
  intervalDays: number;
  /** Days between maintenance sessions after the cycle. */
  maintenanceIntervalDays: number;
};

export const INDICATION_PLANS = {
  cellulite: { sessions: 10, range: { min: 10, max: 15 }, intervalDays: 7, maintenanceIntervalDays: 30 },
  'localized-fat': { sessions: 8, range: { min: 6, max: 10 }, intervalDays: 7, maintenanceIntervalDays: 30 },
  rejuvenation: { sessions: 4, range: { min: 3, max: 6 }, intervalDays: 14, maintenanceIntervalDays: 60 },
  wrinkles: { sessions: 4, range: { min: 3, max: 6 }, intervalDays: 14, maintenanceIntervalDays: 60 },
  'stretch-marks': { sessions: 6, range: { min: 5, max: 10 }, intervalDays: 14, maintenanceIntervalDays: 60 },
  'hair-loss': { sessions: 8, range: { min: 8, max: 12 }, intervalDays: 14, maintenanceIntervalDays: 30 },
  pain: { sessions: 5, range: { min: 4, max: 8 }, intervalDays: 7, maintenanceIntervalDays: 30 },
  'venous-lymphatic': { sessions: 8, range: { min: 8, max: 10 }, intervalDays: 7, maintenanceIntervalDays: 30 },
  scars: { sessions: 4, range: { min: 3, max: 6 }, intervalDays: 21, maintenanceIntervalDays: 60 },
  'sports-injuries': { sessions: 4, range: { min: 3, max: 6 }, intervalDays: 7, maintenanceIntervalDays: 30 },
} as const satisfies Record<IndicationId, IndicationPlan>;

/** The plan when no indication is chosen yet: DESIGN.md's typical cycle (10 weekly, then monthly). */
export const GENERIC_PLAN: IndicationPlan = { sessions: 10, range: { min: 8, max: 15 }, intervalDays: 7, maintenanceIntervalDays: 30 };

/** The usual plan of an indication; the generic one for none (or an id no list knows, from an old record). */
export function indicationPlan(indication: string): IndicationPlan {
  return (INDICATION_PLANS as Record<string, IndicationPlan>)[indication] ?? GENERIC_PLAN;
}
