import type { PDFDocument } from 'pdfkit';

/**
 * A page the flow has left is written out at once (compressed, into the output) instead of waiting in
 * memory for the end of the record. The record buffers its pages (pdfkit's bufferPages) only because the
 * running header and footer ("Page n of m") need the page count, which only the end knows; the content
 * above them is final as soon as the next page starts.
 *
 * Why: pdfkit keeps a page's content as one small byte array per operator until the page ends. Kept for
 * every page of the record, a session of 20,000 points held some 600 MB of them until the last page,
 * and the garbage collector went over all of it again and again as the heap grew: the larger the record,
 * the more each point cost. Sealed, a page's content is one compressed stream in the output, and the
 * heap holds the page being drawn and no more.
 *
 * How: a PDF page may have several content streams, read one after the other as if they were one
 * (ISO 32000-1, 7.8.2), so the drawing state at the end of the first is where the second starts, as in
 * one stream. The page's content so far ends now (pdfkit compresses it and writes it out); the page
 * gets a second, empty stream, into which the running header and footer go at the end.
 */

/** pdfkit's page and reference objects, as far as sealing needs to see inside them. */
type ContentRef = { end(): void };
type PageInternals = { content: ContentRef; dictionary: { data: { Contents: ContentRef | ContentRef[] } } };
type DocInternals = { page: PageInternals; ref(): ContentRef };

export function sealCurrentPage(doc: PDFDocument): void {
  const internals = doc as unknown as DocInternals;
  const page = internals.page;
  const drawn = page.content;
  const later = internals.ref();
  const contents = page.dictionary.data.Contents;
  page.dictionary.data.Contents = [...(Array.isArray(contents) ? contents : [contents]), later];
  page.content = later;
  drawn.end();
}
