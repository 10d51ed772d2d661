import { placeLabels, type LabelSite } from '../../shared/map/labelPlacement.ts';
import { pointsSeenOn } from '../../shared/map/viewProjection.ts';
import type { MapViewId } from '../../shared/mapViews.ts';
import type { InjectionPoint } from '../../shared/point.ts';
import type { ChartState } from '../editor/types.ts';
import {
  DENSE,
  footprintRadius,
  LABEL_LIMIT,
  LABELLED,
  labelledRadius,
  markCrowded,
  needleShape,
  numberFitsOn,
  numbersByChart,
  PLATE_HEIGHT,
  plateWidth,
  type MarkerScale,
  type ScreenMarker,
} from './markerStyle.ts';
import type { Viewport } from './viewport.ts';

/** What the points layer last drew with: the canvas reads it to hit-test with the same marker size. */
export type DrawInfo = { scale: MarkerScale };

/**
 * Hooks a benchmark page may set to time drawing, or an end-to-end test to read what was drawn (the
 * canvas is opaque to the DOM); absent in the app.
 */
export type MapPerfHooks = { pointsDrawn?: (at: number) => void; dragDrawn?: (at: number) => void; markersDrawn?: (markers: readonly ScreenMarker[]) => void };
export function perfHooks(): MapPerfHooks | undefined {
  return (globalThis as { __mapPerf?: MapPerfHooks }).__mapPerf;
}

let numbersFor: readonly InjectionPoint[] | null = null;
let numbers = new Map<string, number>();
/** Point numbers, computed once per points array. */
export function pointNumbers(points: readonly InjectionPoint[]): Map<string, number> {
  if (points !== numbersFor) {
    numbers = numbersByChart(points);
    numbersFor = points;
  }
  return numbers;
}

/**
 * How far from its marker a number may move, in rings of candidate positions: the editor looks far (every
 * number found a place, whatever the crowd); the compare panes, four small maps opened at once, look near
 * (COMPARE_RINGS): a number with no place near its marker is left out there, and zooming in brings it back.
 */
const EDITOR_RINGS = 16;
export const COMPARE_RINGS = 4;

/**
 * Where each labelled marker's number goes (shared/map/labelPlacement.ts): on the marker when it fits
 * there (numberFitsOn) and the marker has room, else aside with a leader, inside the stage. In the
 * markers' order, which is the points' numbering order, so a number keeps its place between redraws.
 */
export function placeNumbers(markers: ScreenMarker[], width: number, height: number, rings: number = EDITOR_RINGS): void {
  const sites: LabelSite[] = markers.map((m) => {
    const shape = needleShape(m.point.needle);
    const digits = String(m.number).length;
    const single = m.point.injector.kind !== 'multi';
    return {
      x: m.sx,
      y: m.sy,
      // A square's corners reach 1.25 of its radius; the outline's half width and a hair more: a
      // plate never touches a marker.
      r: footprintRadius(m.point, labelledRadius(single ? shape : 'circle', m.compact === true)) * (single && shape === 'square' ? 1.25 : 1) + 1,
      w: plateWidth(digits),
      h: PLATE_HEIGHT,
      fitsInside: single && !m.compact && numberFitsOn(shape, digits),
    };
  });
  const placed = placeLabels(sites, { gap: 2, step: 10, rings, bounds: { minX: 2, minY: 2, maxX: width - 2, maxY: height - 2 } });
  markers.forEach((m, i) => {
    m.label = placed[i] ?? null;
  });
}

/**
 * The markers of the active view that fall on screen (with a margin), in drawing order, and the
 * marker size that suits how many there are. Numbered (checked for crowding, see markCrowded, and
 * their numbers placed, see placeNumbers) only when few enough to be labelled: a dense view draws
 * dots and needs neither.
 */
export function visibleMarkers(s: Pick<ChartState, 'points' | 'view'>, v: Viewport, width: number, height: number, rings: number = EDITOR_RINGS): { markers: ScreenMarker[]; scale: MarkerScale } {
  const markers: ScreenMarker[] = [];
  const m = 40;
  const { scale: k, x: ox, y: oy } = v;
  const minX = -m;
  const minY = -m;
  const maxX = width + m;
  const maxY = height + m;
  for (const seen of seenOn(s.points, s.view)) {
    const sx = seen.x * k + ox;
    const sy = seen.y * k + oy;
    if (sx < minX || sy < minY || sx > maxX || sy > maxY) continue;
    markers.push(seen.own ? { point: seen.point, sx, sy, number: 0 } : { point: seen.point, sx, sy, number: 0, elsewhere: true });
  }
  if (markers.length > LABEL_LIMIT) return { markers, scale: DENSE };
  const nums = pointNumbers(s.points);
  for (const mk of markers) mk.number = nums.get(mk.point.id) ?? 0;
  markCrowded(markers, LABELLED.radius);
  placeNumbers(markers, width, height, rings);
  return { markers, scale: LABELLED };
}

let seenFor: { points: readonly InjectionPoint[]; view: MapViewId } | null = null;
let seen: ReturnType<typeof pointsSeenOn<InjectionPoint>> = [];
/**
 * The points shown on a view (its own, and those placed on the other views of its chart: see
 * shared/map/viewProjection.ts), worked out once per points array and view: a pan or a zoom redraws
 * without projecting again.
 */
function seenOn(points: readonly InjectionPoint[], view: MapViewId): ReturnType<typeof pointsSeenOn<InjectionPoint>> {
  if (seenFor?.points !== points || seenFor.view !== view) {
    seen = pointsSeenOn(points, view);
    seenFor = { points, view };
  }
  return seen;
}
