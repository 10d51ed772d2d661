import { useTranslation } from 'react-i18next';
import { DepthLegendGroup } from '../map/Legend.tsx';

/** Beside the maps of side by side and overlay: the depth colours, and the ghost when one is drawn. */
export function DepthKey({ range, ghost }: { range: { min: number; max: number }; ghost: boolean }) {
  const { t } = useTranslation('compare');
  return (
    <aside className="compare-key map-legend" aria-label={t('legend.label')}>
      <DepthLegendGroup range={range} />
      {ghost ? (
        <div className="map-legend__group">
          <span className="ghost-swatch" aria-hidden="true" /> {t('legend.ghost')}
        </div>
      ) : null}
      <div className="map-legend__group muted">{t('legend.help')}</div>
    </aside>
  );
}
