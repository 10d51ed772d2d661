import { CONTRAINDICATIONS, contraindicationLabel } from '../../shared/contraindications.ts';
import type { Signature } from '../../shared/consent.ts';
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
  fitText,
  measure,
  paragraph,
  sectionHeading,
  setFont,
  space,
  type Flow,
} from './layout.ts';
import type { ConsentRecordData } from './recordData.ts';
import { profileNamed } from '../../shared/practitionerOnRecord.ts';
import { practitionerCredentials } from '../../shared/registration.ts';
import { writeSignedElsewhere } from './signedElsewhere.ts';

/**
 * A signed consent as a document of its own: the exact text the patient read (its template and
 * version), the screening answers confirmed, both signatures with the time, the content hash, and
 * the withdrawal when there is one. Same page frame, fonts and colours as the treatment records.
 */

export function writeConsentRecord(flow: Flow, data: ConsentRecordData): void {
  const { doc, t, fmt } = flow;
  const c = data.consent;
  flow.current = { section: t('pdf:consent.section', { indication: indicationLabel(t, c.indication) }), draft: false };
  flow.tags[flow.tags.length - 1] = flow.current;

  ensureSpace(flow, 80);
  // The title wraps rather than shrinks: it is the template's own words.
  paragraph(flow, c.title, { bold: true, size: SIZE.title - 2, width: CONTENT_WIDTH - 100 });
  const badgeText = c.withdrawal ? t('pdf:consent.withdrawn') : t('pdf:consent.signed');
  setFont(doc, 'bold', SIZE.small);
  badge(doc, badgeText, CONTENT_RIGHT - measure(doc, badgeText) - 12, flow.y - 18, c.withdrawal ? WARN : OK);
  flow.y += 8;
  fieldGrid(flow, [
    [t('pdf:consent.patient'), t('pdf:consent.patientValue', { name: patientDisplayName(data.patient), date: fmt.date(data.patient.dateOfBirth) })],
    [t('pdf:consent.indication'), indicationLabel(t, c.indication)],
    [t('pdf:consent.template'), t('pdf:consent.templateValue', { version: c.templateVersion, id: c.templateId.slice(0, 8) })],
    [t('pdf:consent.signedLabel'), fmt.instant(c.signedAt)],
    // The separate answer to photographs (consents signed before it was asked have none: their text held it).
    ...(typeof c.photoConsent === 'boolean' ? [[t('pdf:consent.photographs'), c.photoConsent ? t('pdf:consent.photographsYes') : t('pdf:consent.photographsNo')] as [string, string]] : []),
  ], 2);

  if (c.withdrawal) {
    space(flow, 4);
    ensureSpace(flow, 50);
    const y = flow.y;
    doc.rect(CONTENT_LEFT, y, CONTENT_WIDTH, 44).fill('#fdecea');
    doc.rect(CONTENT_LEFT, y, CONTENT_WIDTH, 44).lineWidth(1).strokeColor(WARN).stroke();
    setFont(doc, 'bold', 10, WARN);
    doc.text(t('pdf:consent.withdrawnOn', { date: fmt.date(c.withdrawal.date).toLocaleUpperCase(fmt.locale) }), CONTENT_LEFT + 10, y + 8, { lineBreak: false });
    flow.y = y + 22;
    paragraph(flow, t('pdf:consent.withdrawalReason', { reason: c.withdrawal.reason, when: fmt.instant(c.withdrawal.recordedAt), name: c.withdrawal.recordedBy }), { x: CONTENT_LEFT + 10, size: SIZE.small });
    flow.y = Math.max(flow.y, y + 44) + 6;
  }

  sectionHeading(flow, t('pdf:consent.informationHeading'));
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

  sectionHeading(flow, t('pdf:consent.screeningHeading'), 90);
  setFont(doc, 'regular', SIZE.small, MUTED);
  doc.text(t('pdf:consent.screenedOn', { date: fmt.date(c.screening.screenedOn) }), CONTENT_LEFT, flow.y, { lineBreak: false });
  flow.y += 12;
  for (const item of CONTRAINDICATIONS) {
    const answer = c.screening.answers[item.key];
    ensureSpace(flow, 14);
    setFont(doc, 'regular', SIZE.body, INK);
    doc.text(fitText(doc, contraindicationLabel(t, item.key), 250), CONTENT_LEFT, flow.y, { lineBreak: false });
    // A screening of the first list did not ask the later items: "not asked", never "no".
    setFont(doc, 'bold', SIZE.body, answer ? (answer.present ? WARN : OK) : MUTED);
    doc.text(answer ? (answer.present ? t('pdf:consent.yes') : t('pdf:consent.no')) : t('pdf:screening.notAsked'), CONTENT_LEFT + 260, flow.y, { lineBreak: false });
    if (answer?.note) {
      setFont(doc, 'regular', SIZE.small, MUTED);
      doc.text(fitText(doc, answer.note, CONTENT_RIGHT - CONTENT_LEFT - 290), CONTENT_LEFT + 290, flow.y + 1, { lineBreak: false });
    }
    flow.y += 13;
  }

  // Who obtained the consent: the countersignature's profile (by its id; by name for a consent from before ids were kept).
  // None for a consent signed in an imported file: its countersignature is another clinic's, whatever profile it names.
  const profiles = data.signedElsewhere ? [] : (data.practitioners ?? []);
  const obtainedBy = profiles.find((p) => p.id === c.practitionerSignature.practitionerId) ?? profileNamed(profiles, c.practitionerSignature.name);
  const credentials = obtainedBy ? practitionerCredentials(t, obtainedBy) : '';
  sectionHeading(flow, t('pdf:consent.signaturesHeading'), 130);
  ensureSpace(flow, 120);
  const top = flow.y;
  const half = (CONTENT_WIDTH - 16) / 2;
  signatureBox(flow, t('pdf:consent.patientRole'), c.patientSignature, CONTENT_LEFT, top, half, c.signedAt, '');
  signatureBox(flow, t('pdf:consent.practitionerRole'), c.practitionerSignature, CONTENT_LEFT + half + 16, top, half, c.signedAt, credentials);
  flow.y = top + 116;
  writeSignedElsewhere(flow, data.signedElsewhere);

  sectionHeading(flow, t('pdf:consent.integrityHeading'), 40);
  paragraph(flow, t('pdf:consent.hash', { hash: c.hash }), { size: SIZE.small, colour: MUTED });
  paragraph(flow, t('pdf:consent.hashExplained'), { size: SIZE.small, colour: MUTED });
}

