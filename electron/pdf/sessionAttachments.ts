import { indicationLabel } from '../../shared/indications.ts';
import { poseLabel } from '../../shared/photo.ts';
import { CONTENT_LEFT, CONTENT_WIDTH, CONTENT_BOTTOM, CONTENT_TOP, MUTED, SIZE, WARN, ensureSpace, fieldGrid, fitText, formatDate, formatInstant, newPage, paragraph, sectionHeading, setFont, type Flow } from './layout.ts';
import type { SessionRecordData } from './recordData.ts';

/** The parts of a session record that stand beside the chart: the consent that covers it, and its photos. */

export function writeConsentListing(flow: Flow, data: Pick<SessionRecordData, 'consent'>): void {
  const sc = data.consent;
  if (!sc) return;
  sectionHeading(flow, 'Informed consent', 40);
  if (sc.consent) {
    const c = sc.consent;
    fieldGrid(flow, [
      ['Consent', `${c.title} (version ${c.templateVersion})`],
      ['Signed', `${formatInstant(c.signedAt)} by the patient (${c.patientSignature.kind}), countersigned by ${c.practitionerSignature.name}`],
      ['Status', c.withdrawal ? `withdrawn on ${formatDate(c.withdrawal.date)}: ${c.withdrawal.reason}` : 'in force'],
      ['Content hash', `SHA-256 ${c.hash.slice(0, 32)}…`],
    ], 1);
  } else {
    paragraph(flow, `No signed consent for ${indicationLabel(flow.t, sc.indication).toLocaleLowerCase()} was in force on the day of this session.`, { colour: WARN, bold: true });
  }
  if (sc.override) {
    paragraph(flow, `The course was started without consent by ${sc.override.by} on ${formatInstant(sc.override.at)}. Reason: ${sc.override.reason}`, { colour: WARN });
  }
}

/** Each photo scaled into half a page, two to a page, with its pose and caption. */
export function writePhotoPages(flow: Flow, data: Pick<SessionRecordData, 'photos'>): void {
  const photos = data.photos ?? [];
  if (photos.length === 0) return;
  sectionHeading(flow, `Photos (${photos.length})`, 260);
  const { doc } = flow;
  const boxH = (CONTENT_BOTTOM - CONTENT_TOP - 60) / 2;
  for (const photo of photos) {
    ensureSpace(flow, boxH + 20);
    if (flow.y + boxH + 20 > CONTENT_BOTTOM) newPage(flow);
    doc.image(photo.jpeg, CONTENT_LEFT, flow.y, { fit: [CONTENT_WIDTH, boxH - 8], align: 'center', valign: 'center' });
    flow.y += boxH - 4;
    setFont(doc, 'bold', SIZE.body);
    const label = `${poseLabel(flow.t, photo.pose)} · ${formatDate(photo.sessionDate)}${photo.caption ? ` · ${photo.caption}` : ''}`;
    doc.text(fitText(doc, label, CONTENT_WIDTH), CONTENT_LEFT, flow.y, { lineBreak: false });
    setFont(doc, 'regular', SIZE.tiny, MUTED);
    doc.text('Display copy: orientation applied, location and camera metadata removed. The original is kept unmodified.', CONTENT_LEFT, flow.y + 12, { lineBreak: false });
    flow.y += 26;
  }
}
