import { clinicalText, idKey } from '../../shared/clinicalText.ts';
import { measureLabel, measureSeries, measureValueText, outcomeMeasure, recordedMeasures, type OutcomeEntry, type RecordedMeasureId } from '../../shared/outcomeMeasures.ts';
import { scaleAxis, type PlotSession } from '../../shared/seriesPlot.ts';
import { CONTENT_LEFT, CONTENT_WIDTH, INK, SIZE, ensureSpace, fitText, sectionHeading, setFont, type Flow } from './layout.ts';
import { PDF_SERIES_COLOURS, PDF_SERIES_MARKS, drawSeriesPlot, type PdfSeries } from './seriesPlot.ts';
import { table, type Column } from './tables.ts';

/**
 * The course record's outcome measures beyond pain: for each measure recorded in any session (the
 * cellulite grade, girths at their sites, the hair loss stage...), its series plotted over the course
 * on the measure's own axis, then the same figures as a table, session by session. The sessions are
 * given as corrected by their amendments, in the course's order.
 */
export function writeCourseOutcomes(flow: Flow, plotSessions: readonly PlotSession[], sessions: readonly { outcomes: readonly OutcomeEntry[] }[]): void {
  const measures = recordedMeasures(sessions);
  if (measures.length === 0) return;
  sectionHeading(flow, flow.t('pdf:course.outcomesHeading'), 200);
  measures.forEach((measure) => writeMeasure(flow, plotSessions, sessions, measure));
}

function writeMeasure(flow: Flow, plotSessions: readonly PlotSession[], sessions: readonly { outcomes: readonly OutcomeEntry[] }[], measure: RecordedMeasureId): void {
  const { doc, t, fmt } = flow;
  const series = measureSeries(sessions, measure);
  const sited = outcomeMeasure(measure).sited;
  const name = measureLabel(t, measure);
  const styled: PdfSeries[] = series.map((s, i) => ({
    key: s.place || measure,
    label: sited ? s.place : measure === 'cellulite-severity' ? t('pdf:course.outcomeTotal') : name,
    colour: PDF_SERIES_COLOURS[i % PDF_SERIES_COLOURS.length] as string,
    mark: PDF_SERIES_MARKS[i % PDF_SERIES_MARKS.length] ?? 'circle',
    values: s.values,
  }));
  const values = series.flatMap((s) => s.values.filter((v): v is number => v !== null));
  // The measure's name, its plot and the first rows of its table stay together.
  ensureSpace(flow, 16 + 150 + 60);
  setFont(doc, 'bold', SIZE.body, INK);
  doc.text(fitText(doc, name, CONTENT_WIDTH), CONTENT_LEFT, flow.y, { lineBreak: false });
  flow.y += 14;
  drawSeriesPlot(flow, { x: CONTENT_LEFT, y: flow.y, w: CONTENT_WIDTH, h: 140 }, plotSessions, styled, scaleAxis(outcomeMeasure(measure).scale, values), clinicalText(t, `outcome.${idKey(measure)}.axis`));
  flow.y += 146;
  type Row = { session: PlotSession; index: number };
  const rows: Row[] = plotSessions.map((session, index) => ({ session, index })).filter((r) => series.some((s) => s.values[r.index] !== null));
  const columns: Column<Row>[] = [
    { header: t('pdf:course.session'), width: 1, bold: true, text: (r) => r.session.label },
    { header: t('pdf:course.date'), width: 1.4, text: (r) => fmt.date(r.session.date) },
    ...styled.map(
      (s, k): Column<Row> => ({
        header: s.label,
        width: 1.2,
        align: 'right',
        wrap: true,
        text: (r) => {
          const v = series[k]?.values[r.index] ?? null;
          return v === null ? '–' : measureValueText(t, fmt, measure, v);
        },
      }),
    ),
  ];
  table(flow, columns, rows);
  flow.y += 8;
}
