import { useCallback, useLayoutEffect, useRef, useState, type PointerEvent as ReactPointerEvent, type RefObject } from 'react';
import { gestureReducer, initialGestures, type GestureAction, type GestureOptions, type GestureState, type MapBox, type Point } from './gestures.ts';

export type GestureDispatch = (action: GestureAction) => GestureState;

export type Gestures = {
  /** The state the component last rendered with: what is drawn (pane, content, viewports). */
  state: GestureState;
  /** The state now, for event handlers (a drag or a rubber band moves without re-rendering). */
  current: RefObject<GestureState>;
  /** Runs the reducer; answers the state from before the action (compare with `current`). */
  dispatch: GestureDispatch;
};

const panning = (s: GestureState) => s.gesture?.kind === 'pan' || s.gesture?.kind === 'pinch';

/**
 * The gesture reducer (gestures.ts) held for a component. The state lives in a ref, so the events of
 * a drag or a rubber band cost no render; the component re-renders only when what it draws changes:
 * the pane, the content, a viewport, or whether the content is being panned (the cursor).
 */
export function useGestures(options: GestureOptions, content: { key: string; width: number; height: number }, frames?: Readonly<Partial<Record<string, MapBox>>>): Gestures {
  // The opening frames as they are at mount; later ones come by the 'frames' action.
  const [state, setState] = useState(() => initialGestures(options, content, frames));
  const current = useRef(state);
  const dispatch = useCallback((action: GestureAction): GestureState => {
    const before = current.current;
    const after = gestureReducer(before, action);
    if (after === before) return before;
    current.current = after;
    if (after.viewports !== before.viewports || after.pane !== before.pane || after.content !== before.content || panning(after) !== panning(before)) setState(after);
    return before;
  }, []);
  return { state, current, dispatch };
}

/**
 * Shows the content of `key` (the map view the editor is on): drawn at once with that content's own
 * zoom, the reducer told before the paint. Answers the state to draw with.
 */
export function useShownContent({ state, dispatch }: Gestures, key: string, width: number, height: number): GestureState {
  useLayoutEffect(() => void dispatch({ type: 'content', key, width, height }), [dispatch, key, width, height]);
  const c = state.content;
  return c.key === key && c.width === width && c.height === height ? state : gestureReducer(state, { type: 'content', key, width, height });
}

/** A pointer or wheel event's position in the element it was heard on. */
export function localPoint(el: Element | null, e: { clientX: number; clientY: number }): Point {
  const r = el?.getBoundingClientRect();
  return { x: e.clientX - (r?.left ?? 0), y: e.clientY - (r?.top ?? 0) };
}

/**
 * Wheel zoom about the pointer on an element, for a ref callback: a non-passive listener, so the page
 * does not scroll under the zoom. Returns the listener's removal (React runs it when the element goes).
 */
export function listenWheel(el: HTMLElement | null, dispatch: GestureDispatch): (() => void) | undefined {
  if (!el) return undefined;
  const onWheel = (e: WheelEvent) => {
    e.preventDefault();
    dispatch({ type: 'wheel', deltaY: e.deltaY, deltaMode: e.deltaMode, ctrlKey: e.ctrlKey, at: localPoint(el, e) });
  };
  el.addEventListener('wheel', onWheel, { passive: false });
  return () => el.removeEventListener('wheel', onWheel);
}

/**
 * Everything a pane that only pans and zooms (a compare map, a photo) needs: spread on its element.
 * Drag with any button pans, two fingers pinch, the wheel zooms about the pointer. `onHover` hears
 * the pointer's pane position while nothing is pressed, and null when it leaves.
 */
export function panZoomHandlers(dispatch: GestureDispatch, current: RefObject<GestureState>, onHover?: (at: Point | null) => void) {
  return {
    ref: (el: HTMLElement | null) => listenWheel(el, dispatch),
    onPointerDown: (e: ReactPointerEvent<HTMLElement>) => {
      if (e.button > 2) return;
      const touch = e.pointerType === 'touch';
      if (!touch) e.currentTarget.setPointerCapture(e.pointerId);
      dispatch({ type: 'down', pointer: e.pointerId, at: localPoint(e.currentTarget, e), touch });
    },
    onPointerMove: (e: ReactPointerEvent<HTMLElement>) => {
      const at = localPoint(e.currentTarget, e);
      dispatch({ type: 'move', pointer: e.pointerId, at });
      if (onHover && !current.current.gesture) onHover(at);
    },
    onPointerUp: (e: ReactPointerEvent<HTMLElement>) => void dispatch({ type: 'up', pointer: e.pointerId }),
    onPointerCancel: (e: ReactPointerEvent<HTMLElement>) => void dispatch({ type: 'cancel', pointer: e.pointerId }),
    onPointerLeave: () => (current.current.gesture ? undefined : onHover?.(null)),
    onContextMenu: (e: { preventDefault: () => void }) => e.preventDefault(),
  };
}
