import type { AuditAnchor, AuditHead, BackupAuditFinding } from '../../shared/audit.ts';
import type { SqlDatabase } from './sqlDatabase.ts';
import { statement } from './statements.ts';

const SELECT_HEAD = 'SELECT id, hash FROM audit ORDER BY id DESC LIMIT 1';
const SELECT_HASH_OF = 'SELECT hash FROM audit WHERE id = ?';
/** Restores write 'backup.restore' into the records they bring back: few rows, found through the whole trail once. */
const SELECT_RESTORES = "SELECT id, at FROM audit WHERE action = 'backup.restore' ORDER BY id";

/** The newest entry's number and hash: what a backup's manifest and a printed record's footer keep. */
export function readAuditHead(db: SqlDatabase): AuditHead | null {
  const row = statement(db, SELECT_HEAD).get() as { id: number; hash: string } | undefined;
  return row ? { entry: row.id, hash: row.hash } : null;
}

/**
 * Compares the chain with what backups recorded of it. A backup naming an entry beyond the chain's end
 * means entries were removed from the newest end since it was taken (the one change the chain cannot
 * reveal by itself); one naming an entry with another hash means the trail was rewritten. Either is
 * explained by a restore of the records after that backup, which the finding then names.
 */
export function compareWithAnchors(db: SqlDatabase, anchors: readonly AuditAnchor[]): { checked: number; findings: BackupAuditFinding[] } {
  const chainEnd = readAuditHead(db)?.entry ?? 0;
  const restores = anchors.length === 0 ? [] : (statement(db, SELECT_RESTORES).all() as unknown as { id: number; at: string }[]);
  const findings: BackupAuditFinding[] = [];
  for (const anchor of anchors) {
    const found = anchor.head.entry > chainEnd ? undefined : (statement(db, SELECT_HASH_OF).get(anchor.head.entry) as { hash: string } | undefined);
    if (found?.hash === anchor.head.hash) continue;
    const restore = restores.find((r) => r.at > anchor.createdAt);
    findings.push({
      file: anchor.file,
      createdAt: anchor.createdAt,
      head: anchor.head,
      problem: found ? 'different' : 'missing',
      chainEnd,
      restoredSince: restore ? { entry: restore.id, at: restore.at } : null,
    });
  }
  return { checked: anchors.length, findings };
}
