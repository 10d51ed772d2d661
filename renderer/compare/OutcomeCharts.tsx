import { useTranslation } from 'react-i18next';
import { sessionWithAmendments } from '../../shared/amendments.ts';
import { measureLabel, measureSeries, measureValueText, outcomeMeasure, recordedMeasures, type RecordedMeasureId } from '../../shared/outcomeMeasures.ts';
import { scaleAxis, type PlotSession } from '../../shared/seriesPlot.ts';
import type { Session } from '../../shared/session.ts';
import { clinicalText, idKey } from '../../shared/clinicalText.ts';
import { useFormat } from '../i18n/locale.ts';
import { SERIES_COLOURS, SERIES_MARKS, SeriesChart } from './SeriesChart.tsx';

/**
 * The outcome measures of the sessions compared (or of the whole course), one chart per measure
 * recorded in any of them, each on its own scale: the cellulite grade from 0 to III, girths in cm with
 * a line per site, the hair loss stage... As corrected by amendments.
 */
export function OutcomeCharts({ sessions, labels, inCourse }: { sessions: readonly Session[]; labels: Record<string, string>; inCourse: boolean }) {
  const { t } = useTranslation(['compare', 'clinical']);
  const format = useFormat();
  const corrected = sessions.map(sessionWithAmendments);
  const measures = recordedMeasures(corrected);
  const plotSessions: PlotSession[] = corrected.map((s) => ({ id: s.id, label: labels[s.id] ?? '', date: s.date }));
  return (
    <section className="compare-section outcome-charts" aria-labelledby="outcomes-title">
      <h2 className="compare-section__title" id="outcomes-title">
        {t('outcomes.heading')}
      </h2>
      {measures.length === 0 ? <p className="muted">{t('outcomes.none')}</p> : null}
      {measures.map((measure) => (
        <MeasureChart key={measure} measure={measure} sessions={corrected} plotSessions={plotSessions} inCourse={inCourse} valueText={(v) => measureValueText(t, format, measure, v)} />
      ))}
    </section>
  );
}

function MeasureChart({ measure, sessions, plotSessions, inCourse, valueText }: { measure: RecordedMeasureId; sessions: readonly Session[]; plotSessions: PlotSession[]; inCourse: boolean; valueText: (v: number) => string }) {
  const { t } = useTranslation(['compare', 'clinical']);
  const series = measureSeries(sessions, measure);
  const values = series.flatMap((s) => s.values.filter((v): v is number => v !== null));
  const name = measureLabel(t, measure);
  const sited = outcomeMeasure(measure).sited;
  return (
    <SeriesChart
      sessions={plotSessions}
      series={series.map((s, i) => ({
        key: s.place || measure,
        label: sited ? s.place : measure === 'cellulite-severity' ? t('outcomes.total') : name,
        colour: SERIES_COLOURS[i % SERIES_COLOURS.length] as string,
        mark: SERIES_MARKS[i % SERIES_MARKS.length] ?? 'circle',
        values: s.values,
      }))}
      axis={scaleAxis(outcomeMeasure(measure).scale, values)}
      title={inCourse ? t('outcomes.courseTitle', { measure: name }) : t('outcomes.title', { measure: name })}
      axisTitle={clinicalText(t, `outcome.${idKey(measure)}.axis`)}
      none={t('outcomes.none')}
      valueText={valueText}
    />
  );
}
