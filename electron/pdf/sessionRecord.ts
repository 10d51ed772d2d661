import { writeConsentListing, writePhotoPages } from './sessionAttachments.ts';
import { writeAdverseEvents } from './adverseEvents.ts';
import type { SessionRecordData } from './recordData.ts';
import { sessionWithAmendments } from '../../shared/amendments.ts';
import { CONTRAINDICATIONS, UNDER_18, contraindicationLabel, screeningAnswer } from '../../shared/contraindications.ts';
import { isUnder18On } from '../../shared/age.ts';
import { sessionScreeningItems } from '../../shared/sessionScreening.ts';
import type { Course } from '../../shared/course.ts';
import { indicationLabel } from '../../shared/indications.ts';
import { MAP_GEOMETRY } from '../../shared/map/index.ts';
import { isWholeView, MAP_VIEWS, viewLabel, viewShort, type MapViewId, type WholeViewId } from '../../shared/mapViews.ts';
import { numbersByChart } from '../../shared/markerPalette.ts';
import { needleLabel, type Needle } from '../../shared/needles.ts';
import type { Patient } from '../../shared/patient.ts';
import type { InjectionPoint } from '../../shared/point.ts';
import { isExpiredOn } from '../../shared/product.ts';
import { regionName } from '../../shared/regions.ts';
import type { Session } from '../../shared/session.ts';
import { regionStats } from '../../shared/sessionDiff.ts';
import { describeAmendment, fieldValueText, wasNow } from '../../shared/amendmentText.ts';
import { sideEffectLabel } from '../../shared/sideEffects.ts';
import { outcomeEntryLabel, outcomeValueText } from '../../shared/outcomeMeasures.ts';
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
  SIZE,
  WARN,
  badge,
  ensureSpace,
  fieldGrid,
  fitText,
  measure,
  paragraph,
  wrapLines,
  sectionHeading,
  setFont,
  space,
  type Flow,
} from './layout.ts';
import { onArtwork } from './mapDrawing.ts';
import { layoutViewMap, writeViewMap } from './mapSection.ts';
import type { RecordMeta, SessionEntry } from './recordData.ts';
import { table, type Column } from './tables.ts';
import { writeProductVolumes } from './productVolumes.ts';
import { profileNamed, sessionPractitionerOnRecord, type PractitionerOnRecord } from '../../shared/practitionerOnRecord.ts';
import { practitionerCredentials } from '../../shared/registration.ts';
import type { ImportOrigin } from '../../shared/patientImport.ts';
import { writeSignedElsewhere } from './signedElsewhere.ts';

/**
 * One session as the printed record shows it: title with its place in the course and its signed
 * state, the particulars, the contraindication screening and its acknowledgement, the cocktail with lots
 * and expiry, each map view that has points (vectors, numbered, with a legend and the regions treated),
 * the table of points, the outcome, the signature block and the amendments. The content is the session
 * as corrected by its amendments; the amendments section lists every correction with the value as signed.
 */

const VIEW_ORDER = MAP_VIEWS.map((v) => v.id);
/** Map column sizes of the whole views: the body views are tall, face and scalp squarer. */
const WHOLE_VIEW_COLUMN: Record<WholeViewId, { w: number; h: number }> = {
  'body-front': { w: 250, h: 560 },
  'body-back': { w: 250, h: 560 },
  face: { w: 270, h: 330 },
  scalp: { w: 270, h: 280 },
};

/** The map's column beside its legend: a detail view's follows its drawing's shape, within the body views' height. */
export function mapColumn(view: MapViewId): { w: number; h: number } {
  if (isWholeView(view)) return WHOLE_VIEW_COLUMN[view];
  const { width, height } = MAP_GEOMETRY[view];
  return { w: 270, h: Math.round(Math.min(560, Math.max(240, (270 * height) / width))) };
}

export type SessionSectionInput = RecordMeta & { patient: Patient; course: Course | null; entry: SessionEntry } & Pick<SessionRecordData, 'consent' | 'photos'>;

const volume = (flow: Flow, ml: number | null) => (ml === null ? '—' : flow.fmt.volume(ml));


