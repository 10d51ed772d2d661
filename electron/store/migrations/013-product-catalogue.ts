// Frozen: shipped migrations are never edited, and import nothing but node: modules and the frozen
// helpers beside them (tests/electron/store/migrations.test.ts).
import type { SqlDatabase } from '../sqlDatabase.ts';

/**
 * Schema 13: the clinic's product catalogue (issue 15).
 *
 * - catalogue_products: what the cocktail picks from: name, active ingredients, kind in law (which the
 *   record prints: a medicinal product, a medical device, a cosmetic), default concentration and
 *   dilution, presentation (form and volume), manufacturer, notes. A product is retired, never deleted,
 *   so that the sessions that used it still name it. Names are unique among the products offered
 *   (unretired), regardless of case and spacing: name_key is the name so folded (shared/productCatalogue.ts
 *   catalogueNameKey); a retired product's name may be taken again.
 * - catalogue_gtins: the GTINs printed on a product's boxes, stored as GTIN-14. A GTIN names one product
 *   (its primary key), retired or not; position keeps them in the order given.
 * - session_products.catalogue_id and .kind: the catalogue product a cocktail's product was picked from,
 *   and its kind as it was that day. The session keeps its own copy of everything it prints: editing
 *   the catalogue later never changes a session. Products from before have neither (NULL). Adding the
 *   columns fires no trigger, so signed sessions are untouched.
 */
const CATALOGUE_SCHEMA = `
CREATE TABLE catalogue_products (
  id TEXT PRIMARY KEY NOT NULL,
  name TEXT NOT NULL CHECK (name <> ''),
  name_key TEXT NOT NULL CHECK (name_key <> ''),
  active_ingredients TEXT NOT NULL DEFAULT '',
  kind TEXT NOT NULL CHECK (kind IN ('medicinal', 'device', 'cosmetic')),
  concentration TEXT NOT NULL DEFAULT '',
  dilution TEXT NOT NULL DEFAULT '',
  presentation_form TEXT NOT NULL CHECK (presentation_form <> ''),
  presentation_volume_ml REAL CHECK (presentation_volume_ml IS NULL OR presentation_volume_ml > 0),
  manufacturer TEXT NOT NULL DEFAULT '',
  notes TEXT NOT NULL DEFAULT '',
  retired INTEGER NOT NULL DEFAULT 0 CHECK (retired IN (0, 1)),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
) STRICT;
CREATE UNIQUE INDEX catalogue_products_offered_name ON catalogue_products (name_key) WHERE retired = 0;
CREATE INDEX catalogue_products_by_name ON catalogue_products (name_key);
CREATE TRIGGER catalogue_product_delete_refused BEFORE DELETE ON catalogue_products
BEGIN SELECT RAISE(ABORT, 'A catalogue product cannot be deleted; retire it'); END;

CREATE TABLE catalogue_gtins (
  gtin TEXT PRIMARY KEY NOT NULL CHECK (length(gtin) = 14 AND gtin NOT GLOB '*[^0-9]*'),
  product_id TEXT NOT NULL REFERENCES catalogue_products (id),
  position INTEGER NOT NULL CHECK (position >= 0)
) STRICT;
CREATE UNIQUE INDEX catalogue_gtins_by_product ON catalogue_gtins (product_id, position);

ALTER TABLE session_products ADD COLUMN catalogue_id TEXT REFERENCES catalogue_products (id);
ALTER TABLE session_products ADD COLUMN kind TEXT CHECK (kind IS NULL OR kind IN ('medicinal', 'device', 'cosmetic'));
`;

export const MIGRATION_13 = {
  version: 13,
  description: "the clinic's product catalogue (products, their GTINs; retired, never deleted); a cocktail product's catalogue product and its kind as used",
  up: (db: SqlDatabase): void => db.exec(CATALOGUE_SCHEMA),
};
