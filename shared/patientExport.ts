import { z } from 'zod';
import { CONSENT_BODY_MAX, signatureInputSchema } from './consent.ts';
import { screeningSchema } from './contraindications.ts';
import { indicationIdSchema } from './indications.ts';
import { languageSchema } from './i18n/languageSchemas.ts';
import { PHOTO_LIMITS, photoPoseSchema, photoRefSchema } from './photo.ts';
import { CONTRAINDICATIONS, UNDER_18, type ScreeningItem } from './contraindications.ts';
import { courseInputSchema } from './course.ts';
import { patientInputSchema } from './patient.ts';
import { pointSchema } from './point.ts';
import { diagnosisText, sessionFieldsSchema, SESSION_STATUSES } from './session.ts';
import { sessionScreeningSchema } from './sessionScreening.ts';
import { outcomesSchema } from './outcomeMeasures.ts';
import { entityId, requiredLine } from './text.ts';
import { isoDate, isoInstant } from './dates.ts';
import { adverseEventFieldsSchema } from './adverseEvents.ts';

/**
 * One patient's whole record as a JSON document: the patient, their courses, and every session with
 * its cocktail, chart, amendments and contraindication acknowledgements. Versioned, so that a later
 * MesoChart can still read what this one wrote. Import validates every part with these schemas (the
 * same ones that guard the IPC boundary) before anything is written.
 *
 * Ids are kept as they are: the round trip is exact, and importing a patient who is already in the
 * records (same patient id) is refused rather than creating a second copy.
 *
 * Version 2 adds what stands beside the chart: the signed consents (exact text, template version,
 * screening, signatures, time, hash; withdrawal), the template versions they were signed on (so that
 * the record is whole in a database that lacks them), the consent overrides of sessions, and the
 * photos: their record and the original file's bytes (base64), each checked against its SHA-256 on
 * import (electron/store/patientExport.ts, which also recomputes every consent's hash). Version 1
 * documents are still read: they have none of these.
 *
 * Version 3 adds the adverse events (each with its session, points concerned, follow-up and report);
 * documents of versions 1 and 2 are read as having none. An older MesoChart refuses a version 3
 * document rather than import it without them.
 *
 * Since schema 13 a cocktail's product carries the catalogue product it was picked from and its kind
 * (shared/product.ts); documents written before have neither and read as null. A catalogue id the
 * importing records do not hold is not linked (electron/store/patientExport.ts): the product as used stays.
 * Since schema 16 it carries the reason an expired lot was used; documents written before read as ''.
 */
export const PATIENT_EXPORT_FORMAT = 'mesochart.patient';
export const PATIENT_EXPORT_VERSION = 3;

const timestamp = isoInstant;
const screeningItems: ScreeningItem[] = [...CONTRAINDICATIONS.map((c) => c.key), UNDER_18];
const contraindicationKey = z.enum(screeningItems as [ScreeningItem, ...ScreeningItem[]]);

export const exportedPatientSchema = patientInputSchema.extend({
  id: entityId,
  archived: z.boolean(),
  createdAt: timestamp,
  updatedAt: timestamp,
});

