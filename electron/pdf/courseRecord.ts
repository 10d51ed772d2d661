import { indicationLabel } from '../../shared/indications.ts';
import { sessionWithAmendments } from '../../shared/amendments.ts';
import { lastTreatedByRegion } from '../../shared/sessionDiff.ts';
import { viewLabel } from '../../shared/mapViews.ts';
import { regionName } from '../../shared/regions.ts';
import { CONTENT_LEFT, CONTENT_WIDTH, INK, MUTED, SIZE, WARN, ensureSpace, fieldGrid, formatDate, newPage, paragraph, sectionHeading, setFont, type Flow } from './layout.ts';
import type { CourseRecordData, SessionEntry } from './recordData.ts';
import { writeSessionSection } from './sessionRecord.ts';
import { table, type Column } from './tables.ts';
import { drawVasPlot } from './vasPlot.ts';

/**
 * A whole course: a cover summary (the course, planned against held, dates, what is due or overdue, the
 * VAS plot, the sessions at a glance, when each region was last treated), then every session in full,
 * each starting on a new page.
 */

const STATUS_TEXT = { 'in-progress': 'in progress', maintenance: 'maintenance', completed: 'completed', stopped: 'stopped' } as const;

export function writeCourseRecord(flow: Flow, data: CourseRecordData, onSession?: (done: number, total: number) => void): void {
  cover(flow, data);
  const total = data.entries.length;
  data.entries.forEach((entry, i) => {
    flow.current = { section: `Session of ${formatDate(entry.session.date)}`, draft: entry.session.status !== 'signed' };
    newPage(flow);
    writeSessionSection(flow, { ...data, course: data.course, entry });
    onSession?.(i + 1, total);
  });
}

function cover(flow: Flow, data: CourseRecordData): void {
  const { doc } = flow;
  const { course, timeline } = data;
  const corrected = data.entries.map((e) => ({ ...e, session: sessionWithAmendments(e.session) }));
  setFont(doc, 'bold', SIZE.title, INK);
  doc.text(`Treatment course: ${indicationLabel(flow.t, course.indication)}, ${course.area}`, CONTENT_LEFT, flow.y, { width: CONTENT_WIDTH, lineBreak: false, ellipsis: true });
  flow.y += 24;
  setFont(doc, 'regular', 9.5, MUTED);
  doc.text(`${timeline.held} of ${course.plannedSessions} planned sessions held · status: ${STATUS_TEXT[timeline.status]}`, CONTENT_LEFT, flow.y, { lineBreak: false });
  flow.y += 16;

  sectionHeading(flow, 'Course', 60);
  const first = corrected[0]?.session.date;
  const last = timeline.lastSessionDate;
  fieldGrid(flow, [
    ['Indication', indicationLabel(flow.t, course.indication)],
    ['Area', course.area],
    ['Status', STATUS_TEXT[timeline.status]],
    ['Planned sessions', `${course.plannedSessions}, every ${course.intervalDays} days`],
    ['Maintenance', `every ${course.maintenanceIntervalDays} days after the planned sessions`],
    ['Sessions held', `${timeline.held} (${timeline.done} of ${course.plannedSessions} planned${timeline.held > course.plannedSessions ? `, ${timeline.held - course.plannedSessions} maintenance` : ''})`],
    ['Started', formatDate(course.startDate)],
    ['First / last session', first ? `${formatDate(first)} / ${formatDate(last ?? first)}` : 'none yet'],
    ['Next due', timeline.nextDue ? `${formatDate(timeline.nextDue)} (session ${timeline.nextNumber})` : '—'],
  ]);
  if (timeline.overdue.length > 0) {
    paragraph(flow, `Overdue as of ${formatDate(timeline.asOf)}: ${timeline.overdue.map((s) => `session ${s.number} (due ${formatDate(s.dueDate)})`).join(', ')}.`, { colour: WARN, bold: true, size: SIZE.small });
  }
  if (course.notes) fieldGrid(flow, [['Course notes', course.notes]], 1);

  sectionHeading(flow, 'Pain score over the course', 170);
  const samples = corrected.map((e, i) => ({ label: `S${e.session.numberInCourse ?? i + 1}`, date: e.session.date, before: e.session.vasBefore, after: e.session.vasAfter }));
  if (samples.some((s) => s.before !== null || s.after !== null)) {
    ensureSpace(flow, 170);
    drawVasPlot(doc, { x: CONTENT_LEFT, y: flow.y, w: CONTENT_WIDTH, h: 160 }, samples);
    flow.y += 166;
  } else {
    paragraph(flow, 'No VAS recorded in this course.', { colour: MUTED });
  }

  sectionHeading(flow, 'Sessions', 50);
  type Row = SessionEntry & { corrected: SessionEntry['session'] };
  const rows: Row[] = data.entries.map((e, i) => ({ ...e, corrected: corrected[i]?.session ?? e.session }));
  const columns: Column<Row>[] = [
    { header: 'Session', width: 1.5, bold: true, wrap: true, text: (r) => r.courseLabel ?? '—' },
    { header: 'Date', width: 1.4, text: (r) => `${formatDate(r.corrected.date)}, ${r.corrected.time}` },
    { header: 'Practitioner', width: 1.5, wrap: true, text: (r) => r.corrected.practitioner },
    { header: 'Points', width: 0.6, align: 'right', text: (r) => String(r.corrected.points.length) },
    { header: 'Lots', width: 1.7, wrap: true, text: (r) => r.corrected.products.map((p) => p.lot || '—').join(', ') || '—' },
    { header: 'VAS pre / post', width: 1.3, align: 'center', text: (r) => `${r.corrected.vasBefore ?? '–'} / ${r.corrected.vasAfter ?? '–'}` },
    { header: 'Status', width: 1.2, wrap: true, text: (r) => (r.session.status === 'signed' ? (r.session.amendments.length ? 'signed, amended' : 'signed') : 'DRAFT'), colour: (r) => (r.session.status === 'signed' ? undefined : WARN) },
  ];
  table(flow, columns, rows);

  const regions = lastTreatedByRegion(corrected.map((e) => e.session));
  if (regions.length > 0) {
    sectionHeading(flow, 'Regions: last treated', 40);
    const regionColumns: Column<(typeof regions)[number]>[] = [
      { header: 'View', width: 1, text: (r) => viewLabel(flow.t, r.view) },
      { header: 'Region', width: 2.4, text: (r) => regionName(flow.t, r.view, r.region) },
      { header: 'Last treated', width: 1.2, text: (r) => formatDate(r.date) },
      { header: 'Session', width: 0.8, align: 'right', text: (r) => (r.numberInCourse === null ? '—' : String(r.numberInCourse)) },
      { header: 'Sessions treating it', width: 1.2, align: 'right', text: (r) => String(r.sessions) },
    ];
    table(flow, regionColumns, regions);
  }
  void MUTED;
}
