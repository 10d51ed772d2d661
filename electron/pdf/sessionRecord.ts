import { writeConsentListing, writePhotoPages } from './sessionAttachments.ts';
import type { SessionRecordData } from './recordData.ts';
import { sessionWithAmendments } from '../../shared/amendments.ts';
import { CONTRAINDICATIONS, contraindicationLabel, positiveContraindications } from '../../shared/contraindications.ts';
import type { Course } from '../../shared/course.ts';
import { indicationLabel } from '../../shared/indications.ts';
import { MAP_VIEWS, viewLabel, viewShort, type MapViewId } from '../../shared/mapViews.ts';
import { numbersByView } from '../../shared/markerPalette.ts';
import { needleLabel } from '../../shared/needles.ts';
import type { Patient } from '../../shared/patient.ts';
import type { InjectionPoint } from '../../shared/point.ts';
import { isExpiredOn } from '../../shared/product.ts';
import { regionName } from '../../shared/regions.ts';
import type { Session } from '../../shared/session.ts';
import { regionStats } from '../../shared/sessionDiff.ts';
import { describeAmendment, fieldValueText, wasNow } from '../../shared/amendmentText.ts';
import { sideEffectLabel } from '../../shared/sideEffects.ts';
import { techniqueLabel, techniqueShort } from '../../shared/techniques.ts';
import {
  ACCENT,
  CONTENT_LEFT,
  CONTENT_RIGHT,
  CONTENT_WIDTH,
  FAINT,
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
  formatDate,
  formatInstant,
  measure,
  paragraph,
  sectionHeading,
  setFont,
  space,
  type Flow,
} from './layout.ts';
import { drawLegend, drawMapView } from './mapDrawing.ts';
import type { RecordMeta, SessionEntry } from './recordData.ts';
import { table, type Column } from './tables.ts';

/**
 * One session as the printed record shows it: title with its place in the course and its signed
 * state, the particulars, the contraindication screening and its acknowledgement, the cocktail with lots
 * and expiry, each map view that has points (vectors, numbered, with a legend and the regions treated),
 * the table of points, the outcome, the signature block and the amendments. The content is the session
 * as corrected by its amendments; the amendments section lists every correction with the value as signed.
 */

const VIEW_ORDER = MAP_VIEWS.map((v) => v.id);
/** Map box heights: the body views are tall, face and scalp squarer. */
const MAP_BOX: Record<MapViewId, { w: number; h: number }> = {
  'body-front': { w: 250, h: 560 },
  'body-back': { w: 250, h: 560 },
  face: { w: 270, h: 330 },
  scalp: { w: 270, h: 280 },
};

export type SessionSectionInput = RecordMeta & { patient: Patient; course: Course | null; entry: SessionEntry } & Pick<SessionRecordData, 'consent' | 'photos'>;

const volume = (ml: number | null) => (ml === null ? '—' : `${ml.toFixed(2)} ml`);

export function writeSessionSection(flow: Flow, input: SessionSectionInput): void {
  const signed = input.entry.session;
  const session = sessionWithAmendments(signed);
  const draft = session.status !== 'signed';
  const number = input.entry.courseLabel;
  const section = `Session of ${formatDate(session.date)}${number ? ` (${number})` : ''}`;
  flow.current = { section, draft };
  flow.tags[flow.tags.length - 1] = flow.current;

  title(flow, input, session, number);
  particulars(flow, input, session);
  screening(flow, input.patient, session);
  cocktail(flow, session);
  const numbers = numbersByView(session.points);
  maps(flow, input, session, numbers);
  pointsTable(flow, session, numbers);
  outcome(flow, session);
  signature(flow, session);
  writeConsentListing(flow, input);
  amendments(flow, signed, session, numbers);
  writePhotoPages(flow, input);
}

