import type { MapViewId } from '../mapViews.ts';
import { MAP_GEOMETRY } from './index.ts';
import type { DetailPanel, ViewBox } from './viewGeometry.ts';

/**
 * One chart, several views of it: a point placed on a detail view (the right knee, seen from the front)
 * is shown in its place on the whole-body view the detail looks closer at, and a point placed on the body
 * view is shown on a detail view that looks at its area face-on (DetailPanel.facesBody). A point is
 * stored once, on the view it was placed on; where else it shows is worked out here, by the linear map
 * between a panel's box and its box on the body view.
 */

type Position = { x: number; y: number };
type Placed = Position & { view: MapViewId };

const within = (b: ViewBox, p: Position): boolean => p.x >= b.x && p.x <= b.x + b.w && p.y >= b.y && p.y <= b.y + b.h;
const mapBox = (from: ViewBox, to: ViewBox, p: Position): Position => ({ x: to.x + ((p.x - from.x) / from.w) * to.w, y: to.y + ((p.y - from.y) / from.h) * to.h });

/** The view whose numbering a view's points share: a detail view's body view, else the view itself. */
export function chartOf(view: MapViewId): MapViewId {
  return MAP_GEOMETRY[view].detail?.body ?? view;
}

/** The panel of a detail view a position lies in, if any. */
export function panelAt(view: MapViewId, p: Position): DetailPanel | null {
  return MAP_GEOMETRY[view].detail?.panels.find((panel) => within(panel.box, p)) ?? null;
}

/** Where a point placed on `point.view` is shown on `onto`, or null when that view does not show it. */
export function projectPoint(point: Placed, onto: MapViewId): Position | null {
  if (point.view === onto) return { x: point.x, y: point.y };
  const from = MAP_GEOMETRY[point.view].detail;
  if (from?.body === onto) {
    const panel = panelAt(point.view, point);
    return panel ? mapBox(panel.box, panel.onBody, point) : null;
  }
  const to = MAP_GEOMETRY[onto].detail;
  if (to?.body === point.view) {
    const panel = to.panels.find((q) => q.facesBody && within(q.onBody, point));
    return panel ? mapBox(panel.onBody, panel.box, point) : null;
  }
  return null;
}

/** Whether some point placed on another view could show on `view`: false for a face or a scalp. */
export function showsOtherViews(view: MapViewId): boolean {
  const g = MAP_GEOMETRY[view];
  if (g.detail) return true;
  return Object.values(MAP_GEOMETRY).some((other) => other.detail?.body === view);
}

/**
 * The points of `points` shown on `view`, each with its position there, in the points' order. `own` is
 * whether it was placed on this view (editable here) or is shown from another one.
 */
export function pointsSeenOn<P extends Placed>(points: readonly P[], view: MapViewId): { point: P; x: number; y: number; own: boolean }[] {
  const out: { point: P; x: number; y: number; own: boolean }[] = [];
  const others = showsOtherViews(view);
  for (const point of points) {
    if (point.view === view) out.push({ point, x: point.x, y: point.y, own: true });
    else if (others) {
      const at = projectPoint(point, view);
      if (at) out.push({ point, x: at.x, y: at.y, own: false });
    }
  }
  return out;
}

/**
 * A rectangle of a detail view as it lies on the body view (the printed locator's frame round a knee): the
 * part of it within the panel holding its centre, carried over. Null for a whole view, or a rectangle
 * whose centre is in no panel.
 */
export function boxOnBody(view: MapViewId, rect: ViewBox): ViewBox | null {
  const panel = panelAt(view, { x: rect.x + rect.w / 2, y: rect.y + rect.h / 2 });
  if (!panel) return null;
  const x0 = Math.max(rect.x, panel.box.x);
  const y0 = Math.max(rect.y, panel.box.y);
  const a = mapBox(panel.box, panel.onBody, { x: x0, y: y0 });
  const b = mapBox(panel.box, panel.onBody, { x: Math.min(rect.x + rect.w, panel.box.x + panel.box.w), y: Math.min(rect.y + rect.h, panel.box.y + panel.box.h) });
  return { x: a.x, y: a.y, w: b.x - a.x, h: b.y - a.y };
}
