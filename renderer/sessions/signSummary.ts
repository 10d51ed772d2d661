import type { Namespace, TFunction } from 'i18next';
import { allergyMatches } from '../../shared/allergyMatch.ts';
import { isAfterToday } from '../../shared/clinicDay.ts';
import type { Formatter } from '../../shared/format/formatter.ts';
import { MAP_VIEWS, type MapViewId } from '../../shared/mapViews.ts';
import type { InjectionPoint } from '../../shared/point.ts';
import { productLabel, type Product } from '../../shared/product.ts';
import { cocktailWarnings, productFlags, type ProductFlags } from './cocktail.ts';
import { expiredLotsWithoutReason } from '../../shared/expiredLot.ts';

/** What the sign dialog summarises: the chart per view, the cocktail with its lots, and what is amiss. Pure; tested. */
export type SignSummary = {
  pointCount: number;
  byView: { view: MapViewId; count: number }[];
  /** Each product with its traceability flags and the recorded allergies it matches (none: empty). */
  products: (Pick<Product, 'name' | 'lot' | 'expiry' | 'volumeMl'> & ProductFlags & { allergies: string[] })[];
  warnings: string[];
  /**
   * The expired lots given without the reason for using them, in words: the store refuses to sign them
   * (shared/expiredLot.ts), so the dialog does not offer to.
   */
  missingReasons: string[];
  /** The session is dated after today: it cannot be signed (the boundary refuses it too). */
  future: boolean;
};

/**
 * What the summary checks beyond the session: the patient's recorded allergies, today in the clinic's zone,
 * and whether the patient's screening changed after the session took its copy (shared/sessionScreening.ts).
 */
export type SignContext = { allergies: readonly string[]; today: string | null; screeningChanged?: boolean };

export function signSummary(
  t: TFunction<Namespace>,
  format: Formatter,
  fields: { date: string; products: readonly Product[] },
  points: readonly Pick<InjectionPoint, 'view'>[],
  context: SignContext = { allergies: [], today: null },
): SignSummary {
  const counts = new Map<MapViewId, number>();
  for (const p of points) counts.set(p.view, (counts.get(p.view) ?? 0) + 1);
  const allergic = allergyMatches(fields.products, context.allergies);
  // A product the patient is allergic to comes first: it is the gravest thing to check.
  const warnings = [...allergic].map(([i, allergies]) => t('sessions:cocktail.allergyWarning', { product: productLabel(t, fields.products[i] ?? { name: '' }, i), allergies: allergies.join('; ') }));
  if (context.screeningChanged) warnings.push(t('sessions:sign.screeningChangedWarning'));
  warnings.push(...cocktailWarnings(t, format, fields.products, fields.date));
  if (fields.products.length === 0) warnings.push(t('sessions:sign.noProductWarning'));
  if (points.length === 0) warnings.push(t('sessions:sign.noPointWarning'));
  return {
    pointCount: points.length,
    byView: MAP_VIEWS.filter((v) => counts.has(v.id)).map((v) => ({ view: v.id, count: counts.get(v.id) ?? 0 })),
    products: fields.products.map((p, i) => ({ name: p.name, lot: p.lot, expiry: p.expiry, volumeMl: p.volumeMl, ...productFlags(p, fields.date), allergies: allergic.get(i) ?? [] })),
    warnings,
    missingReasons: expiredLotsWithoutReason(fields.products, fields.date).map((i) => {
      const p = fields.products[i];
      return t('sessions:sign.expiredLotReasonMissing', { product: productLabel(t, p ?? { name: '' }, i), lot: p?.lot || t('sessions:cocktail.noLotNumber') });
    }),
    future: context.today !== null && isAfterToday(fields.date, context.today),
  };
}