export function writeSessionSection(flow: Flow, input: SessionSectionInput): void {
  const signed = input.entry.session;
  const session = sessionWithAmendments(signed);
  const draft = session.status !== 'signed';
  const { t, fmt } = flow;
  const number = input.entry.courseLabel;
  const section = number ? t('pdf:session.sectionInCourse', { date: fmt.date(session.date), number }) : t('pdf:session.section', { date: fmt.date(session.date) });
  flow.current = { section, draft };
  flow.tags[flow.tags.length - 1] = flow.current;

  title(flow, input, session, number);
  particulars(flow, input, session);
  screening(flow, input.patient, session);
  cocktail(flow, session);
  const numbers = numbersByChart(session.points);
  maps(flow, input, session, numbers);
  pointsTable(flow, session, numbers, input.needles);
  outcome(flow, session);
  signature(flow, session, input.practitioners ?? [], input.entry.signedElsewhere);
  writeConsentListing(flow, input);
  amendments(flow, signed, session, numbers, input.needles);
  writeAdverseEvents(flow, signed, input.entry.adverseEvents);
  writePhotoPages(flow, input);
}

function title(flow: Flow, input: SessionSectionInput, session: Session, number: string | null): void {
  const { doc, t, fmt } = flow;
  ensureSpace(flow, 60);
  setFont(doc, 'bold', SIZE.title, INK);
  const heading = number ? t('pdf:session.headingInCourse', { number }) : t('pdf:session.heading');
  doc.text(heading, CONTENT_LEFT, flow.y, { lineBreak: false });
  const w = measure(doc, heading);
  const sw = badge(doc, session.status === 'signed' ? t('pdf:session.signed') : t('pdf:session.draft'), CONTENT_LEFT + w + 10, flow.y + 4, session.status === 'signed' ? OK : WARN);
  if (session.amendments.length > 0) {
    badge(doc, t('pdf:session.amended', { count: session.amendments.length }), CONTENT_LEFT + w + 16 + sw, flow.y + 4, '#8a5a00');
  }
  flow.y += 24;
  setFont(doc, 'regular', 9.5, MUTED);
  const course = input.course;
  const sub = [
    t('pdf:session.at', { date: fmt.date(session.date), time: fmt.time(session.time) }),
    indicationLabel(flow.t, session.indication),
    course ? t('pdf:session.courseLine', { indication: indicationLabel(t, course.indication), area: course.area, date: fmt.date(course.startDate) }) : t('pdf:session.notInCourse'),
  ].join(' · ');
  doc.text(fitText(doc, sub, CONTENT_WIDTH), CONTENT_LEFT, flow.y, { lineBreak: false });
  flow.y += 16;
  if (session.status !== 'signed') banner(flow, t('pdf:draft.banner'), { fill: '#fdecea', bar: WARN, ink: WARN, bold: true });
  if (session.amendments.length > 0) banner(flow, t('pdf:session.amendedBanner', { count: session.amendments.length }), { fill: '#fff4e0', bar: '#8a5a00', ink: '#5c3c00', bold: false });
}

/** A tinted band with a bar on its left; its text wraps (the longest language needs two lines). */
function banner(flow: Flow, text: string, style: { fill: string; bar: string; ink: string; bold: boolean }): void {
  const { doc } = flow;
  setFont(doc, style.bold ? 'bold' : 'regular', SIZE.body, style.ink);
  const lines = wrapLines(doc, text, CONTENT_WIDTH - 16);
  const lineHeight = doc.currentLineHeight(true);
  const h = 10 + lines.length * lineHeight;
  ensureSpace(flow, h + 6);
  doc.rect(CONTENT_LEFT, flow.y, CONTENT_WIDTH, h).fill(style.fill);
  doc.rect(CONTENT_LEFT, flow.y, 3, h).fill(style.bar);
  setFont(doc, style.bold ? 'bold' : 'regular', SIZE.body, style.ink);
  lines.forEach((line, i) => doc.text(line, CONTENT_LEFT + 10, flow.y + 5.5 + i * lineHeight, { lineBreak: false }));
  flow.y += h + 6;
}

