import type { Writable } from 'node:stream';
import { createFormatter } from '../../shared/format/formatter.ts';
import { ACCENT, CONTENT_LEFT, CONTENT_RIGHT, CONTENT_WIDTH, FAINT, INK, MARGIN, MUTED, PAGE, RULE, SIZE, fitText, measure, newFlow, paragraph, sectionHeading, setFont, space, wrapLines, type Flow } from './layout.ts';
import type { RecoverySheetData } from './recoverySheetData.ts';
import { openRecordDocument, recordWords, type RenderOptions, type RenderResult } from './renderRecord.ts';

/**
 * The recovery sheet: one A4 page to print and lock away. The clinic, the date and who made the key; the
 * key in large type, each symbol centred in a cell of the same width (monospaced, so that a copy by hand
 * lines up with the print), in its groups, two lines of four; then what it is for, where to keep it, who
 * can read the records with it, how to use it, that renewing it voids the sheet, and lines to write where
 * it is kept.
 */

const BODY = 10;
/** The key: two lines of four groups, each symbol centred in a cell of the same width. */
// The widest symbol (W, 0.97 em) keeps 2.5 pt either side in its cell.
const KEY = { size: 21, cell: 26, rowHeight: 38, groupGap: 22, groupsPerRow: 4 } as const;

export async function renderRecoverySheet(data: RecoverySheetData, out: Writable, options: RenderOptions = {}): Promise<RenderResult> {
  const t = await recordWords(data.language);
  // The key is not in the file's metadata: only on the page.
  const { doc, finish } = openRecordDocument(out, data.language, { Title: t('access:recoverySheet.fileTitle'), Author: data.practitioner }, options);
  const flow = newFlow(doc, { section: '', draft: false }, t, createFormatter(data.language, data.timeZone));
  letterhead(flow, data);
  titleBlock(flow, data);
  keyBlock(flow, data.recoveryKey);
  instructions(flow);
  keptLines(flow);
  footer(flow, data);
  options.onProgress?.({ sessionsDone: 1, sessionsTotal: 1, pages: doc.bufferedPageRange().count });
  return finish();
}

/** Which records the key opens: the clinic's name (whole, wrapped: it may be long, in any script), address and phone. */
function letterhead(flow: Flow, data: RecoverySheetData): void {
  const { doc, t } = flow;
  flow.y = MARGIN.top;
  paragraph(flow, data.clinic.name || t('pdf:frame.clinic'), { size: 13, bold: true, colour: ACCENT });
  setFont(doc, 'regular', SIZE.body, MUTED);
  const lines = [...data.clinic.address.split(/\s*\n\s*/), data.clinic.phone ? t('pdf:frame.phone', { phone: data.clinic.phone }) : ''].filter(Boolean);
  for (const line of lines) {
    doc.text(fitText(doc, line, CONTENT_WIDTH), CONTENT_LEFT, flow.y + 2, { lineBreak: false });
    flow.y += 11;
  }
  flow.y += 8;
  doc.moveTo(CONTENT_LEFT, flow.y).lineTo(CONTENT_RIGHT, flow.y).lineWidth(0.8).strokeColor(ACCENT).stroke();
  flow.y += 16;
}

function titleBlock(flow: Flow, data: RecoverySheetData): void {
  const { t, fmt } = flow;
  paragraph(flow, t('access:recoverySheet.title'), { size: SIZE.title, bold: true });
  space(flow, 4);
  paragraph(flow, t('access:recoverySheet.created', { when: fmt.instant(data.createdAt), name: data.practitioner }), { size: BODY, colour: MUTED });
  space(flow, 12);
}

/** The key in a framed box: its label, the groups in cells with a dash between them, and how to read it. */
function keyBlock(flow: Flow, key: string): void {
  const { doc, t } = flow;
  const groups = key.split('-');
  const rows: string[][] = [];
  for (let i = 0; i < groups.length; i += KEY.groupsPerRow) rows.push(groups.slice(i, i + KEY.groupsPerRow));
  const rowWidth = (row: readonly string[]) => row.reduce((w, g) => w + g.length * KEY.cell, 0) + (row.length - 1) * KEY.groupGap;
  setFont(doc, 'regular', SIZE.small);
  const reading = t('access:recoveryKey.reading');
  const readingHeight = wrapLines(doc, reading, CONTENT_WIDTH - 32).length * doc.currentLineHeight(true);
  const top = flow.y;
  const height = 24 + rows.length * KEY.rowHeight + 10 + readingHeight + 12;
  doc.roundedRect(CONTENT_LEFT, top, CONTENT_WIDTH, height, 6).lineWidth(1.6).strokeColor(ACCENT).stroke();

  setFont(doc, 'bold', SIZE.small, ACCENT);
  doc.text(t('access:recoverySheet.keyLabel').toLocaleUpperCase(flow.fmt.locale), CONTENT_LEFT + 16, top + 10, { lineBreak: false, characterSpacing: 0.4 });
  let y = top + 26;
  // A dash between the groups of a line; none at the line's end, where the grid says the key goes on.
  for (const row of rows) {
    let x = CONTENT_LEFT + (CONTENT_WIDTH - rowWidth(row)) / 2;
    row.forEach((group, g) => {
      drawGroup(flow, group, x, y);
      x += group.length * KEY.cell;
      if (g < row.length - 1) drawDash(flow, x + KEY.groupGap / 2, y + KEY.rowHeight / 2 - 2);
      x += KEY.groupGap;
    });
    y += KEY.rowHeight;
  }
  flow.y = y + 10;
  paragraph(flow, reading, { x: CONTENT_LEFT + 16, width: CONTENT_WIDTH - 32, size: SIZE.small, colour: MUTED });
  flow.y = top + height + 6;
}