function title(flow: Flow, input: SessionSectionInput, session: Session, number: string | null): void {
  const { doc } = flow;
  ensureSpace(flow, 60);
  setFont(doc, 'bold', SIZE.title, INK);
  const heading = number ? `Treatment session: ${number}` : 'Treatment session';
  doc.text(heading, CONTENT_LEFT, flow.y, { lineBreak: false });
  const w = measure(doc, heading);
  badge(doc, session.status === 'signed' ? 'SIGNED' : 'DRAFT', CONTENT_LEFT + w + 10, flow.y + 4, session.status === 'signed' ? OK : WARN);
  if (session.amendments.length > 0) {
    setFont(doc, 'bold', SIZE.small, '#ffffff');
    const sw = session.status === 'signed' ? measure(doc, 'SIGNED') + 12 : measure(doc, 'DRAFT') + 12;
    badge(doc, `AMENDED ×${session.amendments.length}`, CONTENT_LEFT + w + 16 + sw, flow.y + 4, '#8a5a00');
  }
  flow.y += 24;
  setFont(doc, 'regular', 9.5, MUTED);
  const course = input.course;
  const sub = [
    `${formatDate(session.date)} at ${session.time}`,
    indicationLabel(flow.t, session.indication),
    course ? `course: ${indicationLabel(flow.t, course.indication)}, ${course.area} (started ${formatDate(course.startDate)})` : 'not part of a course',
  ].join(' · ');
  doc.text(fitText(doc, sub, CONTENT_WIDTH), CONTENT_LEFT, flow.y, { lineBreak: false });
  flow.y += 16;
  if (session.status !== 'signed') {
    const h = 22;
    doc.rect(CONTENT_LEFT, flow.y, CONTENT_WIDTH, h).fill('#fdecea');
    doc.rect(CONTENT_LEFT, flow.y, 3, h).fill(WARN);
    setFont(doc, 'bold', SIZE.body, WARN);
    doc.text('DRAFT: this session is not signed. The record may still change.', CONTENT_LEFT + 10, flow.y + 6, { lineBreak: false });
    flow.y += h + 6;
  }
  if (session.amendments.length > 0) {
    const h = 22;
    doc.rect(CONTENT_LEFT, flow.y, CONTENT_WIDTH, h).fill('#fff4e0');
    doc.rect(CONTENT_LEFT, flow.y, 3, h).fill('#8a5a00');
    setFont(doc, 'regular', SIZE.body, '#5c3c00');
    const n = session.amendments.length;
    doc.text(`Corrected after signing by ${n} amendment${n === 1 ? '' : 's'}: shown as corrected; each change and the value as signed are listed under Amendments.`, CONTENT_LEFT + 10, flow.y + 6, { lineBreak: false, width: CONTENT_WIDTH - 14, ellipsis: true });
    flow.y += h + 6;
  }
}

function particulars(flow: Flow, input: SessionSectionInput, session: Session): void {
  sectionHeading(flow, 'Session', 40);
  const p = input.patient;
  fieldGrid(flow, [
    ['Patient', `${p.firstName} ${p.lastName}`],
    ['Date of birth', formatDate(p.dateOfBirth)],
    ['Session', input.entry.courseLabel ?? 'outside a course'],
    ['Date and time', `${formatDate(session.date)}, ${session.time}`],
    ['Practitioner', session.practitioner],
    ['Indication', indicationLabel(flow.t, session.indication)],
    ['Treated areas', session.treatedAreas.join('; ')],
    ['Injector', fieldValueText('injector', session.injector)],
    ['Default needle, technique', `${needleLabel(flow.t, session.defaultNeedle)}, ${techniqueLabel(flow.t, session.defaultTechnique)}`],
    ...(p.allergies ? ([['Allergies', p.allergies]] as [string, string][]) : []),
  ]);
}

function screening(flow: Flow, patient: Patient, session: Session): void {
  sectionHeading(flow, 'Contraindication screening', 90);
  const s = patient.screening;
  if (!s) {
    paragraph(flow, 'No contraindication screening is on file for this patient.', { colour: WARN, bold: true });
  } else {
    paragraph(flow, `Screened on ${formatDate(s.screenedOn)} (the patient's screening as on file when printed).`, { colour: MUTED, size: SIZE.small });
    space(flow, 3);
    type Row = { label: string; present: boolean; note: string };
    const rows: Row[] = CONTRAINDICATIONS.map((c) => ({ label: contraindicationLabel(flow.t, c.key), present: s.answers[c.key].present, note: s.answers[c.key].note }));
    const columns: Column<Row>[] = [
      { header: 'Contraindication', width: 3, text: (r) => r.label },
      { header: 'Answer', width: 1, bold: true, text: (r) => (r.present ? 'YES' : 'No'), colour: (r) => (r.present ? WARN : undefined) },
      { header: 'Note', width: 4, wrap: true, text: (r) => r.note || '—' },
    ];
    table(flow, columns, rows);
  }
  const positives = positiveContraindications(s);
  const ack = session.contraindicationAck;
  space(flow, 2);
  if (ack) {
    const items = ack.items.map((k) => contraindicationLabel(flow.t, k)).join(', ');
    paragraph(flow, `Acknowledged by ${ack.by} on ${formatInstant(ack.at)}: ${items || 'no positive item'}.`, { bold: true, size: SIZE.body });
  } else if (positives.length > 0) {
    paragraph(flow, 'Positive contraindications were not acknowledged for this session.', { bold: true, colour: WARN });
  } else {
    paragraph(flow, 'No positive contraindication: nothing to acknowledge.', { colour: MUTED, size: SIZE.small });
  }
}

