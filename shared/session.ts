import { z } from 'zod';
import { clockTime, isoDate } from './dates.ts';
import { indicationIdSchema, type IndicationId } from './indications.ts';
import { injectorRuleSchema, injectorSchema, needleIdSchema } from './needles.ts';
import type { ScreeningItem } from './contraindications.ts';
import { screeningConfirmationSchema, type SessionScreening } from './sessionScreening.ts';
import { pointSchema, type InjectionPoint } from './point.ts';
import { productSchema, type Product } from './product.ts';
import { sideEffectIdSchema } from './sideEffects.ts';
import { techniqueIdSchema } from './techniques.ts';
import { outcomesSchema, type OutcomeEntry } from './outcomeMeasures.ts';
import { entityId, note, requiredLine } from './text.ts';
import type { Injector, NeedleId } from './needles.ts';
import type { SideEffectId } from './sideEffects.ts';
import type { TechniqueId } from './techniques.ts';
import type { PhotoRef } from './photo.ts';

export const SESSION_STATUSES = ['draft', 'signed'] as const;
export type SessionStatus = (typeof SESSION_STATUSES)[number];

/**
 * No default here: zod 4 applies a field's default even under `.partial()`, so a save that leaves the
 * VAS out would otherwise reset it to null.
 */
const vas = z.int().min(0).max(10).nullable();
const treatedAreas = z.array(requiredLine(80)).max(30);
/** The practitioner's diagnosis in their own words (free text), on a course and on each of its sessions. */
export const diagnosisText = note(2000);

/**
 * What the practitioner gives to start a draft session. With `copyFromSessionId` (an earlier session of
 * the same patient) the draft starts from that session's chart, cocktail without lots, defaults,
 * indication and treated areas (see sessionCopy.ts); indication and treated areas may then be left
 * out, and when given they take precedence over the copied ones.
 */
export const sessionDraftInputSchema = z
  .object({
    patientId: entityId,
    courseId: entityId.nullable().default(null),
    date: isoDate,
    time: clockTime,
    /**
     * The session's practitioner: an enabled profile. Left out: the unlocked practitioner. The session
     * keeps the profile's id and its name as it was, for the record.
     */
    practitionerId: entityId.optional(),
    /** The name of the practitioner where no profile acts (a store driven without profiles); a profile's name always wins. */
    practitioner: requiredLine(120).optional(),
    indication: indicationIdSchema.optional(),
    treatedAreas: treatedAreas.min(1).optional(),
    notes: note(4000).default(''),
    /** Left out: the course's diagnosis (a session outside a course: none). */
    diagnosis: diagnosisText.optional(),
    copyFromSessionId: entityId.optional(),
    /**
     * Starting a session without a consent in force for its indication (none signed, or withdrawn): why.
     * Kept with the session and in its audit entry; refused ('conflict') when neither consent nor reason.
     */
    consentOverride: requiredLine(1000).optional(),
    /** The screening re-confirmed at the start (see sessionScreening.ts); the session keeps a copy. */
    screening: screeningConfirmationSchema.default({ kind: 'unchanged' }),
  })
  .superRefine((input, ctx) => {
    if (input.copyFromSessionId !== undefined) return;
    if (input.indication === undefined) ctx.addIssue({ code: 'custom', path: ['indication'], params: { reason: 'required' } });
    if (input.treatedAreas === undefined) ctx.addIssue({ code: 'custom', path: ['treatedAreas'], params: { reason: 'required' } });
  });
export type SessionDraftInput = z.input<typeof sessionDraftInputSchema>;

/** Every field of a draft that the session editor may change. */
export const sessionFieldsSchema = z.object({
  date: isoDate,
  time: clockTime,
  practitioner: requiredLine(120),
  indication: indicationIdSchema,
  diagnosis: diagnosisText,
  treatedAreas,
  products: z.array(productSchema).max(50),
  defaultTechnique: techniqueIdSchema,
  defaultNeedle: needleIdSchema,
  injector: injectorSchema,
  vasBefore: vas,
  vasAfter: vas,
  /** Outcome measures beyond pain (outcomeMeasures.ts): the cellulite grade, girths, hair counts, satisfaction... */
  outcomes: outcomesSchema,
  sideEffects: z.array(sideEffectIdSchema).max(20),
  aftercare: note(2000),
  notes: note(4000),
});
export type SessionFields = z.infer<typeof sessionFieldsSchema>;

/**
 * The session fields as they may be set today (a save from the editor, an amendment, the form's
 * checks): the default injector a multi-injector of 3 to 18 needles, as for points (needles.ts).
 * `sessionFieldsSchema` stays the shape records are read with: earlier sessions carry 1 or 2 needles.
 */
export const sessionFieldRulesSchema = sessionFieldsSchema.extend({ injector: injectorRuleSchema });

