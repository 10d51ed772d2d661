import { z } from 'zod';
import { clockTime, isoDate } from './dates.ts';
import { indicationIdSchema, type IndicationId } from './indications.ts';
import { injectorSchema, needleIdSchema } from './needles.ts';
import { pointSchema, type InjectionPoint } from './point.ts';
import { productSchema, type Product } from './product.ts';
import { sideEffectIdSchema } from './sideEffects.ts';
import { techniqueIdSchema } from './techniques.ts';
import { entityId, note, requiredLine } from './text.ts';
import type { Injector, NeedleId } from './needles.ts';
import type { SideEffectId } from './sideEffects.ts';
import type { TechniqueId } from './techniques.ts';

export const SESSION_STATUSES = ['draft', 'signed'] as const;
export type SessionStatus = (typeof SESSION_STATUSES)[number];

const vas = z.int({ error: 'must be a whole number from 0 to 10' }).min(0, { error: 'must be from 0 to 10' }).max(10, { error: 'must be from 0 to 10' }).nullable().default(null);
const treatedAreas = z.array(requiredLine(80)).max(30, { error: 'must list at most 30 areas' });

/** What the practitioner gives to start a draft session. */
export const sessionDraftInputSchema = z.object({
  patientId: entityId,
  courseId: entityId.nullable().default(null),
  date: isoDate,
  time: clockTime,
  practitioner: requiredLine(120),
  indication: indicationIdSchema,
  treatedAreas: treatedAreas.min(1, { error: 'must name at least one treated area' }),
  notes: note(4000).default(''),
});
export type SessionDraftInput = z.input<typeof sessionDraftInputSchema>;

/** Every field of a draft that the session editor may change. */
export const sessionFieldsSchema = z.object({
  date: isoDate,
  time: clockTime,
  practitioner: requiredLine(120),
  indication: indicationIdSchema,
  treatedAreas,
  products: z.array(productSchema).max(50, { error: 'must list at most 50 products' }),
  defaultTechnique: techniqueIdSchema,
  defaultNeedle: needleIdSchema,
  injector: injectorSchema,
  vasBefore: vas,
  vasAfter: vas,
  sideEffects: z.array(sideEffectIdSchema).max(20),
  aftercare: note(2000),
  notes: note(4000),
});
export type SessionFields = z.infer<typeof sessionFieldsSchema>;

/** A save from the editor: the changed fields and, when the chart changed, all its points. */
export const sessionSaveSchema = z.object({
  id: entityId,
  fields: sessionFieldsSchema.partial().default({}),
  points: z.array(pointSchema).max(20_000, { error: 'must hold at most 20,000 points' }).optional(),
});
export type SessionSave = z.input<typeof sessionSaveSchema>;

export type Session = {
  id: string;
  patientId: string;
  courseId: string | null;
  numberInCourse: number | null;
  date: string;
  time: string;
  practitioner: string;
  indication: IndicationId;
  treatedAreas: string[];
  products: Product[];
  defaultTechnique: TechniqueId;
  defaultNeedle: NeedleId;
  injector: Injector;
  vasBefore: number | null;
  vasAfter: number | null;
  sideEffects: SideEffectId[];
  aftercare: string;
  notes: string;
  status: SessionStatus;
  signedAt: string | null;
  signedBy: string | null;
  createdAt: string;
  updatedAt: string;
  points: InjectionPoint[];
};

/** A row of a patient's session list: no points, no products. */
export type SessionSummary = Pick<
  Session,
  'id' | 'courseId' | 'numberInCourse' | 'date' | 'time' | 'indication' | 'treatedAreas' | 'status' | 'practitioner'
> & { pointCount: number };

export const sessionIdSchema = z.object({ id: entityId });
export const patientSessionsQuerySchema = z.object({ patientId: entityId });
