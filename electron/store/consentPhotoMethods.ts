import { createHash, randomUUID } from 'node:crypto';
import type { DatabaseSync } from 'node:sqlite';
import { consentHashContent, coveringConsent, legacyConsentHashContent, type Consent, type ConsentTemplate, type ConsentTemplateInput, type SessionConsent, type Signature, type SignatureInput } from '../../shared/consent.ts';
import { ApiError, notFound } from '../../shared/errors.ts';
import type { Language } from '../../shared/i18n/languages.ts';
import type { IndicationId } from '../../shared/indications.ts';
import type { Patient } from '../../shared/patient.ts';
import type { NewPhoto, Photo, PhotoListQuery, PhotoRef } from '../../shared/photo.ts';
import type { Actor, AuditEntry } from '../../shared/repository.ts';
import type { Amendment } from '../../shared/session.ts';
import { insertAmendment, listAmendments } from './amendments.ts';
import { canonicalJson } from './auditChain.ts';
import {
  findConsent,
  findOverride,
  findTemplate,
  insertConsent,
  insertTemplate,
  insertTemplateVersion,
  listConsentsOfPatient,
  listTemplates,
  templateExists,
  withdrawConsentRow,
} from './consents.ts';
import { findCourse } from './courses.ts';
import { deletePhotoRow, findPhoto, insertPhoto, listPhotos, markPhotoRemoved } from './photos.ts';
import { countSessionsInCourse, findSessionRecord, type SessionRecord } from './sessions.ts';

/** SHA-256 (hex) over the canonical JSON of what a signed consent holds (see shared/consent.ts). */
export function consentHash(c: Parameters<typeof consentHashContent>[0]): string {
  return createHash('sha256').update(canonicalJson(consentHashContent(c))).digest('hex');
}

/**
 * Whether a signed consent still hashes to its hash: the hash over everything it holds, language
 * included; or, for a consent signed before languages existed (schema < 7, always English), the hash
 * over the same without the language.
 */
export function consentHashMatches(c: Parameters<typeof consentHashContent>[0] & { hash: string }): boolean {
  if (consentHash(c) === c.hash) return true;
  return c.language === 'en' && createHash('sha256').update(canonicalJson(legacyConsentHashContent(c))).digest('hex') === c.hash;
}

type Deps = {
  db: DatabaseSync;
  mutate: <T>(actor: Actor, change: (at: string) => T) => T;
  read: <T>(query: () => T) => T;
  audit: (at: string, actor: Actor, action: string, entity: AuditEntry['entity'], entityId: string, detail: object) => void;
  existingPatient: (id: string) => Patient;
};

export type SignConsentRecord = {
  patientId: string;
  templateId: string;
  templateVersion: number;
  patientSignature: SignatureInput;
  practitionerSignature: SignatureInput;
};

/**
 * The start-of-course rule, inside createSession's transaction: the first session of a course needs a
 * consent for the course's indication in force on the session's day, or an override with a reason
 * (the caller keeps it in consent_overrides, once the session row exists, and names it in the audit entry).
 */
export function requireConsentToStartCourse(
  db: DatabaseSync,
  session: Pick<SessionRecord, 'patientId' | 'courseId' | 'date'>,
  overrideReason: string | undefined,
): { override: string } | null {
  if (session.courseId === null) return null;
  if (countSessionsInCourse(db, session.courseId) > 0) return null;
  const course = findCourse(db, session.courseId);
  if (!course) return null;
  const consent = coveringConsent(listConsentsOfPatient(db, session.patientId, course.indication), course.indication, session.date);
  if (consent) return null;
  const reason = overrideReason?.trim() ?? '';
  if (reason === '') {
    throw new ApiError({ code: 'conflict', field: 'consent', reason: 'consent-required', params: { indication: course.indication } });
  }
  return { override: reason };
}

