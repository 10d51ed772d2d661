import type { InjectionPoint } from './point.ts';
import type { Product } from './product.ts';

/**
 * The volume used per product of a session: the points that name a product (by its place in the
 * cocktail) and the volumes charted at them, beside what the cocktail says was prepared of it. Points
 * without a product or without a volume are counted apart, so that the totals never claim more than
 * was charted. Volumes in ml, rounded to 0.01 like the region statistics (sessionDiff.ts).
 */
export type ProductTotal = {
  /** The product's place in the cocktail (0-based). */
  index: number;
  name: string;
  lot: string;
  /** Points that name this product. */
  points: number;
  /** Of those, the points with a volume charted. */
  pointsWithVolume: number;
  /** The sum of the volumes charted at those points. */
  injectedMl: number;
  /** The volume of this product in the cocktail, as entered there (null: not given). */
  cocktailMl: number | null;
};

export type SessionVolumes = {
  products: ProductTotal[];
  /** Points that name no product: how many, and the volume charted at them. */
  withoutProduct: { points: number; injectedMl: number };
  /** Every point's volume: the grand total printed beside the per-product totals. */
  totalMl: number;
};

const r2 = (n: number) => Math.round(n * 100) / 100;

export function sessionVolumes(products: readonly Product[], points: readonly InjectionPoint[]): SessionVolumes {
  const totals: ProductTotal[] = products.map((p, index) => ({ index, name: p.name, lot: p.lot, points: 0, pointsWithVolume: 0, injectedMl: 0, cocktailMl: p.volumeMl }));
  const withoutProduct = { points: 0, injectedMl: 0 };
  let total = 0;
  for (const point of points) {
    const volume = point.volumeMl ?? 0;
    total += volume;
    const row = point.productIndex === null ? undefined : totals[point.productIndex];
    if (!row) {
      withoutProduct.points += 1;
      withoutProduct.injectedMl += volume;
      continue;
    }
    row.points += 1;
    if (point.volumeMl !== null) row.pointsWithVolume += 1;
    row.injectedMl += volume;
  }
  return {
    products: totals.map((t) => ({ ...t, injectedMl: r2(t.injectedMl) })),
    withoutProduct: { points: withoutProduct.points, injectedMl: r2(withoutProduct.injectedMl) },
    totalMl: r2(total),
  };
}
