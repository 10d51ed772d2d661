import type { z } from 'zod';
import { parseDecimal } from '../../shared/format/parseDecimal.ts';
import { foldForSearch } from '../../shared/foldText.ts';
import {
  catalogueProductInputSchema,
  gtinAsPrinted,
  type CatalogueProduct,
  type CatalogueProductFields,
  type PresentationForm,
  type ProductKind,
} from '../../shared/productCatalogue.ts';

/**
 * The product dialog's state: every field as the form holds it (the volume as typed, each GTIN box as
 * typed, '' for no kind chosen yet), turned into the shared fields for the check and the channel. The
 * check is the channel's own schema, so the dialog refuses what the main process would, every field
 * at once, each problem under its field.
 */
export type ProductDraft = {
  name: string;
  activeIngredients: string;
  kind: ProductKind | '';
  concentration: string;
  dilution: string;
  form: PresentationForm;
  volumeMl: string;
  manufacturer: string;
  /** One box per GTIN; an empty box is no GTIN. */
  gtins: string[];
  notes: string;
};

/** A new product: nothing chosen but the form (a vial, the usual), one empty GTIN box for the scanner. */
export function newProductDraft(): ProductDraft {
  return { name: '', activeIngredients: '', kind: '', concentration: '', dilution: '', form: 'vial', volumeMl: '', manufacturer: '', gtins: [''], notes: '' };
}

/** A product of the catalogue as the dialog edits it; `decimal` writes the volume as the screen's language does. */
export function draftOf(product: CatalogueProduct, decimal: (n: number) => string): ProductDraft {
  return {
    name: product.name,
    activeIngredients: product.activeIngredients,
    kind: product.kind,
    concentration: product.concentration,
    dilution: product.dilution,
    form: product.presentation.form,
    volumeMl: product.presentation.volumeMl === null ? '' : decimal(product.presentation.volumeMl),
    manufacturer: product.manufacturer,
    gtins: product.gtins.length === 0 ? [''] : product.gtins.map(gtinAsPrinted),
    notes: product.notes,
  };
}

/** The GTIN boxes that hold something, with their place in the dialog (a problem of the nth sent is shown under its box). */
function filledGtins(draft: ProductDraft): { gtin: string; box: number }[] {
  return draft.gtins.map((gtin, box) => ({ gtin: gtin.trim(), box })).filter(({ gtin }) => gtin !== '');
}

/** What the check and the channel take: no kind chosen left out (so that it is 'required'), a volume not a number as NaN. */
function fieldsOf(draft: ProductDraft, id: string | undefined): Record<string, unknown> {
  const volume = parseDecimal(draft.volumeMl);
  return {
    ...(id === undefined ? {} : { id }),
    name: draft.name,
    activeIngredients: draft.activeIngredients,
    ...(draft.kind === '' ? {} : { kind: draft.kind }),
    concentration: draft.concentration,
    dilution: draft.dilution,
    presentation: { form: draft.form, volumeMl: volume === 'invalid' ? Number.NaN : volume },
    manufacturer: draft.manufacturer,
    gtins: filledGtins(draft).map(({ gtin }) => gtin),
    notes: draft.notes,
  };
}

export type DraftCheck =
  | { ok: true; fields: CatalogueProductFields }
  | { ok: false; issues: { field: string; issue: z.core.$ZodIssue }[]; input: Record<string, unknown> };

/** The draft checked with the channel's schema: the fields to send, or every problem with the dialog field it belongs to. */
export function checkDraft(draft: ProductDraft, id?: string): DraftCheck {
  const input = fieldsOf(draft, id);
  const parsed = catalogueProductInputSchema.safeParse(input);
  if (parsed.success) return { ok: true, fields: parsed.data };
  return { ok: false, issues: parsed.error.issues.map((issue) => ({ field: problemField(draft, issue.path), issue })), input };
}

/**
 * The dialog field a problem's path names: the volume under the presentation is 'volumeMl'; the nth GTIN
 * sent is the box it was typed in ('gtins.2' when the box before it was left empty); the GTIN list as a
 * whole (too many) is its first box.
 */
export function problemField(draft: ProductDraft, path: readonly PropertyKey[]): string {
  const [first, second] = path;
  if (first === 'presentation') return second === 'form' ? 'form' : 'volumeMl';
  if (first === 'gtins') {
    const sent = typeof second === 'number' ? second : Number(second ?? 0);
    return `gtins.${filledGtins(draft)[sent]?.box ?? 0}`;
  }
  return String(first ?? '');
}

/** Whether the dialog holds something typed or chosen that closing would lose. */
export function isDirty(draft: ProductDraft, start: ProductDraft): boolean {
  return JSON.stringify(draft) !== JSON.stringify(start);
}

/** Whether a product answers the search: by name, active ingredients, manufacturer or GTIN, case and accents aside. */
export function matchesSearch(product: CatalogueProduct, search: string): boolean {
  const wanted = foldForSearch(search);
  if (wanted === '') return true;
  const digits = search.replace(/\D/g, '');
  if (digits.length >= 4 && product.gtins.some((g) => g.includes(digits))) return true;
  return foldForSearch([product.name, product.activeIngredients, product.manufacturer].join(' ')).includes(wanted);
}