/** `credentials`: the practitioner's qualification and registration, under their name ('' for none). */
function signatureBox(flow: Flow, role: string, signature: Signature, x: number, y: number, width: number, at: string, credentials: string): void {
  const { doc, t, fmt } = flow;
  const h = 108;
  doc.rect(x, y, width, h).lineWidth(0.7).strokeColor(RULE).stroke();
  setFont(doc, 'bold', SIZE.small, MUTED);
  doc.text(fitText(doc, role.toLocaleUpperCase(fmt.locale), width - 16), x + 8, y + 6, { lineBreak: false });
  if (signature.kind === 'drawn') {
    const png = Buffer.from(signature.png.slice(signature.png.indexOf(',') + 1), 'base64');
    try {
      doc.image(png, x + 8, y + 18, { fit: [width - 16, 48], align: 'center', valign: 'center' });
    } catch {
      setFont(doc, 'regular', SIZE.small, WARN);
      doc.text(t('pdf:consent.signatureUnreadable'), x + 8, y + 36, { lineBreak: false });
    }
  } else {
    setFont(doc, 'regular', 15, INK);
    doc.text(fitText(doc, signature.name, width - 16), x + 8, y + 32, { lineBreak: false });
    setFont(doc, 'regular', SIZE.tiny, MUTED);
    doc.text(fitText(doc, t('pdf:consent.typedName'), width - 16), x + 8, y + 54, { lineBreak: false });
  }
  doc.moveTo(x + 8, y + 68).lineTo(x + width - 8, y + 68).lineWidth(0.5).strokeColor(RULE).stroke();
  setFont(doc, 'bold', SIZE.body, INK);
  doc.text(fitText(doc, signature.name, width - 16), x + 8, y + 72, { lineBreak: false });
  setFont(doc, 'regular', SIZE.small, MUTED);
  if (credentials) doc.text(fitText(doc, credentials, width - 16), x + 8, y + 84, { lineBreak: false });
  doc.text(fmt.instant(at), x + 8, y + (credentials ? 95 : 84), { lineBreak: false });
}
