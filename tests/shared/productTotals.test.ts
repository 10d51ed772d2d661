import { describe, expect, it } from 'vitest';
import { productSchema } from '../../shared/product.ts';
import { sessionVolumes } from '../../shared/productTotals.ts';
import { chartPoint } from './sessionFixtures.ts';

const cocktail = [productSchema.parse({ name: 'Lidocaine 2%', lot: 'LD2-4471', volumeMl: 2 }), productSchema.parse({ name: 'Piroxicam', lot: 'PX-0921' })];

describe('the volume used per product of a session', () => {
  it('sums the volumes charted at the points that name each product, beside the cocktail’s volume', () => {
    const points = [
      chartPoint('p1', { productIndex: 0, volumeMl: 0.1 }),
      chartPoint('p2', { productIndex: 0, volumeMl: 0.2 }),
      chartPoint('p3', { productIndex: 1, volumeMl: 0.05 }),
      chartPoint('p4', { productIndex: 1 }),
    ];
    const volumes = sessionVolumes(cocktail, points);
    expect(volumes.products).toEqual([
      { index: 0, name: 'Lidocaine 2%', lot: 'LD2-4471', points: 2, pointsWithVolume: 2, injectedMl: 0.3, cocktailMl: 2 },
      { index: 1, name: 'Piroxicam', lot: 'PX-0921', points: 2, pointsWithVolume: 1, injectedMl: 0.05, cocktailMl: null },
    ]);
    expect(volumes.totalMl).toBe(0.35);
  });

  it('counts points that name no product apart, and the grand total still holds their volume', () => {
    const volumes = sessionVolumes(cocktail, [chartPoint('p1', { volumeMl: 0.4 }), chartPoint('p2', { productIndex: 0, volumeMl: 0.1 })]);
    expect(volumes.withoutProduct).toEqual({ points: 1, injectedMl: 0.4 });
    expect(volumes.totalMl).toBe(0.5);
    expect(volumes.products[1]).toMatchObject({ points: 0, injectedMl: 0 });
  });
});
