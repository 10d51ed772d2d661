import type { Namespace, TFunction } from 'i18next';
import type { PDFDocument } from 'pdfkit';
import type { Formatter } from '../../shared/format/formatter.ts';
import { FONT } from './fonts.ts';
import { sealCurrentPage } from './sealedPages.ts';

/**
 * The page and its typography: A4 portrait in points, the margins, the running header and footer bands,
 * the text sizes and colours; and the cursor that flows content down the page, starting a new one when
 * the next block would not fit. Everything that places content goes through a Flow.
 */

export const PAGE = { width: 595.28, height: 841.89 } as const;
export const MARGIN = { left: 42, right: 42, top: 40, bottom: 36 } as const;
/** Below the running header; above the running footer. */
export const CONTENT_TOP = 92;
export const CONTENT_BOTTOM = PAGE.height - 54;
export const CONTENT_LEFT = MARGIN.left;
export const CONTENT_WIDTH = PAGE.width - MARGIN.left - MARGIN.right;
export const CONTENT_RIGHT = CONTENT_LEFT + CONTENT_WIDTH;

export const INK = '#1a2330';
export const MUTED = '#5b6675';
export const RULE = '#c9d1db';
export const FAINT = '#eef2f6';
export const ACCENT = '#1f4e79';
export const WARN = '#b42318';
export const OK = '#1e7a3c';

export const SIZE = { title: 17, section: 11.5, body: 9, small: 7.8, tiny: 6.8 } as const;

/** What the running header and footer of a page say about its content (set when the page starts). */
export type PageTag = { section: string; draft: boolean };

export type Flow = {
  doc: PDFDocument;
  /** The record's words, in the record's language (the patient's unless another was asked for). */
  t: TFunction<Namespace>;
  /** Dates, instants (in the clinic's time zone), numbers, depths and volumes in that language. */
  fmt: Formatter;
  y: number;
  /** One per page, in page order: filled as pages are added. */
  tags: PageTag[];
  /** What pages started from now on belong to. */
  current: PageTag;
};

export function newFlow(doc: PDFDocument, first: PageTag, t: TFunction<Namespace>, fmt: Formatter): Flow {
  return { doc, t, fmt, y: CONTENT_TOP, tags: [first], current: first };
}

export function newPage(flow: Flow): void {
  // The page being left is final but for its running header and footer: written out now (sealedPages.ts).
  sealCurrentPage(flow.doc);
  flow.doc.addPage();
  flow.tags.push(flow.current);
  flow.y = CONTENT_TOP;
}

/** Starts a new page unless `height` still fits below the cursor. */
export function ensureSpace(flow: Flow, height: number): void {
  if (flow.y + height > CONTENT_BOTTOM) newPage(flow);
}

export function space(flow: Flow, gap: number): void {
  flow.y += gap;
}

export function setFont(doc: PDFDocument, weight: 'regular' | 'bold', size: number, colour: string = INK): void {
  doc.font(weight === 'bold' ? FONT.bold : FONT.regular, size).fillColor(colour);
}

/** A section heading with a rule under it; kept with at least `keep` points of what follows. */
export function sectionHeading(flow: Flow, text: string, keep = 60): void {
  ensureSpace(flow, 26 + keep);
  const { doc } = flow;
  flow.y += 6;
  setFont(doc, 'bold', SIZE.section, ACCENT);
  doc.text(text, CONTENT_LEFT, flow.y, { lineBreak: false });
  flow.y += 16;
  doc.moveTo(CONTENT_LEFT, flow.y).lineTo(CONTENT_RIGHT, flow.y).lineWidth(0.6).strokeColor(ACCENT).stroke();
  flow.y += 6;
}

/** Wrapped text across the content width (or `width` from `x`), page breaks included. */
export function paragraph(flow: Flow, text: string, options: { x?: number; width?: number; size?: number; colour?: string; bold?: boolean } = {}): void {
  const { doc } = flow;
  const x = options.x ?? CONTENT_LEFT;
  const width = options.width ?? CONTENT_RIGHT - x;
  setFont(doc, options.bold ? 'bold' : 'regular', options.size ?? SIZE.body, options.colour ?? INK);
  // Line by line, so a long note breaks across pages instead of running off the bottom.
  for (const line of wrapLines(doc, text, width)) {
    const h = doc.currentLineHeight(true);
    if (flow.y + h > CONTENT_BOTTOM) {
      newPage(flow);
      setFont(doc, options.bold ? 'bold' : 'regular', options.size ?? SIZE.body, options.colour ?? INK);
    }
    doc.text(line, x, flow.y, { lineBreak: false });
    flow.y += h;
  }
}

