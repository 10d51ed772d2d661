import { MAP_ARTWORK } from '../../assets/maps/index.ts';
import type { DepthRange } from '../../shared/depth.ts';
import { MAP_GEOMETRY } from '../../shared/map/index.ts';
import { frameMap, MAX_NUMBER_PT, type MapFraming } from '../../shared/map/mapFraming.ts';
import type { MapViewId } from '../../shared/mapViews.ts';
import type { InjectionPoint } from '../../shared/point.ts';
import { ACCENT, RULE, measure, setFont, type Flow } from './layout.ts';
import { drawMapPanel, onArtwork } from './mapDrawing.ts';

/**
 * One view's printed map, framed on its points (shared/map/mapFraming.ts): one panel, or one inset per
 * distant cluster, in reading order and lettered A, B, … as on the locator (mapLocator.ts). Points
 * off the view's drawing are left out (the record notes them).
 *
 * The map sits in a column beside the regions and the legend, or, when its points spread wide and
 * crowd (cellulite over both thighs), across the page's width with the regions and the legend below:
 * the plan says which.
 */
export type MapPlan = { framing: MapFraming; wide: boolean };
export type MapSheet = { height: number; unplaced: number[] };

/** The wide layout must make numbers this much roomier than the column to be worth a different page. */
const WIDE_GAIN = 1.15;

/** The plan for `points` of `view`: in `column` beside the legend, or across the page in `wide`. */
export function planMapSheet(view: MapViewId, points: readonly InjectionPoint[], column: { w: number; h: number }, wide: { w: number; h: number }): MapPlan {
  const drawn = points.filter((p) => onArtwork(view, p));
  const inColumn = withLocator(view, frameMap(drawn, MAP_ARTWORK[view], column));
  if (inColumn.room >= MAX_NUMBER_PT) return { framing: inColumn, wide: false };
  const across = withLocator(view, frameMap(drawn, MAP_ARTWORK[view], wide));
  return across.room > inColumn.room * WIDE_GAIN ? { framing: across, wide: true } : { framing: inColumn, wide: false };
}

/** A detail view is always part of the body: its locator (the body view) says which part, framed or not. */
function withLocator(view: MapViewId, framing: MapFraming): MapFraming {
  return MAP_GEOMETRY[view].detail ? { ...framing, locator: true } : framing;
}

/** The letter of the inset `i` on the map and on the locator. */
export function insetLetter(i: number): string {
  return String.fromCharCode(65 + i);
}

export function drawMapSheet(
  flow: Flow,
  view: MapViewId,
  points: readonly InjectionPoint[],
  numbers: ReadonlyMap<string, number>,
  plan: MapPlan,
  at: { x: number; y: number },
  range: DepthRange,
): MapSheet {
  const { doc } = flow;
  const { framing } = plan;
  const drawn = points.filter((p) => onArtwork(view, p));
  const unplaced = new Set<number>();
  const placed = new Set<number>();
  framing.panels.forEach((panel, i) => {
    const box = { x: at.x + panel.x, y: at.y + panel.y, w: panel.width, h: panel.height };
    doc.rect(box.x, box.y, box.w, box.h).lineWidth(0.5).strokeColor(RULE).stroke();
    const numbered = drawMapPanel(flow, view, drawn, numbers, { frame: panel.frame, scale: panel.scale, box }, range, framing.numberPt, points);
    numbered.placed.forEach((n) => placed.add(n));
    numbered.unplaced.forEach((n) => unplaced.add(n));
    if (framing.panels.length > 1) insetTag(flow, insetLetter(i), box.x, box.y + box.h);
  });
  // A point inside two insets' frames is drawn in both: its number counts as placed if either placed it.
  return { height: sheetHeight(framing), unplaced: [...unplaced].filter((n) => !placed.has(n)).sort((a, b) => a - b) };
}

/** The height the panels of `framing` take on the page. */
export function sheetHeight(framing: MapFraming): number {
  return framing.panels.reduce((bottom, p) => Math.max(bottom, p.y + p.height), 0);
}

/** The inset's letter in its bottom-left corner, white on the locator's colour. */
function insetTag(flow: Flow, letter: string, x: number, bottom: number): void {
  const { doc } = flow;
  setFont(doc, 'bold', 8, '#ffffff');
  const w = measure(doc, letter) + 6;
  doc.rect(x, bottom - 12, w, 12).fill(ACCENT);
  setFont(doc, 'bold', 8, '#ffffff');
  doc.text(letter, x + 3, bottom - 11, { lineBreak: false });
}
