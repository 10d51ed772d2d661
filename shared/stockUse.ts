import { lotKey } from './stock.ts';

/**
 * What a signed session takes out of stock (issue 15: "stock goes down as sessions use it").
 *
 * The rule, kept simple and explicit: each lot in stock that the cocktail names (its catalogue product
 * and its lot number) loses ONE unit per session, because a vial or ampoule opened for a patient is not
 * used for another. It loses more only when the volumes say so: when the product's presentation volume
 * is known and the cocktail records the volumes drawn from that lot, the units are the volume over the
 * presentation volume, rounded up (3 ml of a 2 ml ampoule is 2 ampoules). Several lines of the cocktail
 * from the same lot are one draw: their volumes add up before rounding. A product typed by hand (no
 * catalogue product), a line without a lot, or a lot not in stock takes nothing: the session signs as before.
 */

export type CocktailLine = { catalogueId: string | null; lot: string; volumeMl: number | null };
export type LotInStock = { id: string; productId: string; lot: string; presentationVolumeMl: number | null };
export type StockUse = { lotId: string; units: number; volumeMl: number | null };

export function stockUses(cocktail: readonly CocktailLine[], lotsInStock: readonly LotInStock[]): StockUse[] {
  const byKey = new Map(lotsInStock.map((l) => [`${l.productId}\u0000${lotKey(l.lot)}`, l]));
  const drawn = new Map<string, { lot: LotInStock; volumeMl: number | null }>();
  for (const line of cocktail) {
    if (line.catalogueId === null || lotKey(line.lot) === '') continue;
    const lot = byKey.get(`${line.catalogueId}\u0000${lotKey(line.lot)}`);
    if (!lot) continue;
    const before = drawn.get(lot.id);
    const volumeMl = line.volumeMl === null ? (before?.volumeMl ?? null) : (before?.volumeMl ?? 0) + line.volumeMl;
    drawn.set(lot.id, { lot, volumeMl });
  }
  return [...drawn.values()].map(({ lot, volumeMl }) => ({ lotId: lot.id, units: unitsFor(volumeMl, lot.presentationVolumeMl), volumeMl }));
}

/** One unit, or the volume over the presentation volume rounded up (a hair of floating point forgiven). */
export function unitsFor(volumeMl: number | null, presentationVolumeMl: number | null): number {
  if (volumeMl === null || presentationVolumeMl === null || volumeMl <= 0) return 1;
  return Math.max(1, Math.ceil(volumeMl / presentationVolumeMl - 1e-9));
}
