import { boundingBox } from '../../shared/map/boundingBox.ts';
import { fitViewport, MAX_SCALE, MIN_ZOOM_OF_FIT, zoomAt, type Viewport } from './viewport.ts';

/**
 * The one pan / zoom / gesture implementation: the session map, the compare panes and the photo
 * comparison all run this reducer. Pure, tested without a DOM; the React side is useGestures.ts.
 *
 * - Wheel and buttons zoom about the pointer (the pane centre for a button), within limits.
 * - Two touches pinch: the zoom follows their distance, the content follows their centre.
 * - A drag pans: with the middle or right button or Space on the map, with any button on the
 *   compare panes and the photos (`primary: 'pan'`).
 * - Fit shows the whole content; focus frames a box of it.
 * - A content may have an opening frame (`frames`, see initialFraming.ts): shown for the first time,
 *   or again after the pane changed size, it opens framed on that box instead of fitted.
 * - On the map (`primary: 'edit'`) a press on a point becomes a drag of it once the pointer has
 *   moved DRAG_THRESHOLD px, and a press on empty map a rubber band; the map canvas does what they
 *   mean with the chart editor.
 */

export type Point = { x: number; y: number };
export type MapBox = { minX: number; minY: number; maxX: number; maxY: number };

export type GestureOptions = {
  /** The smallest zoom, as a multiple of the fit. */
  minOfFit: number;
  /** The largest zoom, as a multiple of the fit (the photos), or... */
  maxOfFit?: number;
  /** ...as a scale (the maps: the same detail whatever the pane size). */
  maxScale?: number;
  /** Free space around the fitted content, in CSS px. */
  padding: number;
  /**
   * A new pane size: 'fit' fits again (a zoom made at another size would show another part of a
   * map); 'scale' keeps the zoom and the point at the centre, the content being the pane itself (a
   * photo the page fits with CSS).
   */
  onResize: 'fit' | 'scale';
  /** A press of the main button: pans, or is the editor's (a drag of a point, a rubber band, a click). */
  primary: 'pan' | 'edit';
};

export const MAP_GESTURES: GestureOptions = { minOfFit: MIN_ZOOM_OF_FIT, maxScale: MAX_SCALE, padding: 12, onResize: 'fit', primary: 'edit' };
export const COMPARE_GESTURES: GestureOptions = { ...MAP_GESTURES, primary: 'pan' };
export const PHOTO_GESTURES: GestureOptions = { minOfFit: 1, maxOfFit: 8, padding: 0, onResize: 'scale', primary: 'pan' };

/** One press of a button or key zooms by this factor. */
export const ZOOM_STEP = 1.25;
/** A pointer must travel this far (CSS px) before a press becomes a drag or a rubber band. */
export const DRAG_THRESHOLD = 3;

export type Gesture =
  | { kind: 'pan'; pointer: number; start: Point; from: Viewport }
  | { kind: 'pinch'; distance: number; centre: Point; from: Viewport }
  /**
   * The main button is down, not yet moved: on a point (`target`) or on empty map (null). `origin` is
   * where it went down in content coordinates, so a drag follows the pointer even if the zoom changes.
   */
  | { kind: 'press'; pointer: number; start: Point; origin: Point; target: string | null; shift: boolean; draggable: boolean }
  | { kind: 'drag'; pointer: number; start: Point; origin: Point; target: string }
  | { kind: 'band'; pointer: number; start: Point; at: Point; shift: boolean };

export type GestureState = {
  options: GestureOptions;
  /** The pane's size in CSS px; null before the first measure. */
  pane: { w: number; h: number } | null;
  /** What is shown (a map view, a photo) and its size in its own units. */
  content: { key: string; width: number; height: number };
  /** The content fitted in the pane (kept, so that a fitted map keeps one viewport object between renders). */
  fit: Viewport | null;
  /** Zoom and pan per content key (each map view keeps its own); absent: fitted. */
  viewports: Readonly<Partial<Record<string, Viewport>>>;
  /** The box each content opens framed on (a session's points on that view); absent: it opens fitted. */
  frames: Readonly<Partial<Record<string, MapBox>>>;
  gesture: Gesture | null;
  /** Touches down, by pointer id: two make a pinch. */
  touches: Readonly<Record<number, Point>>;
};