function particulars(flow: Flow, input: SessionSectionInput, session: Session): void {
  const { t, fmt } = flow;
  sectionHeading(flow, t('pdf:particulars.heading'), 40);
  const p = input.patient;
  fieldGrid(flow, [
    [t('pdf:particulars.patient'), `${p.firstName} ${p.lastName}`],
    [t('pdf:particulars.dateOfBirth'), fmt.date(p.dateOfBirth)],
    [t('pdf:particulars.session'), input.entry.courseLabel ?? t('pdf:particulars.outsideCourse')],
    [t('pdf:particulars.dateTime'), t('pdf:common.dateTime', { date: fmt.date(session.date), time: fmt.time(session.time) })],
    [t('pdf:particulars.practitioner'), practitionerLine(t, session.practitioner, sessionPractitionerOnRecord(input.practitioners ?? [], input.entry.session, session.practitioner))],
    [t('pdf:particulars.indication'), indicationLabel(t, session.indication)],
    ...(session.diagnosis ? ([[t('pdf:particulars.diagnosis'), session.diagnosis]] as [string, string][]) : []),
    [t('pdf:particulars.treatedAreas'), session.treatedAreas.join('; ')],
    [t('pdf:particulars.injector'), fieldValueText(t, fmt, 'injector', session.injector)],
    [t('pdf:particulars.needleTechnique'), `${needleLabel(t, session.defaultNeedle, input.needles)}, ${techniqueLabel(t, session.defaultTechnique)}`],
    ...(p.allergies ? ([[t('pdf:particulars.allergies'), p.allergies]] as [string, string][]) : []),
  ]);
}

/**
 * The screening as the session kept it when it started (never the patient's file as it is when
 * printed): how it was confirmed, each answer ("not asked" for an item a screening of the first list
 * did not ask), age under 18 computed on the session's day, the medication, then the acknowledgement.
 * A session older than the copies says that none was recorded with it.
 */
function screening(flow: Flow, patient: Patient, session: Session): void {
  const { t, fmt } = flow;
  sectionHeading(flow, t('pdf:screening.heading'), 90);
  const copy = session.screening;
  if (!copy) {
    paragraph(flow, t('pdf:screening.notRecorded'), { colour: WARN, bold: true });
  } else {
    const confirmation =
      copy.confirmedAt === null || copy.confirmedBy === null
        ? t('pdf:screening.carriedOver')
        : t(copy.updated ? 'pdf:screening.updatedAtStart' : 'pdf:screening.confirmedUnchanged', { name: copy.confirmedBy, when: fmt.instant(copy.confirmedAt) });
    const s = copy.screening;
    if (!s) {
      paragraph(flow, t('pdf:screening.none'), { colour: WARN, bold: true });
      paragraph(flow, confirmation, { colour: MUTED, size: SIZE.small });
    } else {
      paragraph(flow, `${t('pdf:screening.screenedOn', { date: fmt.date(s.screenedOn) })} ${confirmation}`, { colour: MUTED, size: SIZE.small });
      space(flow, 3);
      type Row = { label: string; present: boolean | null; note: string };
      const rows: Row[] = CONTRAINDICATIONS.map((c) => {
        const answer = screeningAnswer(s, c.key);
        return { label: contraindicationLabel(flow.t, c.key), present: answer?.present ?? null, note: answer?.note ?? '' };
      });
      rows.push({ label: contraindicationLabel(flow.t, UNDER_18), present: isUnder18On(patient.dateOfBirth, session.date), note: t('pdf:screening.computed') });
      const answerText = (r: Row) => (r.present === null ? t('pdf:screening.notAsked') : r.present ? t('pdf:screening.yes') : t('pdf:screening.no'));
      const columns: Column<Row>[] = [
        { header: t('pdf:screening.contraindication'), width: 3, wrap: true, text: (r) => r.label },
        { header: t('pdf:screening.answer'), width: 1, bold: true, text: answerText, colour: (r) => (r.present ? WARN : r.present === null ? MUTED : undefined) },
        { header: t('pdf:screening.note'), width: 4, wrap: true, text: (r) => r.note || '—' },
      ];
      table(flow, columns, rows);
    }
    if (copy.medication) {
      space(flow, 2);
      paragraph(flow, t('pdf:screening.medication', { medication: copy.medication }), { size: SIZE.body });
    }
  }
  const positives = sessionScreeningItems(copy, patient.dateOfBirth, session.date);
  const ack = session.contraindicationAck;
  space(flow, 2);
  if (ack) {
    const items = ack.items.map((k) => contraindicationLabel(flow.t, k)).join(', ');
    paragraph(flow, t('pdf:screening.acknowledged', { name: ack.by, when: fmt.instant(ack.at), items: items || t('pdf:screening.noPositiveItem') }), { bold: true, size: SIZE.body });
  } else if (positives.length > 0) {
    paragraph(flow, t('pdf:screening.notAcknowledged'), { bold: true, colour: WARN });
  } else {
    paragraph(flow, t('pdf:screening.nothingToAcknowledge'), { colour: MUTED, size: SIZE.small });
  }
}

