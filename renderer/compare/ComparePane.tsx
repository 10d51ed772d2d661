import { useTranslation } from 'react-i18next';
import { useMemo, type KeyboardEvent, type ReactNode, type RefObject } from 'react';
import type { DepthRange } from '../../shared/depth.ts';
import type { MapViewId } from '../../shared/mapViews.ts';
import { contentAt, ZOOM_STEP, type GestureState } from '../map/gestures.ts';
import { panZoomHandlers, type GestureDispatch } from '../map/useGestures.ts';
import type { Viewport } from '../map/viewport.ts';
import { CompareMap, type MarkerSet } from './CompareMap.tsx';

type Props = {
  title: ReactNode;
  /** The accessible name of the map (what it shows, in words). */
  label: string;
  view: MapViewId;
  viewport: Viewport | null;
  size: { w: number; h: number } | null;
  sets: readonly MarkerSet[];
  depthRange: DepthRange;
  /** The page's one gesture reducer (map/gestures.ts), shared by every pane. */
  dispatch: GestureDispatch;
  gestures: RefObject<GestureState>;
  /** Where the pointer is, in map coordinates (null when it leaves): for a readout beside the map. */
  onHover?: (at: { x: number; y: number } | null) => void;
  readout?: ReactNode;
  onDrawn?: () => void;
  testId?: string;
};

const PAN_STEP = 40;

/**
 * One map of the compare view: its title, the map, and the gestures that move every map at once
 * (drag to pan, wheel or pinch to zoom about the pointer; with the map focused, arrows pan, + and − zoom, 0 fits).
 * The viewport comes from the page's gesture reducer, so what one pane does, all panes show.
 */
export function ComparePane({ title, label, view, viewport, size, sets, depthRange, dispatch, gestures, onHover, readout, onDrawn, testId }: Props) {
  const { t } = useTranslation('compare');
  const handlers = useMemo(() => panZoomHandlers(dispatch, gestures, onHover ? (at) => onHover(at ? contentAt(gestures.current, at) : null) : undefined), [dispatch, gestures, onHover]);

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (!viewport || e.ctrlKey || e.metaKey || e.altKey) return;
    const pan = (dx: number, dy: number) => dispatch({ type: 'pan-by', dx, dy });
    const step = e.shiftKey ? PAN_STEP * 4 : PAN_STEP;
    switch (e.key) {
      case 'ArrowLeft':
        pan(step, 0);
        break;
      case 'ArrowRight':
        pan(-step, 0);
        break;
      case 'ArrowUp':
        pan(0, step);
        break;
      case 'ArrowDown':
        pan(0, -step);
        break;
      case '+':
      case '=':
        dispatch({ type: 'zoom', factor: ZOOM_STEP });
        break;
      case '-':
      case '_':
        dispatch({ type: 'zoom', factor: 1 / ZOOM_STEP });
        break;
      case '0':
        dispatch({ type: 'fit' });
        break;
      default:
        return;
    }
    e.preventDefault();
  };

  return (
    <figure className="compare-pane" data-testid={testId}>
      <figcaption className="compare-pane__title">{title}</figcaption>
      <div
        className="compare-pane__stage"
        tabIndex={0}
        role="application"
        aria-roledescription={t('pane.mapRole')}
        aria-label={t('pane.mapHelp', { label })}
        {...handlers}
        onKeyDown={onKeyDown}
      >
        {size && viewport ? <CompareMap view={view} viewport={viewport} width={size.w} height={size.h} sets={sets} depthRange={depthRange} {...(onDrawn ? { onDrawn } : {})} /> : null}
        {readout ? (
          <div className="compare-pane__readout" aria-hidden="true">
            {readout}
          </div>
        ) : null}
      </div>
    </figure>
  );
}
