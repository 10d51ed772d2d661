import { FONT } from './fonts.ts';
import { CONTENT_LEFT, CONTENT_WIDTH, FAINT, INK, MUTED, RULE, SIZE, ensureSpace, fitText, measure, newPage, setFont, wrapLines, type Flow, CONTENT_BOTTOM } from './layout.ts';

/**
 * A table across the content width: a header row (repeated at the top of every page the table runs
 * onto), rows striped for reading across, cells cut with an ellipsis or, for the columns that say
 * `wrap`, wrapped onto more lines. Rows never split across pages.
 */

export type Column<R> = {
  header: string;
  /** Relative width: the columns share the content width in proportion. */
  width: number;
  align?: 'left' | 'right' | 'center';
  wrap?: boolean;
  bold?: boolean;
  text: (row: R) => string;
  /** A colour for this cell, e.g. red for an expired lot. */
  colour?: (row: R) => string | undefined;
};

export type TableOptions = { size?: number; padX?: number; padY?: number; maxLines?: number };

export function table<R>(flow: Flow, columns: readonly Column<R>[], rows: readonly R[], options: TableOptions = {}): void {
  const { doc } = flow;
  const size = options.size ?? SIZE.small;
  const padX = options.padX ?? 4;
  const padY = options.padY ?? 3;
  const maxLines = options.maxLines ?? 6;
  const total = columns.reduce((s, c) => s + c.width, 0);
  const widths = columns.map((c) => (c.width / total) * CONTENT_WIDTH);
  const xs: number[] = [];
  widths.reduce((x, w) => (xs.push(x), x + w), CONTENT_LEFT);
  setFont(doc, 'regular', size);
  const lineHeight = doc.currentLineHeight(true);
  // The fill colour the page's content last set, as far as this table knows ('' when unknown): a cell's
  // colour is set only when it differs, since each setting is two operators in the page's content.
  let fill = '';

  // Headers wrap onto a second line rather than being cut (the longest language's headers are long).
  setFont(doc, 'bold', size - 0.4, MUTED);
  const headerLines = columns.map((c, i) => {
    const lines = wrapLines(doc, c.header, (widths[i] ?? 0) - padX * 2);
    return lines.length > 2 ? [lines[0] ?? '', lines.slice(1).join(' ')] : lines;
  });
  const headerLineHeight = doc.currentLineHeight(true);
  const headerHeight = Math.max(1, ...headerLines.map((l) => l.length)) * headerLineHeight + padY * 2;
  const header = () => {
    doc.rect(CONTENT_LEFT, flow.y, CONTENT_WIDTH, headerHeight).fill('#e3e9f0');
    setFont(doc, 'bold', size - 0.4, MUTED);
    fill = MUTED;
    columns.forEach((c, i) => (headerLines[i] ?? []).forEach((line, l) => cell(line, i, flow.y + padY + l * headerLineHeight, c.align ?? 'left')));
    flow.y += headerHeight;
  };

  const cell = (text: string, i: number, y: number, align: 'left' | 'right' | 'center') => {
    if (text === '') return; // nothing to write (an empty note); pdfkit would still measure it
    const inner = (widths[i] ?? 0) - padX * 2;
    const fitted = fitText(doc, text, inner);
    const w = align === 'left' ? 0 : measure(doc, fitted);
    const x0 = (xs[i] ?? 0) + padX;
    const x = align === 'left' ? x0 : align === 'right' ? x0 + inner - w : x0 + (inner - w) / 2;
    doc.text(fitted, x, y, { lineBreak: false });
  };

  ensureSpace(flow, headerHeight + lineHeight + padY * 2);
  header();
  rows.forEach((row, r) => {
    // The font the wrapped columns are measured in (the colour comes with the cells).
    doc.font(FONT.regular, size);
    const cells = columns.map((c, i) => {
      const text = c.text(row);
      if (!c.wrap) return [text];
      const lines = wrapLines(doc, text, (widths[i] ?? 0) - padX * 2);
      return lines.length > maxLines ? [...lines.slice(0, maxLines - 1), `${lines.slice(maxLines - 1).join(' ')}`] : lines;
    });
    const lines = Math.max(1, ...cells.map((c) => c.length));
    const h = lines * lineHeight + padY * 2;
    if (flow.y + h > CONTENT_BOTTOM) {
      newPage(flow);
      header();
    }
    if (r % 2 === 1) {
      doc.rect(CONTENT_LEFT, flow.y, CONTENT_WIDTH, h).fill(FAINT);
      fill = FAINT;
    }
    // Font and colour only when they change: each colour is an operator in the page's content.
    let bold: boolean | undefined;
    columns.forEach((c, i) => {
      const colour = c.colour?.(row) ?? INK;
      if (!!c.bold !== bold) {
        bold = !!c.bold;
        doc.font(bold ? FONT.bold : FONT.regular, size);
      }
      if (colour !== fill) {
        doc.fillColor(colour);
        fill = colour;
      }
      (cells[i] ?? []).forEach((line, l) => cell(line, i, flow.y + padY + l * lineHeight, c.align ?? 'left'));
    });
    flow.y += h;
  });
  doc.moveTo(CONTENT_LEFT, flow.y).lineTo(CONTENT_LEFT + CONTENT_WIDTH, flow.y).lineWidth(0.5).strokeColor(RULE).stroke();
  flow.y += 4;
}
