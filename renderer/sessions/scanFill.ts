import type { Namespace, TFunction } from 'i18next';
import type { Gs1Product } from '../../shared/gs1.ts';
import { GROUP_SEPARATOR } from '../products/scanSeparator.ts';
import { gtinAsPrinted, type CatalogueProduct } from '../../shared/productCatalogue.ts';
import { pickCatalogueProduct } from './catalogueSuggestions.ts';
import type { ProductDraft } from './cocktail.ts';

/**
 * A product box scanned into the cocktail (issue 15, "Scanning"). A USB scanner is a keyboard: it types the
 * box's GS1 string into the focused field (the product's name or lot), usually ending with Enter. This
 * module tells such a string from typing, and fills the row from the parsed scan, all of it or nothing.
 * Pure; tested in tests/renderer/sessions/scanFill.test.ts.
 */

/** The fields of a row that take a scan. */
export type ScanField = 'name' | 'lot';

/**
 * Whether text reads as a scanned GS1 string rather than a name or lot typed by hand: a symbology
 * identifier (]d2, ]C1, ]Q3...), a group separator, the printed form opening with "(01)", or "01" with a
 * 14-digit GTIN and more after it. A plain 13-digit EAN is not taken: a lot may be all digits.
 */
export function looksLikeGs1Scan(text: string): boolean {
  const s = text.trim();
  return /^\][A-Za-z]\d/.test(s) || s.includes(GROUP_SEPARATOR) || s.startsWith('(01)') || /^01\d{14}./.test(s);
}

/** Where a scan opens inside a field's text: a symbology identifier, or the printed form's "(01)". */
const SCAN_OPENING = /\][A-Za-z]\d|\(01\)/;

/**
 * The scan in a field, if the field holds one, and the text it held before the scanner typed (a scanner
 * types at the caret, usually into an emptied field, sometimes after a name). Null when it holds typing.
 */
export function splitScan(value: string): { before: string; scan: string } | null {
  // An opening after other text first: a scan typed after a lot holds a separator, which alone would make it all a scan.
  const at = value.search(SCAN_OPENING);
  if (at > 0 && looksLikeGs1Scan(value.slice(at))) return { before: value.slice(0, at), scan: value.slice(at) };
  return looksLikeGs1Scan(value) ? { before: '', scan: value } : null;
}

/** What a scan filled in, for the announcement and the row's note. */
export type ScanFill = {
  draft: ProductDraft;
  /** The catalogue product the GTIN names, when it does. */
  product: CatalogueProduct | null;
  /** A GTIN the catalogue does not know: the row offers to add the product with it. */
  unknownGtin: string | null;
};

/**
 * The row once a scan is read: the field that received the scan back to what it held before, then the lot
 * and expiry the scan gives, and the catalogue product its GTIN names (name, composition, kind and link, as
 * a pick). What the scan does not give is left as it was.
 */
export function fillFromScan(draft: ProductDraft, field: ScanField, before: string, scan: Gs1Product, product: CatalogueProduct | null): ScanFill {
  let next: ProductDraft = { ...draft, [field]: before };
  if (product) next = pickCatalogueProduct(next, product);
  if (scan.lot !== undefined) next = { ...next, lot: scan.lot };
  if (scan.expiry !== undefined) next = { ...next, expiry: scan.expiry };
  return { draft: next, product, unknownGtin: scan.gtin !== undefined && product === null ? scan.gtin : null };
}

/** A refused scan: the field that received it back to what it held before; nothing else touched. */
export function undoScan(draft: ProductDraft, field: ScanField, before: string): ProductDraft {
  return { ...draft, [field]: before };
}

/** What a scan filled, in words: "Filled from the box: Lidocaine 2%, lot LD2-4471, expiry 31/05/2027". */
export function scanFilledText(t: TFunction<Namespace>, fill: ScanFill, scan: Gs1Product, formatDate: (iso: string) => string): string {
  const parts: string[] = [];
  if (fill.product) parts.push(fill.product.name);
  if (scan.lot !== undefined) parts.push(t('sessions:scan.filledLot', { lot: scan.lot }));
  if (scan.expiry !== undefined) parts.push(t('sessions:scan.filledExpiry', { expiry: formatDate(scan.expiry) }));
  const filled = parts.length > 0 ? t('sessions:scan.filled', { fields: parts.join(', ') }) : fill.unknownGtin ? '' : t('sessions:scan.nothingFilled');
  const unknown = fill.unknownGtin ? t('sessions:scan.unknownGtin', { gtin: gtinAsPrinted(fill.unknownGtin) }) : '';
  return [filled, unknown].filter(Boolean).join(' ');
}
