import { useTranslation } from 'react-i18next';
import { MAP_ARTWORK } from '../../assets/maps/index.ts';
import { MAP_VIEWS, viewLabel, type MapViewId } from '../../shared/mapViews.ts';
import { ZOOM_STEP, zoomPercent } from '../map/gestures.ts';
import type { Gestures } from '../map/useGestures.ts';
import { useFormat } from '../i18n/locale.ts';
import type { CompareMode } from '../navigation.ts';
import { paneBox, type PaneSpec } from './CompareMaps.tsx';

const MODES = [
  { id: 'side', key: 'mode.side' },
  { id: 'overlay', key: 'mode.overlay' },
  { id: 'course', key: 'mode.course' },
] as const satisfies readonly { id: CompareMode; key: string }[];

/** What every mode's toolbar shares: the mode chooser and the one zoom and pan of the page. */
export type ToolbarCommon = {
  mode: CompareMode;
  onMode: (mode: CompareMode) => void;
  hasCourse: boolean;
  /** How many sessions side by side and overlay can choose from (they need two). */
  poolSize: number;
  view: MapViewId;
  gestures: Gestures;
};

type Props = ToolbarCommon & {
  /** Points per view of what the mode shows, for the view tabs. */
  counts: Readonly<Record<MapViewId, number>>;
  /** The maps shown: another view, or Points, frames their charted points. */
  panes: readonly PaneSpec[];
};

/**
 * The views offered: the four whole views always, a detail view (the knee's, the spine's) when the compared
 * sessions have points on it or it is the one shown: fifteen detail views as tabs would not fit.
 */
function comparedViews(view: MapViewId, counts: Readonly<Record<MapViewId, number>>): MapViewId[] {
  return MAP_VIEWS.filter((v) => v.group === 'whole' || v.id === view || counts[v.id] > 0).map((v) => v.id);
}

/** The compare view's toolbar: display mode, map view with its point counts, and zoom (in step for every map). */
export function CompareToolbar({ mode, onMode, hasCourse, poolSize, view, gestures, counts, panes }: Props) {
  const { t } = useTranslation(['compare', 'clinical']);
  const format = useFormat();
  const { dispatch } = gestures;
  const percent = zoomPercent(gestures.state);
  const setView = (v: MapViewId) => {
    dispatch({ type: 'content', key: v, width: MAP_ARTWORK[v].width, height: MAP_ARTWORK[v].height });
    dispatch({ type: 'focus', box: paneBox(panes, v) });
  };
  return (
    <div className="card compare-toolbar" role="toolbar" aria-label={t('toolbar.label')}>
      <div className="segmented" role="radiogroup" aria-label={t('mode.display')}>
        {MODES.map((m) => {
          const disabled = (m.id === 'course' && !hasCourse) || (m.id !== 'course' && poolSize < 2);
          return (
            <label key={m.id} className={`segmented__option${mode === m.id ? ' segmented__option--on' : ''}${disabled ? ' segmented__option--disabled' : ''}`} title={disabled ? (m.id === 'course' ? t('mode.noCommonCourse') : t('mode.chooseTwo')) : undefined}>
              <input type="radio" name="compare-mode" value={m.id} checked={mode === m.id} disabled={disabled} onChange={() => onMode(m.id)} />
              {t(m.key)}
            </label>
          );
        })}
      </div>
      <div className="map-tabs" role="radiogroup" aria-label={t('toolbar.mapView')}>
        {comparedViews(view, counts).map((id) => (
          <label key={id} className={`map-tab${id === view ? ' map-tab--active' : ''}`}>
            <input className="visually-hidden" type="radio" name="compare-view" value={id} checked={id === view} onChange={() => setView(id)} />
            {viewLabel(t, id)}
            <span className="map-tab__count">
              <span aria-hidden="true">{format.integer(counts[id])}</span>
              <span className="visually-hidden">{t('points', { count: counts[id] })}</span>
            </span>
          </label>
        ))}
      </div>
      <div className="map-toolbar__group" role="group" aria-label={t('toolbar.zoomGroup')}>
        <button type="button" className="map-button map-button--icon" onClick={() => dispatch({ type: 'zoom', factor: 1 / ZOOM_STEP })} aria-label={t('toolbar.zoomOut')} title={t('toolbar.zoomOutTitle')}>
          −
        </button>
        <span className="map-zoom" title={t('toolbar.zoomRelative')}>
          {percent === null ? '—' : format.percent(percent / 100)}
        </span>
        <button type="button" className="map-button map-button--icon" onClick={() => dispatch({ type: 'zoom', factor: ZOOM_STEP })} aria-label={t('toolbar.zoomIn')} title={t('toolbar.zoomInTitle')}>
          +
        </button>
        <button type="button" className="map-button" onClick={() => dispatch({ type: 'focus', box: paneBox(panes, view) })} title={t('toolbar.pointsTitle')}>
          {t('toolbar.points')}
        </button>
        <button type="button" className="map-button" onClick={() => dispatch({ type: 'fit' })} title={t('toolbar.fitTitle')}>
          {t('toolbar.fit')}
        </button>
      </div>
    </div>
  );
}
