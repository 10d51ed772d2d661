import { indicationLabel } from '../../shared/indications.ts';
import { sessionWithAmendments } from '../../shared/amendments.ts';
import { lastTreatedByRegion } from '../../shared/sessionDiff.ts';
import { viewLabel } from '../../shared/mapViews.ts';
import { regionName } from '../../shared/regions.ts';
import { CONTENT_LEFT, CONTENT_WIDTH, INK, MUTED, SIZE, WARN, ensureSpace, fieldGrid, fitText, newPage, paragraph, sectionHeading, setFont, type Flow } from './layout.ts';
import type { CourseRecordData, SessionEntry } from './recordData.ts';
import { writeSessionSection } from './sessionRecord.ts';
import { table, type Column } from './tables.ts';
import { writeCourseOutcomes } from './courseOutcomes.ts';
import { writeCourseAdverseEvents } from './adverseEvents.ts';
import { PDF_SERIES_COLOURS, drawSeriesPlot } from './seriesPlot.ts';
import { VAS_AXIS } from '../../shared/seriesPlot.ts';

/**
 * A whole course: a cover summary (the course, planned against held, dates, what is due or overdue, the
 * VAS plot, the sessions at a glance, the adverse events, when each region was last treated), then every session in full,
 * each starting on a new page.
 */

/** The catalogue key of each course status. */
const STATUS_KEY = {
  'in-progress': 'pdf:course.status.inProgress',
  maintenance: 'pdf:course.status.maintenance',
  completed: 'pdf:course.status.completed',
  stopped: 'pdf:course.status.stopped',
} as const;

export function writeCourseRecord(flow: Flow, data: CourseRecordData, onSession?: (done: number, total: number) => void): void {
  cover(flow, data);
  const total = data.entries.length;
  data.entries.forEach((entry, i) => {
    flow.current = { section: flow.t('pdf:session.section', { date: flow.fmt.date(entry.session.date) }), draft: entry.session.status !== 'signed' };
    newPage(flow);
    writeSessionSection(flow, { ...data, course: data.course, entry });
    onSession?.(i + 1, total);
  });
}

