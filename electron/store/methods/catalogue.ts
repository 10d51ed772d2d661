import { randomUUID } from 'node:crypto';
import type { SqlDatabase } from '../sqlDatabase.ts';
import { invalidInput, notFound } from '../../../shared/errors.ts';
import { catalogueProductChanges, catalogueProductInputSchema, type CatalogueProduct, type CatalogueProductFields } from '../../../shared/productCatalogue.ts';
import type { CatalogueStore } from '../../../shared/repository.ts';
import { catalogueNameTaken, gtinTaken } from '../alreadyExists.ts';
import { findCatalogueProduct, findOfferedProductByName, insertCatalogueProduct, listCatalogueProducts, productIdOfGtin, updateCatalogueProduct } from '../catalogue.ts';
import type { StoreContext, Synchronous } from './context.ts';

/**
 * The clinic's product catalogue: products added, edited, retired and offered again, never deleted.
 * Names are unique among the products offered; a GTIN names one product, retired or not. Each change
 * and its audit entry (entity 'catalogue-product') are one transaction.
 */
export function catalogueMethods({ db, mutate, read, audit }: StoreContext): Synchronous<CatalogueStore> {
  return {
    listCatalogue: (includeRetired) => read(() => listCatalogueProducts(db, includeRetired)),

    saveCatalogueProduct: (given, actor) =>
      mutate(actor, (at) => {
        const fields = checkedFields(given);
        const before = fields.id === undefined ? null : findCatalogueProduct(db, fields.id);
        if (fields.id !== undefined && !before) throw notFound('catalogueProduct', fields.id);
        const id = before?.id ?? randomUUID();
        // A retired product's name may be another's: it is checked when the product is offered again.
        if (!before?.retired) requireNameFree(db, fields.name, id);
        requireGtinsFree(db, fields.gtins, id);
        const { id: _id, ...kept } = fields;
        const product: CatalogueProduct = { ...kept, id, retired: before?.retired ?? false, createdAt: before?.createdAt ?? at, updatedAt: at };
        if (before) {
          updateCatalogueProduct(db, product);
          audit(at, actor, 'catalogue-product.update', 'catalogue-product', id, { name: product.name, changes: catalogueProductChanges(before, product) });
        } else {
          insertCatalogueProduct(db, product);
          audit(at, actor, 'catalogue-product.create', 'catalogue-product', id, { name: product.name, kind: product.kind, gtins: product.gtins });
        }
        return product;
      }),

    setProductRetired: (id, retired, actor) =>
      mutate(actor, (at) => {
        const before = findCatalogueProduct(db, id);
        if (!before) throw notFound('catalogueProduct', id);
        if (before.retired && !retired) requireNameFree(db, before.name, id);
        const product: CatalogueProduct = { ...before, retired, updatedAt: at };
        updateCatalogueProduct(db, product);
        audit(at, actor, retired ? 'catalogue-product.retire' : 'catalogue-product.restore', 'catalogue-product', id, { name: product.name });
        return product;
      }),

    findCatalogueProductByGtin: (gtin14) =>
      read(() => {
        const id = productIdOfGtin(db, gtin14.padStart(14, '0'));
        return id === null ? null : findCatalogueProduct(db, id);
      }),
  };
}

/** The fields checked with the channel's own schema (GTINs as GTIN-14, check digits verified); the first problem names its field. */
function checkedFields(fields: CatalogueProductFields): CatalogueProductFields {
  const parsed = catalogueProductInputSchema.safeParse(fields);
  if (!parsed.success) throw invalidInput(parsed.error, fields);
  return parsed.data;
}

function requireNameFree(db: SqlDatabase, name: string, id: string): void {
  const other = findOfferedProductByName(db, name);
  if (other && other.id !== id) throw catalogueNameTaken(other.name);
}

function requireGtinsFree(db: SqlDatabase, gtins: readonly string[], id: string): void {
  gtins.forEach((gtin, index) => {
    const owner = productIdOfGtin(db, gtin);
    if (owner !== null && owner !== id) throw gtinTaken(index, gtin, findCatalogueProduct(db, owner)?.name ?? '');
  });
}
