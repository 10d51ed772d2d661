import type { DepthRange } from '../../shared/depth.ts';
import type { MapViewId } from '../../shared/mapViews.ts';
import type { InjectionPoint } from '../../shared/point.ts';
import { CONTENT_BOTTOM, CONTENT_LEFT, CONTENT_RIGHT, CONTENT_TOP, CONTENT_WIDTH, type Flow } from './layout.ts';
import { onArtwork } from './mapDrawing.ts';
import { drawLegend, planLegend, type LegendPlan } from './mapLegend.ts';
import { drawLocator, locatorWidth } from './mapLocator.ts';
import { drawMapSheet, planMapSheet, sheetHeight, type MapPlan } from './mapSheet.ts';

/**
 * One view's map on the session record, laid out: the framed map (mapSheet.ts) with, beside it in a
 * column or below it when the map takes the page's width, the regions treated (drawn by the caller's
 * `regions`, given a place, a width and the lowest line it may reach; answering where it stopped), the
 * legend and, when the map shows only part of the view, the locator. Planned first (layoutViewMap: the
 * height to keep free on the page), then drawn from flow.y (writeViewMap), which it leaves below it all;
 * answers the numbers left off the map.
 */

export type RegionsWriter = (x: number, y: number, width: number, limitY: number) => number;

/** The map across the page: at most this tall, leaving room below it for the regions and the legend. */
const WIDE = { w: CONTENT_WIDTH, h: 430 };
const LOCATOR_HEIGHT = 130;
/** Below a wide map: the regions' column, then the legend's, then the locator at the right. */
const BELOW = { regions: 250, gap: 16 };
/** Gaps: above the map, between the map and what is below it (or the regions and the legend), below it all. */
const GAP = { top: 4, between: 14, bottom: 8 };
const LOCATOR_GAP = 10;
/** The most a section may take to fit on a page under its heading (layout.ts's sectionHeading). */
const PAGE_ROOM = CONTENT_BOTTOM - CONTENT_TOP - 28;
/** The least the regions' summary takes (sessionRecord.ts): its title, its header, one row, the "and more" line. */
const REGIONS_LEAST = 41;

export function planViewMap(view: MapViewId, points: readonly InjectionPoint[], column: { w: number; h: number }): MapPlan {
  return planMapSheet(view, points, column, WIDE);
}

/**
 * A view's map section laid out before anything is drawn: the map's plan, the legend planned for the
 * width it gets (mapLegend.ts), and so the height the section takes, which the caller keeps free on the
 * page. `side` is where the regions, the legend and the locator go: beside the map (column layout: from
 * `x`, `width` wide, `height` tall) or below it (wide layout: the legend at `x`, `width` wide, then the
 * locator, in a band `height` tall). The regions' summary gets its whole height (`regionsHeight`, with
 * nothing cut) where the page has room for it.
 */
export type ViewMapLayout = {
  plan: MapPlan;
  legend: LegendPlan;
  side: { x: number; width: number; height: number; locator: { x: number; width: number } | null };
  height: number;
};

export function layoutViewMap(
  flow: Flow,
  view: MapViewId,
  points: readonly InjectionPoint[],
  column: { w: number; h: number },
  range: DepthRange,
  /** The regions' summary's height with nothing cut, at a width. */
  regionsHeight: (width: number) => number,
): ViewMapLayout {
  const plan = planViewMap(view, points, column);
  const hasLocator = plan.framing.locator;
  if (plan.wide) {
    const x = CONTENT_LEFT + BELOW.regions + BELOW.gap;
    // The locator at the right, as wide as it draws; the legend takes what is left, so that it wraps little.
    const locatorW = hasLocator ? locatorWidth(flow, view, LOCATOR_HEIGHT) : 0;
    const width = CONTENT_RIGHT - x - (hasLocator ? BELOW.gap + locatorW : 0);
    const legend = planLegend(flow, width, range, points);
    const around = GAP.top + sheetHeight(plan.framing) + GAP.between + GAP.bottom;
    // The band below the map: the legend's and the locator's height, longer for every region's row if
    // the page has room; the regions are cut to it.
    const least = Math.max(legend.height, hasLocator ? LOCATOR_HEIGHT : 0, REGIONS_LEAST);
    const height = Math.max(least, Math.min(regionsHeight(BELOW.regions), PAGE_ROOM - around));
    const locator = hasLocator ? { x: CONTENT_RIGHT - locatorW, width: locatorW } : null;
    return { plan, legend, side: { x, width, height, locator }, height: around + height };
  }
  const x = CONTENT_LEFT + column.w + 16;
  const width = CONTENT_RIGHT - x;
  const legend = planLegend(flow, width, range, points);
  // The side column: the regions, then the legend and the locator under them; as tall as the map's
  // column, longer for every region's row if the page has room; the regions are cut to it.
  const under = underRegions(legend, hasLocator);
  const least = Math.max(column.h, 2 + REGIONS_LEAST + under);
  const height = Math.max(least, Math.min(2 + regionsHeight(width) + under, PAGE_ROOM - GAP.top - GAP.bottom));
  const locator = hasLocator ? { x, width } : null;
  return { plan, legend, side: { x, width, height, locator }, height: GAP.top + height + GAP.bottom };
}

/** Beside the map, under the regions: the gap, the legend and, with its gap, the locator. */
function underRegions(legend: LegendPlan, hasLocator: boolean): number {
  return GAP.between + legend.height + (hasLocator ? LOCATOR_GAP + LOCATOR_HEIGHT : 0);
}

export function writeViewMap(
  flow: Flow,
  view: MapViewId,
  points: readonly InjectionPoint[],
  numbers: ReadonlyMap<string, number>,
  layout: ViewMapLayout,
  range: DepthRange,
  regions: RegionsWriter,
): number[] {
  const { plan, legend, side } = layout;
  const start = flow.y;
  const top = flow.y + GAP.top;
  const sheet = drawMapSheet(flow, view, points, numbers, plan, { x: CONTENT_LEFT, y: top }, range);
  const onMap = points.filter((p) => onArtwork(view, p));
  const locator = (x: number, y: number, width: number) => drawLocator(flow, view, onMap, plan.framing, x, y, width, LOCATOR_HEIGHT);

  if (plan.wide) {
    const below = top + sheet.height + GAP.between;
    regions(CONTENT_LEFT, below, BELOW.regions, below + side.height);
    drawLegend(flow, side.x, below, legend);
    if (side.locator) locator(side.locator.x, below, side.locator.width);
  } else {
    const regionsBottom = regions(side.x, top + 2, side.width, top + side.height - underRegions(legend, side.locator !== null));
    const legendTop = Math.max(regionsBottom + GAP.between, top + 2);
    drawLegend(flow, side.x, legendTop, legend);
    if (side.locator) locator(side.locator.x, legendTop + legend.height + LOCATOR_GAP, side.locator.width);
  }
  // Everything above was planned to fit in the layout's height: the section ends there.
  flow.y = Math.max(start + layout.height, top + sheet.height + GAP.bottom);
  return sheet.unplaced;
}
