import { indicationLabel } from '../../shared/indications.ts';
import { poseLabel } from '../../shared/photo.ts';
import { CONTENT_LEFT, CONTENT_WIDTH, CONTENT_BOTTOM, CONTENT_TOP, MUTED, SIZE, WARN, ensureSpace, fieldGrid, fitText, newPage, paragraph, sectionHeading, setFont, type Flow } from './layout.ts';
import type { SessionRecordData } from './recordData.ts';

/** The parts of a session record that stand beside the chart: the consent that covers it, and its photos. */

export function writeConsentListing(flow: Flow, data: Pick<SessionRecordData, 'consent'>): void {
  const sc = data.consent;
  if (!sc) return;
  const { t, fmt } = flow;
  sectionHeading(flow, t('pdf:consentListing.heading'), 40);
  if (sc.consent) {
    const c = sc.consent;
    const kind = c.patientSignature.kind === 'drawn' ? t('pdf:consentListing.kindDrawn') : t('pdf:consentListing.kindTyped');
    fieldGrid(flow, [
      [t('pdf:consentListing.consent'), t('pdf:consentListing.consentValue', { title: c.title, version: c.templateVersion })],
      [t('pdf:consentListing.signed'), t('pdf:consentListing.signedValue', { when: fmt.instant(c.signedAt), kind, name: c.practitionerSignature.name })],
      [t('pdf:consentListing.status'), c.withdrawal ? t('pdf:consentListing.withdrawn', { date: fmt.date(c.withdrawal.date), reason: c.withdrawal.reason }) : t('pdf:consentListing.inForce')],
      [t('pdf:consentListing.hash'), t('pdf:consentListing.hashValue', { hash: c.hash.slice(0, 32) })],
    ], 1);
  } else {
    paragraph(flow, t('pdf:consentListing.none', { indication: indicationLabel(t, sc.indication).toLocaleLowerCase(fmt.locale) }), { colour: WARN, bold: true });
  }
  if (sc.override) {
    paragraph(flow, t('pdf:consentListing.override', { name: sc.override.by, when: fmt.instant(sc.override.at), reason: sc.override.reason }), { colour: WARN });
  }
}

/** Each photo scaled into half a page, two to a page, with its pose and caption. */
export function writePhotoPages(flow: Flow, data: Pick<SessionRecordData, 'photos'>): void {
  const photos = data.photos ?? [];
  if (photos.length === 0) return;
  const { doc, t, fmt } = flow;
  sectionHeading(flow, t('pdf:photos.heading', { count: fmt.integer(photos.length) }), 260);
  const boxH = (CONTENT_BOTTOM - CONTENT_TOP - 60) / 2;
  for (const photo of photos) {
    ensureSpace(flow, boxH + 20);
    if (flow.y + boxH + 20 > CONTENT_BOTTOM) newPage(flow);
    doc.image(photo.jpeg, CONTENT_LEFT, flow.y, { fit: [CONTENT_WIDTH, boxH - 8], align: 'center', valign: 'center' });
    flow.y += boxH - 4;
    setFont(doc, 'bold', SIZE.body);
    const label = [poseLabel(t, photo.pose), fmt.date(photo.sessionDate), photo.caption].filter(Boolean).join(' · ');
    doc.text(fitText(doc, label, CONTENT_WIDTH), CONTENT_LEFT, flow.y, { lineBreak: false });
    setFont(doc, 'regular', SIZE.tiny, MUTED);
    doc.text(fitText(doc, t('pdf:photos.displayCopy'), CONTENT_WIDTH), CONTENT_LEFT, flow.y + 12, { lineBreak: false });
    flow.y += 26;
  }
}
