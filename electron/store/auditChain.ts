import { createHash } from 'node:crypto';
import type { SqlDatabase } from './sqlDatabase.ts';
import type { AuditVerification } from '../../shared/audit.ts';

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
  /** The practitioner's profile id (schema 4); absent or null on earlier entries, which hash as before. */
  actor_id?: string | null;
};

export type { AuditVerification };

/** JSON with object keys sorted at every level: the same value always gives the same text. */
export function canonicalJson(value: unknown): string {
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
    actorId: entry.actor_id ?? undefined,
    action: entry.action,
    entity: entry.entity,
    entityId: entry.entity_id,
    detail: parsedDetail(entry.detail),
  });
  return createHash('sha256').update(prevHash).update(canonical).digest('hex');
}

type StoredRow = ChainedFields & { prev_hash: string; hash: string };

/** Schema 4 added actor_id; a database opened read-only at an earlier version has none. */
function hasActorId(db: SqlDatabase): boolean {
  return db.prepare("SELECT 1 FROM pragma_table_info('audit') WHERE name = 'actor_id'").get() !== undefined;
}

/**
 * Walks the whole trail in id order and recomputes every link. An edited entry no longer matches its
 * hash; a deleted entry leaves a gap in the ids and breaks the next entry's prev_hash. (Removing the
 * newest entries leaves a shorter, still consistent chain: the entry count shown to the user and the
 * backups are what reveal that.) Rows are read one at a time, so a long trail costs no memory.
 */
export function verifyAuditChain(db: SqlDatabase): AuditVerification {
  let prev = GENESIS_HASH;
  let previousId = 0;
  let entries = 0;
  const rows = db
    .prepare(`SELECT id, at, actor, action, entity, entity_id, detail, prev_hash, hash${hasActorId(db) ? ', actor_id' : ''} FROM audit ORDER BY id`)
    .iterate() as IterableIterator<StoredRow>;
  for (const row of rows) {
    const broken = (reason: string): AuditVerification => ({ ok: false, entries, brokenAt: row.id, reason });
    if (row.id !== previousId + 1) {
      return broken(`Audit entries ${previousId + 1}–${row.id - 1} are missing: entries were deleted before entry ${row.id}.`);
    }
    if (row.prev_hash !== prev) {
      return broken(`Audit entry ${row.id} does not follow the entry before it: an entry before it was changed or removed.`);
    }
    if (row.hash !== auditEntryHash(prev, row)) {
      return broken(`Audit entry ${row.id} was changed after it was written (its content no longer matches its hash).`);
    }
    prev = row.hash;
    previousId = row.id;
    entries += 1;
  }
  return { ok: true, entries };
}
