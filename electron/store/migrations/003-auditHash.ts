// Frozen: the audit hash as migration 3 shipped it (electron/store/auditChain.ts of that time), so that
// migration 3 back-fills the chain the same way whatever the live code becomes. Never edited.
import { createHash } from 'node:crypto';

/** The prev_hash of the first entry: there is nothing before it. */
export const GENESIS_HASH = '0'.repeat(64);

/** What the chain hashes of an entry: every column as stored, apart from the hashes themselves. */
export type ChainedFields = {
  id: number;
  at: string;
  actor: string;
  action: string;
  entity: string;
  entity_id: string;
  /** The stored JSON text: canonicalised before hashing, so key order never matters. */
  detail: string;
};

/** JSON with object keys sorted at every level: the same value always gives the same text. */
function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
}

function parsedDetail(detail: string): unknown {
  try {
    return JSON.parse(detail) as unknown;
  } catch {
    // Not JSON (only a hand-edited row could be): hash the text itself, verification still covers it.
    return detail;
  }
}

/** SHA-256 (hex) over the previous entry's hash followed by the canonical JSON of this entry. */
export function auditEntryHash(prevHash: string, entry: ChainedFields): string {
  const canonical = canonicalJson({
    id: entry.id,
    at: entry.at,
    actor: entry.actor,
    action: entry.action,
    entity: entry.entity,
    entityId: entry.entity_id,
    detail: parsedDetail(entry.detail),
  });
  return createHash('sha256').update(prevHash).update(canonical).digest('hex');
}