function cocktail(flow: Flow, session: Session): void {
  const { t, fmt } = flow;
  sectionHeading(flow, t('pdf:cocktail.heading'), 50);
  if (session.products.length === 0) {
    paragraph(flow, t('pdf:cocktail.none'), { colour: MUTED });
    return;
  }
  type Row = { i: number; p: Session['products'][number] };
  const expired = (r: Row) => isExpiredOn(r.p, session.date);
  const expiredText = (p: Row['p']) => {
    const date = fmt.dateShort(p.expiry);
    const reason = p.expiredLotReason.trim();
    return reason ? t('pdf:cocktail.expiredWithReason', { date, reason }) : t('pdf:cocktail.expired', { date });
  };
  const columns: Column<Row>[] = [
    { header: '#', width: 0.35, text: (r) => String(r.i + 1) },
    { header: t('pdf:cocktail.product'), width: 1.9, wrap: true, bold: true, text: (r) => r.p.name },
    // What the product was in law as used that day (kept with the session); unknown for a product typed by hand.
    { header: t('pdf:cocktail.kind'), width: 1.2, wrap: true, text: (r) => (r.p.kind ? t(`pdf:cocktail.kindValue.${r.p.kind}`) : '—') },
    { header: t('pdf:cocktail.ingredients'), width: 1.7, wrap: true, text: (r) => r.p.activeIngredients || '—' },
    { header: t('pdf:cocktail.concentration'), width: 0.9, wrap: true, text: (r) => r.p.concentration || '—' },
    { header: t('pdf:cocktail.dilution'), width: 0.9, wrap: true, text: (r) => r.p.dilution || '—' },
    { header: t('pdf:cocktail.volume'), width: 0.8, align: 'right', text: (r) => volume(flow, r.p.volumeMl) },
    { header: t('pdf:cocktail.lot'), width: 1.3, bold: true, text: (r) => r.p.lot || t('pdf:cocktail.lotMissing'), colour: (r) => (r.p.lot ? undefined : WARN) },
    {
      header: t('pdf:cocktail.expiry'),
      width: 2.1,
      wrap: true,
      // The expiry as the vial prints it (a short date); flagged when the lot was past it on the day, with
      // the reason the practitioner gave for using it (required at signing since schema 16).
      text: (r) => (r.p.expiry ? (expired(r) ? expiredText(r.p) : fmt.dateShort(r.p.expiry)) : '—'),
      colour: (r) => (expired(r) ? WARN : undefined),
      bold: false,
    },
  ];
  table(flow, columns, session.products.map((p, i) => ({ i, p })));
  if (session.products.some((p) => isExpiredOn(p, session.date))) {
    paragraph(flow, t('pdf:cocktail.expiredWarning'), { colour: WARN, bold: true, size: SIZE.small });
  }
}

function maps(flow: Flow, input: SessionSectionInput, session: Session, numbers: ReadonlyMap<string, number>): void {
  const { t } = flow;
  const views = VIEW_ORDER.filter((v) => session.points.some((p) => p.view === v));
  if (views.length === 0) {
    sectionHeading(flow, t('pdf:map.heading'), 20);
    paragraph(flow, t('pdf:map.none'), { colour: MUTED });
    return;
  }
  for (const view of views) {
    const points = session.points.filter((p) => p.view === view);
    const box = mapColumn(view);
    const outside = offArtworkNote(flow, view, points, numbers);
    // Framed on the points, with insets for distant clusters and a locator of the whole view (mapSection.ts).
    const layout = layoutViewMap(flow, view, points, box, input.depthRange, regionSummaryHeight(flow, view, points, session));
    // The note about points left off the map stays on the map's page.
    sectionHeading(flow, t('pdf:map.viewHeading', { view: viewLabel(t, view), count: points.length }), layout.height + (outside ? 34 : 0));
    const regions = (x: number, y: number, width: number, limitY: number) => regionSummary(flow, x, y, width, view, points, session, limitY);
    const unplaced = writeViewMap(flow, view, points, numbers, layout, input.depthRange, regions);
    if (outside) paragraph(flow, outside, { colour: WARN, size: SIZE.small });
    const crowded = listedNote(flow, 'pdf:map.unplaced', unplaced);
    if (crowded) paragraph(flow, crowded, { colour: WARN, size: SIZE.small });
  }
}

