import { randomUUID } from 'node:crypto';
import { ApiError, notFound } from '../../../shared/errors.ts';
import type { Actor, StockStore } from '../../../shared/repository.ts';
import { adjustmentProblem, type StockMovement } from '../../../shared/stock.ts';
import { findCatalogueProduct } from '../catalogue.ts';
import { findStockLot, findStockLotByNumber, insertMovement, insertStockLot, listMovements, listStockLots, lotOnHand } from '../stock.ts';
import type { StoreContext, Synchronous } from './context.ts';

/**
 * Lots in stock: receipts and adjustments, each with its movement and its audit entry (entity
 * 'stock-lot') in one transaction. Uses on signing are written by signSession (./stockOnSigning.ts).
 */
export function stockMethods({ db, mutate, read, audit }: StoreContext): Synchronous<StockStore> {
  const movement = (at: string, actor: Actor, m: Omit<StockMovement, 'id' | 'at' | 'actor'>): StockMovement => {
    const id = insertMovement(db, { ...m, at, actor: actor.name, actorId: actor.id ?? null });
    return { ...m, id, at, actor: actor.name };
  };

  return {
    listStock: () => read(() => listStockLots(db)),

    listStockMovements: (lotId) =>
      read(() => {
        if (!findStockLot(db, lotId)) throw notFound('stockLot', lotId, 'lotId');
        return listMovements(db, lotId);
      }),

    receiveLot: (given, actor) =>
      mutate(actor, (at) => {
        const product = findCatalogueProduct(db, given.productId);
        if (!product) throw notFound('catalogueProduct', given.productId, 'productId');
        // A retired product is no longer bought: its boxes arriving is a mistake of product.
        if (product.retired) throw new ApiError({ code: 'conflict', field: 'productId', reason: 'product-retired', params: { name: product.name } });
        let lot = findStockLotByNumber(db, product.id, given.lot);
        if (lot && lot.expiry !== given.expiry) {
          throw new ApiError({ code: 'conflict', field: 'expiry', reason: 'lot-expiry-differs', params: { lot: lot.lot, expiry: lot.expiry } });
        }
        if (!lot) {
          lot = { id: randomUUID(), productId: product.id, lot: given.lot, expiry: given.expiry };
          insertStockLot(db, lot, at);
        }
        const received = movement(at, actor, {
          lotId: lot.id, kind: 'receive', reason: null, quantity: given.quantity, sessionId: null, supplier: given.supplier, receivedOn: given.receivedOn, note: given.note,
        });
        audit(at, actor, 'stock.receive', 'stock-lot', lot.id, { product: product.name, lot: lot.lot, expiry: lot.expiry, quantity: given.quantity, supplier: given.supplier, receivedOn: given.receivedOn, movement: received.id });
        return { lotId: lot.id, movement: received, onHand: lotOnHand(db, lot.id) };
      }),

    adjustLot: (given, actor) =>
      mutate(actor, (at) => {
        const lot = findStockLot(db, given.lotId);
        if (!lot) throw notFound('stockLot', given.lotId, 'lotId');
        const before = lotOnHand(db, lot.id);
        if (adjustmentProblem(before, given.quantity, given.reason)) {
          throw new ApiError({ code: 'conflict', field: 'quantity', reason: 'negative-stock', params: { onHand: before, lot: lot.lot } });
        }
        const adjusted = movement(at, actor, { lotId: lot.id, kind: 'adjust', reason: given.reason, quantity: given.quantity, sessionId: null, supplier: '', receivedOn: '', note: given.note });
        audit(at, actor, 'stock.adjust', 'stock-lot', lot.id, { lot: lot.lot, reason: given.reason, quantity: given.quantity, from: before, to: before + given.quantity, note: given.note, movement: adjusted.id });
        return { lotId: lot.id, movement: adjusted, onHand: before + given.quantity };
      }),
  };
}
