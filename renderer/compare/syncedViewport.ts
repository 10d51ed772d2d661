import type { MapViewId } from '../../shared/mapViews.ts';
import { fitViewport, MAX_SCALE, MIN_ZOOM_OF_FIT, zoomAt, type Viewport } from '../map/viewport.ts';

/**
 * One zoom and pan shared by every map of the compare view: the panes are the same size and show the
 * same view, so one viewport placed on each keeps them in step. Pure: a reducer the page runs with
 * useReducer, tested without a DOM. `viewport` null means "fitted" (recomputed for the pane size).
 */
export type SyncedViewState = {
  view: MapViewId;
  /** One pane's size in CSS pixels; null before the first measure. */
  pane: { w: number; h: number } | null;
  /** The map's width and height (the view's artwork). */
  art: { width: number; height: number };
  viewport: Viewport | null;
};

export type SyncedViewAction =
  | { type: 'resize'; w: number; h: number }
  | { type: 'view'; view: MapViewId; art: { width: number; height: number } }
  | { type: 'zoom'; factor: number; at?: { x: number; y: number } }
  /** Pan by a screen distance from a viewport taken at the start of the drag. */
  | { type: 'pan'; from: Viewport; dx: number; dy: number }
  | { type: 'fit' }
  /** Frames a box of the map (the charted points), zoomed in at most `maxZoom` times the fit; null fits. */
  | { type: 'focus'; box: MapBox | null; maxZoom?: number };

export type MapBox = { minX: number; minY: number; maxX: number; maxY: number };

/** The box around points (map coordinates), with a margin; null without points. */
export function boxAround(points: readonly { x: number; y: number }[], margin = 60): MapBox | null {
  if (points.length === 0) return null;
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (const p of points) {
    if (p.x < minX) minX = p.x;
    if (p.y < minY) minY = p.y;
    if (p.x > maxX) maxX = p.x;
    if (p.y > maxY) maxY = p.y;
  }
  return { minX: minX - margin, minY: minY - margin, maxX: maxX + margin, maxY: maxY + margin };
}

export const ZOOM_STEP = 1.25;

export function fitOf(state: Pick<SyncedViewState, 'pane' | 'art'>): Viewport | null {
  return state.pane ? fitViewport(state.art.width, state.art.height, state.pane.w, state.pane.h) : null;
}

/** The viewport every pane draws with now. */
export function viewportOf(state: SyncedViewState): Viewport | null {
  return state.viewport ?? fitOf(state);
}

/** Zoom relative to the fitted map, in percent (100 when fitted). */
export function zoomPercent(state: SyncedViewState): number | null {
  const fit = fitOf(state);
  const v = viewportOf(state);
  return fit && v ? Math.round((v.scale / fit.scale) * 100) : null;
}

export function initialSyncedView(view: MapViewId, art: { width: number; height: number }): SyncedViewState {
  return { view, pane: null, art, viewport: null };
}

export function syncedViewReducer(state: SyncedViewState, action: SyncedViewAction): SyncedViewState {
  switch (action.type) {
    case 'resize': {
      const w = Math.max(1, Math.floor(action.w));
      const h = Math.max(1, Math.floor(action.h));
      if (state.pane && state.pane.w === w && state.pane.h === h) return state;
      // A new pane size fits again: a zoom made at another size would show another part of the map.
      return { ...state, pane: { w, h }, viewport: null };
    }
    case 'view':
      if (action.view === state.view) return state;
      return { ...state, view: action.view, art: action.art, viewport: null };
    case 'fit':
      return state.viewport === null ? state : { ...state, viewport: null };
    case 'zoom': {
      const v = viewportOf(state);
      const fit = fitOf(state);
      if (!v || !fit || !state.pane) return state;
      const at = action.at ?? { x: state.pane.w / 2, y: state.pane.h / 2 };
      const next = zoomAt(v, action.factor, at.x, at.y, fit.scale * MIN_ZOOM_OF_FIT, MAX_SCALE);
      return { ...state, viewport: next };
    }
    case 'focus': {
      const fit = fitOf(state);
      if (!fit || !state.pane || !action.box) return state.viewport === null ? state : { ...state, viewport: null };
      const b = action.box;
      const w = Math.max(1, b.maxX - b.minX);
      const h = Math.max(1, b.maxY - b.minY);
      const scale = Math.max(fit.scale, Math.min(fit.scale * (action.maxZoom ?? 3), state.pane.w / w, state.pane.h / h));
      // Hardly closer than the fit: the fit itself (the whole map, centred).
      if (scale <= fit.scale * 1.1) return state.viewport === null ? state : { ...state, viewport: null };
      const cx = (b.minX + b.maxX) / 2;
      const cy = (b.minY + b.maxY) / 2;
      return { ...state, viewport: { scale, x: state.pane.w / 2 - cx * scale, y: state.pane.h / 2 - cy * scale } };
    }
    case 'pan':
      if (action.dx === 0 && action.dy === 0 && state.viewport !== null) return state;
      return { ...state, viewport: { ...action.from, x: action.from.x + action.dx, y: action.from.y + action.dy } };
  }
}
