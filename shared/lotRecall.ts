import { z } from 'zod';
import type { SessionStatus } from './session.ts';

/** One use of a product lot: the session, its patient and date, and the product as it was recorded. */
export type LotUse = {
  sessionId: string;
  patientId: string;
  patientFirstName: string;
  patientLastName: string;
  date: string;
  time: string;
  status: SessionStatus;
  productName: string;
  lot: string;
  expiry: string;
};

/**
 * One use of a product in a lot recall, as the record reads now: `source` says whether the session's
 * own record names it ('record': a draft, or a session as signed) or only an amendment's correction
 * does ('amendment'); `correctedTo` says what an amendment corrected the lot or expiry to, when it did.
 */
export type ProductUse = LotUse & {
  productIndex: number;
  source: 'record' | 'amendment';
  /** The amendment that set this lot (source 'amendment'), or the one that corrected it away. */
  amendmentSeq: number | null;
  correctedTo: { lot: string; expiry: string } | null;
};

/** A recall search: a lot, a product name (part of it), or both; one of them at least. */
export const productUseQuerySchema = z
  .object({
    lot: z.string().trim().max(60).default(''),
    product: z.string().trim().max(120).default(''),
  })
  .strict()
  .refine((q) => q.lot !== '' || q.product !== '', { params: { reason: 'lot-or-product' }, path: ['lot'] });
export type ProductUseQuery = z.output<typeof productUseQuerySchema>;