export type GestureAction =
  | { type: 'resize'; w: number; h: number }
  /** Another content (a map view): its own remembered zoom, or fitted. */
  | { type: 'content'; key: string; width: number; height: number }
  | { type: 'fit' }
  /** Zoom by a factor about a pane point (the pane centre by default). */
  | { type: 'zoom'; factor: number; at?: Point }
  | { type: 'wheel'; deltaY: number; deltaMode: number; ctrlKey: boolean; at: Point }
  /** Move the content by a screen distance (the arrow keys). */
  | { type: 'pan-by'; dx: number; dy: number }
  /** Frame a box of the content, zoomed in at most `maxZoom` times the fit; null fits. */
  | { type: 'focus'; box: MapBox | null; maxZoom?: number }
  /** The opening frames, by content key: kept for the next time a content is shown afresh (not applied now). */
  | { type: 'frames'; frames: Readonly<Partial<Record<string, MapBox>>> }
  /**
   * A pointer goes down. `pan` asks for a pan whatever the button (middle, right, Space); `target`
   * is the point under it on the map; `draggable` false keeps a press a click (a read-only chart).
   */
  | { type: 'down'; pointer: number; at: Point; touch?: boolean; pan?: boolean; target?: string | null; shift?: boolean; draggable?: boolean }
  | { type: 'move'; pointer: number; at: Point }
  | { type: 'up'; pointer: number }
  /** The gesture abandoned (Escape during a drag, a cancelled pointer): that pointer's touch, or all, let go. */
  | { type: 'cancel'; pointer?: number };

export function initialGestures(
  options: GestureOptions,
  content: { key: string; width: number; height: number },
  frames: Readonly<Partial<Record<string, MapBox>>> = {},
): GestureState {
  return { options, pane: null, content, fit: null, viewports: {}, frames, gesture: null, touches: {} };
}

/** The content shown afresh (no zoom of its own yet): framed on its opening frame, when it has one. */
function opened(state: GestureState): GestureState {
  const box = state.frames[state.content.key];
  if (!box || state.viewports[state.content.key] !== undefined || !state.fit) return state;
  // As close as the box asks (initialFraming.ts keeps a box from being absurdly small), within the zoom limits.
  return focused(state, box, Infinity);
}

/** The viewport that shows the whole content, centred; null before the pane is measured. */
function fitted(state: Omit<GestureState, 'fit'>): GestureState {
  const { pane, content, options } = state;
  return { ...state, fit: pane ? fitViewport(content.width, content.height, pane.w, pane.h, options.padding) : null };
}

/** The viewport the content is drawn with now. */
export function viewportOf(state: GestureState): Viewport | null {
  return state.viewports[state.content.key] ?? state.fit;
}

/** True while the content shown is at its fit (neither zoomed nor panned). */
export function isFitted(state: GestureState): boolean {
  return state.viewports[state.content.key] === undefined;
}

/** The zoom relative to the fit (1 when fitted); null before the pane is measured. */
export function zoomOf(state: GestureState): number | null {
  const fit = state.fit;
  const v = viewportOf(state);
  return fit && v ? v.scale / fit.scale : null;
}

/** The zoom relative to the fit, in whole percent (100 when fitted). */
export function zoomPercent(state: GestureState): number | null {
  const z = zoomOf(state);
  return z === null ? null : Math.round(z * 100);
}

/** The pane point `at` in content coordinates. */
export function contentAt(state: GestureState, at: Point): Point {
  const v = viewportOf(state);
  return v ? { x: (at.x - v.x) / v.scale, y: (at.y - v.y) / v.scale } : { x: 0, y: 0 };
}

/** The box around points (content coordinates), with a margin; null without points. */
export function boxAround(points: readonly { x: number; y: number }[], margin = 60): MapBox | null {
  const box = boundingBox(points);
  return box && { minX: box.minX - margin, minY: box.minY - margin, maxX: box.maxX + margin, maxY: box.maxY + margin };
}

