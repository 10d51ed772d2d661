import { describe, expect, it } from 'vitest';
import {
  boxAround,
  COMPARE_GESTURES,
  contentAt,
  DRAG_THRESHOLD,
  gestureReducer,
  initialGestures,
  isFitted,
  MAP_GESTURES,
  PHOTO_GESTURES,
  viewportOf,
  wheelFactor,
  zoomOf,
  zoomPercent,
  type GestureAction,
  type GestureState,
} from '../../../renderer/map/gestures.ts';
import { MAX_SCALE, toScreen } from '../../../renderer/map/viewport.ts';

const art = { width: 400, height: 800 };
const run = (s: GestureState, ...actions: GestureAction[]) => actions.reduce(gestureReducer, s);
/** A compare pane of 300 × 500 showing the body front. */
const sized = (): GestureState => run(initialGestures(COMPARE_GESTURES, { key: 'body-front', ...art }), { type: 'resize', w: 300, h: 500 });
/** The session map: 300 × 500, the place tool's gestures. */
const map = (): GestureState => run(initialGestures(MAP_GESTURES, { key: 'body-front', ...art }), { type: 'resize', w: 300, h: 500 });

describe('zoom', () => {
  it('fits the content in the pane until zoomed', () => {
    const s = sized();
    expect(isFitted(s)).toBe(true);
    const v = viewportOf(s)!;
    // 800 high into 500 − 2×12 padding.
    expect(v.scale).toBeCloseTo(476 / 800);
    expect(zoomPercent(s)).toBe(100);
  });

  it('has no viewport before the pane is measured', () => {
    expect(viewportOf(initialGestures(COMPARE_GESTURES, { key: 'face', ...art }))).toBeNull();
    const s = gestureReducer(initialGestures(COMPARE_GESTURES, { key: 'face', ...art }), { type: 'zoom', factor: 2 });
    expect(isFitted(s)).toBe(true);
    expect(viewportOf(s)).toBeNull();
  });

  it('zooms about the pane centre by default, keeping the centre still', () => {
    const s = sized();
    const before = viewportOf(s)!;
    const z = gestureReducer(s, { type: 'zoom', factor: 2 });
    const after = viewportOf(z)!;
    expect(after.scale).toBeCloseTo(before.scale * 2);
    const mapCentreBefore = { x: (150 - before.x) / before.scale, y: (250 - before.y) / before.scale };
    const mapCentreAfter = { x: (150 - after.x) / after.scale, y: (250 - after.y) / after.scale };
    expect(mapCentreAfter.x).toBeCloseTo(mapCentreBefore.x);
    expect(mapCentreAfter.y).toBeCloseTo(mapCentreBefore.y);
    expect(zoomPercent(z)).toBe(200);
  });

  it('keeps the point under the pointer where it is, for a button zoom at a point and for the wheel', () => {
    const s = sized();
    const at = { x: 40, y: 420 };
    const under = contentAt(s, at);
    for (const action of [{ type: 'zoom', factor: 1.7, at }, { type: 'wheel', deltaY: -240, deltaMode: 0, ctrlKey: false, at }, { type: 'wheel', deltaY: 3, deltaMode: 1, ctrlKey: true, at }] satisfies GestureAction[]) {
      const z = gestureReducer(s, action);
      expect(zoomOf(z)).not.toBeCloseTo(1);
      const there = toScreen(viewportOf(z)!, under.x, under.y);
      expect(there.x).toBeCloseTo(at.x);
      expect(there.y).toBeCloseTo(at.y);
    }
  });

  it('turns a wheel turn into a zoom factor: up zooms in, lines count 16 px, a touchpad pinch (Ctrl) zooms faster', () => {
    expect(wheelFactor(-100, 0, false)).toBeGreaterThan(1);
    expect(wheelFactor(100, 0, false)).toBeLessThan(1);
    expect(wheelFactor(100, 0, false) * wheelFactor(-100, 0, false)).toBeCloseTo(1);
    expect(wheelFactor(3, 1, false)).toBeCloseTo(wheelFactor(48, 0, false));
    expect(wheelFactor(10, 0, true)).toBeLessThan(wheelFactor(10, 0, false));
  });

  it('zooms about a given point and clamps to half the fit', () => {
    let z = sized();
    for (let i = 0; i < 20; i += 1) z = gestureReducer(z, { type: 'zoom', factor: 0.5, at: { x: 10, y: 10 } });
    expect(zoomPercent(z)).toBe(50);
  });

  it('clamps the map at its largest scale, and a photo between its fit and eight times it', () => {
    let m = map();
    for (let i = 0; i < 40; i += 1) m = gestureReducer(m, { type: 'wheel', deltaY: -500, deltaMode: 0, ctrlKey: false, at: { x: 100, y: 100 } });
    expect(viewportOf(m)!.scale).toBeCloseTo(MAX_SCALE);
    let p = run(initialGestures(PHOTO_GESTURES, { key: 'photo', width: 1, height: 1 }), { type: 'resize', w: 600, h: 460 });
    p = run(p, { type: 'zoom', factor: 1 / 1.25 });
    expect(zoomOf(p)).toBe(1);
    for (let i = 0; i < 20; i += 1) p = gestureReducer(p, { type: 'zoom', factor: 1.25 });
    expect(zoomOf(p)).toBeCloseTo(8);
  });

  it('zooms a photo by the exact button steps (the readout shows 156 % after two)', () => {
    const p = run(initialGestures(PHOTO_GESTURES, { key: 'photo', width: 1, height: 1 }), { type: 'resize', w: 600, h: 460 }, { type: 'zoom', factor: 1.25 }, { type: 'zoom', factor: 1.25 });
    expect(viewportOf(p)!.scale).toBe(1.5625);
    expect(zoomOf(p)).toBe(1.5625);
  });
});

