import { z } from 'zod';
import { isoDate } from './dates.ts';
import { entityId, note, requiredLine } from './text.ts';

/**
 * Lots in stock (issue 15): a lot of a catalogue product is received with its expiry, and its quantity on
 * hand is the sum of its movements, never a stored number that could drift from them. Movements are
 * receipts, uses (one per lot per signed session) and adjustments with a reason; each is audited.
 *
 * A lot is one (catalogue product, lot number) pair: a second delivery of the same lot is a second
 * receipt of it, and must carry the same expiry (a lot has one expiry; a different one is a typo).
 */

/** Why stock changes other than by a delivery or a session: broken, discarded, expired, returned, or counted (an inventory). */
export const ADJUST_REASONS = ['broken', 'discarded', 'expired', 'returned', 'counted'] as const;
export type AdjustReason = (typeof ADJUST_REASONS)[number];
const adjustReasonSchema = z.enum(ADJUST_REASONS);

export const MOVEMENT_KINDS = ['receive', 'use', 'adjust'] as const;
export type MovementKind = (typeof MOVEMENT_KINDS)[number];

/** More units than a clinic's cupboard holds of one lot: past it the number is a slip of the keyboard. */
const MAX_UNITS = 100_000;

export const receiveLotSchema = z
  .object({
    productId: entityId,
    lot: requiredLine(60),
    expiry: isoDate,
    quantity: z.int().min(1).max(MAX_UNITS),
    supplier: note(120).default(''),
    receivedOn: isoDate,
    note: note(500).default(''),
  })
  .strict();
export type ReceiveLotInput = z.input<typeof receiveLotSchema>;
export type ReceiveLotFields = z.output<typeof receiveLotSchema>;

/**
 * An adjustment as a signed change of units: -2 for two broken vials. A count ('counted') may change
 * nothing (a count that confirms the stock is still worth its audit entry); any other reason changes something.
 */
export const adjustLotSchema = z
  .object({
    lotId: entityId,
    reason: adjustReasonSchema,
    quantity: z.int().min(-MAX_UNITS).max(MAX_UNITS),
    note: note(500).default(''),
  })
  .strict()
  .refine((a) => a.quantity !== 0 || a.reason === 'counted', { path: ['quantity'], params: { reason: 'adjustment-changes-nothing' } });
export type AdjustLotInput = z.input<typeof adjustLotSchema>;
export type AdjustLotFields = z.output<typeof adjustLotSchema>;

export type StockMovement = {
  id: number;
  lotId: string;
  kind: MovementKind;
  /** An adjustment's reason; null for a receipt or a use. */
  reason: AdjustReason | null;
  /** Signed: + received, - used or taken out. */
  quantity: number;
  at: string;
  actor: string;
  /** The signed session a use was for. */
  sessionId: string | null;
  /** A receipt's supplier and day of delivery; '' otherwise. */
  supplier: string;
  receivedOn: string;
  note: string;
};

/** One lot as the stock screen lists it: its product, expiry, latest delivery and units on hand. */
export type StockLot = {
  id: string;
  productId: string;
  productName: string;
  /** A retired product's lots still show while units remain. */
  productRetired: boolean;
  lot: string;
  expiry: string;
  supplier: string;
  receivedOn: string;
  onHand: number;
};

/** The units on hand: the sum of the movements. */
export function onHand(movements: readonly Pick<StockMovement, 'quantity'>[]): number {
  return movements.reduce((sum, m) => sum + m.quantity, 0);
}

/**
 * A lot number as a cocktail's hand-typed lot is matched with the stock: blanks around it and inside it
 * ignored, letters in any case ("ab 12" is the box's "AB12"). The lot is shown as received.
 */
export function lotKey(lot: string): string {
  return lot.normalize('NFC').replace(/\s+/g, '').toUpperCase();
}

/**
 * Why an adjustment is refused, or null: stock never goes below zero by an adjustment, unless it is a
 * count (the count is what the cupboard holds; the screen asks for the units counted, never fewer than 0).
 */
export function adjustmentProblem(currentOnHand: number, quantity: number, reason: AdjustReason): 'negative-stock' | null {
  return currentOnHand + quantity < 0 && reason !== 'counted' ? 'negative-stock' : null;
}