export function consentAndPhotoMethods({ db, mutate, read, audit, existingPatient }: Deps) {
  function sessionOf(id: string, field = 'sessionId'): SessionRecord {
    const s = findSessionRecord(db, id);
    if (!s) throw notFound('session', id, field);
    return s;
  }

  function reasonForSigned(session: SessionRecord, reason: string | undefined, what: 'add-photo' | 'remove-photo'): string | null {
    if (session.status !== 'signed') return null;
    const r = reason?.trim() ?? '';
    if (r === '') throw new ApiError({ code: 'locked', field: 'reason', reason: 'amendment-reason-required', params: { action: what } });
    return r;
  }

  function photoAmendment(session: SessionRecord, reason: string, at: string, actor: Actor, photos: { added: PhotoRef[]; removed: PhotoRef[] }): Amendment {
    const entry: Amendment = { id: randomUUID(), seq: listAmendments(db, session.id).length + 1, at, actor: actor.name, reason, changes: { photos } };
    insertAmendment(db, session.id, entry);
    return entry;
  }

  const ref = (p: Pick<Photo, 'id' | 'pose' | 'caption' | 'hash'>): PhotoRef => ({ id: p.id, pose: p.pose, caption: p.caption, hash: p.hash });

  return {
    listConsentTemplates: (indication?: IndicationId, language?: Language): ConsentTemplate[] => read(() => listTemplates(db, indication, language)),

    getConsentTemplate: (templateId: string, version?: number): ConsentTemplate | null => read(() => findTemplate(db, templateId, version)),

    saveConsentTemplate: (input: ConsentTemplateInput & { title: string; body: string }, actor: Actor): ConsentTemplate =>
      mutate(actor, (at) => {
        let id = input.templateId;
        let version = 1;
        let language: Language = input.language ?? 'en';
        if (id === undefined) {
          id = randomUUID();
          insertTemplate(db, id, input.indication, language, at);
        } else {
          const existing = templateExists(db, id);
          if (!existing) throw notFound('template', id, 'templateId');
          if (existing.indication !== input.indication) {
            throw new ApiError({ code: 'invalid-input', field: 'indication', reason: 'template-indication-fixed' });
          }
          if (input.language !== undefined && existing.language !== input.language) {
            throw new ApiError({ code: 'invalid-input', field: 'language', reason: 'template-language-fixed' });
          }
          language = existing.language;
          const latest = findTemplate(db, id);
          if (latest && latest.title === input.title.trim() && latest.body === input.body.trim()) {
            throw new ApiError({ code: 'invalid-input', field: 'body', reason: 'template-unchanged' });
          }
          version = (latest?.version ?? 0) + 1;
        }
        insertTemplateVersion(db, { templateId: id, version, indication: input.indication, language, title: input.title.trim(), body: input.body.trim(), createdAt: at, createdBy: actor.name });
        audit(at, actor, version === 1 ? 'consent-template.create' : 'consent-template.version', 'consent-template', id, { version, indication: input.indication, language });
        return findTemplate(db, id) as ConsentTemplate;
      }),

    signConsent: (input: SignConsentRecord, actor: Actor & { id?: string | undefined }): Consent =>
      mutate(actor, (at) => {
        const patient = existingPatient(input.patientId);
        if (patient.archived) throw new ApiError({ code: 'conflict', field: 'patientId', reason: 'patient-archived' });
        if (!patient.screening) {
          throw new ApiError({ code: 'conflict', field: 'screening', reason: 'screening-required' });
        }
        const template = findTemplate(db, input.templateId, input.templateVersion);
        if (!template) throw new ApiError({ code: 'not-found', field: 'templateVersion', reason: 'no-such-template-version', params: { version: input.templateVersion } });
        const patientSignature: Signature = { ...input.patientSignature };
        // The countersignature is the unlocked practitioner's, whatever name was typed on the pad.
        const practitionerSignature: Signature = { ...input.practitionerSignature, name: actor.name, ...(actor.id ? { practitionerId: actor.id } : {}) };
        const base = {
          id: randomUUID(),
          patientId: patient.id,
          templateId: template.templateId,
          templateVersion: template.version,
          indication: template.indication,
          language: template.language,
          title: template.title,
          text: template.body,
          screening: patient.screening,
          patientSignature,
          practitionerSignature,
          signedAt: at,
          withdrawal: null,
        };
        const consent: Consent = { ...base, hash: consentHash(base) };
        insertConsent(db, consent);
        audit(at, actor, 'consent.sign', 'consent', consent.id, {
          patientId: patient.id,
          templateId: template.templateId,
          version: template.version,
          indication: template.indication,
          language: template.language,
          patientSignature: patientSignature.kind,
          hash: consent.hash,
        });
        return consent;
      }),

    withdrawConsent: (id: string, withdrawal: { date: string; reason: string }, actor: Actor): Consent =>
      mutate(actor, (at) => {
        const consent = findConsent(db, id);
        if (!consent) throw notFound('consent', id);
        if (consent.withdrawal) throw new ApiError({ code: 'conflict', field: 'id', reason: 'consent-withdrawn', params: { date: consent.withdrawal.date } });
        const reason = withdrawal.reason.trim();
        if (reason === '') throw new ApiError({ code: 'invalid-input', field: 'reason', reason: 'required' });
        if (withdrawal.date < consent.signedAt.slice(0, 10)) throw new ApiError({ code: 'invalid-input', field: 'date', reason: 'withdrawal-before-signature', params: { signedOn: consent.signedAt.slice(0, 10) } });
        withdrawConsentRow(db, id, withdrawal.date, reason, at, actor.name);
        audit(at, actor, 'consent.withdraw', 'consent', id, { date: withdrawal.date });
        return findConsent(db, id) as Consent;
      }),

    listConsents: (patientId: string): Consent[] =>
      read(() => {
        existingPatient(patientId);
        return listConsentsOfPatient(db, patientId);
      }),

    getConsent: (id: string): Consent | null => read(() => findConsent(db, id)),

    getSessionConsent: (sessionId: string): SessionConsent | null =>
      read(() => {
        const session = findSessionRecord(db, sessionId);
        if (!session) return null;
        const consents = listConsentsOfPatient(db, session.patientId, session.indication);
        return { indication: session.indication, consent: coveringConsent(consents, session.indication, session.date), override: findOverride(db, sessionId) };
      }),

    addPhoto: (photo: NewPhoto, reason: string | undefined, actor: Actor): Photo =>
      mutate(actor, (at) => {
        const session = sessionOf(photo.sessionId);
        const amendReason = reasonForSigned(session, reason, 'add-photo');
        const row = { ...photo, id: randomUUID(), patientId: session.patientId, addedAt: at, addedBy: actor.name };
        insertPhoto(db, row);
        if (amendReason !== null) {
          const entry = photoAmendment(session, amendReason, at, actor, { added: [ref(row)], removed: [] });
          audit(at, actor, 'session.amend', 'session', session.id, { amendment: entry.seq, photos: { added: 1 } });
        } else {
          audit(at, actor, 'photo.add', 'photo', row.id, { sessionId: session.id, pose: photo.pose, hash: photo.hash, bytes: photo.bytes });
        }
        return findPhoto(db, row.id) as Photo;
      }),

    listPhotos: (query: PhotoListQuery): Photo[] =>
      read(() => {
        existingPatient(query.patientId);
        return listPhotos(db, query);
      }),

    getPhoto: (id: string): Photo | null => read(() => findPhoto(db, id)),

    removePhoto: (id: string, reason: string | undefined, actor: Actor): Photo =>
      mutate(actor, (at) => {
        const photo = findPhoto(db, id);
        if (!photo) throw notFound('photo', id);
        const session = sessionOf(photo.sessionId, 'id');
        const amendReason = reasonForSigned(session, reason, 'remove-photo');
        if (amendReason === null) {
          // A draft's photo leaves the record; its file stays (content-addressed, maybe shared).
          deletePhotoRow(db, id);
          audit(at, actor, 'photo.remove', 'photo', id, { sessionId: session.id, hash: photo.hash });
        } else {
          markPhotoRemoved(db, id, at, actor.name);
          const entry = photoAmendment(session, amendReason, at, actor, { added: [], removed: [ref(photo)] });
          audit(at, actor, 'session.amend', 'session', session.id, { amendment: entry.seq, photos: { removed: 1 } });
        }
        return photo;
      }),
  };
}
