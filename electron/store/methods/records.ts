import type { RecordOutputStore } from '../../../shared/repository.ts';
import { listAudit } from '../audit.ts';
import { compareWithAnchors, readAuditHead } from '../auditAnchors.ts';
import { verifyAuditChain } from '../auditChain.ts';
import { listAuditPage } from '../auditList.ts';
import { findProductUses } from '../productRecall.ts';
import { auditRead } from './auditedRead.ts';
import type { StoreContext, Synchronous } from './context.ts';

/** Across the record: lot recall, the audit of what is taken out of it, the audit trail and its check. */
export function recordOutputMethods({ db, mutate, read, audit, readOnly }: StoreContext): Synchronous<RecordOutputStore> {
  return {
    findProductUses: (query, viewer) => {
      const uses = read(() => findProductUses(db, query));
      // The search as asked (lot, product) and how many uses it found: who looked for what, no patient named.
      auditRead({ mutate, audit, readOnly }, viewer, { action: 'lot.search', entity: 'lot', entityId: query.lot || query.product, detail: { lot: query.lot, product: query.product, rows: uses.length } });
      return uses;
    },

    auditRecordOutput: ({ action, entity, entityId, detail }, actor) => {
      mutate(actor, (at) => audit(at, actor, action, entity, entityId, detail));
    },

    verifyAudit: () => read(() => verifyAuditChain(db)),

    compareAuditWithBackups: (anchors) => read(() => compareWithAnchors(db, anchors)),

    auditHead: () => read(() => readAuditHead(db)),

    listAudit: (entityId) => read(() => listAudit(db, entityId)),

    listAuditEntries: (query) => read(() => listAuditPage(db, query)),
  };
}
