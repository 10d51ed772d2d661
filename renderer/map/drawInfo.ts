import type { InjectionPoint } from '../../shared/point.ts';
import type { ChartState } from '../editor/types.ts';
import { DENSE, LABEL_LIMIT, LABELLED, numbersByView, type MarkerScale, type ScreenMarker } from './markerStyle.ts';
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
 * marker size that suits how many there are.
 */
export function visibleMarkers(s: Pick<ChartState, 'points' | 'view'>, v: Viewport, width: number, height: number): { markers: ScreenMarker[]; scale: MarkerScale } {
  const nums = pointNumbers(s.points);
  const markers: ScreenMarker[] = [];
  const m = 40;
  for (const p of s.points) {
    if (p.view !== s.view) continue;
    const sx = p.x * v.scale + v.x;
    const sy = p.y * v.scale + v.y;
    if (sx < -m || sy < -m || sx > width + m || sy > height + m) continue;
    markers.push({ point: p, sx, sy, number: nums.get(p.id) ?? 0 });
  }
  return { markers, scale: markers.length <= LABEL_LIMIT ? LABELLED : DENSE };
}