function cocktail(flow: Flow, session: Session): void {
  sectionHeading(flow, 'Cocktail', 50);
  if (session.products.length === 0) {
    paragraph(flow, 'No product recorded.', { colour: MUTED });
    return;
  }
  type Row = { i: number; p: Session['products'][number] };
  const expired = (r: Row) => isExpiredOn(r.p, session.date);
  const columns: Column<Row>[] = [
    { header: '#', width: 0.35, text: (r) => String(r.i + 1) },
    { header: 'Product', width: 2.0, wrap: true, bold: true, text: (r) => r.p.name },
    { header: 'Active ingredients', width: 2.0, wrap: true, text: (r) => r.p.activeIngredients || '—' },
    { header: 'Conc.', width: 0.9, wrap: true, text: (r) => r.p.concentration || '—' },
    { header: 'Dilution', width: 0.9, wrap: true, text: (r) => r.p.dilution || '—' },
    { header: 'Volume', width: 0.8, align: 'right', text: (r) => volume(r.p.volumeMl) },
    { header: 'Lot', width: 1.3, bold: true, text: (r) => r.p.lot || 'NOT RECORDED', colour: (r) => (r.p.lot ? undefined : WARN) },
    { header: 'Expiry', width: 2.1, text: (r) => (r.p.expiry ? `${r.p.expiry}${expired(r) ? ' EXPIRED' : ''}` : '—'), colour: (r) => (expired(r) ? WARN : undefined), bold: false },
  ];
  table(flow, columns, session.products.map((p, i) => ({ i, p })));
  if (session.products.some((p) => isExpiredOn(p, session.date))) {
    paragraph(flow, 'EXPIRED: a product was past its expiry date on the day of the session.', { colour: WARN, bold: true, size: SIZE.small });
  }
}

function maps(flow: Flow, input: SessionSectionInput, session: Session, numbers: ReadonlyMap<string, number>): void {
  const { doc } = flow;
  const views = VIEW_ORDER.filter((v) => session.points.some((p) => p.view === v));
  if (views.length === 0) {
    sectionHeading(flow, 'Map', 20);
    paragraph(flow, 'No injection point charted.', { colour: MUTED });
    return;
  }
  for (const view of views) {
    const points = session.points.filter((p) => p.view === view);
    const box = MAP_BOX[view];
    sectionHeading(flow, `Map: ${viewLabel(flow.t, view)} (${points.length} point${points.length === 1 ? '' : 's'})`, box.h + 10);
    const top = flow.y + 4;
    doc.rect(CONTENT_LEFT, top, box.w, box.h).lineWidth(0.5).strokeColor(RULE).stroke();
    drawMapView(doc, view, points, numbers, { x: CONTENT_LEFT + 6, y: top + 6, w: box.w - 12, h: box.h - 12 }, input.depthRange);

    const rx = CONTENT_LEFT + box.w + 16;
    const rw = CONTENT_RIGHT - rx;
    const legendH = 150;
    const regionsBottom = regionSummary(flow, rx, top + 2, rw, view, points, session, top + box.h - legendH);
    const legendHeight = drawLegend(doc, rx, Math.max(regionsBottom + 14, top + 2), rw, input.depthRange, points);
    flow.y = Math.max(top + box.h, regionsBottom + 14 + legendHeight) + 8;
  }
}

