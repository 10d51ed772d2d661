import { useTranslation } from 'react-i18next';
import { useEffect, useRef, type Dispatch, type KeyboardEvent, type PointerEvent as ReactPointerEvent, type ReactNode } from 'react';
import type { DepthRange } from '../../shared/depth.ts';
import type { MapViewId } from '../../shared/mapViews.ts';
import { toMap, type Viewport } from '../map/viewport.ts';
import { CompareMap, type MarkerSet } from './CompareMap.tsx';
import { ZOOM_STEP, type SyncedViewAction } from './syncedViewport.ts';

type Props = {
  title: ReactNode;
  /** The accessible name of the map (what it shows, in words). */
  label: string;
  view: MapViewId;
  viewport: Viewport | null;
  size: { w: number; h: number } | null;
  sets: readonly MarkerSet[];
  depthRange: DepthRange;
  dispatch: Dispatch<SyncedViewAction>;
  /** Where the pointer is, in map coordinates (null when it leaves): for a readout beside the map. */
  onHover?: (at: { x: number; y: number } | null) => void;
  readout?: ReactNode;
  onDrawn?: () => void;
  testId?: string;
};

const PAN_STEP = 40;

/**
 * One map of the compare view: its title, the map, and the gestures that move every map at once
 * (drag to pan, wheel to zoom about the pointer; with the map focused, arrows pan, + and − zoom, 0 fits).
 * The viewport comes from the page's synced reducer, so what one pane does, all panes show.
 */
export function ComparePane({ title, label, view, viewport, size, sets, depthRange, dispatch, onHover, readout, onDrawn, testId }: Props) {
  const { t } = useTranslation('compare');
  const box = useRef<HTMLDivElement>(null);
  const drag = useRef<{ x: number; y: number; from: Viewport } | null>(null);
  const vp = useRef(viewport);
  vp.current = viewport;

  useEffect(() => {
    const el = box.current;
    if (!el) return;
    const onWheel = (e: WheelEvent) => {
      e.preventDefault();
      const r = el.getBoundingClientRect();
      const speed = e.ctrlKey ? 0.012 : 0.0018;
      const delta = e.deltaMode === 1 ? e.deltaY * 16 : e.deltaY;
      dispatch({ type: 'zoom', factor: Math.exp(-delta * speed), at: { x: e.clientX - r.left, y: e.clientY - r.top } });
    };
    el.addEventListener('wheel', onWheel, { passive: false });
    return () => el.removeEventListener('wheel', onWheel);
  }, [dispatch]);

  const local = (e: { clientX: number; clientY: number }) => {
    const r = box.current?.getBoundingClientRect();
    return { x: e.clientX - (r?.left ?? 0), y: e.clientY - (r?.top ?? 0) };
  };

  const onPointerDown = (e: ReactPointerEvent<HTMLDivElement>) => {
    if (!vp.current || e.button > 2) return;
    e.currentTarget.setPointerCapture(e.pointerId);
    const p = local(e);
    drag.current = { ...p, from: vp.current };
  };
  const onPointerMove = (e: ReactPointerEvent<HTMLDivElement>) => {
    const p = local(e);
    const d = drag.current;
    if (d) {
      dispatch({ type: 'pan', from: d.from, dx: p.x - d.x, dy: p.y - d.y });
      return;
    }
    if (onHover && vp.current) onHover(toMap(vp.current, p.x, p.y));
  };
  const endDrag = () => {
    drag.current = null;
  };

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const v = vp.current;
    if (!v || e.ctrlKey || e.metaKey || e.altKey) return;
    const pan = (dx: number, dy: number) => dispatch({ type: 'pan', from: v, dx, dy });
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
        ref={box}
        className="compare-pane__stage"
        tabIndex={0}
        role="application"
        aria-roledescription={t('pane.mapRole')}
        aria-label={t('pane.mapHelp', { label })}
        onPointerDown={onPointerDown}
        onPointerMove={onPointerMove}
        onPointerUp={endDrag}
        onPointerCancel={endDrag}
        onPointerLeave={() => (drag.current ? undefined : onHover?.(null))}
        onContextMenu={(e) => e.preventDefault()}
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
