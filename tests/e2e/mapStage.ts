import type { Locator } from '@playwright/test';
import { MAP_ARTWORK } from '../../assets/maps/index.ts';
import { fitViewport } from '../../renderer/map/viewport.ts';
import type { MapViewId } from '../../shared/mapViews.ts';

/** Where the stage shows its view now (its `data-viewport`: scale, x, y), and its box on the page. */
async function stageNow(stage: Locator) {
  return stage.evaluate((el) => {
    const r = el.getBoundingClientRect();
    const v = (el.getAttribute('data-viewport') ?? '').split(' ').map(Number);
    return { left: r.left + el.clientLeft, top: r.top + el.clientTop, w: el.clientWidth, h: el.clientHeight, v: v.length === 3 && v.every(Number.isFinite) ? { scale: v[0]!, x: v[1]!, y: v[2]! } : null };
  });
}

/**
 * Page coordinates of a point of a view's artwork on the map stage, as the stage shows it now (a
 * session opens framed on its points or treated areas). A point out of sight is brought into it by
 * the toolbar's Fit first.
 */
export async function onMap(stage: Locator, at: { x: number; y: number }, view: MapViewId = 'body-front'): Promise<{ x: number; y: number }> {
  let box = await stageNow(stage);
  const art = MAP_ARTWORK[view];
  const place = () => {
    const v = box.v ?? fitViewport(art.width, art.height, box.w, box.h);
    return { x: at.x * v.scale + v.x, y: at.y * v.scale + v.y };
  };
  let p = place();
  if (p.x < 4 || p.y < 4 || p.x > box.w - 4 || p.y > box.h - 4) {
    await stage.page().getByTestId('map-fit').click();
    const art2 = fitViewport(art.width, art.height, box.w, box.h);
    await stage.page().waitForFunction(
      ({ scale }) => Math.abs(Number((document.querySelector('[data-testid="map-stage"]')?.getAttribute('data-viewport') ?? '').split(' ')[0]) - scale) < 1e-6,
      { scale: art2.scale },
    );
    box = await stageNow(stage);
    p = place();
  }
  return { x: box.left + p.x, y: box.top + p.y };
}