describe('pan', () => {
  it('pans from the viewport at the start of the drag', () => {
    const s = gestureReducer(sized(), { type: 'zoom', factor: 2 });
    const from = viewportOf(s)!;
    const pressed = gestureReducer(s, { type: 'down', pointer: 1, at: { x: 100, y: 100 } });
    expect(pressed.gesture?.kind).toBe('pan');
    const a = gestureReducer(pressed, { type: 'move', pointer: 1, at: { x: 110, y: 95 } });
    const b = gestureReducer(a, { type: 'move', pointer: 1, at: { x: 130, y: 100 } });
    expect(viewportOf(b)).toEqual({ ...from, x: from.x + 30, y: from.y });
    const released = gestureReducer(b, { type: 'up', pointer: 1 });
    expect(released.gesture).toBeNull();
    expect(viewportOf(released)).toEqual(viewportOf(b));
    // Another pointer's moves do not pan.
    expect(gestureReducer(a, { type: 'move', pointer: 2, at: { x: 300, y: 300 } })).toBe(a);
  });

  it('pans by a distance (the arrow keys)', () => {
    const s = sized();
    const from = viewportOf(s)!;
    expect(viewportOf(gestureReducer(s, { type: 'pan-by', dx: -40, dy: 160 }))).toEqual({ ...from, x: from.x - 40, y: from.y + 160 });
  });

  it('pans the map only when asked (middle or right button, Space): the main button is the editor’s', () => {
    const s = map();
    expect(gestureReducer(s, { type: 'down', pointer: 1, at: { x: 50, y: 50 } }).gesture?.kind).toBe('press');
    expect(gestureReducer(s, { type: 'down', pointer: 1, at: { x: 50, y: 50 }, pan: true }).gesture?.kind).toBe('pan');
  });
});

