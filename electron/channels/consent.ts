import type { CONSENT_CHANNELS } from '../../shared/channels/consent.ts';
import type { SignatureInput } from '../../shared/consent.ts';
import { ApiError, notFound } from '../../shared/errors.ts';
import { cleanSignature } from '../consent/signatureImage.ts';
import type { ChannelContext, ChannelHandlers } from './context.ts';

/** Informed consent: versioned templates, signing (typed names only where the clinic allows), withdrawal. */
export function consentChannels(ctx: Pick<ChannelContext, 'store' | 'settings' | 'actor'>): ChannelHandlers<typeof CONSENT_CHANNELS> {
  const typedAllowed = (signature: SignatureInput, field: string) => {
    if (signature.kind === 'typed' && !ctx.settings().consent.allowTypedSignature) {
      throw new ApiError({ code: 'invalid-input', field, reason: 'signature-must-be-drawn' });
    }
  };

  return {
    listConsentTemplates: ({ indication, language }) => ctx.store().listConsentTemplates(indication, language),
    getConsentTemplate: async ({ templateId, version }) => {
      const found = await ctx.store().getConsentTemplate(templateId, version);
      if (!found) throw new ApiError({ code: 'not-found', field: version === undefined ? 'templateId' : 'version', reason: 'no-such-template-version' });
      return found;
    },
    saveConsentTemplate: (input) => ctx.store().saveConsentTemplate(input, ctx.actor()),
    signConsent: async (input) => {
      typedAllowed(input.patientSignature, 'patientSignature');
      typedAllowed(input.practitionerSignature, 'practitionerSignature');
      // The images as stored (and hashed): checked for their size and re-encoded, never as drawn on the wire.
      const patientSignature = await cleanSignature(input.patientSignature, 'patientSignature');
      const practitionerSignature = await cleanSignature(input.practitionerSignature, 'practitionerSignature');
      return ctx.store().signConsent({ ...input, patientSignature, practitionerSignature }, ctx.actor());
    },
    withdrawConsent: ({ id, date, reason }) => ctx.store().withdrawConsent(id, { date, reason }, ctx.actor()),
    listConsents: ({ patientId }) => ctx.store().listConsents(patientId),
    getConsent: async ({ id }) => {
      const found = await ctx.store().getConsent(id, ctx.actor());
      if (!found) throw notFound('consent', id);
      return found;
    },
    getSessionConsent: async ({ sessionId }) => {
      const found = await ctx.store().getSessionConsent(sessionId);
      if (!found) throw notFound('session', sessionId);
      return found;
    },
  };
}