/** How many numbers the notes about points off the map, or not numbered on it, list before they stop ("…"). */
const OFF_ARTWORK_LISTED = 20;

/**
 * The note under a map whose view has points lying outside its drawing (the schema allows positions
 * beyond it; drawMapView leaves them off the map): how many, and their numbers. Null when there are none.
 */
function offArtworkNote(flow: Flow, view: MapViewId, points: readonly InjectionPoint[], numbers: ReadonlyMap<string, number>): string | null {
  return listedNote(flow, 'pdf:map.offArtwork', points.filter((p) => !onArtwork(view, p)).map((p) => numbers.get(p.id) ?? 0));
}

/** A note naming points by number (the first OFF_ARTWORK_LISTED of them, then "…"); null for none. */
function listedNote(flow: Flow, key: 'pdf:map.offArtwork' | 'pdf:map.unplaced', points: readonly number[]): string | null {
  if (points.length === 0) return null;
  const listed = points.slice(0, OFF_ARTWORK_LISTED).map(String).join(', ') + (points.length > OFF_ARTWORK_LISTED ? ', …' : '');
  return flow.t(key, { count: points.length, numbers: listed });
}

/** A region's row beside the map: one line, and EXTRA_LINE for its name's second line ("Right knee, medial parapatellar"). */
const ROW = 11;
const EXTRA_LINE = 8.5;
/** A name wraps onto at most this many lines; a longer one is cut with an ellipsis on its last. */
const NAME_LINES = 3;

type RegionRow = { lines: string[]; stats: ReturnType<typeof regionStats> };

/** The summary's columns for `width`: each number column as wide as its header needs (at least as before); the region name takes the rest. */
function regionColumns(flow: Flow, width: number): { headers: string[]; cols: number[] } {
  const { doc, t } = flow;
  setFont(doc, 'bold', SIZE.tiny, MUTED);
  const headers = [t('pdf:map.region'), t('pdf:map.points'), t('pdf:map.depth'), t('pdf:map.volume'), t('pdf:map.products')];
  const numberCols = [30, 40, 40, 40].map((min, i) => Math.max(min, measure(doc, headers[i + 1] ?? '') + 6));
  return { headers, cols: [width - numberCols.reduce((a, b) => a + b, 0), ...numberCols] };
}

/** Each treated region of `points` with its statistics and its name wrapped to the name column. */
function regionRows(flow: Flow, view: MapViewId, points: readonly InjectionPoint[], session: Session, nameWidth: number): RegionRow[] {
  const { doc, t } = flow;
  const groups = new Map<string, InjectionPoint[]>();
  // Appended in place: copying the region's list for each point made a crowded region cost its square.
  for (const p of points) {
    const group = groups.get(p.region);
    if (group) group.push(p);
    else groups.set(p.region, [p]);
  }
  setFont(doc, 'regular', SIZE.small - 0.6, INK);
  return [...groups.entries()].map(([region, pts]) => {
    const wrapped = wrapLines(doc, regionName(t, view, region), nameWidth);
    const lines = wrapped.length > NAME_LINES ? [...wrapped.slice(0, NAME_LINES - 1), fitText(doc, wrapped.slice(NAME_LINES - 1).join(' '), nameWidth)] : wrapped;
    return { lines, stats: regionStats(pts, session.products) };
  });
}

const rowHeight = (row: RegionRow) => ROW + (row.lines.length - 1) * EXTRA_LINE;