describe('pinch', () => {
  it('zooms by the change of distance between two fingers, about their centre, and follows the centre', () => {
    const s = sized();
    const before = viewportOf(s)!;
    const under = contentAt(s, { x: 150, y: 250 });
    const pinching = run(s, { type: 'down', pointer: 1, at: { x: 100, y: 250 }, touch: true }, { type: 'down', pointer: 2, at: { x: 200, y: 250 }, touch: true });
    expect(pinching.gesture?.kind).toBe('pinch');
    const spread = run(pinching, { type: 'move', pointer: 1, at: { x: 60, y: 270 } }, { type: 'move', pointer: 2, at: { x: 260, y: 270 } });
    // From 100 px apart to 200: twice the zoom; the centre moved 0 → +20 px down and took the map along.
    expect(viewportOf(spread)!.scale).toBeCloseTo(before.scale * 2);
    const there = toScreen(viewportOf(spread)!, under.x, under.y);
    expect(there.x).toBeCloseTo(160);
    expect(there.y).toBeCloseTo(270);
    // The pinch ends with a finger lifted; the other finger alone does nothing more.
    const lifted = gestureReducer(spread, { type: 'up', pointer: 2 });
    expect(lifted.gesture).toBeNull();
    expect(gestureReducer(lifted, { type: 'move', pointer: 1, at: { x: 0, y: 0 } }).viewports).toBe(lifted.viewports);
  });

  it('turns a press on the map into a pinch when a second finger comes down', () => {
    const pressed = gestureReducer(map(), { type: 'down', pointer: 1, at: { x: 100, y: 100 }, touch: true, target: 'p1' });
    expect(pressed.gesture?.kind).toBe('press');
    expect(gestureReducer(pressed, { type: 'down', pointer: 2, at: { x: 160, y: 100 }, touch: true }).gesture?.kind).toBe('pinch');
  });
});

describe('fit and focus', () => {
  it('fits again on Fit and on a new pane size; each content keeps its own zoom', () => {
    const z = gestureReducer(sized(), { type: 'zoom', factor: 3 });
    expect(isFitted(gestureReducer(z, { type: 'fit' }))).toBe(true);
    expect(isFitted(gestureReducer(z, { type: 'resize', w: 320, h: 500 }))).toBe(true);
    const face = gestureReducer(z, { type: 'content', key: 'face', width: 600, height: 700 });
    expect(isFitted(face)).toBe(true);
    expect(face.content.width).toBe(600);
    expect(viewportOf(gestureReducer(face, { type: 'content', key: 'body-front', ...art }))).toEqual(viewportOf(z));
    // The same size again changes nothing (no re-render).
    expect(gestureReducer(z, { type: 'resize', w: 300, h: 500 })).toBe(z);
  });

  it('keeps a photo’s zoom and centre when its pane changes size (side by side to overlay)', () => {
    const p = run(initialGestures(PHOTO_GESTURES, { key: 'photo', width: 1, height: 1 }), { type: 'resize', w: 400, h: 460 }, { type: 'zoom', factor: 2, at: { x: 100, y: 100 } });
    const centre = contentAt(p, { x: 200, y: 230 });
    const bigger = gestureReducer(p, { type: 'resize', w: 800, h: 560 });
    expect(zoomOf(bigger)).toBe(2);
    const now = contentAt(bigger, { x: 400, y: 280 });
    expect(now.x / 800).toBeCloseTo(centre.x / 400);
    expect(now.y / 560).toBeCloseTo(centre.y / 460);
  });

  it('frames the box around the points, zoomed in at most 3 times', () => {
    const s = sized();
    const fit = viewportOf(s)!;
    const box = boxAround([{ x: 150, y: 400 }, { x: 250, y: 460 }], 20)!;
    expect(box).toEqual({ minX: 130, minY: 380, maxX: 270, maxY: 480 });
    const f = gestureReducer(s, { type: 'focus', box });
    const v = viewportOf(f)!;
    expect(v.scale).toBeCloseTo(fit.scale * 3);
    // The box centre sits at the pane centre.
    expect(200 * v.scale + v.x).toBeCloseTo(150);
    expect(430 * v.scale + v.y).toBeCloseTo(250);
  });

  it('fits when the points spread over the whole map, or there are none', () => {
    const s = gestureReducer(sized(), { type: 'zoom', factor: 2 });
    expect(isFitted(gestureReducer(s, { type: 'focus', box: { minX: 0, minY: 0, maxX: 400, maxY: 800 } }))).toBe(true);
    expect(isFitted(gestureReducer(s, { type: 'focus', box: null }))).toBe(true);
    expect(boxAround([])).toBeNull();
  });
});