const exportedCourseSchema = courseInputSchema.extend({
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

const amendmentSchema = z.object({
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

const contraindicationAckSchema = z.object({
  at: timestamp,
  by: requiredLine(120),
  items: z.array(contraindicationKey).min(1),
});

const exportedSessionSchema = sessionFieldsSchema
  .extend({
    id: entityId,
    patientId: entityId,
    courseId: entityId.nullable(),
    numberInCourse: z.int().min(1).nullable(),
    /** The practitioner's profile (schema 12); absent from documents written before, and null for sessions from before profiles. */
    practitionerId: entityId.nullable().default(null),
    /** Absent from documents written before schema 9: no diagnosis, no copy of the screening. */
    diagnosis: diagnosisText.default(''),
    screening: sessionScreeningSchema.nullable().default(null),
    /** Absent from documents written before schema 11: no outcome measure recorded. */
    outcomes: outcomesSchema.default([]),
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
      ctx.addIssue({ code: 'custom', path: ['signedAt'], params: { reason: 'inconsistent' } });
    }
    if ((s.courseId === null) !== (s.numberInCourse === null)) {
      ctx.addIssue({ code: 'custom', path: ['numberInCourse'], params: { reason: 'inconsistent' } });
    }
    if (s.status !== 'signed' && s.amendments.length > 0) {
      ctx.addIssue({ code: 'custom', path: ['amendments'], params: { reason: 'inconsistent' } });
    }
    s.amendments.forEach((a, i) => {
      if (a.seq !== i + 1) ctx.addIssue({ code: 'custom', path: ['amendments', i, 'seq'], params: { reason: 'inconsistent' } });
    });
    s.points.forEach((p, i) => {
      if (p.productIndex !== null && p.productIndex >= s.products.length) {
        ctx.addIssue({ code: 'custom', path: ['points', i, 'productIndex'], params: { reason: 'no-such-product' } });
      }
    });
  });

const sha256Hex = z.string().regex(/^[0-9a-f]{64}$/);
const actorName = requiredLine(120);

/** A signature as stored: the practitioner's also names their profile. */
const storedSignatureSchema = z.discriminatedUnion('kind', [
  signatureInputSchema.options[0].extend({ practitionerId: entityId.optional() }).strict(),
  signatureInputSchema.options[1].extend({ practitionerId: entityId.optional() }).strict(),
]);

/** A template version a consent was signed on: exported with it, checked against the target's copy if any. */
const exportedConsentTemplateSchema = z
  .object({
    templateId: entityId,
    version: z.int().min(1).max(100_000),
    indication: indicationIdSchema,
    /** Absent from documents written before consents had languages: those were English. */
    language: languageSchema.default('en'),
    title: requiredLine(200),
    body: z.string().min(1).max(CONSENT_BODY_MAX),
    createdAt: timestamp,
    createdBy: actorName,
  })
  .strict();

const exportedConsentSchema = z
  .object({
    id: entityId,
    patientId: entityId,
    templateId: entityId,
    templateVersion: z.int().min(1).max(100_000),
    indication: indicationIdSchema,
    language: languageSchema.default('en'),
    title: requiredLine(200),
    text: z.string().min(1).max(CONSENT_BODY_MAX),
    screening: screeningSchema,
    patientSignature: storedSignatureSchema,
    practitionerSignature: storedSignatureSchema,
    signedAt: timestamp,
    hash: sha256Hex,
    withdrawal: z.object({ date: isoDate, reason: requiredLine(1000), recordedAt: timestamp, recordedBy: actorName }).strict().nullable(),
    /** The separate answer to photographs (schema 8); absent or null from consents signed before it was asked. */
    photoConsent: z.boolean().nullable().optional(),
  })
  .strict();

const exportedConsentOverrideSchema = z.object({ sessionId: entityId, reason: requiredLine(1000), at: timestamp, by: actorName }).strict();

/** Base64 of one original (at most PHOTO_LIMITS.maxBytes). */
const BASE64_MAX = Math.ceil(PHOTO_LIMITS.maxBytes / 3) * 4;

const exportedPhotoSchema = z
  .object({
    id: entityId,
    sessionId: entityId,
    hash: sha256Hex,
    format: z.enum(['jpeg', 'png']),
    width: z.int().min(1).max(PHOTO_LIMITS.maxSide),
    height: z.int().min(1).max(PHOTO_LIMITS.maxSide),
    bytes: z.int().min(1).max(PHOTO_LIMITS.maxBytes),
    pose: photoPoseSchema,
    caption: z.string().max(300),
    fileName: z.string().max(255),
    addedAt: timestamp,
    addedBy: actorName,
    /** Removed from a signed session by an amendment: the record and the file stay. */
    removedAt: timestamp.nullable(),
    removedBy: actorName.nullable(),
    /** The original file, unmodified, as base64. */
    data: z
      .string()
      .min(8)
      .max(BASE64_MAX)
      .regex(/^[A-Za-z0-9+/]+={0,2}$/),
  })
  .strict()
  .superRefine((p, ctx) => {
    if ((p.removedAt === null) !== (p.removedBy === null)) ctx.addIssue({ code: 'custom', path: ['removedBy'], params: { reason: 'inconsistent' } });
  });

/** An adverse event as recorded, with who recorded and last followed it up. */
const exportedAdverseEventSchema = adverseEventFieldsSchema
  .extend({
    id: entityId,
    sessionId: entityId,
    patientId: entityId,
    createdAt: timestamp,
    createdBy: actorName,
    updatedAt: timestamp,
    updatedBy: actorName,
  })
  .strict()
  .superRefine((e, ctx) => {
    // As the store keeps it: a report has its date; no report keeps none.
    if (e.reportedToAgency !== (e.reportedOn !== null) || (!e.reportedToAgency && e.reportReference !== '')) {
      ctx.addIssue({ code: 'custom', path: ['reportedOn'], params: { reason: 'inconsistent' } });
    }
  });

export const patientExportDocumentSchema = z
  .object({
    format: z.literal(PATIENT_EXPORT_FORMAT),
    version: z.union([z.literal(1), z.literal(2), z.literal(3)]),
    exportedAt: timestamp,
    patient: exportedPatientSchema,
    courses: z.array(exportedCourseSchema),
    sessions: z.array(exportedSessionSchema),
    // Version 2 (absent from version 1 documents, read as none).
    consentTemplates: z.array(exportedConsentTemplateSchema).default([]),
    consents: z.array(exportedConsentSchema).default([]),
    consentOverrides: z.array(exportedConsentOverrideSchema).default([]),
    photos: z.array(exportedPhotoSchema).default([]),
    // Version 3 (absent from earlier documents, read as none).
    adverseEvents: z.array(exportedAdverseEventSchema).default([]),
  })
  .superRefine((doc, ctx) => {
    const courseIds = new Set<string>();
    doc.courses.forEach((c, i) => {
      if (c.patientId !== doc.patient.id) ctx.addIssue({ code: 'custom', path: ['courses', i, 'patientId'], params: { reason: 'not-exported-patient' } });
      if (courseIds.has(c.id)) ctx.addIssue({ code: 'custom', path: ['courses', i, 'id'], params: { reason: 'repeated-id' } });
      courseIds.add(c.id);
    });
    const sessionIds = new Set<string>();
    doc.sessions.forEach((s, i) => {
      if (s.patientId !== doc.patient.id) ctx.addIssue({ code: 'custom', path: ['sessions', i, 'patientId'], params: { reason: 'not-exported-patient' } });
      if (s.courseId !== null && !courseIds.has(s.courseId)) ctx.addIssue({ code: 'custom', path: ['sessions', i, 'courseId'], params: { reason: 'not-in-document' } });
      if (sessionIds.has(s.id)) ctx.addIssue({ code: 'custom', path: ['sessions', i, 'id'], params: { reason: 'repeated-id' } });
      sessionIds.add(s.id);
      const pointIds = new Set<string>();
      s.points.forEach((p, j) => {
        if (pointIds.has(p.id)) ctx.addIssue({ code: 'custom', path: ['sessions', i, 'points', j, 'id'], params: { reason: 'repeated-id' } });
        pointIds.add(p.id);
      });
    });
    if (doc.version === 1) {
      for (const key of ['consentTemplates', 'consents', 'consentOverrides', 'photos'] as const) {
        if (doc[key].length > 0) ctx.addIssue({ code: 'custom', path: [key], params: { reason: 'inconsistent' } });
      }
    }
    const templates = new Set<string>();
    doc.consentTemplates.forEach((t, i) => {
      const key = `${t.templateId}#${t.version}`;
      if (templates.has(key)) ctx.addIssue({ code: 'custom', path: ['consentTemplates', i, 'version'], params: { reason: 'repeated-id' } });
      templates.add(key);
    });
    const consentIds = new Set<string>();
    doc.consents.forEach((c, i) => {
      if (c.patientId !== doc.patient.id) ctx.addIssue({ code: 'custom', path: ['consents', i, 'patientId'], params: { reason: 'not-exported-patient' } });
      if (!templates.has(`${c.templateId}#${c.templateVersion}`)) ctx.addIssue({ code: 'custom', path: ['consents', i, 'templateVersion'], params: { reason: 'not-in-document' } });
      if (consentIds.has(c.id)) ctx.addIssue({ code: 'custom', path: ['consents', i, 'id'], params: { reason: 'repeated-id' } });
      consentIds.add(c.id);
    });
    const overridden = new Set<string>();
    doc.consentOverrides.forEach((o, i) => {
      if (!sessionIds.has(o.sessionId)) ctx.addIssue({ code: 'custom', path: ['consentOverrides', i, 'sessionId'], params: { reason: 'not-in-document' } });
      if (overridden.has(o.sessionId)) ctx.addIssue({ code: 'custom', path: ['consentOverrides', i, 'sessionId'], params: { reason: 'repeated-id' } });
      overridden.add(o.sessionId);
    });
    const photoIds = new Set<string>();
    doc.photos.forEach((p, i) => {
      if (!sessionIds.has(p.sessionId)) ctx.addIssue({ code: 'custom', path: ['photos', i, 'sessionId'], params: { reason: 'not-in-document' } });
      if (photoIds.has(p.id)) ctx.addIssue({ code: 'custom', path: ['photos', i, 'id'], params: { reason: 'repeated-id' } });
      photoIds.add(p.id);
    });
    if (doc.version < 3 && doc.adverseEvents.length > 0) ctx.addIssue({ code: 'custom', path: ['adverseEvents'], params: { reason: 'inconsistent' } });
    const adverseEventIds = new Set<string>();
    doc.adverseEvents.forEach((e, i) => {
      if (e.patientId !== doc.patient.id) ctx.addIssue({ code: 'custom', path: ['adverseEvents', i, 'patientId'], params: { reason: 'not-exported-patient' } });
      if (!sessionIds.has(e.sessionId)) ctx.addIssue({ code: 'custom', path: ['adverseEvents', i, 'sessionId'], params: { reason: 'not-in-document' } });
      if (adverseEventIds.has(e.id)) ctx.addIssue({ code: 'custom', path: ['adverseEvents', i, 'id'], params: { reason: 'repeated-id' } });
      adverseEventIds.add(e.id);
    });
  });

export type PatientExportDocument = z.infer<typeof patientExportDocumentSchema>;
export type ExportedSession = z.infer<typeof exportedSessionSchema>;
export type ExportedPhoto = z.infer<typeof exportedPhotoSchema>;
/** The records of a document, as the store reads them: the photos without their files' bytes. */
export type PatientExportRecords = Omit<PatientExportDocument, 'photos'> & { photos: Omit<ExportedPhoto, 'data'>[] };
