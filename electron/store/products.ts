import type { SqlDatabase } from './sqlDatabase.ts';
import { notFound } from '../../shared/errors.ts';
import type { Product } from '../../shared/product.ts';
import type { ProductKind } from '../../shared/productCatalogue.ts';
import { catalogueProductExists } from './catalogue.ts';
import { statement } from './statements.ts';

type ProductRow = {
  session_id: string;
  position: number;
  name: string;
  active_ingredients: string;
  concentration: string;
  dilution: string;
  volume_ml: number | null;
  lot: string;
  expiry: string;
  catalogue_id: string | null;
  kind: ProductKind | null;
  expired_lot_reason: string;
};

const SELECT_PRODUCTS_OF_SESSION = 'SELECT * FROM session_products WHERE session_id = ? ORDER BY position';
const DELETE_PRODUCTS_OF_SESSION = 'DELETE FROM session_products WHERE session_id = ?';
const INSERT_PRODUCT = `
  INSERT INTO session_products (session_id, position, name, active_ingredients, concentration, dilution,
    volume_ml, lot, expiry, catalogue_id, kind, expired_lot_reason)
  VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`;

/** The session's cocktail in the order the practitioner listed it (points refer to it by index). */
export function listProducts(db: SqlDatabase, sessionId: string): Product[] {
  const rows = statement(db, SELECT_PRODUCTS_OF_SESSION).all(sessionId) as unknown as ProductRow[];
  return rows.map(productFromRow);
}

/**
 * Replaces the whole cocktail; call inside the save's transaction. A catalogue product the records do
 * not hold is refused by name ('products.<i>.catalogueId'), rather than by the foreign key.
 */
export function replaceProducts(db: SqlDatabase, sessionId: string, products: readonly Product[]): void {
  products.forEach((p, i) => {
    if (p.catalogueId && !catalogueProductExists(db, p.catalogueId)) throw notFound('catalogueProduct', p.catalogueId, `products.${i}.catalogueId`);
  });
  statement(db, DELETE_PRODUCTS_OF_SESSION).run(sessionId);
  const insert = statement(db, INSERT_PRODUCT);
  // Positional parameters: bound several times faster than named ones (see points.ts).
  products.forEach((p, position) =>
    insert.run(sessionId, position, p.name, p.activeIngredients, p.concentration, p.dilution, p.volumeMl, p.lot, p.expiry, p.catalogueId ?? null, p.kind ?? null, p.expiredLotReason ?? ''),
  );
}

function productFromRow(row: ProductRow): Product {
  return {
    name: row.name,
    activeIngredients: row.active_ingredients,
    concentration: row.concentration,
    dilution: row.dilution,
    volumeMl: row.volume_ml,
    lot: row.lot,
    expiry: row.expiry,
    catalogueId: row.catalogue_id,
    kind: row.kind,
    expiredLotReason: row.expired_lot_reason,
  };
}
