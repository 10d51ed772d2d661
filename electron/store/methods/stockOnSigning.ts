import type { SqlDatabase } from '../sqlDatabase.ts';
import type { Product } from '../../../shared/product.ts';
import type { Actor } from '../../../shared/repository.ts';
import { stockUses } from '../../../shared/stockUse.ts';
import { insertMovement, lotOnHand, lotsOfProducts } from '../stock.ts';

/**
 * The units a session being signed takes out of stock (shared/stockUse.ts says how many), written
 * inside signSession's transaction: the signature and its uses are committed together or not at all.
 * A use is written even when it takes a lot below zero: the session happened, and the count that
 * finds the difference corrects the stock, not the record. The uses are audited in the signature's own
 * entry ('session.sign', detail.stock): one mutation, one audit entry.
 */
export function takeStockOnSigning(db: SqlDatabase, sessionId: string, products: readonly Product[], at: string, actor: Actor): StockUseAudit[] {
  const productIds = products.flatMap((p) => (p.catalogueId === null ? [] : [p.catalogueId]));
  if (productIds.length === 0) return [];
  return stockUses(products, lotsOfProducts(db, productIds)).map((use) => {
    const movement = insertMovement(db, {
      lotId: use.lotId, kind: 'use', reason: null, quantity: -use.units, at, actor: actor.name, actorId: actor.id ?? null, sessionId, supplier: '', receivedOn: '', note: '',
    });
    return { lotId: use.lotId, units: use.units, volumeMl: use.volumeMl, onHand: lotOnHand(db, use.lotId), movement };
  });
}

/** What the signature's audit entry keeps of each use. */
export type StockUseAudit = { lotId: string; units: number; volumeMl: number | null; onHand: number; movement: number };