/** The zoom factor of one wheel event: a touchpad pinch arrives as a wheel with Ctrl, and zooms faster. */
export function wheelFactor(deltaY: number, deltaMode: number, ctrlKey: boolean): number {
  const speed = ctrlKey ? 0.012 : 0.0018;
  const delta = deltaMode === 1 ? deltaY * 16 : deltaY;
  return Math.exp(-delta * speed);
}

function withViewport(state: GestureState, v: Viewport | null): GestureState {
  const key = state.content.key;
  if (v === null) {
    if (state.viewports[key] === undefined) return state;
    const { [key]: _dropped, ...rest } = state.viewports;
    return { ...state, viewports: rest };
  }
  return { ...state, viewports: { ...state.viewports, [key]: v } };
}

function zoomed(state: GestureState, from: Viewport, factor: number, at: Point): Viewport | null {
  const fit = state.fit;
  if (!fit) return null;
  const o = state.options;
  const max = Math.max(fit.scale, Math.min(o.maxScale ?? Infinity, o.maxOfFit === undefined ? Infinity : fit.scale * o.maxOfFit));
  return zoomAt(from, factor, at.x, at.y, fit.scale * o.minOfFit, max);
}

function zoomBy(state: GestureState, factor: number, at?: Point): GestureState {
  const v = viewportOf(state);
  if (!v || !state.pane) return state;
  const next = zoomed(state, v, factor, at ?? { x: state.pane.w / 2, y: state.pane.h / 2 });
  return next ? withViewport(state, next) : state;
}

function twoTouches(touches: Readonly<Record<number, Point>>): [Point, Point] | null {
  const list = Object.values(touches);
  return list.length === 2 ? (list as [Point, Point]) : null;
}

function resized(state: GestureState, w: number, h: number): GestureState {
  if (state.pane && state.pane.w === w && state.pane.h === h) return state;
  if (state.options.onResize === 'fit' || !state.pane) {
    const content = state.options.onResize === 'scale' ? { ...state.content, width: w, height: h } : state.content;
    return opened(fitted({ ...state, pane: { w, h }, content, viewports: {} }));
  }
  // The content is the pane: the view grows with it, the same point staying at the centre.
  const kx = w / state.pane.w;
  const ky = h / state.pane.h;
  const viewports: Partial<Record<string, Viewport>> = {};
  for (const [key, v] of Object.entries(state.viewports)) if (v) viewports[key] = { scale: v.scale, x: v.x * kx, y: v.y * ky };
  return fitted({ ...state, pane: { w, h }, content: { ...state.content, width: w, height: h }, viewports });
}

function focused(state: GestureState, box: MapBox | null, maxZoom: number): GestureState {
  const fit = state.fit;
  if (!fit || !state.pane || !box) return withViewport(state, null);
  const w = Math.max(1, box.maxX - box.minX);
  const h = Math.max(1, box.maxY - box.minY);
  const o = state.options;
  const max = Math.min(fit.scale * maxZoom, o.maxScale ?? Infinity, o.maxOfFit === undefined ? Infinity : fit.scale * o.maxOfFit);
  const scale = Math.max(fit.scale, Math.min(max, state.pane.w / w, state.pane.h / h));
  // Hardly closer than the fit: the fit itself (the whole content, centred).
  if (scale <= fit.scale * 1.1) return withViewport(state, null);
  const cx = (box.minX + box.maxX) / 2;
  const cy = (box.minY + box.maxY) / 2;
  return withViewport(state, { scale, x: state.pane.w / 2 - cx * scale, y: state.pane.h / 2 - cy * scale });
}

function down(state: GestureState, a: GestureAction & { type: 'down' }): GestureState {
  const touches = a.touch ? { ...state.touches, [a.pointer]: a.at } : state.touches;
  const v = viewportOf(state);
  const pair = twoTouches(touches);
  if (pair && v) {
    // A second finger: whatever the first one was doing becomes a pinch.
    const [p, q] = pair;
    return { ...state, touches, gesture: { kind: 'pinch', distance: Math.hypot(p.x - q.x, p.y - q.y), centre: { x: (p.x + q.x) / 2, y: (p.y + q.y) / 2 }, from: v } };
  }
  if (!v) return { ...state, touches };
  if (a.pan || state.options.primary === 'pan') return { ...state, touches, gesture: { kind: 'pan', pointer: a.pointer, start: a.at, from: v } };
  const origin = contentAt(state, a.at);
  return { ...state, touches, gesture: { kind: 'press', pointer: a.pointer, start: a.at, origin, target: a.target ?? null, shift: a.shift ?? false, draggable: a.draggable ?? true } };
}

