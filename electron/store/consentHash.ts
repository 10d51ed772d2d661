import { createHash } from 'node:crypto';
import { consentHashContent, legacyConsentHashContent } from '../../shared/consent.ts';
import { canonicalJson } from './auditChain.ts';

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
