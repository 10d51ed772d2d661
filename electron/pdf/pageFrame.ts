import type { PDFDocument } from 'pdfkit';
import type { AuditHead } from '../../shared/audit.ts';
import { patientDisplayName, type Patient } from '../../shared/patient.ts';
import { CONTENT_LEFT, CONTENT_RIGHT, CONTENT_WIDTH, MARGIN, MUTED, PAGE, RULE, SIZE, WARN, ACCENT, fitText, measure, setFont, type Flow } from './layout.ts';
import type { RecordMeta } from './recordData.ts';

/**
 * The running header and footer of every page, drawn once all pages exist (pdfkit's buffered pages):
 * the clinic on the left and the patient on the right at the top; what the page belongs to, when it
 * was printed, "Page n of m" and the audit trail's newest link at the bottom; a DRAFT watermark across the pages of an unsigned session.
 */

export function drawPageFrames(flow: Flow, patient: Patient, meta: RecordMeta, title: string): void {
  const { doc, t, fmt, tags } = flow;
  const { start, count } = doc.bufferedPageRange();
  const clinicName = meta.clinic.name || t('pdf:frame.clinic');
  const clinicLine = [meta.clinic.address.replace(/\s*\n\s*/g, ', '), meta.clinic.phone ? t('pdf:frame.phone', { phone: meta.clinic.phone }) : ''].filter(Boolean).join(' · ');
  const patientName = patientDisplayName(patient);
  const born = t('pdf:frame.born', { date: fmt.date(patient.dateOfBirth) });
  const printed = meta.printedBy ? t('pdf:frame.printedBy', { when: fmt.instant(meta.printedAt), name: meta.printedBy }) : t('pdf:frame.printed', { when: fmt.instant(meta.printedAt) });
  const chain = auditChainLine(flow, meta.auditHead);
  for (let i = 0; i < count; i += 1) {
    doc.switchToPage(start + i);
    const tag = tags[i] ?? tags[tags.length - 1] ?? { section: '', draft: false };
    if (tag.draft) watermark(doc, t('pdf:draft.watermark'));

    const top = MARGIN.top;
    setFont(doc, 'bold', 11, ACCENT);
    doc.text(fitText(doc, clinicName, CONTENT_WIDTH * 0.55), CONTENT_LEFT, top, { lineBreak: false });
    setFont(doc, 'regular', SIZE.small, MUTED);
    if (clinicLine) doc.text(fitText(doc, clinicLine, CONTENT_WIDTH * 0.55), CONTENT_LEFT, top + 15, { lineBreak: false });
    doc.text(title, CONTENT_LEFT, top + 26, { lineBreak: false });

    setFont(doc, 'bold', 10.5);
    const name = fitText(doc, patientName, CONTENT_WIDTH * 0.42);
    doc.text(name, CONTENT_RIGHT - measure(doc, name), top, { lineBreak: false });
    setFont(doc, 'regular', SIZE.small, MUTED);
    const sub = `${born} · ${t('pdf:frame.patientId', { id: patient.id.slice(0, 8) })}`;
    doc.text(sub, CONTENT_RIGHT - measure(doc, sub), top + 15, { lineBreak: false });
    doc.moveTo(CONTENT_LEFT, top + 40).lineTo(CONTENT_RIGHT, top + 40).lineWidth(0.8).strokeColor(ACCENT).stroke();

    const foot = PAGE.height - MARGIN.bottom - 8;
    doc.moveTo(CONTENT_LEFT, foot - 6).lineTo(CONTENT_RIGHT, foot - 6).lineWidth(0.5).strokeColor(RULE).stroke();
    setFont(doc, 'regular', SIZE.tiny, MUTED);
    const left = `${patientName} · ${tag.section}`;
    doc.text(fitText(doc, left, CONTENT_WIDTH * 0.62), CONTENT_LEFT, foot, { lineBreak: false });
    doc.text(fitText(doc, printed, CONTENT_WIDTH * 0.62), CONTENT_LEFT, foot + 9, { lineBreak: false });
    setFont(doc, 'bold', SIZE.small);
    const page = t('pdf:frame.page', { page: fmt.integer(i + 1), count: fmt.integer(count) });
    doc.text(page, CONTENT_RIGHT - measure(doc, page), foot, { lineBreak: false });
    if (tag.draft) {
      setFont(doc, 'bold', SIZE.tiny, WARN);
      const d = t('pdf:draft.notSigned');
      doc.text(d, CONTENT_RIGHT - measure(doc, d), foot + 9, { lineBreak: false });
    }
    if (chain) {
      setFont(doc, 'regular', SIZE.tiny, MUTED);
      doc.text(chain, CONTENT_RIGHT - measure(doc, chain), foot + 18, { lineBreak: false });
    }
  }
}

/**
 * The audit trail's newest link when the record was printed, in small type: a records file whose newest
 * entries were removed afterwards no longer has this entry with this hash, which the page then shows.
 */
function auditChainLine(flow: Flow, head: AuditHead | null | undefined): string | null {
  if (!head) return null;
  return flow.t('pdf:frame.auditChain', { hash: head.hash.slice(-8), entry: flow.fmt.integer(head.entry) });
}

function watermark(doc: PDFDocument, text: string): void {
  doc.save();
  doc.rotate(-35, { origin: [PAGE.width / 2, PAGE.height / 2] });
  setFont(doc, 'bold', 74, WARN);
  doc.fillOpacity(0.07);
  doc.text(text, PAGE.width / 2 - measure(doc, text) / 2, PAGE.height / 2 - 40, { lineBreak: false });
  doc.restore();
  doc.fillOpacity(1);
}
