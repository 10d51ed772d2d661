import { SYSTEM_ACTOR } from '../shared/audit.ts';
import type { BackupInfo } from '../shared/backups.ts';
import type { Actor, RecordOutputAudit } from '../shared/repository.ts';
import type { HandlerContext } from './handlers.ts';
import { withLockAudit } from './lockAudit.ts';

/** The audit entry of a backup taken: which file, how (by hand or by the schedule), and the chain head it recorded. */
export function backupCreatedAudit(info: BackupInfo): RecordOutputAudit {
  return {
    action: 'backup.create',
    entity: 'backup',
    entityId: info.file,
    detail: { kind: info.kind, encrypted: info.encrypted, bytes: info.bytes, photos: info.photos?.total ?? null, auditHead: info.auditHead ?? null },
  };
}

/**
 * The security events that happen outside any channel's call, written to the audit trail: locks (asked
 * for, or found when the idle time ran out) and automatic backups. Neither may fail what caused it: an
 * entry that cannot be written (the records read-only, being restored) is logged.
 */
export function withSecurityAudit(ctx: HandlerContext): HandlerContext {
  const write = (entry: RecordOutputAudit, actor: Actor) => {
    const failed = (error: unknown) => ctx.log?.(`The audit entry '${entry.action}' could not be written`, error);
    try {
      void Promise.resolve(ctx.store.current().auditRecordOutput(entry, actor)).catch(failed);
    } catch (error) {
      failed(error);
    }
  };
  // Backups by hand are audited by their channel, in the name of who asked.
  ctx.backups?.onCreated?.((info) => {
    if (info.kind === 'automatic') write(backupCreatedAudit(info), SYSTEM_ACTOR);
  });
  const access = withLockAudit(ctx.access, (who, cause) =>
    write({ action: 'practitioner.lock', entity: 'practitioner', entityId: who.id, detail: { cause } }, { name: who.displayName, id: who.id }),
  );
  return { ...ctx, access };
}
