import { z } from 'zod';
import { isoDate } from './dates.ts';
import { note, requiredLine } from './text.ts';

/** A product of the session's cocktail, traceable by lot and expiry. */
export const productSchema = z.object({
  name: requiredLine(120),
  activeIngredients: note(300).default(''),
  concentration: note(60).default(''),
  dilution: note(60).default(''),
  volumeMl: z.number({ error: 'must be a number of millilitres' }).min(0, { error: 'cannot be negative' }).max(100, { error: 'must be at most 100 ml' }).nullable().default(null),
  lot: note(60).default(''),
  expiry: z.union([z.literal(''), z.iso.date({ error: 'must be a date written YYYY-MM-DD' })]).default(''),
});

export type Product = z.infer<typeof productSchema>;
export type ProductInput = z.input<typeof productSchema>;

/** A lot past its expiry date on the day of the session must be flagged. */
export function isExpiredOn(product: Pick<Product, 'expiry'>, sessionDate: string): boolean {
  return product.expiry !== '' && product.expiry < sessionDate;
}

/** The fields of a product in the order the cocktail editor and the records show them. */
export const PRODUCT_FIELDS = ['name', 'activeIngredients', 'concentration', 'dilution', 'volumeMl', 'lot', 'expiry'] as const;
export type ProductField = (typeof PRODUCT_FIELDS)[number];

export const PRODUCT_FIELD_LABELS: Record<ProductField, string> = {
  name: 'Name',
  activeIngredients: 'Active ingredients',
  concentration: 'Concentration',
  dilution: 'Dilution',
  volumeMl: 'Volume (ml)',
  lot: 'Lot',
  expiry: 'Expiry',
};

/** "Product 2 (Lidocaine 2%)", or "Product 2" while it has no name. */
export function productLabel(product: Pick<Product, 'name'>, index: number): string {
  return `Product ${index + 1}${product.name.trim() ? ` (${product.name.trim()})` : ''}`;
}