describe('the map editor’s gestures', () => {
  const at = { x: 100, y: 100 };
  it('keeps a press a click until the pointer travels the threshold, then drags the point from where it was pressed', () => {
    const pressed = gestureReducer(map(), { type: 'down', pointer: 1, at, target: 'p1' });
    const origin = contentAt(pressed, at);
    const nudged = gestureReducer(pressed, { type: 'move', pointer: 1, at: { x: at.x + DRAG_THRESHOLD - 1, y: at.y } });
    expect(nudged.gesture?.kind).toBe('press');
    const dragging = gestureReducer(nudged, { type: 'move', pointer: 1, at: { x: at.x + DRAG_THRESHOLD, y: at.y } });
    expect(dragging.gesture).toMatchObject({ kind: 'drag', target: 'p1', origin });
    // A drag moves no map.
    expect(dragging.viewports).toBe(pressed.viewports);
    expect(gestureReducer(dragging, { type: 'up', pointer: 1 }).gesture).toBeNull();
  });

  it('never drags a point of a read-only chart', () => {
    const pressed = gestureReducer(map(), { type: 'down', pointer: 1, at, target: 'p1', draggable: false });
    expect(gestureReducer(pressed, { type: 'move', pointer: 1, at: { x: 160, y: 160 } }).gesture?.kind).toBe('press');
  });

  it('draws a rubber band from a press on empty map, keeping Shift', () => {
    const pressed = gestureReducer(map(), { type: 'down', pointer: 1, at, target: null, shift: true });
    const band = run(pressed, { type: 'move', pointer: 1, at: { x: 140, y: 90 } }, { type: 'move', pointer: 1, at: { x: 180, y: 150 } });
    expect(band.gesture).toMatchObject({ kind: 'band', start: at, at: { x: 180, y: 150 }, shift: true });
  });

  it('drops the gesture on cancel (Escape during a drag, a cancelled pointer)', () => {
    const dragging = run(map(), { type: 'down', pointer: 1, at, target: 'p1' }, { type: 'move', pointer: 1, at: { x: 150, y: 150 } });
    expect(gestureReducer(dragging, { type: 'cancel' }).gesture).toBeNull();
    expect(gestureReducer(dragging, { type: 'cancel', pointer: 1 }).gesture).toBeNull();
  });
});

describe('opening frames', () => {
  const knee = { minX: 100, minY: 500, maxX: 180, maxY: 580 };
  const opened = (frames = { 'body-front': knee }) => run(initialGestures(MAP_GESTURES, { key: 'body-front', ...art }, frames), { type: 'resize', w: 300, h: 500 });
  const centreOf = (s: GestureState) => contentAt(s, { x: 150, y: 250 });

  it('opens a content framed on its box, centred and zoomed in, when the pane is first measured', () => {
    const s = opened();
    expect(isFitted(s)).toBe(false);
    expect(centreOf(s).x).toBeCloseTo(140);
    expect(centreOf(s).y).toBeCloseTo(540);
    expect(zoomOf(s)!).toBeGreaterThan(3);
  });

  it('never frames closer than the zoom limit', () => {
    const s = opened({ 'body-front': { minX: 100, minY: 100, maxX: 101, maxY: 101 } });
    expect(viewportOf(s)!.scale).toBeLessThanOrEqual(MAX_SCALE);
  });

  it('frames a view shown afresh on its own box, keeps a zoomed view as it was, and Fit still fits', () => {
    const back = { minX: 200, minY: 100, maxX: 300, maxY: 200 };
    let s = run(opened(), { type: 'frames', frames: { 'body-front': knee, 'body-back': back } });
    expect(centreOf(s).y).toBeCloseTo(540);
    s = run(s, { type: 'zoom', factor: 1.25 }, { type: 'content', key: 'body-back', ...art });
    expect(centreOf(s).x).toBeCloseTo(250);
    expect(centreOf(s).y).toBeCloseTo(150);
    const front = run(s, { type: 'content', key: 'body-front', ...art });
    expect(zoomOf(front)!).toBeCloseTo(zoomOf(opened())! * 1.25);
    expect(isFitted(run(front, { type: 'fit' }))).toBe(true);
  });

  it('fits a content without a frame', () => {
    expect(isFitted(opened({} as never))).toBe(true);
  });
});