/** Beside the map: each treated region with its points, mean depth and volume. */
function regionSummary(flow: Flow, x: number, y: number, width: number, view: MapViewId, points: readonly InjectionPoint[], session: Session, limitY: number): number {
  const { doc } = flow;
  const groups = new Map<string, InjectionPoint[]>();
  for (const p of points) groups.set(p.region, [...(groups.get(p.region) ?? []), p]);
  setFont(doc, 'bold', SIZE.tiny, MUTED);
  doc.text('REGIONS TREATED', x, y, { lineBreak: false, characterSpacing: 0.3 });
  y += 10;
  const cols = [width - 150, 30, 40, 40, 40];
  setFont(doc, 'bold', SIZE.tiny, MUTED);
  ['Region', 'Points', 'Depth', 'Volume', 'Products'].forEach((h, i) => {
    const cx = x + cols.slice(0, i).reduce((a, b) => a + b, 0);
    doc.text(h, i === 0 ? cx : cx + (cols[i] ?? 0) - measure(doc, h), y, { lineBreak: false });
  });
  y += 10;
  const rows = [...groups.entries()].map(([region, pts]) => ({ label: regionName(flow.t, view, region), stats: regionStats(pts, session.products) }));
  const shown = rows.length * 11 + y > limitY ? Math.max(1, Math.floor((limitY - y) / 11) - 1) : rows.length;
  rows.slice(0, shown).forEach((row, r) => {
    if (r % 2 === 0) doc.rect(x - 2, y - 2, width + 2, 11).fill(FAINT);
    setFont(doc, 'regular', SIZE.small - 0.6, INK);
    const cells = [
      fitText(doc, row.label, (cols[0] ?? 0) - 3),
      String(row.stats.points),
      row.stats.meanDepthMm === null ? '—' : `${row.stats.meanDepthMm.toFixed(1)} mm`,
      row.stats.pointsWithVolume ? `${row.stats.totalVolumeMl.toFixed(2)} ml` : '—',
      row.stats.products.map((name) => String(session.products.findIndex((p) => p.name === name) + 1)).join(', ') || '—',
    ];
    cells.forEach((c, i) => {
      const cx = x + cols.slice(0, i).reduce((a, b) => a + b, 0);
      doc.text(c, i === 0 ? cx : cx + (cols[i] ?? 0) - measure(doc, c), y, { lineBreak: false });
    });
    y += 11;
  });
  if (shown < rows.length) {
    setFont(doc, 'regular', SIZE.tiny, MUTED);
    doc.text(`and ${rows.length - shown} more regions (see the table of points)`, x, y, { lineBreak: false });
    y += 10;
  }
  return y;
}

function pointsTable(flow: Flow, session: Session, numbers: ReadonlyMap<string, number>): void {
  if (session.points.length === 0) return;
  sectionHeading(flow, 'Injection points', 40);
  const rows = [...session.points].sort((a, b) => VIEW_ORDER.indexOf(a.view) - VIEW_ORDER.indexOf(b.view) || (numbers.get(a.id) ?? 0) - (numbers.get(b.id) ?? 0));
  const columns: Column<InjectionPoint>[] = [
    { header: '#', width: 0.4, bold: true, align: 'right', text: (p) => String(numbers.get(p.id) ?? '') },
    { header: 'View', width: 0.62, text: (p) => viewShort(flow.t, p.view) },
    { header: 'Region', width: 1.9, text: (p) => regionName(flow.t, p.view, p.region) },
    { header: 'Depth', width: 0.78, align: 'right', text: (p) => `${p.depthMm} mm` },
    { header: 'Needle', width: 1.45, text: (p) => needleLabel(flow.t, p.needle) + (p.injector.kind === 'multi' ? ` ×${p.injector.needleCount}` : '') },
    { header: 'Technique', width: 1.35, text: (p) => techniqueShort(flow.t, p.technique) },
    { header: 'Product', width: 1.7, text: (p) => (p.productIndex === null ? '—' : `${p.productIndex + 1}. ${session.products[p.productIndex]?.name ?? '?'}`) },
    { header: 'Volume', width: 0.85, align: 'right', text: (p) => volume(p.volumeMl) },
    { header: 'Note', width: 1.95, wrap: true, text: (p) => p.note || '' },
  ];
  table(flow, columns, rows, { padY: 2.2 });
  const total = session.points.reduce((s, p) => s + (p.volumeMl ?? 0), 0);
  paragraph(flow, `${session.points.length} points; total volume named on points ${Number(total.toFixed(2))} ml.`, { size: SIZE.small, colour: MUTED });
}

