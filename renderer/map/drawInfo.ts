import type { InjectionPoint } from '../../shared/point.ts';
import type { ChartState } from '../editor/types.ts';
import { DENSE, LABEL_LIMIT, LABELLED, markCrowded, numbersByView, type MarkerScale, type ScreenMarker } from './markerStyle.ts';
import type { Viewport } from './viewport.ts';

/** What the points layer last drew with: the canvas reads it to hit-test with the same marker size. */
export type DrawInfo = { scale: MarkerScale };

/** Hooks a benchmark page may set to time drawing; absent in the app. */
export type MapPerfHooks = { pointsDrawn?: (at: number) => void; dragDrawn?: (at: number) => void };
export function perfHooks(): MapPerfHooks | undefined {
  return (globalThis as { __mapPerf?: MapPerfHooks }).__mapPerf;
}

let numbersFor: readonly InjectionPoint[] | null = null;
let numbers = new Map<string, number>();
/** Point numbers, computed once per points array. */
export function pointNumbers(points: readonly InjectionPoint[]): Map<string, number> {
  if (points !== numbersFor) {
    numbers = numbersByView(points);
    numbersFor = points;
  }
  return numbers;
}

/**
 * The markers of the active view that fall on screen (with a margin), in drawing order, and the
 * marker size that suits how many there are. Numbered (and checked for crowding, see markCrowded) only
 * when few enough to be labelled: a dense view draws dots and needs neither.
 */
export function visibleMarkers(s: Pick<ChartState, 'points' | 'view'>, v: Viewport, width: number, height: number): { markers: ScreenMarker[]; scale: MarkerScale } {
  const markers: ScreenMarker[] = [];
  const m = 40;
  const { scale: k, x: ox, y: oy } = v;
  const minX = -m;
  const minY = -m;
  const maxX = width + m;
  const maxY = height + m;
  for (const p of s.points) {
    if (p.view !== s.view) continue;
    const sx = p.x * k + ox;
    const sy = p.y * k + oy;
    if (sx < minX || sy < minY || sx > maxX || sy > maxY) continue;
    markers.push({ point: p, sx, sy, number: 0 });
  }
  if (markers.length > LABEL_LIMIT) return { markers, scale: DENSE };
  const nums = pointNumbers(s.points);
  for (const mk of markers) mk.number = nums.get(mk.point.id) ?? 0;
  markCrowded(markers, LABELLED.radius);
  return { markers, scale: LABELLED };
}
