import type { z } from 'zod';
import type { Gs1Product } from '../../shared/gs1.ts';
import { receiveLotSchema, type ReceiveLotFields } from '../../shared/stock.ts';

/** The receive dialog's fields as typed: text, so that a half-typed number is kept. */
export type ReceiveDraft = { productId: string; lot: string; expiry: string; quantity: string; supplier: string; receivedOn: string; note: string };

export function newReceiveDraft(today: string): ReceiveDraft {
  return { productId: '', lot: '', expiry: '', quantity: '', supplier: '', receivedOn: today, note: '' };
}

export type ReceiveCheck = { ok: true; fields: ReceiveLotFields } | { ok: false; issues: { field: string; issue: z.core.$ZodIssue }[]; input: unknown };

/** Checked with the channel's own schema: every problem under its field at once. */
export function checkReceiveDraft(draft: ReceiveDraft): ReceiveCheck {
  const quantity = draft.quantity.trim() === '' ? Number.NaN : Number(draft.quantity.trim());
  const input = { ...draft, quantity };
  const parsed = receiveLotSchema.safeParse(input);
  if (parsed.success) return { ok: true, fields: parsed.data };
  return { ok: false, issues: parsed.error.issues.map((issue) => ({ field: String(issue.path[0] ?? ''), issue })), input };
}

/**
 * The draft once a scan is read, all of it at once: the product its GTIN names, and the lot and expiry it
 * carries. What the scan does not give is left as it was.
 */
export function fillFromScan(draft: ReceiveDraft, scan: Gs1Product, productId: string | null): ReceiveDraft {
  return {
    ...draft,
    ...(productId !== null ? { productId } : {}),
    ...(scan.lot !== undefined ? { lot: scan.lot } : {}),
    ...(scan.expiry !== undefined ? { expiry: scan.expiry } : {}),
  };
}