function outcome(flow: Flow, session: Session): void {
  sectionHeading(flow, 'Outcome and aftercare', 60);
  fieldGrid(
    flow,
    [
      ['VAS before', session.vasBefore === null ? 'not recorded' : `${session.vasBefore} / 10`],
      ['VAS after', session.vasAfter === null ? 'not recorded' : `${session.vasAfter} / 10`],
      ['Side effects', session.sideEffects.length ? session.sideEffects.map((id) => sideEffectLabel(flow.t, id)).join(', ') : 'none recorded'],
    ],
    3,
  );
  fieldGrid(flow, [['Aftercare given', session.aftercare || '—']], 1);
  fieldGrid(flow, [['Notes', session.notes || '—']], 1);
}

function signature(flow: Flow, session: Session): void {
  const { doc } = flow;
  sectionHeading(flow, 'Signature', 70);
  const h = 58;
  ensureSpace(flow, h + 4);
  const y = flow.y;
  if (session.status === 'signed' && session.signedAt) {
    doc.rect(CONTENT_LEFT, y, CONTENT_WIDTH, h).lineWidth(0.8).strokeColor(OK).stroke();
    setFont(doc, 'bold', 10, OK);
    doc.text('SIGNED', CONTENT_LEFT + 12, y + 10, { lineBreak: false });
    setFont(doc, 'regular', SIZE.body, INK);
    doc.text(`Signed by ${session.signedBy ?? session.practitioner} on ${formatInstant(session.signedAt)}.`, CONTENT_LEFT + 12, y + 26, { lineBreak: false });
    setFont(doc, 'regular', SIZE.small, MUTED);
    doc.text('The signed content cannot change; corrections are appended as amendments.', CONTENT_LEFT + 12, y + 40, { lineBreak: false });
  } else {
    doc.rect(CONTENT_LEFT, y, CONTENT_WIDTH, h).fill('#fdecea');
    doc.rect(CONTENT_LEFT, y, CONTENT_WIDTH, h).lineWidth(1.2).strokeColor(WARN).stroke();
    setFont(doc, 'bold', 12, WARN);
    doc.text('DRAFT: NOT SIGNED', CONTENT_LEFT + 12, y + 10, { lineBreak: false });
    setFont(doc, 'regular', SIZE.body, INK);
    doc.text(`Practitioner: ${session.practitioner}. This record is not a signed clinical record.`, CONTENT_LEFT + 12, y + 30, { lineBreak: false });
  }
  flow.y = y + h + 6;
  void ACCENT;
}

function amendments(flow: Flow, signed: Session, corrected: Session, numbers: ReadonlyMap<string, number>): void {
  if (signed.amendments.length === 0) return;
  const { doc } = flow;
  sectionHeading(flow, 'Amendments', 50);
  const signedNumbers = numbersByView(signed.points);
  const viewOf = new Map([...signed.points, ...corrected.points].map((p) => [p.id, p.view]));
  const numberOf = (id: string) => {
    const n = numbers.get(id) ?? signedNumbers.get(id);
    const view = viewOf.get(id);
    return `${n ?? '?'}${view ? ` (${viewLabel(flow.t, view)})` : ''}`;
  };
  for (const a of [...signed.amendments].sort((x, y) => x.seq - y.seq)) {
    ensureSpace(flow, 40);
    setFont(doc, 'bold', SIZE.body, INK);
    doc.text(`Amendment ${a.seq}`, CONTENT_LEFT, flow.y, { lineBreak: false });
    setFont(doc, 'regular', SIZE.body, MUTED);
    doc.text(`${formatInstant(a.at)} · by ${a.actor}`, CONTENT_LEFT + 80, flow.y, { lineBreak: false });
    flow.y += 13;
    paragraph(flow, `Reason: ${a.reason}`, { x: CONTENT_LEFT + 10 });
    // "VAS after: was 5, now 4": the font has no arrow glyph. Dates as stored; points and photos one by one.
    for (const line of describeAmendment(a.changes, { change: wasNow, itemise: { pointNumber: numberOf } })) paragraph(flow, `•  ${line}`, { x: CONTENT_LEFT + 10, size: SIZE.small });
    space(flow, 6);
  }
}
