import type { DepthRange } from '../../shared/depth.ts';
import type { MapViewId } from '../../shared/mapViews.ts';
import type { InjectionPoint } from '../../shared/point.ts';
import { CONTENT_LEFT, CONTENT_RIGHT, CONTENT_WIDTH, type Flow } from './layout.ts';
import { drawLegend, onArtwork } from './mapDrawing.ts';
import { drawLocator } from './mapLocator.ts';
import { drawMapSheet, planMapSheet, sheetHeight, type MapPlan } from './mapSheet.ts';

/**
 * One view's map on the session record, laid out: the framed map (mapSheet.ts) with, beside it in a
 * column or below it when the map takes the page's width, the regions treated (drawn by the caller's
 * `regions`, given a place, a width and the lowest line it may reach; answering where it stopped), the
 * legend and, when the map shows only part of the view, the locator. Starts at flow.y (the caller has
 * kept room: `mapSectionHeight`); leaves flow.y below it all and answers the numbers left off the map.
 */

export type RegionsWriter = (x: number, y: number, width: number, limitY: number) => number;

/** The map across the page: at most this tall, leaving room below it for the regions and the legend. */
const WIDE = { w: CONTENT_WIDTH, h: 430 };
const LOCATOR_HEIGHT = 130;
const LEGEND_HEIGHT = 150;
/** Below a wide map: the regions' column, then the legend's, then the locator in what is left. */
const BELOW = { regions: 250, legend: 112, gap: 16 };

export function planViewMap(view: MapViewId, points: readonly InjectionPoint[], column: { w: number; h: number }): MapPlan {
  return planMapSheet(view, points, column, WIDE);
}

/** Beside a map in a column: the regions, the legend and the locator need at least this height together. */
const SIDE_WITH_LOCATOR = 440;

/** The height of the column layout: the map's column, or what the side needs when it holds a locator. */
function columnHeight(plan: MapPlan, column: { w: number; h: number }): number {
  return plan.framing.locator ? Math.max(column.h, SIDE_WITH_LOCATOR) : column.h;
}

/** The height to keep free on the page for the map section of `plan` in `column`. */
export function mapSectionHeight(plan: MapPlan, column: { w: number; h: number }): number {
  if (!plan.wide) return columnHeight(plan, column) + 10;
  return sheetHeight(plan.framing) + 14 + Math.max(LEGEND_HEIGHT, plan.framing.locator ? LOCATOR_HEIGHT + 14 : 0) + 10;
}

export function writeViewMap(
  flow: Flow,
  view: MapViewId,
  points: readonly InjectionPoint[],
  numbers: ReadonlyMap<string, number>,
  plan: MapPlan,
  column: { w: number; h: number },
  range: DepthRange,
  regions: RegionsWriter,
): number[] {
  const top = flow.y + 4;
  const sheet = drawMapSheet(flow, view, points, numbers, plan, { x: CONTENT_LEFT, y: top }, range);
  const onMap = points.filter((p) => onArtwork(view, p));
  const locator = (x: number, y: number, width: number) => (plan.framing.locator ? drawLocator(flow, view, onMap, plan.framing, x, y, width, LOCATOR_HEIGHT) : 0);

  if (plan.wide) {
    const below = top + sheet.height + 14;
    const legendX = CONTENT_LEFT + BELOW.regions + BELOW.gap;
    const locatorX = legendX + BELOW.legend + BELOW.gap;
    const regionsBottom = regions(CONTENT_LEFT, below, BELOW.regions, below + Math.max(LEGEND_HEIGHT, LOCATOR_HEIGHT));
    const legendHeight = drawLegend(flow, legendX, below, BELOW.legend, range, points);
    const locatorHeight = locator(locatorX, below, CONTENT_RIGHT - locatorX);
    flow.y = Math.max(regionsBottom, below + legendHeight, below + locatorHeight) + 8;
    return sheet.unplaced;
  }
  const rx = CONTENT_LEFT + column.w + 16;
  const rw = CONTENT_RIGHT - rx;
  const reserved = LEGEND_HEIGHT + (plan.framing.locator ? LOCATOR_HEIGHT + 14 : 0);
  const regionsBottom = regions(rx, top + 2, rw, top + columnHeight(plan, column) - reserved);
  const legendTop = Math.max(regionsBottom + 14, top + 2);
  const legendHeight = drawLegend(flow, rx, legendTop, rw, range, points);
  const locatorHeight = plan.framing.locator ? locator(rx, legendTop + legendHeight + 10, rw) + 10 : 0;
  flow.y = Math.max(top + sheet.height, legendTop + legendHeight + locatorHeight) + 8;
  return sheet.unplaced;
}