/** The height regionSummary takes `width` wide with nothing cut: its title and header, then a row per region. */
function regionSummaryHeight(flow: Flow, view: MapViewId, points: readonly InjectionPoint[], session: Session): (width: number) => number {
  return (width) => 20 + regionRows(flow, view, points, session, (regionColumns(flow, width).cols[0] ?? 0) - 3).reduce((h, row) => h + rowHeight(row), 0);
}

/** Beside the map: each treated region with its points, mean depth and volume. */
function regionSummary(flow: Flow, x: number, y: number, width: number, view: MapViewId, points: readonly InjectionPoint[], session: Session, limitY: number): number {
  const { doc, t, fmt } = flow;
  setFont(doc, 'bold', SIZE.tiny, MUTED);
  doc.text(t('pdf:map.regionsTreated').toLocaleUpperCase(fmt.locale), x, y, { lineBreak: false, characterSpacing: 0.3 });
  y += 10;
  const { headers, cols } = regionColumns(flow, width);
  headers.forEach((h, i) => {
    const cx = x + cols.slice(0, i).reduce((a, b) => a + b, 0);
    doc.text(h, i === 0 ? cx : cx + (cols[i] ?? 0) - measure(doc, h), y, { lineBreak: false });
  });
  y += 10;
  const rows = regionRows(flow, view, points, session, (cols[0] ?? 0) - 3);
  // As many rows as fit above limitY, keeping a line for the note of those left out.
  let shown = 0;
  for (let bottom = y; shown < rows.length; shown += 1) {
    bottom += rowHeight(rows[shown]!);
    const last = shown === rows.length - 1;
    if (bottom > limitY - (last ? 0 : ROW)) break;
  }
  shown = Math.max(1, shown);
  rows.slice(0, shown).forEach((row, r) => {
    const h = rowHeight(row);
    if (r % 2 === 0) doc.rect(x - 2, y - 2, width + 2, h).fill(FAINT);
    setFont(doc, 'regular', SIZE.small - 0.6, INK);
    const cells = [
      fmt.integer(row.stats.points),
      row.stats.meanDepthMm === null ? '—' : fmt.meanDepth(row.stats.meanDepthMm),
      row.stats.pointsWithVolume ? fmt.volume(row.stats.totalVolumeMl) : '—',
      row.stats.products.map((name) => String(session.products.findIndex((p) => p.name === name) + 1)).join(', ') || '—',
    ];
    row.lines.forEach((line, i) => doc.text(line, x, y + i * EXTRA_LINE, { lineBreak: false }));
    cells.forEach((c, i) => {
      const cx = x + cols.slice(0, i + 1).reduce((a, b) => a + b, 0);
      doc.text(c, cx + (cols[i + 1] ?? 0) - measure(doc, c), y, { lineBreak: false });
    });
    y += h;
  });
  if (shown < rows.length) {
    setFont(doc, 'regular', SIZE.tiny, MUTED);
    doc.text(fitText(doc, t('pdf:map.moreRegions', { count: rows.length - shown }), width), x, y, { lineBreak: false });
    y += 10;
  }
  return y;
}

