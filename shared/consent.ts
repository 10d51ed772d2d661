import { z } from 'zod';
import { isoDate } from './dates.ts';
import type { Language } from './i18n/languages.ts';
import { languageSchema } from './i18n/languageSchemas.ts';
import { indicationIdSchema, type IndicationId } from './indications.ts';
import type { Screening } from './contraindications.ts';
import { entityId, requiredLine } from './text.ts';

/**
 * Informed consent: templates per indication and language, versioned (each saved edit is a new version
 * and old versions stay readable), and the consents patients sign. A signed consent keeps the exact text,
 * its language and the version that was read, the screening answers the patient confirmed, both signatures, the time and a
 * content hash (SHA-256 over consentHashContent's canonical JSON); it is never changed, only withdrawn.
 */

export const CONSENT_BODY_MAX = 30_000;
/** A drawn signature as a PNG data URL: bounded (a signature pad's PNG is a few tens of kB). */
const SIGNATURE_PNG_MAX = 400_000;

export const consentTemplateInputSchema = z.object({
  /** The template to add a version to; absent for a new template. */
  templateId: entityId.optional(),
  indication: indicationIdSchema,
  /** The language the text is written in; a new version keeps its template's (absent: the template's, or English for a new one). */
  language: languageSchema.optional(),
  title: requiredLine(200),
  body: z
    .string()
    .trim()
    .min(20)
    .max(CONSENT_BODY_MAX),
});

/** One version of a template: what the patient reads. */
export type ConsentTemplateVersion = {
  templateId: string;
  version: number;
  indication: IndicationId;
  /** The language of the text: the patient reads the template of their language. */
  language: Language;
  title: string;
  body: string;
  createdAt: string;
  createdBy: string;
};

/** A template as listed: its latest version, and how many versions it has. */
export type ConsentTemplate = ConsentTemplateVersion & { versions: { version: number; createdAt: string; createdBy: string }[] };

export const consentTemplateQuerySchema = z.object({ indication: indicationIdSchema.optional(), language: languageSchema.optional() });
export const consentTemplateVersionQuerySchema = z.object({ templateId: entityId, version: z.int().min(1).max(100_000).optional() });

const pngDataUrl = z
  .string()
  .max(SIGNATURE_PNG_MAX)
  .regex(/^data:image\/png;base64,[A-Za-z0-9+/]+={0,2}$/);

/** Drawn on the pad (PNG), or typed where the clinic allows it (settings.consent.allowTypedSignature). */
export const signatureInputSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('drawn'), name: requiredLine(200), png: pngDataUrl }),
  z.object({ kind: z.literal('typed'), name: requiredLine(200) }),
]);
export type SignatureInput = z.infer<typeof signatureInputSchema>;

/** A signature as stored: the practitioner's also names their profile. */
export type Signature = SignatureInput & { practitionerId?: string };

export const signConsentSchema = z.object({
  patientId: entityId,
  templateId: entityId,
  templateVersion: z.int().min(1).max(100_000),
  /** The patient confirmed the screening answers shown with the text (as stored on the patient record). */
  screeningConfirmed: z.literal(true),
  patientSignature: signatureInputSchema,
  /** The practitioner's countersignature; its name is the unlocked practitioner's. */
  practitionerSignature: signatureInputSchema,
  /**
   * The patient's separate answer to clinical photographs (asked on its own, not inside the
   * declaration): without a yes, photos of the patient are refused (shared/photoConsent.ts).
   */
  photoConsent: z.boolean(),
});

export const withdrawConsentSchema = z.object({
  id: entityId,
  date: isoDate,
  reason: requiredLine(1000),
});

export type ConsentWithdrawal = { date: string; reason: string; recordedAt: string; recordedBy: string };

export type Consent = {
  id: string;
  patientId: string;
  templateId: string;
  templateVersion: number;
  indication: IndicationId;
  /** The language of the text the patient read (consents signed before languages existed: 'en'). */
  language: Language;
  title: string;
  /** The exact text the patient read. */
  text: string;
  /** The screening answers the patient confirmed. */
  screening: Screening;
  patientSignature: Signature;
  practitionerSignature: Signature;
  signedAt: string;
  /** SHA-256 (hex) of consentHashContent(...). */
  hash: string;
  withdrawal: ConsentWithdrawal | null;
  /**
   * The patient's separate answer to clinical photographs. Null (or absent) for a consent signed
   * before the question was asked on its own (schema < 9): its text held the photographs in its declaration.
   */
  photoConsent?: boolean | null;
};

type HashedFields = Pick<Consent, 'templateId' | 'templateVersion' | 'language' | 'text' | 'screening' | 'patientSignature' | 'practitionerSignature' | 'signedAt' | 'patientId' | 'photoConsent'>;

/**
 * What the hash covers, in the order the issue names it; canonical JSON sorts the keys anyway. The
 * language of the text is covered since consents exist in several languages (schema 7), the separate
 * answer to photographs since it is asked (schema 8); a consent without that answer hashes as before.
 */
export function consentHashContent(c: HashedFields) {
  const photo = typeof c.photoConsent === 'boolean' ? { photoConsent: c.photoConsent } : {};
  return { ...legacyConsentHashContent(c), language: c.language, ...photo };
}

/**
 * What the hash of a consent signed before languages existed covers: everything above but the language
 * (those texts were all English). Such a hash is accepted only for a consent whose language is 'en', so a
 * consent cannot be passed off as read in another language than it was.
 */
export function legacyConsentHashContent(c: Omit<HashedFields, 'language'>) {
  return {
    templateId: c.templateId,
    templateVersion: c.templateVersion,
    text: c.text,
    screening: c.screening,
    patientSignature: c.patientSignature,
    practitionerSignature: c.practitionerSignature,
    signedAt: c.signedAt,
    patientId: c.patientId,
  };
}

/** Whether a consent was in force on a day (ISO date): signed by then, not withdrawn by then. */
export function consentValidOn(consent: Pick<Consent, 'signedAt' | 'withdrawal'>, day: string): boolean {
  if (consent.signedAt.slice(0, 10) > day) return false;
  return consent.withdrawal === null || consent.withdrawal.date > day;
}

/**
 * The consent that covers a session: the latest of the patient's consents for the indication that was
 * in force on the session's day. Null when none was.
 */
export function coveringConsent<C extends Pick<Consent, 'indication' | 'signedAt' | 'withdrawal'>>(consents: readonly C[], indication: IndicationId, day: string): C | null {
  let best: C | null = null;
  for (const c of consents) {
    if (c.indication !== indication || !consentValidOn(c, day)) continue;
    if (!best || c.signedAt > best.signedAt) best = c;
  }
  return best;
}

/** A course started without a consent: who decided it, when, and why. */
export type ConsentOverride = { sessionId: string; reason: string; at: string; by: string };

/** What the session editor shows: the consent that covers the session, or the override, or neither. */
export type SessionConsent = { consent: Consent | null; override: ConsentOverride | null; indication: IndicationId };

export const patientConsentsQuerySchema = z.object({ patientId: entityId });
export const sessionConsentQuerySchema = z.object({ sessionId: entityId });
export const exportConsentPdfSchema = z.object({ consentId: entityId, open: z.boolean().default(false) });
