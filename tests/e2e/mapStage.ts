import type { Locator } from '@playwright/test';
import { MAP_ARTWORK } from '../../assets/maps/index.ts';
import { fitViewport } from '../../renderer/map/viewport.ts';
import type { MapViewId } from '../../shared/mapViews.ts';

/** Page coordinates of a point of a view's artwork on the map stage, fitted as the stage fits it. */
export async function onMap(stage: Locator, at: { x: number; y: number }, view: MapViewId = 'body-front'): Promise<{ x: number; y: number }> {
  const box = await stage.evaluate((el) => {
    const r = el.getBoundingClientRect();
    return { left: r.left + el.clientLeft, top: r.top + el.clientTop, w: el.clientWidth, h: el.clientHeight };
  });
  const art = MAP_ARTWORK[view];
  const v = fitViewport(art.width, art.height, box.w, box.h);
  return { x: box.left + at.x * v.scale + v.x, y: box.top + at.y * v.scale + v.y };
}