/** The fields' names as the form, its messages and the records say them; in the form's order. */
export const SESSION_FIELD_LABELS: Record<keyof SessionFields, string> = {
  date: 'Date',
  time: 'Time',
  practitioner: 'Practitioner',
  indication: 'Indication',
  diagnosis: 'Diagnosis',
  treatedAreas: 'Treated areas',
  products: 'Cocktail',
  defaultTechnique: 'Default technique',
  defaultNeedle: 'Default needle',
  injector: 'Injector',
  vasBefore: 'VAS before',
  vasAfter: 'VAS after',
  outcomes: 'Outcome measures',
  sideEffects: 'Side effects',
  aftercare: 'Aftercare',
  notes: 'Notes',
};

/**
 * A save from the editor: the changed fields and, when the chart changed, all its points. `madeBy` is the
 * practitioner the edits were made under: a save (an autosave's retry above all) is refused when someone
 * else is unlocked by then, so that nobody's edits are recorded in another's name.
 */
export const sessionSaveSchema = z.object({
  id: entityId,
  fields: sessionFieldRulesSchema.partial().default({}),
  points: z.array(pointSchema).max(20_000).optional(),
  madeBy: entityId.optional(),
});
export type SessionSave = z.input<typeof sessionSaveSchema>;

/** A reason for an amendment: required, because a correction of a signed record must say why. */
const amendmentReason = requiredLine(1000);

/**
 * A correction of a signed session. `fields` are new values of session fields (only those given);
 * `points`, when given, is the whole corrected chart, as the editor holds it: the store works out
 * which points were added, removed or changed against the session as currently corrected.
 */
export const sessionAmendSchema = z.object({
  id: entityId,
  reason: amendmentReason,
  fields: sessionFieldRulesSchema.partial().default({}),
  points: z.array(pointSchema).max(20_000).optional(),
});

/** A field's value before and after an amendment. */
export type FieldChange<K extends keyof SessionFields = keyof SessionFields> = { from: SessionFields[K]; to: SessionFields[K] };

/**
 * What one amendment changed, stored as JSON: the fields with their old and new values, and the points
 * added (whole), removed (by id) and changed (whole, before and after; the id stays the same).
 */
export type AmendmentChanges = {
  fields?: { [K in keyof SessionFields]?: FieldChange<K> };
  points?: {
    added: InjectionPoint[];
    removed: string[];
    changed: { from: InjectionPoint; to: InjectionPoint }[];
  };
  /** Photos added to or removed from the signed session (their files stay). */
  photos?: { added: PhotoRef[]; removed: PhotoRef[] };
};

/** Who corrected a signed session, when, why and what: appended, never changed. `seq` counts from 1. */
export type Amendment = {
  id: string;
  seq: number;
  at: string;
  actor: string;
  reason: string;
  changes: AmendmentChanges;
};

/**
 * The practitioner's acknowledgement of the items positive in the session's copy of the screening (and
 * age under 18) at that moment.
 */
export type ContraindicationAck = { at: string; by: string; items: ScreeningItem[] };

export type Session = {
  id: string;
  patientId: string;
  courseId: string | null;
  numberInCourse: number | null;
  date: string;
  time: string;
  /** The practitioner's name as it was when recorded (a free-text name on sessions from before profiles). */
  practitioner: string;
  /** The practitioner's profile (schema 12); null on sessions from before, whose name stays as typed. */
  practitionerId: string | null;
  indication: IndicationId;
  diagnosis: string;
  treatedAreas: string[];
  products: Product[];
  defaultTechnique: TechniqueId;
  defaultNeedle: NeedleId;
  injector: Injector;
  vasBefore: number | null;
  vasAfter: number | null;
  /** Outcome measures beyond pain recorded at this session (empty before schema 11). */
  outcomes: OutcomeEntry[];
  sideEffects: SideEffectId[];
  aftercare: string;
  notes: string;
  status: SessionStatus;
  signedAt: string | null;
  signedBy: string | null;
  createdAt: string;
  updatedAt: string;
  points: InjectionPoint[];
  /**
   * Corrections made after signing, oldest first. `products`, `points` and the fields above stay as
   * signed; `sessionWithAmendments` (amendments.ts) gives the corrected view.
   */
  amendments: Amendment[];
  /**
   * The screening as it was when the session started (schema 9); null for a session started before
   * sessions kept one: its record says that no screening was recorded with it.
   */
  screening: SessionScreening | null;
  /** The latest acknowledgement of the positive items of that screening. */
  contraindicationAck: ContraindicationAck | null;
};

/** A row of a patient's session list: no points, no products. */
export type SessionSummary = Pick<
  Session,
  'id' | 'courseId' | 'numberInCourse' | 'date' | 'time' | 'indication' | 'treatedAreas' | 'status' | 'practitioner'
> & { pointCount: number };

export const sessionIdSchema = z.object({ id: entityId });
export const contraindicationAckInputSchema = z.object({ sessionId: entityId });
export const patientSessionsQuerySchema = z.object({ patientId: entityId });