function pointsTable(flow: Flow, session: Session, numbers: ReadonlyMap<string, number>, needles?: readonly Needle[]): void {
  if (session.points.length === 0) return;
  const { t, fmt } = flow;
  sectionHeading(flow, t('pdf:points.heading'), 40);
  const rows = [...session.points].sort((a, b) => VIEW_ORDER.indexOf(a.view) - VIEW_ORDER.indexOf(b.view) || (numbers.get(a.id) ?? 0) - (numbers.get(b.id) ?? 0));
  const columns: Column<InjectionPoint>[] = [
    { header: '#', width: 0.4, bold: true, align: 'right', text: (p) => String(numbers.get(p.id) ?? '') },
    // Words wrap rather than being cut: views, needles and techniques run longer in some languages.
    { header: t('pdf:points.view'), width: 0.62, wrap: true, text: (p) => viewShort(t, p.view) },
    // Wrapped, not cut: region names run long in French and Italian ("Face antérieure de la cuisse gauche").
    { header: t('pdf:points.region'), width: 1.9, wrap: true, text: (p) => regionName(t, p.view, p.region) },
    { header: t('pdf:points.depth'), width: 0.78, align: 'right', text: (p) => fmt.depth(p.depthMm) },
    { header: t('pdf:points.needle'), width: 1.45, wrap: true, text: (p) => needleLabel(t, p.needle, needles) + (p.injector.kind === 'multi' ? ` ×${p.injector.needleCount}` : '') },
    { header: t('pdf:points.technique'), width: 1.35, wrap: true, text: (p) => techniqueShort(t, p.technique) },
    { header: t('pdf:points.product'), width: 1.7, text: (p) => (p.productIndex === null ? '—' : `${p.productIndex + 1}. ${session.products[p.productIndex]?.name ?? '?'}`) },
    { header: t('pdf:points.volume'), width: 0.85, align: 'right', text: (p) => volume(flow, p.volumeMl) },
    { header: t('pdf:points.note'), width: 1.95, wrap: true, text: (p) => p.note || '' },
  ];
  // A point numbered 100 or 10000 is printed whole, never cut to an ellipsis: the '#' column widens as
  // its highest number needs, taking the width from the notes (which wrap).
  const number = columns[0];
  const note = columns[columns.length - 1];
  if (number && note) {
    const grow = Math.max(0, numberColumnWidth(flow, numbers, columns.reduce((sum, c) => sum + c.width, 0)) - number.width);
    number.width += grow;
    note.width -= grow;
  }
  table(flow, columns, rows, { padY: 2.2 });
  const total = session.points.reduce((s, p) => s + (p.volumeMl ?? 0), 0);
  paragraph(flow, t('pdf:points.summary', { count: session.points.length, volume: fmt.volume(total) }), { size: SIZE.small, colour: MUTED });
  writeProductVolumes(flow, session);
}

/** The relative width (of `total`, the whole table's) that the table of points' highest number needs. */
function numberColumnWidth(flow: Flow, numbers: ReadonlyMap<string, number>, total: number): number {
  let highest = 0;
  for (const n of numbers.values()) if (n > highest) highest = n;
  setFont(flow.doc, 'bold', SIZE.small);
  // That many of the widest digit, the cell's padding (4 each side) and a point to spare.
  const needed = measure(flow.doc, '0'.repeat(String(highest).length)) + 9;
  return (needed / CONTENT_WIDTH) * total;
}

function outcome(flow: Flow, session: Session): void {
  const { t, fmt } = flow;
  const vas = (value: number | null) => (value === null ? t('pdf:outcome.notRecorded') : t('pdf:outcome.vasValue', { value: fmt.number(value, 1) }));
  sectionHeading(flow, t('pdf:outcome.heading'), 60);
  fieldGrid(
    flow,
    [
      [t('pdf:outcome.vasBefore'), vas(session.vasBefore)],
      [t('pdf:outcome.vasAfter'), vas(session.vasAfter)],
      [t('pdf:outcome.sideEffects'), session.sideEffects.length ? session.sideEffects.map((id) => sideEffectLabel(t, id)).join(', ') : t('pdf:outcome.noneRecorded')],
    ],
    3,
  );
  // The other outcome measures of the session (cellulite grade, girths, hair count...), as corrected.
  if (session.outcomes.length > 0) fieldGrid(flow, session.outcomes.map((e): [string, string] => [outcomeEntryLabel(t, e), outcomeValueText(t, fmt, e)]), 3);
  fieldGrid(flow, [[t('pdf:outcome.aftercare'), session.aftercare || '—']], 1);
  fieldGrid(flow, [[t('pdf:outcome.notes'), session.notes || '—']], 1);
}

