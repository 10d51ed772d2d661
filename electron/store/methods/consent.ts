import { randomUUID } from 'node:crypto';
import type { SqlDatabase } from '../sqlDatabase.ts';
import { coveringConsent, type Consent, type ConsentTemplate, type Signature } from '../../../shared/consent.ts';
import { ApiError, notFound } from '../../../shared/errors.ts';
import type { Language } from '../../../shared/i18n/languages.ts';
import type { ConsentStore } from '../../../shared/repository.ts';
import { consentHash } from '../consentHash.ts';
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
} from '../consents.ts';
import { findSessionRecord, type SessionRecord } from '../sessions.ts';
import { auditRead } from './auditedRead.ts';
import type { StoreContext, Synchronous } from './context.ts';
import { existingPatient } from './lookups.ts';

/**
 * The consent rule, inside createSession's transaction: every session (not only a course's first) needs
 * a consent for its indication in force on the session's day (signed, not withdrawn by then), or an
 * override with a reason (the caller keeps it in consent_overrides, once the session row exists, and
 * names it in the audit entry).
 */
export function requireConsentInForce(
  db: SqlDatabase,
  session: Pick<SessionRecord, 'patientId' | 'indication' | 'date'>,
  overrideReason: string | undefined,
): { override: string } | null {
  const consent = coveringConsent(listConsentsOfPatient(db, session.patientId, session.indication), session.indication, session.date);
  if (consent) return null;
  const reason = overrideReason?.trim() ?? '';
  if (reason === '') {
    throw new ApiError({ code: 'conflict', field: 'consent', reason: 'consent-required', params: { indication: session.indication } });
  }
  return { override: reason };
}

/** Informed consent: versioned templates (append-only), signed consents (immutable, only withdrawn). */
export function consentMethods({ db, mutate, read, audit, readOnly }: StoreContext): Synchronous<ConsentStore> {
  return {
    listConsentTemplates: (indication, language) => read(() => listTemplates(db, indication, language)),

    getConsentTemplate: (templateId, version) => read(() => findTemplate(db, templateId, version)),

    saveConsentTemplate: (input, actor) =>
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

    signConsent: (input, actor) =>
      mutate(actor, (at) => {
        const patient = existingPatient(db, input.patientId);
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
          photoConsent: input.photoConsent,
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
          photoConsent: input.photoConsent,
          hash: consent.hash,
          // The same name as on the other signatures' entries: SHA-256 of the canonical JSON of what was signed.
          contentHash: consent.hash,
        });
        return consent;
      }),

    withdrawConsent: (id, withdrawal, actor) =>
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

    listConsents: (patientId) =>
      read(() => {
        existingPatient(db, patientId);
        return listConsentsOfPatient(db, patientId);
      }),

    getConsent: (id, viewer) => {
      const found = read(() => findConsent(db, id));
      if (found) auditRead({ mutate, audit, readOnly }, viewer, { action: 'consent.view', entity: 'consent', entityId: id, detail: { patientId: found.patientId } });
      return found;
    },

    getSessionConsent: (sessionId) =>
      read(() => {
        const session = findSessionRecord(db, sessionId);
        if (!session) return null;
        const consents = listConsentsOfPatient(db, session.patientId, session.indication);
        return { indication: session.indication, consent: coveringConsent(consents, session.indication, session.date), override: findOverride(db, sessionId) };
      }),
  };
}
