import { useId, useState } from 'react';
import { formatDate } from '../format.ts';
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
  const titleId = useId();
  const descId = useId();
  const [asTable, setAsTable] = useState(false);
  const plot = layoutVasPlot(entries, BOX, 8);
  const scored = plot.points.filter((p) => p.before !== null || p.after !== null);
  const description =
    scored.length === 0
      ? 'No pain score recorded in these sessions.'
      : scored.map((p) => `${p.label} on ${formatDate(p.date)}: before ${p.before ?? 'not recorded'}, after ${p.after ?? 'not recorded'}`).join('; ') + '.';
  return (
    <section className="vas-chart" aria-labelledby={titleId}>
      <div className="vas-chart__head">
        <h3 className="compare-section__title" id={titleId}>
          {title}
        </h3>
        <div className="vas-chart__key" aria-hidden="true">
          <span className="vas-chart__swatch vas-chart__swatch--before" /> Before
          <span className="vas-chart__swatch vas-chart__swatch--after" /> After
        </div>
        <button type="button" className="button button--small button--ghost" aria-pressed={asTable} onClick={() => setAsTable((t) => !t)}>
          {asTable ? 'Show chart' : 'Show as table'}
        </button>
      </div>
      {!plot.hasData ? (
        <p className="muted">No pain score (VAS) was recorded in these sessions.</p>
      ) : asTable ? (
        <table className="table table--compact">
          <caption className="visually-hidden">{title}</caption>
          <thead>
            <tr>
              <th scope="col">Session</th>
              <th scope="col">Date</th>
              <th scope="col" className="num">
                VAS before
              </th>
              <th scope="col" className="num">
                VAS after
              </th>
            </tr>
          </thead>
          <tbody>
            {plot.points.map((p) => (
              <tr key={p.id}>
                <th scope="row">{p.label}</th>
                <td>{formatDate(p.date)}</td>
                <td className="num">{p.before ?? '—'}</td>
                <td className="num">{p.after ?? '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <svg className="vas-chart__svg" viewBox={`0 0 ${BOX.width} ${BOX.height}`} role="img" aria-labelledby={`${titleId} ${descId}`}>
          <title>{title}</title>
          <desc id={descId}>{description}</desc>
          {plot.yTicks.map((t) => (
            <g key={t.value}>
              <line x1={plot.plot.x0} x2={plot.plot.x1} y1={t.y} y2={t.y} className="vas-chart__grid" />
              <text x={plot.plot.x0 - 8} y={t.y} className="vas-chart__tick" textAnchor="end" dominantBaseline="middle">
                {t.value}
              </text>
            </g>
          ))}
          <text x={12} y={(plot.plot.y0 + plot.plot.y1) / 2} className="vas-chart__axis" textAnchor="middle" transform={`rotate(-90 12 ${(plot.plot.y0 + plot.plot.y1) / 2})`}>
            VAS (0–10)
          </text>
          {plot.xTicks.map((t) => (
            <g key={t.label + t.date}>
              <line x1={t.x} x2={t.x} y1={plot.plot.y1} y2={plot.plot.y1 + 4} className="vas-chart__axisline" />
              <text x={t.x} y={plot.plot.y1 + 16} className="vas-chart__tick vas-chart__tick--strong" textAnchor="middle">
                {t.label}
              </text>
              <text x={t.x} y={plot.plot.y1 + 30} className="vas-chart__tick" textAnchor="middle">
                {formatDate(t.date).replace(/ \d{4}$/, '')}
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
                  <title>{`${p.label}, ${formatDate(p.date)}: before ${p.before}`}</title>
                </circle>
              ) : null}
              {p.yAfter !== null ? (
                <rect x={p.x - 4} y={p.yAfter - 4} width={8} height={8} fill={AFTER} stroke="#fff" strokeWidth={1.5}>
                  <title>{`${p.label}, ${formatDate(p.date)}: after ${p.after}`}</title>
                </rect>
              ) : null}
            </g>
          ))}
        </svg>
      )}
    </section>
  );
}
