import type { PDFDocument } from 'pdfkit';
import type { Writable } from 'node:stream';
import { createFormatter, type Formatter } from '../../shared/format/formatter.ts';
import type { RecallUse } from '../../shared/recall.ts';
import { ACCENT, CONTENT_LEFT, CONTENT_RIGHT, CONTENT_WIDTH, MARGIN, MUTED, PAGE, RULE, SIZE, fitText, measure, newFlow, paragraph, setFont, space, type Flow } from './layout.ts';
import type { RecallLetter, RecallLettersData } from './recallLetterData.ts';
import { openRecordDocument, recordWords, type RenderOptions, type RenderResult } from './renderRecord.ts';
import { sealCurrentPage } from './sealedPages.ts';
import { table, type Column } from './tables.ts';

/**
 * The recall letters: one letter per patient (a long list of sessions may take a second page), each in
 * its patient's language: the clinic's letterhead, the date, the patient's name and address where a
 * window envelope shows it, the product and lot, the sessions concerned, and a neutral request to
 * contact the clinic. It says no more than the record knows: no diagnosis, no alarm.
 */

/** Where a window envelope (C5/6, DL; window on the right in France, Italy, Spain) shows the address. */
const ADDRESS = { x: 318, y: 140, width: CONTENT_RIGHT - 318 } as const;
const BODY_TOP = 262;

export async function renderRecallLetters(data: RecallLettersData, out: Writable, options: RenderOptions = {}): Promise<RenderResult> {
  const fileWords = await recordWords(data.language);
  const { doc, finish } = openRecordDocument(
    out,
    data.language,
    { Title: fileWords('records:recalls.letter.fileTitle', { what: data.recall.lot || data.recall.product }), Author: data.printedBy },
    options,
  );

  // Each page's letter, for its footer ("page 1 of 2" counts the pages of that letter).
  const letterOfPage: number[] = [];
  const flows: Flow[] = [];
  for (const [index, letter] of data.letters.entries()) {
    if (index > 0) {
      sealCurrentPage(doc);
      doc.addPage();
    }
    const first = doc.bufferedPageRange().count - 1;
    const flow = newFlow(doc, { section: '', draft: false }, await recordWords(letter.language), createFormatter(letter.language, data.timeZone));
    writeLetter(flow, data, letter);
    flows.push(flow);
    for (let page = first; page < doc.bufferedPageRange().count; page += 1) letterOfPage[page] = index;
    options.onProgress?.({ sessionsDone: index + 1, sessionsTotal: data.letters.length, pages: doc.bufferedPageRange().count });
  }
  if (data.letters.length === 0) {
    const flow = newFlow(doc, { section: '', draft: false }, fileWords, createFormatter(data.language, data.timeZone));
    letterhead(flow, data);
    flow.y = BODY_TOP;
    paragraph(flow, fileWords('records:recalls.letter.none'), { colour: MUTED });
  }
  drawFooters(doc, data, flows, letterOfPage);
  return finish();
}

function writeLetter(flow: Flow, data: RecallLettersData, letter: RecallLetter): void {
  const { t } = flow;
  const { patient } = letter;
  letterhead(flow, data);
  addressBlock(flow, `${patient.firstName} ${patient.lastName}`, patient.address);

  flow.y = BODY_TOP;
  const products = [...new Set(patient.uses.map((u) => u.productName))].join(', ') || data.recall.product;
  const lot = data.recall.lot;
  const subject = lot ? (products ? t('records:recalls.letter.subject', { product: products, lot }) : t('records:recalls.letter.subjectLot', { lot })) : t('records:recalls.letter.subjectProduct', { product: products });
  paragraph(flow, subject, { bold: true, size: SIZE.section });
  if (data.recall.reference) paragraph(flow, t('records:recalls.letter.reference', { reference: data.recall.reference }), { colour: MUTED, size: SIZE.small });
  space(flow, 14);
  paragraph(flow, t('records:recalls.letter.salutation', { name: `${patient.firstName} ${patient.lastName}` }), { size: 10 });
  space(flow, 8);
  paragraph(flow, t('records:recalls.letter.received'), { size: 10 });
  space(flow, 6);
  paragraph(flow, t('records:recalls.letter.precaution'), { size: 10 });
  space(flow, 10);
  sessionsTable(flow, patient.uses);
  space(flow, 12);
  paragraph(flow, data.clinic.phone ? t('records:recalls.letter.contactPhone', { phone: data.clinic.phone }) : t('records:recalls.letter.contact'), { size: 10 });
  space(flow, 18);
  paragraph(flow, t('records:recalls.letter.closing'), { size: 10 });
  space(flow, 26);
  paragraph(flow, data.printedBy, { bold: true, size: 10 });
  if (data.clinic.name) paragraph(flow, data.clinic.name, { size: 10 });
}