/**
 * The width of `text` in the document's current font and size, remembered: a record measures the same
 * cells ("Front", "4 mm", needle and product names) hundreds of times, and each pdfkit measure runs the
 * font's layout engine. Remembered per font object (each document has its own) and size, so that a
 * look-up builds no key string: a course record measures some 20,000 times.
 */
const widths = new WeakMap<object, Map<number, Map<string, number>>>();
export function measure(doc: PDFDocument, text: string): number {
  const { _font: font, _fontSize: size } = doc as unknown as { _font: object; _fontSize: number };
  let bySize = widths.get(font);
  if (!bySize) widths.set(font, (bySize = new Map()));
  let cache = bySize.get(size);
  if (!cache) bySize.set(size, (cache = new Map()));
  let width = cache.get(text);
  if (width === undefined) cache.set(text, (width = doc.widthOfString(text)));
  return width;
}

/** Greedy word wrap with the current font; a word longer than the line is cut. Newlines are kept. */
export function wrapLines(doc: PDFDocument, text: string, width: number): string[] {
  const out: string[] = [];
  for (const para of text.split(/\r?\n/)) {
    const words = para.split(/\s+/).filter(Boolean);
    if (words.length === 0) {
      out.push('');
      continue;
    }
    let line = '';
    for (let word of words) {
      const candidate = line ? `${line} ${word}` : word;
      if (measure(doc, candidate) <= width) {
        line = candidate;
        continue;
      }
      if (line) out.push(line);
      while (measure(doc, word) > width && word.length > 1) {
        let cut = word.length - 1;
        while (cut > 1 && measure(doc, word.slice(0, cut)) > width) cut -= 1;
        out.push(word.slice(0, cut));
        word = word.slice(cut);
      }
      line = word;
    }
    out.push(line);
  }
  return out;
}

/** `text` cut with an ellipsis to fit `width` in the current font. */
export function fitText(doc: PDFDocument, text: string, width: number): string {
  if (measure(doc, text) <= width) return text;
  let lo = 0;
  let hi = text.length;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (measure(doc, `${text.slice(0, mid)}…`) <= width) lo = mid;
    else hi = mid - 1;
  }
  return `${text.slice(0, lo).trimEnd()}…`;
}

/**
 * Label–value pairs in `columns` columns, the label small and muted above its value. Values wrap
 * within their column.
 */
export function fieldGrid(flow: Flow, pairs: readonly [string, string][], columns = 3): void {
  const { doc } = flow;
  const gap = 14;
  const colWidth = (CONTENT_WIDTH - gap * (columns - 1)) / columns;
  for (let i = 0; i < pairs.length; i += columns) {
    const row = pairs.slice(i, i + columns);
    setFont(doc, 'regular', SIZE.body);
    const lines = row.map(([, value]) => wrapLines(doc, value || '—', colWidth));
    const height = 11 + Math.max(...lines.map((l) => l.length)) * doc.currentLineHeight(true) + 6;
    ensureSpace(flow, height);
    row.forEach(([label], c) => {
      const x = CONTENT_LEFT + c * (colWidth + gap);
      setFont(doc, 'regular', SIZE.tiny, MUTED);
      doc.text(fitText(doc, label.toLocaleUpperCase(flow.fmt.locale), colWidth), x, flow.y, { lineBreak: false, characterSpacing: 0.3 });
      setFont(doc, 'regular', SIZE.body);
      let y = flow.y + 10;
      for (const line of lines[c] ?? []) {
        doc.text(line, x, y, { lineBreak: false });
        y += doc.currentLineHeight(true);
      }
    });
    flow.y += height;
  }
}

/** A coloured pill with white text, e.g. SIGNED or DRAFT; answers its width. */
export function badge(doc: PDFDocument, text: string, x: number, y: number, colour: string): number {
  setFont(doc, 'bold', SIZE.small, '#ffffff');
  const w = measure(doc, text) + 12;
  doc.roundedRect(x, y, w, 14, 3).fill(colour);
  setFont(doc, 'bold', SIZE.small, '#ffffff');
  doc.text(text, x + 6, y + 2.6, { lineBreak: false });
  return w;
}

// Dates, instants and numbers: flow.fmt (shared/format/formatter.ts), in the record's language and the clinic's time zone.
