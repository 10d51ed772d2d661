import { catalogueProductInputSchema, catalogueQuerySchema, gtinQuerySchema, retireProductSchema, type CatalogueProduct } from '../productCatalogue.ts';
import { returns, type ChannelContract } from './contract.ts';

/** The clinic's product catalogue: what the cocktail picks from, and what a scanned box's GTIN names. */
export const CATALOGUE_CHANNELS = {
  listCatalogue: { input: catalogueQuerySchema, output: returns<CatalogueProduct[]>() },
  /** Adds a product (no id) or edits one; answers it as saved. */
  saveCatalogueProduct: { input: catalogueProductInputSchema, output: returns<CatalogueProduct>() },
  /** Retires a product or offers it again; answers it as it is now. */
  setProductRetired: { input: retireProductSchema, output: returns<CatalogueProduct>() },
  /** The product a GTIN names (8 to 14 digits, check digit verified), retired or not; null when none does. */
  findCatalogueProductByGtin: { input: gtinQuerySchema, output: returns<CatalogueProduct | null>() },
} as const satisfies Record<string, ChannelContract>;
