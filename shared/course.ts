import { z } from 'zod';
import { isoDate } from './dates.ts';
import { indicationIdSchema } from './indications.ts';
import { entityId, note, requiredLine } from './text.ts';

const COURSE_STATUSES = ['active', 'maintenance', 'completed', 'stopped'] as const;

/** A patient's cycle for one indication and area. */
export const courseInputSchema = z.object({
  patientId: entityId,
  indication: indicationIdSchema,
  area: requiredLine(120),
  plannedSessions: z.int().min(1).max(40),
  intervalDays: z.int().min(1).max(90).default(7),
  maintenanceIntervalDays: z.int().min(1).max(365).default(30),
  startDate: isoDate,
  status: z.enum(COURSE_STATUSES).default('active'),
  notes: note(2000).default(''),
  /** The practitioner's diagnosis (free text); each session of the course starts with it. */
  diagnosis: note(2000).default(''),
});

export type CourseInput = z.input<typeof courseInputSchema>;
export type CourseFields = z.infer<typeof courseInputSchema>;
export type Course = CourseFields & { id: string; createdAt: string; updatedAt: string };
