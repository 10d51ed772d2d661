import type { Namespace, TFunction } from 'i18next';
import { z } from 'zod';
import { productKindSchema } from './productCatalogue.ts';
import { entityId, note, requiredLine } from './text.ts';

/**
 * A product of the session's cocktail, traceable by lot and expiry: the session's own copy of what was
 * used, so that editing the catalogue later never changes it. `catalogueId` names the catalogue product
 * it was picked from and `kind` its kind in law as it was that day (the record prints it); both null
 * for a product typed by hand, and for products recorded before the catalogue.
 */
export const productSchema = z.object({
  name: requiredLine(120),
  activeIngredients: note(300).default(''),
  concentration: note(60).default(''),
  dilution: note(60).default(''),
  volumeMl: z.number().min(0).max(100).nullable().default(null),
  lot: note(60).default(''),
  expiry: z.union([z.literal(''), z.iso.date()]).default(''),
  catalogueId: entityId.nullable().default(null),
  kind: productKindSchema.nullable().default(null),
  /** Why a lot past its expiry on the session's day was used anyway (shared/expiredLot.ts); '' otherwise. */
  expiredLotReason: note(300).default(''),
});

export type Product = z.infer<typeof productSchema>;

/** A lot past its expiry date on the day of the session must be flagged. */
export function isExpiredOn(product: Pick<Product, 'expiry'>, sessionDate: string): boolean {
  return product.expiry !== '' && product.expiry < sessionDate;
}

/** The fields of a product in the order the cocktail editor and the records show them. */
export const PRODUCT_FIELDS = ['name', 'activeIngredients', 'concentration', 'dilution', 'volumeMl', 'lot', 'expiry'] as const;
export type ProductField = (typeof PRODUCT_FIELDS)[number];

/** A product field's name as the cocktail editor labels it: "Volume (ml)". */
export function productFieldLabel(t: TFunction<Namespace>, field: ProductField): string {
  return t(`sessions:product.fields.${field}`);
}

/** "Product 2 (Lidocaine 2%)", or "Product 2" while it has no name (the name as typed, never translated). */
export function productLabel(t: TFunction<Namespace>, product: Pick<Product, 'name'>, index: number): string {
  const name = product.name.trim();
  return name ? t('sessions:product.labelNamed', { number: index + 1, name }) : t('sessions:product.label', { number: index + 1 });
}
