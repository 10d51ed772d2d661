import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../i18n/locale.ts';
import { layoutVasPlot, type VasEntry, type VasPlotBox } from './vasPlot.ts';

const BOX: VasPlotBox = { width: 560, height: 230, top: 14, right: 22, bottom: 46, left: 44 };
const BEFORE = '#b3261e';
const AFTER = '#0d6577';

/**
 * The pain score (VAS 0–10) before and after each session, over time: an SVG chart with a title and
 * a description, and the same figures as a table (shown on demand; always in the accessibility tree
 * through the chart's description).
 */
export function VasChart({ entries, title }: { entries: readonly VasEntry[]; title: string }) {
  const { t } = useTranslation('compare');
  const format = useFormat();
  const score = (value: number) => format.number(value, 1);
  const titleId = useId();
  const descId = useId();
  const [asTable, setAsTable] = useState(false);
  const plot = layoutVasPlot(entries, BOX, 8);
  const scored = plot.points.filter((p) => p.before !== null || p.after !== null);
  const description =
    scored.length === 0
      ? t('vas.noneInDescription')
      : scored.map((p) => t('vas.entry', { tag: p.label, date: format.date(p.date), before: p.before === null ? t('vas.notRecorded') : score(p.before), after: p.after === null ? t('vas.notRecorded') : score(p.after) })).join('; ') + '.';
  return (
    <section className="vas-chart" aria-labelledby={titleId}>
      <div className="vas-chart__head">
        <h3 className="compare-section__title" id={titleId}>
          {title}
        </h3>
        <div className="vas-chart__key" aria-hidden="true">
          <span className="vas-chart__swatch vas-chart__swatch--before" /> {t('vas.before')}
          <span className="vas-chart__swatch vas-chart__swatch--after" /> {t('vas.after')}
        </div>
        <button type="button" className="button button--small button--ghost" aria-pressed={asTable} onClick={() => setAsTable((t) => !t)}>
          {asTable ? t('vas.showChart') : t('vas.showTable')}
        </button>
      </div>
      {!plot.hasData ? (
        <p className="muted">{t('vas.none')}</p>
      ) : asTable ? (
        <table className="table table--compact">
          <caption className="visually-hidden">{title}</caption>
          <thead>
            <tr>
              <th scope="col">{t('vas.session')}</th>
              <th scope="col">{t('vas.date')}</th>
              <th scope="col" className="num">
                {t('vas.vasBefore')}
              </th>
              <th scope="col" className="num">
                {t('vas.vasAfter')}
              </th>
            </tr>
          </thead>
          <tbody>
            {plot.points.map((p) => (
              <tr key={p.id}>
                <th scope="row">{p.label}</th>
                <td>{format.date(p.date)}</td>
                <td className="num">{p.before === null ? '—' : score(p.before)}</td>
                <td className="num">{p.after === null ? '—' : score(p.after)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <svg className="vas-chart__svg" viewBox={`0 0 ${BOX.width} ${BOX.height}`} role="img" aria-labelledby={`${titleId} ${descId}`}>
          <title>{title}</title>
          <desc id={descId}>{description}</desc>
          {plot.yTicks.map((tick) => (
            <g key={tick.value}>
              <line x1={plot.plot.x0} x2={plot.plot.x1} y1={tick.y} y2={tick.y} className="vas-chart__grid" />
              <text x={plot.plot.x0 - 8} y={tick.y} className="vas-chart__tick" textAnchor="end" dominantBaseline="middle">
                {format.integer(tick.value)}
              </text>
            </g>
          ))}
          <text x={12} y={(plot.plot.y0 + plot.plot.y1) / 2} className="vas-chart__axis" textAnchor="middle" transform={`rotate(-90 12 ${(plot.plot.y0 + plot.plot.y1) / 2})`}>
            {t('vas.axis')}
          </text>
          {plot.xTicks.map((tick) => (
            <g key={tick.label + tick.date}>
              <line x1={tick.x} x2={tick.x} y1={plot.plot.y1} y2={plot.plot.y1 + 4} className="vas-chart__axisline" />
              <text x={tick.x} y={plot.plot.y1 + 16} className="vas-chart__tick vas-chart__tick--strong" textAnchor="middle">
                {tick.label}
              </text>
              <text x={tick.x} y={plot.plot.y1 + 30} className="vas-chart__tick" textAnchor="middle">
                {format.dayMonth(tick.date)}
              </text>
            </g>
          ))}
          <line x1={plot.plot.x0} x2={plot.plot.x1} y1={plot.plot.y1} y2={plot.plot.y1} className="vas-chart__axisline" />
          <path d={plot.beforePath} className="vas-chart__line" stroke={BEFORE} />
          <path d={plot.afterPath} className="vas-chart__line vas-chart__line--after" stroke={AFTER} />
          {plot.points.map((p) => (
            <g key={p.id}>
              {p.yBefore !== null ? (
                <circle cx={p.x} cy={p.yBefore} r={4.5} fill={BEFORE} stroke="#fff" strokeWidth={1.5}>
                  <title>{t('vas.pointBefore', { tag: p.label, date: format.date(p.date), value: score(p.before ?? 0) })}</title>
                </circle>
              ) : null}
              {p.yAfter !== null ? (
                <rect x={p.x - 4} y={p.yAfter - 4} width={8} height={8} fill={AFTER} stroke="#fff" strokeWidth={1.5}>
                  <title>{t('vas.pointAfter', { tag: p.label, date: format.date(p.date), value: score(p.after ?? 0) })}</title>
                </rect>
              ) : null}
            </g>
          ))}
        </svg>
      )}
    </section>
  );
}
