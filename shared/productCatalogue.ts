import type { Namespace, TFunction } from 'i18next';
import { z } from 'zod';
import { entityId, note, requiredLine } from './text.ts';

/**
 * The clinic's product catalogue: what the cocktail picks from, so that a product is named, composed and
 * classed the same way every session, and a scanned box finds its product by GTIN. A session keeps its own
 * copy of what it used (shared/product.ts, with the catalogue id it came from): editing the catalogue later
 * never changes a signed session. A product is retired, never deleted, so that old records still name it.
 */

/** What a product is in law, which the record prints beside it: a medicinal product, a medical device, a cosmetic. */
export const PRODUCT_KINDS = ['medicinal', 'device', 'cosmetic'] as const;
export type ProductKind = (typeof PRODUCT_KINDS)[number];
export const productKindSchema = z.enum(PRODUCT_KINDS);

/** How it comes: a vial, an ampoule, a prefilled syringe, or another container. */
export const PRESENTATION_FORMS = ['vial', 'ampoule', 'syringe', 'other'] as const;
export type PresentationForm = (typeof PRESENTATION_FORMS)[number];
const presentationFormSchema = z.enum(PRESENTATION_FORMS);

/**
 * A GTIN as printed on a box (8, 12, 13 or 14 digits), stored as GTIN-14 (left-padded with zeros) so that a
 * scanned AI (01) and a typed EAN-13 find the same product. The check digit is verified.
 */
const GTIN_DIGITS = /^(\d{8}|\d{12}|\d{13}|\d{14})$/;

export const gtinSchema = z
  .string()
  .trim()
  // A refinement, not .regex(): zod reports a pattern as 'invalid_format', which does not carry our reason.
  .refine((s) => GTIN_DIGITS.test(s), { params: { reason: 'gtin-format' } })
  .transform((s) => s.padStart(14, '0'))
  .refine(gtinCheckDigitValid, { params: { reason: 'gtin-check-digit' } });

/**
 * A stored GTIN-14 as the box's barcode prints it: the padding zeros taken off down to the GTIN it was
 * (GS1 pads a GTIN-8 with six zeros, a GTIN-12 with two, a GTIN-13 with one).
 */
export function gtinAsPrinted(gtin14: string): string {
  if (gtin14.startsWith('000000')) return gtin14.slice(6);
  if (gtin14.startsWith('00')) return gtin14.slice(2);
  return gtin14.startsWith('0') ? gtin14.slice(1) : gtin14;
}

/** GS1 mod-10 check digit: weights 3 and 1 alternating from the right, the last digit excluded. */
export function gtinCheckDigitValid(gtin14: string): boolean {
  if (!/^\d{14}$/.test(gtin14)) return false;
  let sum = 0;
  for (let i = 0; i < 13; i += 1) sum += Number(gtin14[i]) * (i % 2 === 0 ? 3 : 1);
  return (10 - (sum % 10)) % 10 === Number(gtin14[13]);
}

export const catalogueProductInputSchema = z
  .object({
    /** Absent to add a product; present to edit one. */
    id: entityId.optional(),
    name: requiredLine(120),
    activeIngredients: note(300).default(''),
    kind: productKindSchema,
    concentration: note(60).default(''),
    dilution: note(60).default(''),
    presentation: z.object({ form: presentationFormSchema, volumeMl: z.number().positive().max(1000).nullable() }).default({ form: 'vial', volumeMl: null }),
    manufacturer: note(120).default(''),
    gtins: z.array(gtinSchema).max(10).default([]),
    notes: note(1000).default(''),
  })
  .superRefine((input, ctx) => {
    // The same box code given twice (as an EAN-13 and as its GTIN-14, say): named at its second place.
    input.gtins.forEach((gtin, index) => {
      if (input.gtins.indexOf(gtin) < index) ctx.addIssue({ code: 'custom', path: ['gtins', index], params: { reason: 'gtin-repeated' } });
    });
  });
export type CatalogueProductInput = z.input<typeof catalogueProductInputSchema>;
export type CatalogueProductFields = z.infer<typeof catalogueProductInputSchema>;

export type CatalogueProduct = Omit<CatalogueProductFields, 'id'> & {
  id: string;
  /** Retired products stay readable in old records and are no longer offered in the cocktail. */
  retired: boolean;
  createdAt: string;
  updatedAt: string;
};

export const catalogueQuerySchema = z.object({ includeRetired: z.boolean().default(false) });
export const retireProductSchema = z.object({ id: entityId, retired: z.boolean() });
export const gtinQuerySchema = z.object({ gtin: gtinSchema });

/** Names are unique among the products offered regardless of case and spacing: "Lidocaine  2 %" is "lidocaine 2 %". */
export function catalogueNameKey(name: string): string {
  return name.normalize('NFC').trim().replace(/\s+/g, ' ').toLocaleLowerCase('und');
}

/** The words of a kind in law, as the catalogue and the record say it ("Medicinal product"). */
export function productKindLabel(t: TFunction<Namespace>, kind: ProductKind): string {
  return t(`products:kind.${kind}`);
}

/** The words of a presentation form ("Vial"). */
export function presentationFormLabel(t: TFunction<Namespace>, form: PresentationForm): string {
  return t(`products:form.${form}`);
}

/** What an edit changed, field by field, from and to: the audit entry keeps it. */
export function catalogueProductChanges(before: CatalogueProductFields, after: CatalogueProductFields): Record<string, { from: unknown; to: unknown }> {
  const changes: Record<string, { from: unknown; to: unknown }> = {};
  for (const field of Object.keys(EDITABLE) as EditableField[]) {
    if (JSON.stringify(before[field]) !== JSON.stringify(after[field])) changes[field] = { from: before[field], to: after[field] };
  }
  return changes;
}

/** The fields of a catalogue product that an edit may change: all but its id (a field added to the schema must be added here). */
type EditableField = Exclude<keyof CatalogueProductFields, 'id'>;
const EDITABLE: Record<EditableField, true> = { name: true, activeIngredients: true, kind: true, concentration: true, dilution: true, presentation: true, manufacturer: true, gtins: true, notes: true };
