import { useId, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { layoutSeriesPlot, type PlotAxis, type PlotBox, type PlotSession } from '../../shared/seriesPlot.ts';
import { useFormat } from '../i18n/locale.ts';

const BOX: PlotBox = { width: 560, height: 230, top: 14, right: 22, bottom: 46, left: 52 };

/** How a series is drawn; shapes as well as colours, so that the lines are told apart without colour. */
type SeriesMark = 'circle' | 'square' | 'diamond' | 'triangle';

type ChartSeries = {
  key: string;
  /** In the key and the table's header ("Before", "Left thigh"). */
  label: string;
  colour: string;
  mark: SeriesMark;
  dashed?: boolean;
  values: readonly (number | null)[];
};

type Props = {
  sessions: readonly PlotSession[];
  series: readonly ChartSeries[];
  axis: PlotAxis;
  title: string;
  /** The y axis's name ("VAS (0–10)", "Girth (cm)"). */
  axisTitle: string;
  /** What is shown when no series has a value. */
  none: string;
  /** A value as read in the table and the tooltips ("II", "58.5 cm"). */
  valueText: (value: number) => string;
};

/** Line colours, one per series in turn (a measure taken at several sites). */
export const SERIES_COLOURS = ['#0d6577', '#b3261e', '#6b4fa0', '#8a5a00', '#1f7a3a', '#a3366b'] as const;
export const SERIES_MARKS: readonly SeriesMark[] = ['circle', 'square', 'diamond', 'triangle'];

function Mark({ kind, x, y, colour, children }: { kind: SeriesMark; x: number; y: number; colour: string; children: ReactNode }) {
  const common = { fill: colour, stroke: '#fff', strokeWidth: 1.5 };
  if (kind === 'square') return <rect x={x - 4} y={y - 4} width={8} height={8} {...common}>{children}</rect>;
  if (kind === 'diamond') return <path d={`M${x} ${y - 5.5} L${x + 5.5} ${y} L${x} ${y + 5.5} L${x - 5.5} ${y} Z`} {...common}>{children}</path>;
  if (kind === 'triangle') return <path d={`M${x} ${y - 5.5} L${x + 5} ${y + 4} L${x - 5} ${y + 4} Z`} {...common}>{children}</path>;
  return <circle cx={x} cy={y} r={4.5} {...common}>{children}</circle>;
}

/**
 * Numeric series over the sessions of a course (the VAS before and after, a cellulite grade, girths at
 * several sites): an SVG chart laid out by shared/seriesPlot.ts with a title and a description, and
 * the same figures as a table (shown on demand; always in the accessibility tree through the chart's
 * description).
 */
export function SeriesChart({ sessions, series, axis, title, axisTitle, none, valueText }: Props) {
  const { t } = useTranslation('compare');
  const format = useFormat();
  const titleId = useId();
  const descId = useId();
  const [asTable, setAsTable] = useState(false);
  const plot = layoutSeriesPlot(sessions, series, axis, BOX, 8);
  const styleOf = (i: number) => series[i] as ChartSeries;
  const cell = (v: number | null | undefined) => (v === null || v === undefined ? t('chart.notRecorded') : valueText(v));
  const description =
    plot.columns
      .map((c, i) => ({ c, values: plot.series.map((s, k) => ({ label: styleOf(k).label, value: s.values[i] ?? null })) }))
      .filter((row) => row.values.some((v) => v.value !== null))
      .map((row) => t('chart.entry', { tag: row.c.label, date: format.date(row.c.date), values: row.values.map((v) => t('chart.value', { series: v.label, value: cell(v.value) })).join(', ') }))
      .join('; ') + '.';
  return (
    <section className="series-chart" aria-labelledby={titleId}>
      <div className="series-chart__head">
        <h3 className="compare-section__title" id={titleId}>
          {title}
        </h3>
        <div className="series-chart__key" aria-hidden="true">
          {series.map((s) => (
            <span key={s.key} className="series-chart__key-item">
              <span className={`series-chart__swatch${s.dashed ? ' series-chart__swatch--dashed' : ''}`} style={{ borderColor: s.colour }} /> {s.label}
            </span>
          ))}
        </div>
        <button type="button" className="button button--small button--ghost" aria-pressed={asTable} onClick={() => setAsTable((on) => !on)}>
          {asTable ? t('chart.showChart') : t('chart.showTable')}
        </button>
      </div>
      {!plot.hasData ? (
        <p className="muted">{none}</p>
      ) : asTable ? (
        <table className="table table--compact">
          <caption className="visually-hidden">{title}</caption>
          <thead>
            <tr>
              <th scope="col">{t('chart.session')}</th>
              <th scope="col">{t('chart.date')}</th>
              {series.map((s) => (
                <th key={s.key} scope="col" className="num">
                  {s.label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {plot.columns.map((c, i) => (
              <tr key={c.id}>
                <th scope="row">{c.label}</th>
                <td>{format.date(c.date)}</td>
                {plot.series.map((s) => (
                  <td key={s.key} className="num">
                    {s.values[i] === null ? '—' : valueText(s.values[i] as number)}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <svg className="series-chart__svg" viewBox={`0 0 ${BOX.width} ${BOX.height}`} role="img" aria-labelledby={`${titleId} ${descId}`}>
          <title>{title}</title>
          <desc id={descId}>{description}</desc>
          {plot.yTicks.map((tick) => (
            <g key={tick.value}>
              <line x1={plot.plot.x0} x2={plot.plot.x1} y1={tick.y} y2={tick.y} className="series-chart__grid" />
              <text x={plot.plot.x0 - 8} y={tick.y} className="series-chart__tick" textAnchor="end" dominantBaseline="middle">
                {tick.label ?? format.number(tick.value, 1)}
              </text>
            </g>
          ))}
          <text x={12} y={(plot.plot.y0 + plot.plot.y1) / 2} className="series-chart__axis" textAnchor="middle" transform={`rotate(-90 12 ${(plot.plot.y0 + plot.plot.y1) / 2})`}>
            {axisTitle}
          </text>
          {plot.xTicks.map((tick) => (
            <g key={tick.label + tick.date}>
              <line x1={tick.x} x2={tick.x} y1={plot.plot.y1} y2={plot.plot.y1 + 4} className="series-chart__axisline" />
              <text x={tick.x} y={plot.plot.y1 + 16} className="series-chart__tick series-chart__tick--strong" textAnchor="middle">
                {tick.label}
              </text>
              <text x={tick.x} y={plot.plot.y1 + 30} className="series-chart__tick" textAnchor="middle">
                {format.dayMonth(tick.date)}
              </text>
            </g>
          ))}
          <line x1={plot.plot.x0} x2={plot.plot.x1} y1={plot.plot.y1} y2={plot.plot.y1} className="series-chart__axisline" />
          {plot.series.map((s, k) => (
            <path key={s.key} d={s.path} className={`series-chart__line${styleOf(k).dashed ? ' series-chart__line--dashed' : ''}`} stroke={styleOf(k).colour} />
          ))}
          {plot.series.map((s, k) => (
            <g key={s.key}>
              {s.marks.map((m) => (
                <Mark key={m.session.id} kind={styleOf(k).mark} x={m.x} y={m.y} colour={styleOf(k).colour}>
                  <title>{t('chart.point', { tag: m.session.label, date: format.date(m.session.date), series: styleOf(k).label, value: valueText(m.value) })}</title>
                </Mark>
              ))}
            </g>
          ))}
        </svg>
      )}
    </section>
  );
}
