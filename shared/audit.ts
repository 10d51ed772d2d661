/**
 * What checking the audit trail's hash chain found (electron/store/auditChain.ts): every entry intact,
 * or the first one that is not and why.
 */
export type AuditVerification =
  | { ok: true; entries: number }
  | { ok: false; entries: number; brokenAt: number; reason: string };