/** The clinic's name, address and phone at the top left; the letter's date at the top right. */
function letterhead(flow: Flow, data: RecallLettersData): void {
  const { doc, t, fmt } = flow;
  const top = MARGIN.top + 4;
  setFont(doc, 'bold', 13, ACCENT);
  doc.text(fitText(doc, data.clinic.name || t('pdf:frame.clinic'), CONTENT_WIDTH * 0.6), CONTENT_LEFT, top, { lineBreak: false });
  setFont(doc, 'regular', SIZE.body, MUTED);
  let y = top + 18;
  for (const line of [...data.clinic.address.split(/\s*\n\s*/), data.clinic.phone ? t('pdf:frame.phone', { phone: data.clinic.phone }) : ''].filter(Boolean)) {
    doc.text(fitText(doc, line, CONTENT_WIDTH * 0.6), CONTENT_LEFT, y, { lineBreak: false });
    y += 11;
  }
  const date = fmt.date(fmt.instantDay(data.printedAt));
  setFont(doc, 'regular', 10);
  doc.text(date, CONTENT_RIGHT - measure(doc, date), top + 2, { lineBreak: false });
  doc.moveTo(CONTENT_LEFT, top + 66).lineTo(CONTENT_RIGHT, top + 66).lineWidth(0.8).strokeColor(ACCENT).stroke();
}

/** The patient's name and, where the record has one, the postal address, line by line, in the envelope's window. */
function addressBlock(flow: Flow, name: string, address: string): void {
  const { doc } = flow;
  setFont(doc, 'bold', 10.5);
  doc.text(fitText(doc, name, ADDRESS.width), ADDRESS.x, ADDRESS.y, { lineBreak: false });
  setFont(doc, 'regular', 10);
  let y = ADDRESS.y + 15;
  for (const line of address.split(/\s*\n\s*/).filter(Boolean).slice(0, 5)) {
    doc.text(fitText(doc, line, ADDRESS.width), ADDRESS.x, y, { lineBreak: false });
    y += 13;
  }
}

function sessionsTable(flow: Flow, uses: readonly RecallUse[]): void {
  const { t, fmt } = flow;
  paragraph(flow, t('records:recalls.letter.sessionsHeading'), { bold: true, size: 10, colour: ACCENT });
  space(flow, 3);
  const columns: Column<RecallUse>[] = [
    { header: t('records:recalls.letter.date'), width: 1.2, text: (u) => fmt.date(u.date) },
    { header: t('records:recalls.letter.product'), width: 2.4, wrap: true, bold: true, text: (u) => u.productName },
    { header: t('records:recalls.letter.lot'), width: 1.3, text: (u) => u.lot || '—' },
    { header: t('records:recalls.letter.volume'), width: 1, align: 'right', text: (u) => volumeText(fmt, u.volumeMl) },
  ];
  table(flow, columns, uses, { size: 9 });
}

function volumeText(fmt: Formatter, ml: number | null): string {
  return ml === null ? '—' : fmt.volume(ml);
}

/** Each page's foot: the clinic, and the page within its letter. */
function drawFooters(doc: PDFDocument, data: RecallLettersData, flows: readonly Flow[], letterOfPage: readonly number[]): void {
  const { start, count } = doc.bufferedPageRange();
  for (let i = 0; i < count; i += 1) {
    const letter = letterOfPage[i];
    const flow = letter === undefined ? undefined : flows[letter];
    if (!flow) continue;
    doc.switchToPage(start + i);
    const pages = letterOfPage.filter((l) => l === letter).length;
    const page = letterOfPage.slice(0, i + 1).filter((l) => l === letter).length;
    const foot = PAGE.height - MARGIN.bottom - 8;
    doc.moveTo(CONTENT_LEFT, foot - 6).lineTo(CONTENT_RIGHT, foot - 6).lineWidth(0.5).strokeColor(RULE).stroke();
    setFont(doc, 'regular', SIZE.tiny, MUTED);
    const left = [data.clinic.name, data.recall.reference ? flow.t('records:recalls.letter.reference', { reference: data.recall.reference }) : ''].filter(Boolean).join(' · ');
    doc.text(fitText(doc, left, CONTENT_WIDTH * 0.7), CONTENT_LEFT, foot, { lineBreak: false });
    const pageText = flow.t('pdf:frame.page', { page: flow.fmt.integer(page), count: flow.fmt.integer(pages) });
    doc.text(pageText, CONTENT_RIGHT - measure(doc, pageText), foot, { lineBreak: false });
  }
}
