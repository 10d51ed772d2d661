import type { PDFDocument } from 'pdfkit';
import { CONTRAINDICATIONS, contraindicationLabel } from '../../shared/contraindications.ts';
import type { Consent, Signature } from '../../shared/consent.ts';
import { indicationLabel } from '../../shared/indications.ts';
import { patientDisplayName } from '../../shared/patient.ts';
import {
  ACCENT,
  CONTENT_LEFT,
  CONTENT_RIGHT,
  CONTENT_WIDTH,
  INK,
  MUTED,
  OK,
  RULE,
  SIZE,
  WARN,
  badge,
  ensureSpace,
  fieldGrid,
  formatDate,
  formatInstant,
  measure,
  paragraph,
  sectionHeading,
  setFont,
  space,
  type Flow,
} from './layout.ts';
import type { ConsentRecordData } from './recordData.ts';

/**
 * A signed consent as a document of its own: the exact text the patient read (its template and
 * version), the screening answers confirmed, both signatures with the time, the content hash, and
 * the withdrawal when there is one. Same page frame, fonts and colours as the treatment records.
 */

export function writeConsentRecord(flow: Flow, data: ConsentRecordData): void {
  const { doc } = flow;
  const c = data.consent;
  flow.current = { section: `Consent: ${indicationLabel(flow.t, c.indication)}`, draft: false };
  flow.tags[flow.tags.length - 1] = flow.current;

  ensureSpace(flow, 80);
  // The title wraps rather than shrinks: it is the template's own words.
  paragraph(flow, c.title, { bold: true, size: SIZE.title - 2, width: CONTENT_WIDTH - 100 });
  badge(doc, c.withdrawal ? 'WITHDRAWN' : 'SIGNED', CONTENT_RIGHT - 90, flow.y - 18, c.withdrawal ? WARN : OK);
  flow.y += 8;
  void measure;
  fieldGrid(flow, [
    ['Patient', `${patientDisplayName(data.patient)}, born ${formatDate(data.patient.dateOfBirth)}`],
    ['Indication', indicationLabel(flow.t, c.indication)],
    ['Template', `version ${c.templateVersion} (template ${c.templateId.slice(0, 8)})`],
    ['Signed', formatInstant(c.signedAt)],
  ], 2);

  if (c.withdrawal) {
    space(flow, 4);
    ensureSpace(flow, 50);
    const y = flow.y;
    doc.rect(CONTENT_LEFT, y, CONTENT_WIDTH, 44).fill('#fdecea');
    doc.rect(CONTENT_LEFT, y, CONTENT_WIDTH, 44).lineWidth(1).strokeColor(WARN).stroke();
    setFont(doc, 'bold', 10, WARN);
    doc.text(`WITHDRAWN ON ${formatDate(c.withdrawal.date).toLocaleUpperCase()}`, CONTENT_LEFT + 10, y + 8, { lineBreak: false });
    flow.y = y + 22;
    paragraph(flow, `Reason: ${c.withdrawal.reason} (recorded ${formatInstant(c.withdrawal.recordedAt)} by ${c.withdrawal.recordedBy})`, { x: CONTENT_LEFT + 10, size: SIZE.small });
    flow.y = Math.max(flow.y, y + 44) + 6;
  }

  sectionHeading(flow, 'Information read by the patient');
  for (const block of c.text.split(/\n{2,}/)) {
    const lines = block.split('\n');
    const first = lines[0] ?? '';
    // A line in capitals opens a section of the text: set in bold, kept with what follows.
    if (first.length > 0 && first === first.toLocaleUpperCase() && /\p{L}/u.test(first)) {
      ensureSpace(flow, 40);
      paragraph(flow, first, { bold: true, colour: ACCENT });
      if (lines.length > 1) paragraph(flow, lines.slice(1).join('\n'));
    } else {
      paragraph(flow, block);
    }
    space(flow, 5);
  }

  sectionHeading(flow, 'Screening answers confirmed by the patient', 90);
  setFont(doc, 'regular', SIZE.small, MUTED);
  doc.text(`Screened on ${formatDate(c.screening.screenedOn)}`, CONTENT_LEFT, flow.y, { lineBreak: false });
  flow.y += 12;
  for (const item of CONTRAINDICATIONS) {
    const answer = c.screening.answers[item.key];
    ensureSpace(flow, 14);
    setFont(doc, 'regular', SIZE.body, INK);
    doc.text(contraindicationLabel(flow.t, item.key), CONTENT_LEFT, flow.y, { lineBreak: false });
    setFont(doc, 'bold', SIZE.body, answer.present ? WARN : OK);
    doc.text(answer.present ? 'Yes' : 'No', CONTENT_LEFT + 260, flow.y, { lineBreak: false });
    if (answer.note) {
      setFont(doc, 'regular', SIZE.small, MUTED);
      doc.text(answer.note, CONTENT_LEFT + 290, flow.y + 1, { lineBreak: false, width: CONTENT_RIGHT - CONTENT_LEFT - 290 });
    }
    flow.y += 13;
  }

  sectionHeading(flow, 'Signatures', 120);
  ensureSpace(flow, 110);
  const top = flow.y;
  const half = (CONTENT_WIDTH - 16) / 2;
  signatureBox(doc, 'Patient', c.patientSignature, CONTENT_LEFT, top, half, c.signedAt);
  signatureBox(doc, 'Practitioner (countersignature)', c.practitionerSignature, CONTENT_LEFT + half + 16, top, half, c.signedAt);
  flow.y = top + 104;

  sectionHeading(flow, 'Integrity', 40);
  paragraph(flow, `SHA-256 of the signed content: ${c.hash}`, { size: SIZE.small, colour: MUTED });
  paragraph(flow, 'The hash covers the template and version, the exact text above, the screening answers, both signatures, the time of signing and the patient. The signed consent is never changed; it can only be withdrawn.', { size: SIZE.small, colour: MUTED });
}

function signatureBox(doc: PDFDocument, role: string, signature: Signature, x: number, y: number, width: number, at: string): void {
  const h = 96;
  doc.rect(x, y, width, h).lineWidth(0.7).strokeColor(RULE).stroke();
  setFont(doc, 'bold', SIZE.small, MUTED);
  doc.text(role.toLocaleUpperCase(), x + 8, y + 6, { lineBreak: false });
  if (signature.kind === 'drawn') {
    const png = Buffer.from(signature.png.slice(signature.png.indexOf(',') + 1), 'base64');
    try {
      doc.image(png, x + 8, y + 18, { fit: [width - 16, 48], align: 'center', valign: 'center' });
    } catch {
      setFont(doc, 'regular', SIZE.small, WARN);
      doc.text('(signature image unreadable)', x + 8, y + 36, { lineBreak: false });
    }
  } else {
    setFont(doc, 'regular', 15, INK);
    doc.text(signature.name, x + 8, y + 32, { lineBreak: false, width: width - 16 });
    setFont(doc, 'regular', SIZE.tiny, MUTED);
    doc.text('typed name (the clinic accepts typed signatures)', x + 8, y + 54, { lineBreak: false });
  }
  doc.moveTo(x + 8, y + 68).lineTo(x + width - 8, y + 68).lineWidth(0.5).strokeColor(RULE).stroke();
  setFont(doc, 'bold', SIZE.body, INK);
  doc.text(signature.name, x + 8, y + 72, { lineBreak: false, width: width - 16 });
  setFont(doc, 'regular', SIZE.small, MUTED);
  doc.text(formatInstant(at), x + 8, y + 84, { lineBreak: false });
}
