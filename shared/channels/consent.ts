import {
  consentTemplateInputSchema,
  consentTemplateQuerySchema,
  consentTemplateVersionQuerySchema,
  patientConsentsQuerySchema,
  sessionConsentQuerySchema,
  signConsentSchema,
  withdrawConsentSchema,
  type Consent,
  type ConsentTemplate,
  type SessionConsent,
} from '../consent.ts';
import { z } from 'zod';
import { entityId } from '../text.ts';
import { returns, type ChannelContract } from './contract.ts';

/** Informed consent (shared/consent.ts): versioned templates; signed consents are immutable, only withdrawn. */
export const CONSENT_CHANNELS = {
  /** Each template at its latest version, with the list of its versions; starting templates ship for five indications. */
  listConsentTemplates: { input: consentTemplateQuerySchema, output: returns<ConsentTemplate[]>() },
  /** One version of a template (the latest without `version`): old versions stay readable. */
  getConsentTemplate: { input: consentTemplateVersionQuerySchema, output: returns<ConsentTemplate>() },
  /** A new template, or (with templateId) a new version of it: a saved edit never changes a version. */
  saveConsentTemplate: { input: consentTemplateInputSchema, output: returns<ConsentTemplate>() },
  /** The patient signs the version read on screen, having confirmed the screening; the practitioner countersigns. */
  signConsent: { input: signConsentSchema, output: returns<Consent>() },
  /** The only change a signed consent takes: withdrawn on a date, for a reason. */
  withdrawConsent: { input: withdrawConsentSchema, output: returns<Consent>() },
  listConsents: { input: patientConsentsQuerySchema, output: returns<Consent[]>() },
  /** One signed consent, opened to be read; audited 'consent.view'. */
  getConsent: { input: z.object({ id: entityId }), output: returns<Consent>() },
  /** The consent covering a session (its indication, on its day) and any override its course started with. */
  getSessionConsent: { input: sessionConsentQuerySchema, output: returns<SessionConsent>() },
} as const satisfies Record<string, ChannelContract>;
