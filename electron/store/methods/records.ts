import type { RecordOutputStore } from '../../../shared/repository.ts';
import { listAudit } from '../audit.ts';
import { verifyAuditChain } from '../auditChain.ts';
import { findProductUses } from '../productRecall.ts';
import type { StoreContext, Synchronous } from './context.ts';

/** Across the record: lot recall, the audit of what is taken out of it, the audit trail and its check. */
export function recordOutputMethods({ db, mutate, read, audit }: StoreContext): Synchronous<RecordOutputStore> {
  return {
    findProductUses: (query) => read(() => findProductUses(db, query)),

    auditRecordOutput: ({ action, entity, entityId, detail }, actor) => {
      mutate(actor, (at) => audit(at, actor, action, entity, entityId, detail));
    },

    verifyAudit: () => read(() => verifyAuditChain(db)),

    listAudit: (entityId) => read(() => listAudit(db, entityId)),
  };
}