function signature(flow: Flow, session: Session, practitioners: readonly PractitionerOnRecord[], signedElsewhere: ImportOrigin | undefined): void {
  const { doc, t, fmt } = flow;
  const width = CONTENT_WIDTH - 24;
  // The signer's qualification and registration, printed under the signature (profiles' names are unique);
  // never for a session signed in an imported file: a name there is not one of this clinic's profiles, whatever it says.
  const signer = signedElsewhere ? null : profileNamed(practitioners, session.status === 'signed' ? session.signedBy : null);
  const credentials = signer ? practitionerCredentials(t, signer) : '';
  sectionHeading(flow, t('pdf:signature.heading'), 70);
  const h = credentials ? 70 : 58;
  ensureSpace(flow, h + 4);
  const y = flow.y;
  if (session.status === 'signed' && session.signedAt) {
    doc.rect(CONTENT_LEFT, y, CONTENT_WIDTH, h).lineWidth(0.8).strokeColor(OK).stroke();
    setFont(doc, 'bold', 10, OK);
    doc.text(t('pdf:signature.signed'), CONTENT_LEFT + 12, y + 10, { lineBreak: false });
    setFont(doc, 'regular', SIZE.body, INK);
    // The time of signing in the clinic's time zone: as the screen shows it.
    doc.text(fitText(doc, t('pdf:signature.signedBy', { name: session.signedBy ?? session.practitioner, when: fmt.instant(session.signedAt) }), width), CONTENT_LEFT + 12, y + 26, { lineBreak: false });
    setFont(doc, 'regular', SIZE.small, MUTED);
    if (credentials) doc.text(fitText(doc, credentials, width), CONTENT_LEFT + 12, y + 40, { lineBreak: false });
    doc.text(fitText(doc, t('pdf:signature.immutable'), width), CONTENT_LEFT + 12, y + (credentials ? 52 : 40), { lineBreak: false });
  } else {
    doc.rect(CONTENT_LEFT, y, CONTENT_WIDTH, h).fill('#fdecea');
    doc.rect(CONTENT_LEFT, y, CONTENT_WIDTH, h).lineWidth(1.2).strokeColor(WARN).stroke();
    setFont(doc, 'bold', 12, WARN);
    doc.text(t('pdf:draft.notSigned'), CONTENT_LEFT + 12, y + 10, { lineBreak: false });
    setFont(doc, 'regular', SIZE.body, INK);
    doc.text(fitText(doc, t('pdf:signature.draftText', { name: session.practitioner }), width), CONTENT_LEFT + 12, y + 30, { lineBreak: false });
  }
  flow.y = y + h + 6;
  writeSignedElsewhere(flow, signedElsewhere);
  void ACCENT;
}

function amendments(flow: Flow, signed: Session, corrected: Session, numbers: ReadonlyMap<string, number>, needles?: readonly Needle[]): void {
  if (signed.amendments.length === 0) return;
  const { doc, t, fmt } = flow;
  sectionHeading(flow, t('pdf:amendments.heading'), 50);
  const signedNumbers = numbersByChart(signed.points);
  const viewOf = new Map([...signed.points, ...corrected.points].map((p) => [p.id, p.view]));
  const numberOf = (id: string) => {
    const n = numbers.get(id) ?? signedNumbers.get(id);
    const view = viewOf.get(id);
    return view ? t('pdf:amendments.pointRef', { number: n ?? '?', view: viewLabel(t, view) }) : String(n ?? '?');
  };
  for (const a of [...signed.amendments].sort((x, y) => x.seq - y.seq)) {
    ensureSpace(flow, 40);
    setFont(doc, 'bold', SIZE.body, INK);
    const heading = t('pdf:amendments.title', { number: a.seq });
    doc.text(heading, CONTENT_LEFT, flow.y, { lineBreak: false });
    const metaX = CONTENT_LEFT + Math.max(80, measure(doc, heading) + 12);
    setFont(doc, 'regular', SIZE.body, MUTED);
    doc.text(fitText(doc, t('pdf:amendments.meta', { when: fmt.instant(a.at), name: a.actor }), CONTENT_RIGHT - metaX), metaX, flow.y, { lineBreak: false });
    flow.y += 13;
    paragraph(flow, t('pdf:amendments.reason', { reason: a.reason }), { x: CONTENT_LEFT + 10 });
    // "VAS after: was 5, now 4": the font has no arrow glyph. Dates as stored; points and photos one by one.
    for (const line of describeAmendment(t, fmt, a.changes, { change: wasNow, itemise: { pointNumber: numberOf }, needles })) paragraph(flow, `•  ${line}`, { x: CONTENT_LEFT + 10, size: SIZE.small });
    space(flow, 6);
  }
}

/** "Dr Élodie Brühl · Médecin, DIU de mésothérapie · RPPS 10101234567": the name as recorded, then the profile's credentials. */
function practitionerLine(t: Flow['t'], name: string, profile: PractitionerOnRecord | null): string {
  const credentials = profile ? practitionerCredentials(t, profile) : '';
  return credentials ? `${name} · ${credentials}` : name;
}
