import type { Namespace, TFunction } from 'i18next';
import type { Formatter } from '../../shared/format/formatter.ts';
import { MAP_VIEWS, type MapViewId } from '../../shared/mapViews.ts';
import type { InjectionPoint } from '../../shared/point.ts';
import type { Product } from '../../shared/product.ts';
import { cocktailWarnings, productFlags, type ProductFlags } from './cocktail.ts';

/** What the sign dialog summarises: the chart per view, the cocktail with its lots, and what is amiss. Pure; tested. */
export type SignSummary = {
  pointCount: number;
  byView: { view: MapViewId; count: number }[];
  products: (Pick<Product, 'name' | 'lot' | 'expiry' | 'volumeMl'> & ProductFlags)[];
  warnings: string[];
};

export function signSummary(t: TFunction<Namespace>, format: Formatter, fields: { date: string; products: readonly Product[] }, points: readonly Pick<InjectionPoint, 'view'>[]): SignSummary {
  const counts = new Map<MapViewId, number>();
  for (const p of points) counts.set(p.view, (counts.get(p.view) ?? 0) + 1);
  const warnings = cocktailWarnings(t, format, fields.products, fields.date);
  if (fields.products.length === 0) warnings.push(t('sessions:sign.noProductWarning'));
  if (points.length === 0) warnings.push(t('sessions:sign.noPointWarning'));
  return {
    pointCount: points.length,
    byView: MAP_VIEWS.filter((v) => counts.has(v.id)).map((v) => ({ view: v.id, count: counts.get(v.id) ?? 0 })),
    products: fields.products.map((p) => ({ name: p.name, lot: p.lot, expiry: p.expiry, volumeMl: p.volumeMl, ...productFlags(p, fields.date) })),
    warnings,
  };
}
