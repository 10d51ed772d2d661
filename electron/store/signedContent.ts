import { createHash } from 'node:crypto';
import type { Amendment, Session } from '../../shared/session.ts';
import { canonicalJson } from './auditChain.ts';

/**
 * What a signature covers, hashed for its audit entry: SHA-256 (hex) over the canonical JSON of the
 * content (keys sorted at every level), so that the same content always gives the same hash, and a
 * record whose signed content was altered afterwards no longer matches the entry written when it was signed.
 */
export function contentHash(content: unknown): string {
  return createHash('sha256').update(canonicalJson(content)).digest('hex');
}

/**
 * A signed session as its signature covers it: everything it holds but its amendments, which come
 * later and are signed each on their own. Read back at any time, a signed session gives the same content.
 */
export function signedSessionContent(session: Session): Omit<Session, 'amendments'> {
  const { amendments: _amendments, ...signed } = session;
  return signed;
}

/** An amendment as its signer appends it: the session it corrects, and the correction whole (who, when, why, what). */
export function amendmentContent(sessionId: string, amendment: Amendment): { sessionId: string; amendment: Amendment } {
  return { sessionId, amendment };
}
