import { useLayoutEffect, useRef, type ReactNode } from 'react';
import type { DepthRange } from '../../shared/depth.ts';
import type { MapViewId } from '../../shared/mapViews.ts';
import type { CompareMode } from '../navigation.ts';
import { pointsSeenOn } from '../../shared/map/viewProjection.ts';
import { boxAround, viewportOf, type MapBox } from '../map/gestures.ts';
import type { Gestures } from '../map/useGestures.ts';
import type { MarkerSet } from './CompareMap.tsx';
import { paneColumns } from './compareFormat.ts';
import { ComparePane } from './ComparePane.tsx';

/** One map of a mode: its title, its accessible name, and the marker sets it draws. */
export type PaneSpec = { key: string; title: ReactNode; label: string; sets: MarkerSet[] };

/**
 * The box around the points `view` shows on every pane (its own, and those charted on a detail view of it):
 * the maps open framed on it, not on the whole body.
 */
export function paneBox(panes: readonly PaneSpec[], view: MapViewId): MapBox | null {
  return boxAround(panes.flatMap((p) => p.sets.flatMap((set) => pointsSeenOn(set.points, view))));
}

type Props = {
  mode: CompareMode;
  panes: readonly PaneSpec[];
  view: MapViewId;
  gestures: Gestures;
  depthRange: DepthRange;
  /** Told when pane `i` has drawn its markers (the compare bench times the opening with it). */
  onDrawn: (pane: number) => void;
  /** Beside the maps: the depth key, or the course's legend. */
  aside: ReactNode;
  /** The course view's readout of the region under the pointer. */
  hover?: { onHover: (at: { x: number; y: number } | null) => void; readout: ReactNode };
};

/**
 * The maps of a mode and what sits beside them. The grid is measured here, every pane the same size,
 * so the page's one viewport (map/gestures.ts) fits them all; each new size frames the charted points.
 */
export function CompareMaps({ mode, panes, view, gestures, depthRange, onDrawn, aside, hover }: Props) {
  const { dispatch } = gestures;
  const grid = useRef<HTMLDivElement>(null);
  const box = useRef<MapBox | null>(null);
  box.current = paneBox(panes, view);
  const columns = mode === 'side' ? panes.length : 1;
  useLayoutEffect(() => {
    const el = grid.current;
    if (!el) return;
    const measure = () => {
      const width = el.clientWidth;
      const cols = paneColumns(columns, width);
      const gap = 12;
      const w = Math.floor((width - gap * (cols - 1)) / cols);
      const rows = Math.ceil(columns / cols);
      const h = rows > 1 ? 400 : mode === 'side' ? 520 : 620;
      dispatch({ type: 'resize', w, h });
      dispatch({ type: 'focus', box: box.current });
      el.style.setProperty('--compare-cols', String(cols));
    };
    measure();
    const ro = new ResizeObserver(measure);
    ro.observe(el);
    return () => ro.disconnect();
  }, [columns, mode, dispatch]);

  const viewport = viewportOf(gestures.state);
  return (
    <div className={`compare-maps compare-maps--${mode}`}>
      <div ref={grid} className="compare-grid" data-testid="compare-grid">
        {panes.map((p, i) => (
          <ComparePane
            key={p.key}
            testId="compare-pane"
            title={p.title}
            label={p.label}
            view={view}
            viewport={viewport}
            size={gestures.state.pane}
            sets={p.sets}
            depthRange={depthRange}
            dispatch={dispatch}
            gestures={gestures.current}
            onDrawn={() => onDrawn(i)}
            {...(hover ? { onHover: hover.onHover, readout: hover.readout } : {})}
          />
        ))}
      </div>
      {aside}
    </div>
  );
}
