import { ApiError } from './errors.ts';
import { isExpiredOn, type Product } from './product.ts';

/**
 * An expired lot is used only with a reason (issue 15): a product whose lot expiry is before the
 * session's day cannot be signed, nor corrected into by an amendment, without the practitioner saying
 * why. The store enforces it; the screens ask for it first. Pure.
 */

type LotOfProduct = Pick<Product, 'name' | 'lot' | 'expiry' | 'expiredLotReason'>;

/** Whether this product, on the session's day, needs a reason it does not have. */
function lacksExpiredLotReason(product: LotOfProduct, sessionDate: string): boolean {
  return isExpiredOn(product, sessionDate) && product.expiredLotReason.trim() === '';
}

/** The positions of the cocktail's expired lots given without a reason, in cocktail order. */
export function expiredLotsWithoutReason(products: readonly LotOfProduct[], sessionDate: string): number[] {
  return products.flatMap((p, i) => (lacksExpiredLotReason(p, sessionDate) ? [i] : []));
}

/**
 * What an amendment must explain: the corrected cocktail's expired lots without a reason, leaving out a
 * product whose lot, expiry and day are as they were signed (a record signed before the rule keeps its
 * lot; only a change to an expired lot needs the reason).
 */
export function amendedExpiredLotsWithoutReason(before: readonly LotOfProduct[], beforeDate: string, after: readonly LotOfProduct[], afterDate: string): number[] {
  return expiredLotsWithoutReason(after, afterDate).filter((i) => {
    const was = before[i];
    return !(was && was.lot === after[i]?.lot && was.expiry === after[i]?.expiry && beforeDate === afterDate);
  });
}

/** The store's refusal, naming the field to fill: 'products.<i>.expiredLotReason'. */
export function expiredLotReasonRequired(products: readonly LotOfProduct[], index: number): ApiError {
  const p = products[index];
  return new ApiError({
    code: 'invalid-input',
    field: `products.${index}.expiredLotReason`,
    reason: 'expired-lot-reason-required',
    params: { product: p?.name ?? '', lot: p?.lot ?? '', number: index + 1 },
  });
}