/** One group in a tinted box, its symbols each centred in a cell of the same width. */
function drawGroup(flow: Flow, group: string, x: number, y: number): void {
  const { doc } = flow;
  const width = group.length * KEY.cell;
  const h = KEY.rowHeight - 6;
  doc.rect(x, y, width, h).fill(FAINT);
  doc.rect(x, y, width, h).lineWidth(0.8).strokeColor(RULE).stroke();
  setFont(doc, 'bold', KEY.size, INK);
  const baseline = y + (h - doc.currentLineHeight()) / 2 + 1;
  [...group].forEach((symbol, i) => {
    doc.text(symbol, x + i * KEY.cell + (KEY.cell - measure(doc, symbol)) / 2, baseline, { lineBreak: false });
  });
}

/** The dash between two groups, drawn: the text of the key keeps its dashes, the print shows them plainly. */
function drawDash(flow: Flow, centreX: number, y: number): void {
  flow.doc.moveTo(centreX - 5, y).lineTo(centreX + 5, y).lineWidth(2).strokeColor(MUTED).stroke();
}

function instructions(flow: Flow): void {
  const { t } = flow;
  const place = `${t('settings:page.title')} › ${t('access:practitioners.title')}`;
  const sections: [string, string][] = [
    [t('access:recoverySheet.whatTitle'), t('access:recoverySheet.whatText')],
    [t('access:recoverySheet.keepTitle'), t('access:recoverySheet.keepText')],
    [t('access:recoverySheet.riskTitle'), t('access:recoverySheet.riskText')],
    [t('access:recoverySheet.useTitle'), t('access:recoverySheet.useText', { link: t('access:lock.forgot') })],
    [t('access:recoverySheet.renewTitle'), t('access:recoverySheet.renewText', { place })],
  ];
  for (const [heading, text] of sections) {
    sectionHeading(flow, heading, 24);
    paragraph(flow, text, { size: BODY });
    space(flow, 8);
  }
}

/** Where the sheet is kept, written by hand: a label and a line to write on, twice. */
function keptLines(flow: Flow): void {
  const { doc, t } = flow;
  space(flow, 18);
  for (const label of [t('access:recoverySheet.keptAt'), t('access:recoverySheet.keptOn')]) {
    setFont(doc, 'bold', BODY, INK);
    const width = Math.min(measure(doc, label), CONTENT_WIDTH * 0.45);
    doc.text(fitText(doc, label, width), CONTENT_LEFT, flow.y, { lineBreak: false });
    const lineY = flow.y + doc.currentLineHeight() + 1;
    doc.moveTo(CONTENT_LEFT + width + 8, lineY).lineTo(CONTENT_RIGHT, lineY).lineWidth(0.6).strokeColor(MUTED).stroke();
    flow.y += 32;
  }
}

function footer(flow: Flow, data: RecoverySheetData): void {
  const { doc, t } = flow;
  const foot = PAGE.height - MARGIN.bottom - 8;
  doc.moveTo(CONTENT_LEFT, foot - 6).lineTo(CONTENT_RIGHT, foot - 6).lineWidth(0.5).strokeColor(RULE).stroke();
  setFont(doc, 'bold', SIZE.tiny, MUTED);
  const confidential = t('access:recoverySheet.footer');
  doc.text(confidential, CONTENT_LEFT, foot, { lineBreak: false });
  const left = CONTENT_LEFT + measure(doc, confidential) + 12;
  setFont(doc, 'regular', SIZE.tiny, MUTED);
  if (data.clinic.name) doc.text(fitText(doc, data.clinic.name, CONTENT_RIGHT - left), left, foot, { lineBreak: false });
}
