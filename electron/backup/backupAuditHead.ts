import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AuditAnchor, AuditHead } from '../../shared/audit.ts';
import type { BackupInfo } from '../../shared/backups.ts';
import { manifestName } from './backupFiles.ts';

/** What reading the newest audit entry takes of a connection, whichever engine opened it. */
type Queryable = { prepare(sql: string): { get(): unknown } };

/**
 * The audit trail's newest link in the database being backed up, read before the copy starts: the copy
 * holds at least that entry, so the chain of any later day must still have it, with that hash. Null for
 * records without an audit trail to read (never the application's own).
 */
export function readAuditHeadOf(db: Queryable): AuditHead | null {
  try {
    const row = db.prepare('SELECT id, hash FROM audit ORDER BY id DESC LIMIT 1').get() as { id: number; hash: string } | undefined;
    return row ? { entry: Number(row.id), hash: String(row.hash) } : null;
  } catch {
    return null;
  }
}

function isAuditHead(value: unknown): value is AuditHead {
  const head = value as AuditHead | null | undefined;
  return typeof head?.entry === 'number' && Number.isInteger(head.entry) && head.entry > 0 && typeof head.hash === 'string' && /^[0-9a-f]{64}$/.test(head.hash);
}

/** The head a backup's manifest recorded; null without a manifest, or from before manifests carried one. */
export function manifestAuditHead(backupDir: string, backupFile: string): AuditHead | null {
  try {
    const manifest = JSON.parse(readFileSync(join(backupDir, manifestName(backupFile)), 'utf8')) as { auditHead?: unknown };
    return isAuditHead(manifest.auditHead) ? { entry: manifest.auditHead.entry, hash: manifest.auditHead.hash } : null;
  } catch {
    return null;
  }
}

/** The backups that recorded a head, as anchors to compare the chain with. */
export function backupAnchors(backups: readonly BackupInfo[]): AuditAnchor[] {
  return backups.flatMap((b) => (b.auditHead ? [{ file: b.file, createdAt: b.createdAt, head: b.auditHead }] : []));
}
