import { useTranslation } from 'react-i18next';
import type { DepthRange } from '../../shared/depth.ts';
import { useFormat } from '../i18n/locale.ts';
import type { ChartEditor } from '../editor/store.ts';
import { MarkerIcon } from './MarkerIcon.tsx';
import { DEPTH_COLOURS, GAUGE_LEGEND } from '../../shared/markerPalette.ts';
import { depthLegendEntries } from '../../shared/depthLegendText.ts';
import { useChart } from '../editor/useChart.ts';
import { projectPoint, showsOtherViews } from '../../shared/map/viewProjection.ts';

/**
 * What the markers mean, from the table the map and the printed record draw from
 * (shared/markerPalette.ts): colour is depth, shape is needle gauge, a disc of dots a multi-injector.
 */
export function Legend({ editor }: { editor: ChartEditor }) {
  const { t } = useTranslation(['map']);
  const range = useChart(editor, (s) => s.depthRange);
  // Said only where it happens: a view showing points placed on another view of the same chart.
  const showsElsewhere = useChart(editor, (s) => showsOtherViews(s.view) && s.points.some((p) => p.view !== s.view && projectPoint(p, s.view) !== null));
  return (
    <section className="map-legend" aria-label={t('legend.label')}>
      <DepthLegendGroup range={range} />
      <div className="map-legend__group">
        <span className="map-legend__title">{t('legend.needle')}</span>
        <ul className="map-legend__items">
          {GAUGE_LEGEND.map((g) => (
            <li key={g.label}>
              <MarkerIcon shape={g.shape} fill="#ffffff" size={18} />
              {g.label}
            </li>
          ))}
          <li>
            <MarkerIcon multi={7} fill={DEPTH_COLOURS[2]} size={22} />
            {t('legend.multi')}
          </li>
        </ul>
      </div>
      <div className="map-legend__group">
        <ul className="map-legend__items">
          <li>
            <MarkerIcon selected fill="#ffffff" size={22} />
            {t('legend.selected')}
          </li>
          {showsElsewhere ? (
            <li>
              <span className="map-legend__faded" aria-hidden="true">
                <MarkerIcon fill={DEPTH_COLOURS[2]} size={18} />
              </span>
              {t('legend.elsewhere')}
            </li>
          ) : null}
          <li className="muted">{t('legend.numbers')}</li>
        </ul>
      </div>
    </section>
  );
}

/** The depth colours for a depth range, one row a colour: the map's legend and the compare screen's key. */
export function DepthLegendGroup({ range }: { range: DepthRange }) {
  const { t } = useTranslation(['map', 'clinical']);
  const format = useFormat();
  return (
    <div className="map-legend__group">
      <span className="map-legend__title">{t('legend.depth')}</span>
      <ul className="map-legend__items">
        {depthLegendEntries(t, format, range).map((d) => (
          <li key={d.colour}>
            <MarkerIcon fill={d.colour} size={18} />
            {d.text}
          </li>
        ))}
      </ul>
    </div>
  );
}
