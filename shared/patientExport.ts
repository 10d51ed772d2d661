import { z } from 'zod';
import { photoRefSchema } from './photo.ts';
import { CONTRAINDICATIONS, type ContraindicationKey } from './contraindications.ts';
import { courseInputSchema } from './course.ts';
import { patientInputSchema } from './patient.ts';
import { pointSchema } from './point.ts';
import { sessionFieldsSchema, SESSION_STATUSES } from './session.ts';
import { entityId, requiredLine } from './text.ts';
import { isoInstant } from './dates.ts';

/**
 * One patient's whole record as a JSON document: the patient, their courses, and every session with
 * its cocktail, chart, amendments and contraindication acknowledgements. Versioned, so that a later
 * MesoChart can still read what this one wrote. Import validates every part with these schemas (the
 * same ones that guard the IPC boundary) before anything is written.
 *
 * Ids are kept as they are: the round trip is exact, and importing a patient who is already in the
 * records (same patient id) is refused rather than creating a second copy.
 */
export const PATIENT_EXPORT_FORMAT = 'mesochart.patient';
export const PATIENT_EXPORT_VERSION = 1;

const timestamp = isoInstant;
const contraindicationKey = z.enum(CONTRAINDICATIONS.map((c) => c.key) as [ContraindicationKey, ...ContraindicationKey[]]);

export const exportedPatientSchema = patientInputSchema.extend({
  id: entityId,
  archived: z.boolean(),
  createdAt: timestamp,
  updatedAt: timestamp,
});

export const exportedCourseSchema = courseInputSchema.extend({
  id: entityId,
  createdAt: timestamp,
  updatedAt: timestamp,
});

const fieldChangesSchema = z
  .object(
    Object.fromEntries(
      Object.entries(sessionFieldsSchema.shape).map(([name, schema]) => [name, z.object({ from: schema, to: schema }).strict().optional()]),
    ) as { [K in keyof typeof sessionFieldsSchema.shape]: z.ZodOptional<z.ZodObject<{ from: (typeof sessionFieldsSchema.shape)[K]; to: (typeof sessionFieldsSchema.shape)[K] }>> },
  )
  .strict();

export const amendmentSchema = z.object({
  id: entityId,
  seq: z.int().min(1),
  at: timestamp,
  actor: requiredLine(120),
  reason: requiredLine(1000),
  changes: z
    .object({
      fields: fieldChangesSchema.optional(),
      points: z
        .object({
          added: z.array(pointSchema),
          removed: z.array(entityId),
          changed: z.array(z.object({ from: pointSchema, to: pointSchema })),
        })
        .optional(),
      photos: z.object({ added: z.array(photoRefSchema), removed: z.array(photoRefSchema) }).strict().optional(),
    })
    .strict(),
});

export const contraindicationAckSchema = z.object({
  at: timestamp,
  by: requiredLine(120),
  items: z.array(contraindicationKey).min(1),
});

export const exportedSessionSchema = sessionFieldsSchema
  .extend({
    id: entityId,
    patientId: entityId,
    courseId: entityId.nullable(),
    numberInCourse: z.int().min(1).nullable(),
    status: z.enum(SESSION_STATUSES),
    signedAt: timestamp.nullable(),
    signedBy: requiredLine(120).nullable(),
    createdAt: timestamp,
    updatedAt: timestamp,
    points: z.array(pointSchema).max(20_000),
    amendments: z.array(amendmentSchema),
    /** Every acknowledgement, oldest first (the session shows the latest). */
    contraindicationAcks: z.array(contraindicationAckSchema),
  })
  .superRefine((s, ctx) => {
    if ((s.status === 'signed') !== (s.signedAt !== null && s.signedBy !== null)) {
      ctx.addIssue({ code: 'custom', path: ['signedAt'], message: 'must be given (with signedBy) exactly when the session is signed' });
    }
    if ((s.courseId === null) !== (s.numberInCourse === null)) {
      ctx.addIssue({ code: 'custom', path: ['numberInCourse'], message: 'must be given exactly when the session belongs to a course' });
    }
    if (s.status !== 'signed' && s.amendments.length > 0) {
      ctx.addIssue({ code: 'custom', path: ['amendments'], message: 'only a signed session carries amendments' });
    }
    s.amendments.forEach((a, i) => {
      if (a.seq !== i + 1) ctx.addIssue({ code: 'custom', path: ['amendments', i, 'seq'], message: `must be ${i + 1} (amendments are numbered 1, 2, 3... in order)` });
    });
    s.points.forEach((p, i) => {
      if (p.productIndex !== null && p.productIndex >= s.products.length) {
        ctx.addIssue({ code: 'custom', path: ['points', i, 'productIndex'], message: 'names no product of the cocktail' });
      }
    });
  });

export const patientExportDocumentSchema = z
  .object({
    format: z.literal(PATIENT_EXPORT_FORMAT, { error: `must be "${PATIENT_EXPORT_FORMAT}": this is not a MesoChart patient export` }),
    version: z.literal(PATIENT_EXPORT_VERSION, { error: `must be ${PATIENT_EXPORT_VERSION}: this export was written by another version of MesoChart` }),
    exportedAt: timestamp,
    patient: exportedPatientSchema,
    courses: z.array(exportedCourseSchema),
    sessions: z.array(exportedSessionSchema),
  })
  .superRefine((doc, ctx) => {
    const courseIds = new Set<string>();
    doc.courses.forEach((c, i) => {
      if (c.patientId !== doc.patient.id) ctx.addIssue({ code: 'custom', path: ['courses', i, 'patientId'], message: "must be the exported patient's id" });
      if (courseIds.has(c.id)) ctx.addIssue({ code: 'custom', path: ['courses', i, 'id'], message: 'repeats the id of another course' });
      courseIds.add(c.id);
    });
    const sessionIds = new Set<string>();
    doc.sessions.forEach((s, i) => {
      if (s.patientId !== doc.patient.id) ctx.addIssue({ code: 'custom', path: ['sessions', i, 'patientId'], message: "must be the exported patient's id" });
      if (s.courseId !== null && !courseIds.has(s.courseId)) ctx.addIssue({ code: 'custom', path: ['sessions', i, 'courseId'], message: 'names no course of the document' });
      if (sessionIds.has(s.id)) ctx.addIssue({ code: 'custom', path: ['sessions', i, 'id'], message: 'repeats the id of another session' });
      sessionIds.add(s.id);
      const pointIds = new Set<string>();
      s.points.forEach((p, j) => {
        if (pointIds.has(p.id)) ctx.addIssue({ code: 'custom', path: ['sessions', i, 'points', j, 'id'], message: 'repeats the id of another point' });
        pointIds.add(p.id);
      });
    });
  });

export type PatientExportDocument = z.infer<typeof patientExportDocumentSchema>;
export type ExportedSession = z.infer<typeof exportedSessionSchema>;
