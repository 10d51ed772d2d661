import type { SqlDatabase } from './sqlDatabase.ts';
import { catalogueNameKey, type CatalogueProduct, type ProductKind } from '../../shared/productCatalogue.ts';
import { statement } from './statements.ts';

/** The rows of schema 13's catalogue_products and catalogue_gtins (electron/store/migrations/013-product-catalogue.ts). */

type ProductRow = {
  id: string;
  name: string;
  name_key: string;
  active_ingredients: string;
  kind: ProductKind;
  concentration: string;
  dilution: string;
  presentation_form: string;
  presentation_volume_ml: number | null;
  manufacturer: string;
  notes: string;
  retired: number;
  created_at: string;
  updated_at: string;
};

type GtinRow = { gtin: string; product_id: string };

const COLUMNS =
  'id, name, name_key, active_ingredients, kind, concentration, dilution, presentation_form, presentation_volume_ml, manufacturer, notes, retired, created_at, updated_at';
const ORDER = 'ORDER BY name_key, created_at, id';
const SELECT_ALL = `SELECT ${COLUMNS} FROM catalogue_products ${ORDER}`;
const SELECT_OFFERED = `SELECT ${COLUMNS} FROM catalogue_products WHERE retired = 0 ${ORDER}`;
const SELECT_BY_ID = `SELECT ${COLUMNS} FROM catalogue_products WHERE id = ?`;
const SELECT_OFFERED_BY_NAME_KEY = `SELECT ${COLUMNS} FROM catalogue_products WHERE name_key = ? AND retired = 0`;
const EXISTS = 'SELECT 1 AS found FROM catalogue_products WHERE id = ?';
const INSERT = `INSERT INTO catalogue_products (${COLUMNS}) VALUES (:id, :name, :name_key, :active_ingredients, :kind, :concentration, :dilution,
  :presentation_form, :presentation_volume_ml, :manufacturer, :notes, :retired, :created_at, :updated_at)`;
const UPDATE = `UPDATE catalogue_products SET name = :name, name_key = :name_key, active_ingredients = :active_ingredients, kind = :kind,
  concentration = :concentration, dilution = :dilution, presentation_form = :presentation_form, presentation_volume_ml = :presentation_volume_ml,
  manufacturer = :manufacturer, notes = :notes, retired = :retired, updated_at = :updated_at WHERE id = :id`;
const SELECT_ALL_GTINS = 'SELECT gtin, product_id FROM catalogue_gtins ORDER BY product_id, position';
const SELECT_GTINS_OF = 'SELECT gtin, product_id FROM catalogue_gtins WHERE product_id = ? ORDER BY position';
const SELECT_OWNER_OF_GTIN = 'SELECT gtin, product_id FROM catalogue_gtins WHERE gtin = ?';
const DELETE_GTINS_OF = 'DELETE FROM catalogue_gtins WHERE product_id = ?';
const INSERT_GTIN = 'INSERT INTO catalogue_gtins (gtin, product_id, position) VALUES (?, ?, ?)';

/** The catalogue by name, with each product's GTINs: the products offered, or every one (retired too). */
export function listCatalogueProducts(db: SqlDatabase, includeRetired: boolean): CatalogueProduct[] {
  const rows = statement(db, includeRetired ? SELECT_ALL : SELECT_OFFERED).all() as unknown as ProductRow[];
  // One read of the GTINs for the whole list, not one per product.
  const gtins = new Map<string, string[]>();
  for (const { gtin, product_id } of statement(db, SELECT_ALL_GTINS).all() as unknown as GtinRow[]) {
    gtins.set(product_id, [...(gtins.get(product_id) ?? []), gtin]);
  }
  return rows.map((row) => productFromRow(row, gtins.get(row.id) ?? []));
}

export function findCatalogueProduct(db: SqlDatabase, id: string): CatalogueProduct | null {
  const row = statement(db, SELECT_BY_ID).get(id) as ProductRow | undefined;
  return row ? productFromRow(row, gtinsOf(db, id)) : null;
}

export function catalogueProductExists(db: SqlDatabase, id: string): boolean {
  return statement(db, EXISTS).get(id) !== undefined;
}

/** The product offered (not retired) whose name is `name` regardless of case and spacing. */
export function findOfferedProductByName(db: SqlDatabase, name: string): CatalogueProduct | null {
  const row = statement(db, SELECT_OFFERED_BY_NAME_KEY).get(catalogueNameKey(name)) as ProductRow | undefined;
  return row ? productFromRow(row, gtinsOf(db, row.id)) : null;
}

/** The id of the product a GTIN-14 names, retired or not; null when none does. */
export function productIdOfGtin(db: SqlDatabase, gtin14: string): string | null {
  const row = statement(db, SELECT_OWNER_OF_GTIN).get(gtin14) as GtinRow | undefined;
  return row?.product_id ?? null;
}

export function insertCatalogueProduct(db: SqlDatabase, product: CatalogueProduct): void {
  statement(db, INSERT).run(rowOf(product));
  writeGtins(db, product.id, product.gtins);
}

/** Writes an edit or a retirement: every field but the product's id and creation time; its GTINs replaced. */
export function updateCatalogueProduct(db: SqlDatabase, product: CatalogueProduct): void {
  const { created_at: _created, ...row } = rowOf(product);
  statement(db, UPDATE).run(row);
  statement(db, DELETE_GTINS_OF).run(product.id);
  writeGtins(db, product.id, product.gtins);
}

function writeGtins(db: SqlDatabase, productId: string, gtins: readonly string[]): void {
  const insert = statement(db, INSERT_GTIN);
  gtins.forEach((gtin, position) => insert.run(gtin, productId, position));
}

function gtinsOf(db: SqlDatabase, id: string): string[] {
  return (statement(db, SELECT_GTINS_OF).all(id) as unknown as GtinRow[]).map((r) => r.gtin);
}

function rowOf(p: CatalogueProduct): ProductRow {
  return {
    id: p.id,
    name: p.name,
    name_key: catalogueNameKey(p.name),
    active_ingredients: p.activeIngredients,
    kind: p.kind,
    concentration: p.concentration,
    dilution: p.dilution,
    presentation_form: p.presentation.form,
    presentation_volume_ml: p.presentation.volumeMl,
    manufacturer: p.manufacturer,
    notes: p.notes,
    retired: p.retired ? 1 : 0,
    created_at: p.createdAt,
    updated_at: p.updatedAt,
  };
}

function productFromRow(row: ProductRow, gtins: string[]): CatalogueProduct {
  return {
    id: row.id,
    name: row.name,
    activeIngredients: row.active_ingredients,
    kind: row.kind,
    concentration: row.concentration,
    dilution: row.dilution,
    presentation: { form: row.presentation_form as CatalogueProduct['presentation']['form'], volumeMl: row.presentation_volume_ml },
    manufacturer: row.manufacturer,
    gtins,
    notes: row.notes,
    retired: row.retired === 1,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}