function move(state: GestureState, pointer: number, at: Point): GestureState {
  let s = state;
  if (s.touches[pointer] !== undefined) s = { ...s, touches: { ...s.touches, [pointer]: at } };
  const g = s.gesture;
  if (!g) return s;
  if (g.kind === 'pinch') {
    const pair = twoTouches(s.touches);
    if (!pair) return s;
    const [p, q] = pair;
    const distance = Math.hypot(p.x - q.x, p.y - q.y);
    const centre = { x: (p.x + q.x) / 2, y: (p.y + q.y) / 2 };
    const z = zoomed(s, g.from, distance / Math.max(1, g.distance), g.centre);
    return z ? withViewport(s, { ...z, x: z.x + centre.x - g.centre.x, y: z.y + centre.y - g.centre.y }) : s;
  }
  if (g.pointer !== pointer) return s;
  switch (g.kind) {
    case 'pan':
      return withViewport(s, { ...g.from, x: g.from.x + at.x - g.start.x, y: g.from.y + at.y - g.start.y });
    case 'press': {
      if (Math.hypot(at.x - g.start.x, at.y - g.start.y) < DRAG_THRESHOLD) return s;
      if (g.target !== null) return g.draggable ? { ...s, gesture: { kind: 'drag', pointer, start: g.start, origin: g.origin, target: g.target } } : s;
      return { ...s, gesture: { kind: 'band', pointer, start: g.start, at, shift: g.shift } };
    }
    case 'drag':
      return s;
    case 'band':
      return { ...s, gesture: { ...g, at } };
  }
}

function up(state: GestureState, pointer: number): GestureState {
  let touches = state.touches;
  if (touches[pointer] !== undefined) {
    const { [pointer]: _gone, ...rest } = touches;
    touches = rest;
  }
  const g = state.gesture;
  // A pinch ends with its first finger up; any other gesture with its own pointer.
  const ends = g !== null && (g.kind === 'pinch' || g.pointer === pointer);
  if (!ends && touches === state.touches) return state;
  return { ...state, touches, gesture: ends ? null : g };
}

export function gestureReducer(state: GestureState, action: GestureAction): GestureState {
  switch (action.type) {
    case 'resize':
      return resized(state, Math.max(1, Math.floor(action.w)), Math.max(1, Math.floor(action.h)));
    case 'content': {
      const c = state.content;
      if (c.key === action.key && c.width === action.width && c.height === action.height) return state;
      return opened(fitted({ ...state, content: { key: action.key, width: action.width, height: action.height } }));
    }
    case 'fit':
      return withViewport(state, null);
    case 'zoom':
      return zoomBy(state, action.factor, action.at);
    case 'wheel':
      return zoomBy(state, wheelFactor(action.deltaY, action.deltaMode, action.ctrlKey), action.at);
    case 'pan-by': {
      const v = viewportOf(state);
      return v ? withViewport(state, { ...v, x: v.x + action.dx, y: v.y + action.dy }) : state;
    }
    case 'focus':
      return focused(state, action.box, action.maxZoom ?? 3);
    case 'frames':
      return state.frames === action.frames ? state : { ...state, frames: action.frames };
    case 'down':
      return down(state, action);
    case 'move':
      return move(state, action.pointer, action.at);
    case 'up':
      return up(state, action.pointer);
    case 'cancel': {
      let touches = state.touches;
      if (action.pointer === undefined) touches = {};
      else if (touches[action.pointer] !== undefined) {
        const { [action.pointer]: _gone, ...rest } = touches;
        touches = rest;
      }
      return state.gesture === null && touches === state.touches ? state : { ...state, gesture: null, touches };
    }
  }
}
