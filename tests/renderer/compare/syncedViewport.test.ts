import { describe, expect, it } from 'vitest';
import { boxAround, initialSyncedView, syncedViewReducer, viewportOf, zoomPercent, type SyncedViewState } from '../../../renderer/compare/syncedViewport.ts';

const art = { width: 400, height: 800 };
const sized = (): SyncedViewState => syncedViewReducer(initialSyncedView('body-front', art), { type: 'resize', w: 300, h: 500 });

describe('synced viewport reducer', () => {
  it('fits the map in the pane until zoomed', () => {
    const s = sized();
    expect(s.viewport).toBeNull();
    const v = viewportOf(s)!;
    // 800 high into 500 − 2×12 padding.
    expect(v.scale).toBeCloseTo(476 / 800);
    expect(zoomPercent(s)).toBe(100);
  });

  it('has no viewport before the pane is measured', () => {
    expect(viewportOf(initialSyncedView('face', art))).toBeNull();
    const s = syncedViewReducer(initialSyncedView('face', art), { type: 'zoom', factor: 2 });
    expect(s.viewport).toBeNull();
  });

  it('zooms about the pane centre by default, keeping the centre still', () => {
    const s = sized();
    const before = viewportOf(s)!;
    const z = syncedViewReducer(s, { type: 'zoom', factor: 2 });
    const after = viewportOf(z)!;
    expect(after.scale).toBeCloseTo(before.scale * 2);
    const mapCentreBefore = { x: (150 - before.x) / before.scale, y: (250 - before.y) / before.scale };
    const mapCentreAfter = { x: (150 - after.x) / after.scale, y: (250 - after.y) / after.scale };
    expect(mapCentreAfter.x).toBeCloseTo(mapCentreBefore.x);
    expect(mapCentreAfter.y).toBeCloseTo(mapCentreBefore.y);
    expect(zoomPercent(z)).toBe(200);
  });

  it('zooms about a given point and clamps to half the fit', () => {
    const s = sized();
    let z = s;
    for (let i = 0; i < 20; i += 1) z = syncedViewReducer(z, { type: 'zoom', factor: 0.5, at: { x: 10, y: 10 } });
    expect(zoomPercent(z)).toBe(50);
  });

  it('pans from the viewport at the start of the drag', () => {
    const s = syncedViewReducer(sized(), { type: 'zoom', factor: 2 });
    const from = viewportOf(s)!;
    const a = syncedViewReducer(s, { type: 'pan', from, dx: 10, dy: -5 });
    const b = syncedViewReducer(a, { type: 'pan', from, dx: 30, dy: 0 });
    expect(viewportOf(b)).toEqual({ ...from, x: from.x + 30, y: from.y });
  });

  it('fits again on Fit, on a new pane size and on another view', () => {
    const z = syncedViewReducer(sized(), { type: 'zoom', factor: 3 });
    expect(syncedViewReducer(z, { type: 'fit' }).viewport).toBeNull();
    expect(syncedViewReducer(z, { type: 'resize', w: 320, h: 500 }).viewport).toBeNull();
    const v = syncedViewReducer(z, { type: 'view', view: 'face', art: { width: 600, height: 700 } });
    expect(v.viewport).toBeNull();
    expect(v.art.width).toBe(600);
    // The same size again changes nothing (no re-render).
    expect(syncedViewReducer(z, { type: 'resize', w: 300, h: 500 })).toBe(z);
  });
});

describe('focus on the charted points', () => {
  it('frames the box around the points, zoomed in at most 3 times', () => {
    const s = sized();
    const fit = viewportOf(s)!;
    const box = boxAround([{ x: 150, y: 400 }, { x: 250, y: 460 }], 20)!;
    expect(box).toEqual({ minX: 130, minY: 380, maxX: 270, maxY: 480 });
    const f = syncedViewReducer(s, { type: 'focus', box });
    const v = viewportOf(f)!;
    expect(v.scale).toBeCloseTo(fit.scale * 3);
    // The box centre sits at the pane centre.
    expect(200 * v.scale + v.x).toBeCloseTo(150);
    expect(430 * v.scale + v.y).toBeCloseTo(250);
  });
  it('fits when the points spread over the whole map, or there are none', () => {
    const s = syncedViewReducer(sized(), { type: 'zoom', factor: 2 });
    expect(syncedViewReducer(s, { type: 'focus', box: { minX: 0, minY: 0, maxX: 400, maxY: 800 } }).viewport).toBeNull();
    expect(syncedViewReducer(s, { type: 'focus', box: null }).viewport).toBeNull();
    expect(boxAround([])).toBeNull();
  });
});
