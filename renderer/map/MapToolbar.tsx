import { useTranslation } from 'react-i18next';
import { WHOLE_VIEWS, type MapViewId, viewLabel } from '../../shared/mapViews.ts';
import type { Autosave } from '../editor/autosave.ts';
import { useFormat } from '../i18n/locale.ts';
import { DetailViewPicker } from './DetailViewPicker.tsx';
import { SaveStatusView } from './SaveStatusView.tsx';

export type Tool = 'place' | 'select';

type Props = {
  view: MapViewId;
  /** Points per view, for the tabs. */
  counts: Readonly<Record<string, number>>;
  onView: (view: MapViewId) => void;
  tool: Tool;
  onTool: (tool: Tool) => void;
  readOnly: boolean;
  canUndo: boolean;
  canRedo: boolean;
  onUndo: () => void;
  onRedo: () => void;
  /** The zoom relative to the fit (1 when fitted); null before the map is measured. */
  zoom: number | null;
  onZoomIn: () => void;
  onZoomOut: () => void;
  onFit: () => void;
  showRegions: boolean;
  onShowRegions: (show: boolean) => void;
  onHelp: () => void;
  autosave?: Autosave | null | undefined;
};

/** The map's toolbar: view tabs with their point counts, the tool, undo / redo, zoom, regions, help and the save state. */
export function MapToolbar({ view, counts, onView, tool, onTool, readOnly, canUndo, canRedo, onUndo, onRedo, zoom, onZoomIn, onZoomOut, onFit, showRegions, onShowRegions, onHelp, autosave }: Props) {
  const { t } = useTranslation(['map', 'clinical']);
  const format = useFormat();
  return (
    <div className="map-toolbar" role="toolbar" aria-label={t('toolbar.label')}>
      <div className="map-views">
        <div className="map-tabs" role="tablist" aria-label={t('toolbar.views')}>
          {WHOLE_VIEWS.map((id, i) => (
            <button
              key={id}
              type="button"
              role="tab"
              aria-selected={id === view}
              className={`map-tab${id === view ? ' map-tab--active' : ''}`}
              onClick={() => onView(id)}
              title={t('toolbar.viewTitle', { view: viewLabel(t, id), key: i + 1 })}
            >
              {viewLabel(t, id)}
              <span className="map-tab__count" aria-label={t('toolbar.viewCount', { count: counts[id] ?? 0 })}>
                {counts[id] ?? 0}
              </span>
            </button>
          ))}
        </div>
        <DetailViewPicker view={view} counts={counts} onView={onView} />
      </div>
      <div className="map-toolbar__group" role="group" aria-label={t('toolbar.tool')}>
        <button type="button" className={`map-button${tool === 'place' ? ' map-button--on' : ''}`} aria-pressed={tool === 'place'} onClick={() => onTool('place')} disabled={readOnly} title={t('toolbar.placeTitle')}>
          {t('toolbar.place')}
        </button>
        <button type="button" className={`map-button${tool === 'select' ? ' map-button--on' : ''}`} aria-pressed={tool === 'select'} onClick={() => onTool('select')} title={t('toolbar.selectTitle')}>
          {t('toolbar.select')}
        </button>
      </div>
      <div className="map-toolbar__group" role="group" aria-label={t('toolbar.history')}>
        <button type="button" className="map-button" onClick={onUndo} disabled={!canUndo} title={t('toolbar.undoTitle')}>
          {t('toolbar.undo')}
        </button>
        <button type="button" className="map-button" onClick={onRedo} disabled={!canRedo} title={t('toolbar.redoTitle')}>
          {t('toolbar.redo')}
        </button>
      </div>
      <div className="map-toolbar__group" role="group" aria-label={t('toolbar.zoom')}>
        <button type="button" className="map-button map-button--icon" onClick={onZoomOut} aria-label={t('toolbar.zoomOut')} title={t('toolbar.zoomOutTitle')}>
          −
        </button>
        <span className="map-zoom" aria-live="off" title={t('toolbar.zoomLevelTitle')}>
          {zoom !== null ? format.percent(Math.round(zoom * 100) / 100) : '—'}
        </span>
        <button type="button" className="map-button map-button--icon" onClick={onZoomIn} aria-label={t('toolbar.zoomIn')} title={t('toolbar.zoomInTitle')}>
          +
        </button>
        <button type="button" className="map-button" onClick={onFit} title={t('toolbar.fitTitle')} data-testid="map-fit">
          {t('toolbar.fit')}
        </button>
      </div>
      <div className="map-toolbar__group">
        <label className="map-check">
          <input type="checkbox" checked={showRegions} onChange={(e) => onShowRegions(e.target.checked)} /> {t('toolbar.regions')}
        </label>
        <button type="button" className="map-button map-button--icon" onClick={onHelp} aria-label={t('toolbar.shortcuts')} title={t('toolbar.shortcutsTitle')}>
          ?
        </button>
      </div>
      {autosave ? <SaveStatusView autosave={autosave} /> : null}
    </div>
  );
}
