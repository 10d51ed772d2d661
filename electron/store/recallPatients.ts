import type { SqlDatabase } from './sqlDatabase.ts';
import type { ProductUse, ProductUseQuery } from '../../shared/lotRecall.ts';
import type { RecallUse } from '../../shared/recall.ts';
import { listAmendments } from './amendments.ts';
import { findProductUses } from './productRecall.ts';
import { listProducts } from './products.ts';

/**
 * The patients a recall is opened for: the lot search's uses as it reads at opening, grouped by patient
 * in the order the search found them (oldest session first), each use with the volume its product
 * recorded (as corrected, where an amendment set the lot).
 */
export function recallPatientsFor(db: SqlDatabase, query: ProductUseQuery): { patientId: string; uses: RecallUse[] }[] {
  const byPatient = new Map<string, RecallUse[]>();
  for (const use of findProductUses(db, query)) {
    const uses = byPatient.get(use.patientId) ?? [];
    uses.push({
      sessionId: use.sessionId,
      date: use.date,
      time: use.time,
      status: use.status,
      productName: use.productName,
      lot: use.lot,
      expiry: use.expiry,
      volumeMl: volumeOf(db, use),
    });
    byPatient.set(use.patientId, uses);
  }
  return [...byPatient].map(([patientId, uses]) => ({ patientId, uses }));
}

function volumeOf(db: SqlDatabase, use: ProductUse): number | null {
  if (use.source === 'record') return listProducts(db, use.sessionId)[use.productIndex]?.volumeMl ?? null;
  // Set by an amendment: the cocktail as that amendment corrected it.
  const amendment = listAmendments(db, use.sessionId).find((a) => a.seq === use.amendmentSeq);
  return amendment?.changes.fields?.products?.to[use.productIndex]?.volumeMl ?? null;
}
