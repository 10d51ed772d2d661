import {
  adverseEventOutcomeLabel,
  adverseEventSeverityLabel,
  adverseEventTitle,
  type AdverseEvent,
} from '../../shared/adverseEvents.ts';
import { sessionWithAmendments } from '../../shared/amendments.ts';
import { viewShort } from '../../shared/mapViews.ts';
import { numbersByChart } from '../../shared/markerPalette.ts';
import { regionName } from '../../shared/regions.ts';
import type { Session } from '../../shared/session.ts';
import { MUTED, SIZE, WARN, paragraph, sectionHeading, type Flow } from './layout.ts';
import { table, type Column } from './tables.ts';

/**
 * The adverse events of a session as the session and course records print them: a table after the
 * signature (they are follow-ups recorded after the session, not part of what was signed).
 */

/**
 * The points an event concerns, by the numbers the record's maps print ("3 Front, left knee"): the
 * session as corrected by its amendments; a point an amendment removed by its view and region alone.
 */
export function pointsConcernedText(flow: Pick<Flow, 't'>, session: Session, pointIds: readonly string[]): string {
  const { t } = flow;
  if (pointIds.length === 0) return t('adverseEvents:pdf.pointsUnknown');
  const corrected = sessionWithAmendments(session);
  const numbers = numbersByChart(corrected.points);
  const byId = new Map([...session.points, ...corrected.points].map((p) => [p.id, p]));
  return pointIds
    .map((id) => {
      const point = byId.get(id);
      if (!point) return t('adverseEvents:pdf.pointUnknown');
      const where = { view: viewShort(t, point.view), region: regionName(t, point.view, point.region) };
      const number = numbers.get(id);
      return number === undefined ? t('adverseEvents:pdf.pointRemoved', where) : t('adverseEvents:pdf.pointRef', { number, ...where });
    })
    .join('; ');
}

/** "Reported to ANSM on 12 March 2026 (ref. FR-2026-123)", or "Not reported". */
export function reportText(flow: Pick<Flow, 't' | 'fmt'>, event: AdverseEvent): string {
  const { t, fmt } = flow;
  if (!event.reportedToAgency || event.reportedOn === null) return t('adverseEvents:report.notReported');
  const date = fmt.date(event.reportedOn);
  return event.reportReference ? t('adverseEvents:report.reportedWithReference', { date, reference: event.reportReference }) : t('adverseEvents:report.reported', { date });
}

/** The columns of an adverse events table; `sessionOf` gives the session an event belongs to (its points are numbered in it). */
function eventColumns(flow: Flow, sessionOf: (e: AdverseEvent) => Session | undefined): Column<AdverseEvent>[] {
  const { t, fmt } = flow;
  return [
    { header: t('adverseEvents:field.type'), width: 1.5, wrap: true, bold: true, text: (e) => adverseEventTitle(t, e) },
    { header: t('adverseEvents:field.onsetDate'), width: 1.05, wrap: true, text: (e) => fmt.date(e.onsetDate) },
    { header: t('adverseEvents:field.severity'), width: 1.05, wrap: true, text: (e) => adverseEventSeverityLabel(t, e.severity), colour: (e) => (e.severity === 'severe' ? WARN : undefined) },
    { header: t('adverseEvents:field.pointIds'), width: 1.4, wrap: true, text: (e) => { const s = sessionOf(e); return s ? pointsConcernedText(flow, s, e.pointIds) : '—'; } },
    { header: t('adverseEvents:field.treatment'), width: 1.6, wrap: true, text: (e) => e.treatment || '—' },
    { header: t('adverseEvents:field.outcome'), width: 1.1, wrap: true, text: (e) => adverseEventOutcomeLabel(t, e.outcome), colour: (e) => (e.outcome === 'ongoing' ? WARN : undefined) },
    { header: t('adverseEvents:field.followUpDate'), width: 1.05, wrap: true, text: (e) => (e.followUpDate ? fmt.date(e.followUpDate) : '—') },
    { header: t('adverseEvents:field.reportedToAgency'), width: 1.5, wrap: true, text: (e) => reportText(flow, e) },
  ];
}

/** The session's adverse events as a table, after the session's signature; nothing when there are none. */
export function writeAdverseEvents(flow: Flow, session: Session, events: readonly AdverseEvent[] | undefined): void {
  if (!events || events.length === 0) return;
  const { t } = flow;
  sectionHeading(flow, t('adverseEvents:pdf.heading'), 50);
  paragraph(flow, t('adverseEvents:pdf.intro'), { colour: MUTED, size: SIZE.small });
  table(flow, eventColumns(flow, () => session), events);
}

/**
 * Every adverse event of a course on its cover, each with the session it followed, so that the reader of
 * the summary sees them before the sessions in full; nothing when the course had none.
 */
export function writeCourseAdverseEvents(flow: Flow, entries: readonly { session: Session; courseLabel: string | null; adverseEvents?: readonly AdverseEvent[] | undefined }[]): void {
  const rows = entries.flatMap((entry) => (entry.adverseEvents ?? []).map((event) => ({ event, entry })));
  if (rows.length === 0) return;
  const { t, fmt } = flow;
  sectionHeading(flow, t('adverseEvents:pdf.courseHeading', { count: rows.length }), 50);
  const byEvent = new Map(rows.map((r) => [r.event, r.entry]));
  const session: Column<AdverseEvent> = {
    header: t('pdf:course.session'),
    width: 1.3,
    wrap: true,
    text: (e) => {
      const entry = byEvent.get(e);
      return entry ? `${entry.courseLabel ?? '—'}, ${fmt.date(entry.session.date)}` : '—';
    },
  };
  table(flow, [session, ...eventColumns(flow, (e) => byEvent.get(e)?.session)], rows.map((r) => r.event));
}