function cover(flow: Flow, data: CourseRecordData): void {
  const { doc, t, fmt } = flow;
  const { course, timeline } = data;
  const corrected = data.entries.map((e) => ({ ...e, session: sessionWithAmendments(e.session) }));
  const status = t(STATUS_KEY[timeline.status]);
  setFont(doc, 'bold', SIZE.title, INK);
  doc.text(fitText(doc, t('pdf:course.title', { indication: indicationLabel(t, course.indication), area: course.area }), CONTENT_WIDTH), CONTENT_LEFT, flow.y, { lineBreak: false });
  flow.y += 24;
  setFont(doc, 'regular', 9.5, MUTED);
  doc.text(fitText(doc, t('pdf:course.held', { held: timeline.held, count: course.plannedSessions, status }), CONTENT_WIDTH), CONTENT_LEFT, flow.y, { lineBreak: false });
  flow.y += 16;

  sectionHeading(flow, t('pdf:course.heading'), 60);
  const first = corrected[0]?.session.date;
  const last = timeline.lastSessionDate;
  const maintenanceHeld = timeline.held - course.plannedSessions;
  fieldGrid(flow, [
    [t('pdf:course.indication'), indicationLabel(t, course.indication)],
    [t('pdf:course.area'), course.area],
    [t('pdf:course.statusLabel'), status],
    [t('pdf:course.plannedSessions'), t('pdf:course.plannedValue', { planned: course.plannedSessions, count: course.intervalDays })],
    [t('pdf:course.maintenance'), t('pdf:course.maintenanceValue', { count: course.maintenanceIntervalDays })],
    [
      t('pdf:course.sessionsHeld'),
      maintenanceHeld > 0
        ? t('pdf:course.heldValueMaintenance', { held: timeline.held, done: timeline.done, planned: course.plannedSessions, maintenance: maintenanceHeld })
        : t('pdf:course.heldValue', { held: timeline.held, done: timeline.done, planned: course.plannedSessions }),
    ],
    [t('pdf:course.started'), fmt.date(course.startDate)],
    [t('pdf:course.firstLast'), first ? t('pdf:course.firstLastValue', { first: fmt.date(first), last: fmt.date(last ?? first) }) : t('pdf:course.noneYet')],
    [t('pdf:course.nextDue'), timeline.nextDue ? t('pdf:course.nextDueValue', { date: fmt.date(timeline.nextDue), number: timeline.nextNumber }) : '—'],
  ]);
  if (timeline.overdue.length > 0) {
    const list = timeline.overdue.map((s) => t('pdf:course.overdueItem', { number: s.number, date: fmt.date(s.dueDate) })).join(', ');
    paragraph(flow, t('pdf:course.overdue', { date: fmt.date(timeline.asOf), list }), { colour: WARN, bold: true, size: SIZE.small });
  }
  if (course.diagnosis) fieldGrid(flow, [[t('pdf:particulars.diagnosis'), course.diagnosis]], 1);
  if (course.notes) fieldGrid(flow, [[t('pdf:course.notes'), course.notes]], 1);

  sectionHeading(flow, t('pdf:course.vasHeading'), 170);
  const plotSessions = corrected.map((e, i) => ({ id: e.session.id, label: t('pdf:course.sample', { number: e.session.numberInCourse ?? i + 1 }), date: e.session.date }));
  if (corrected.some((e) => e.session.vasBefore !== null || e.session.vasAfter !== null)) {
    ensureSpace(flow, 170);
    const vasSeries = [
      { key: 'before', label: t('pdf:vas.before'), colour: PDF_SERIES_COLOURS[1], mark: 'circle' as const, values: corrected.map((e) => e.session.vasBefore) },
      { key: 'after', label: t('pdf:vas.after'), colour: PDF_SERIES_COLOURS[0], mark: 'square' as const, values: corrected.map((e) => e.session.vasAfter) },
    ];
    drawSeriesPlot(flow, { x: CONTENT_LEFT, y: flow.y, w: CONTENT_WIDTH, h: 160 }, plotSessions, vasSeries, VAS_AXIS, t('pdf:vas.axis'));
    flow.y += 166;
  } else {
    paragraph(flow, t('pdf:course.noVas'), { colour: MUTED });
  }
  writeCourseOutcomes(flow, plotSessions, corrected.map((e) => e.session));

  sectionHeading(flow, t('pdf:course.sessionsHeading'), 50);
  type Row = SessionEntry & { corrected: SessionEntry['session'] };
  const rows: Row[] = data.entries.map((e, i) => ({ ...e, corrected: corrected[i]?.session ?? e.session }));
  const vas = (v: number | null) => (v === null ? '–' : fmt.number(v, 1));
  const columns: Column<Row>[] = [
    { header: t('pdf:course.session'), width: 1.5, bold: true, wrap: true, text: (r) => r.courseLabel ?? '—' },
    { header: t('pdf:course.date'), width: 1.4, wrap: true, text: (r) => t('pdf:common.dateTime', { date: fmt.date(r.corrected.date), time: fmt.time(r.corrected.time) }) },
    { header: t('pdf:course.practitioner'), width: 1.5, wrap: true, text: (r) => r.corrected.practitioner },
    { header: t('pdf:course.points'), width: 0.6, align: 'right', text: (r) => fmt.integer(r.corrected.points.length) },
    { header: t('pdf:course.lots'), width: 1.7, wrap: true, text: (r) => r.corrected.products.map((p) => p.lot || '—').join(', ') || '—' },
    { header: t('pdf:course.vas'), width: 1.3, align: 'center', text: (r) => `${vas(r.corrected.vasBefore)} / ${vas(r.corrected.vasAfter)}` },
    {
      header: t('pdf:course.statusColumn'),
      width: 1.2,
      wrap: true,
      text: (r) => (r.session.status === 'signed' ? (r.session.amendments.length ? t('pdf:course.signedAmended') : t('pdf:course.signed')) : t('pdf:course.draft')),
      colour: (r) => (r.session.status === 'signed' ? undefined : WARN),
    },
  ];
  table(flow, columns, rows);
  writeCourseAdverseEvents(flow, data.entries);

  const regions = lastTreatedByRegion(corrected.map((e) => e.session));
  if (regions.length > 0) {
    sectionHeading(flow, t('pdf:course.regionsHeading'), 40);
    const regionColumns: Column<(typeof regions)[number]>[] = [
      { header: t('pdf:course.view'), width: 1, text: (r) => viewLabel(t, r.view) },
      { header: t('pdf:course.region'), width: 2.4, text: (r) => regionName(t, r.view, r.region) },
      { header: t('pdf:course.lastTreated'), width: 1.2, text: (r) => fmt.date(r.date) },
      { header: t('pdf:course.sessionNumber'), width: 0.8, align: 'right', text: (r) => (r.numberInCourse === null ? '—' : fmt.integer(r.numberInCourse)) },
      { header: t('pdf:course.sessionsTreating'), width: 1.2, align: 'right', text: (r) => fmt.integer(r.sessions) },
    ];
    table(flow, regionColumns, regions);
  }
  void MUTED;
}
