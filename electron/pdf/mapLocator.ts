import { MAP_ARTWORK } from '../../assets/maps/index.ts';
import { MAP_GEOMETRY } from '../../shared/map/index.ts';
import type { MapFraming, ViewRect } from '../../shared/map/mapFraming.ts';
import { boxOnBody, projectPoint } from '../../shared/map/viewProjection.ts';
import type { MapViewId } from '../../shared/mapViews.ts';
import type { InjectionPoint } from '../../shared/point.ts';
import { ACCENT, MUTED, SIZE, measure, setFont, type Flow } from './layout.ts';
import { strokedPaths } from './mapDrawing.ts';
import { insetLetter } from './mapSheet.ts';

/**
 * The locator beside a framed map: the whole view as a small thumbnail (its outline, a dot per point)
 * with a rectangle round each framed area, lettered as the insets. It tells where on the body a
 * knee-sized frame lies. Drawn from (x, y) at most `width` × `height`; answers the height used.
 */

/** The part of `frame` on the view: a frame widened past the view's edges is drawn to them. */
function withinView(frame: ViewRect, view: { width: number; height: number }): ViewRect {
  const x = Math.max(0, frame.x);
  const y = Math.max(0, frame.y);
  return { x, y, w: Math.min(view.width, frame.x + frame.w) - x, h: Math.min(view.height, frame.y + frame.h) - y };
}

/** The locator's title over its drawing. */
const TITLE_HEIGHT = 12;

/** Room right of the drawing for a rectangle's letter, which stands beside the rectangle's top right corner. */
const LETTER_ROOM = 10;

/**
 * The width the locator of `view` takes when drawn `height` tall: its drawing's (a body is narrow, so
 * with room for the letters) or its title's, whichever is wider. What is left beside it goes to the
 * legend (mapSection.ts).
 */
export function locatorWidth(flow: Flow, view: MapViewId, height: number): number {
  const { doc, t, fmt } = flow;
  const art = MAP_ARTWORK[locatorView(view)];
  const title = t('pdf:map.locator').toLocaleUpperCase(fmt.locale);
  setFont(doc, 'bold', SIZE.tiny, MUTED);
  return Math.ceil(Math.max((art.width * (height - TITLE_HEIGHT)) / art.height + LETTER_ROOM, measure(doc, title) + title.length * 0.3));
}

/** The view a locator draws: a detail view's is the whole-body view it is part of (where on the body is this knee). */
function locatorView(view: MapViewId): MapViewId {
  return MAP_GEOMETRY[view].detail?.body ?? view;
}

/** The points' places and the framed areas on the locator's view: carried over to the body view from a detail view. */
function onLocator(view: MapViewId, points: readonly InjectionPoint[], frames: readonly ViewRect[]): { dots: { x: number; y: number }[]; rects: ViewRect[] } {
  const body = locatorView(view);
  if (body === view) return { dots: [...points], rects: [...frames] };
  return {
    dots: points.flatMap((p) => projectPoint(p, body) ?? []),
    rects: frames.flatMap((f) => boxOnBody(view, f) ?? []),
  };
}

export function drawLocator(flow: Flow, view: MapViewId, points: readonly InjectionPoint[], framing: MapFraming, x: number, y: number, width: number, height: number): number {
  const { doc, t, fmt } = flow;
  const art = MAP_ARTWORK[locatorView(view)];
  const { dots, rects: frames } = onLocator(view, points, framing.panels.map((p) => p.frame));
  setFont(doc, 'bold', SIZE.tiny, MUTED);
  doc.text(t('pdf:map.locator').toLocaleUpperCase(fmt.locale), x, y, { lineBreak: false, characterSpacing: 0.3 });
  const top = y + TITLE_HEIGHT;
  const scale = Math.min(width / art.width, (height - TITLE_HEIGHT) / art.height);
  const w = art.width * scale;
  const h = art.height * scale;

  doc.save();
  doc.rect(x, top, w, h).clip();
  doc.save();
  doc.translate(x, top).scale(scale);
  // The outline's operators as the map recorded them (mapDrawing.ts), parsed once per process. No region
  // shading: at this size the dots say where the points are, and a course prints a locator per session.
  doc.lineJoin('round').lineCap('round').lineWidth(0.6 / scale).strokeColor('#3d4a5c');
  if (art.outline.length > 0) doc.addContent(strokedPaths(doc, art.outline));
  doc.restore();

  // Each point a dot, drawn as a small square: one operator instead of a circle's four curves.
  for (const p of dots) doc.rect(x + p.x * scale - 0.6, top + p.y * scale - 0.6, 1.2, 1.2);
  if (dots.length > 0) doc.fill('#17202b');

  const rects = frames.map((frame) => {
    const f = withinView(frame, art);
    return { x: x + f.x * scale, y: top + f.y * scale, w: f.w * scale, h: f.h * scale };
  });
  for (const r of rects) doc.rect(r.x, r.y, r.w, r.h).lineWidth(0.9).strokeColor(ACCENT).stroke();
  doc.restore();
  // Each rectangle's letter beside its top right corner, on the locator's colour as on the insets: inside,
  // it would sit on the points' dots.
  if (rects.length > 1) {
    rects.forEach((r, i) => {
      setFont(doc, 'bold', 6.5, '#ffffff');
      const lw = measure(doc, insetLetter(i)) + 3;
      doc.rect(r.x + r.w, r.y, lw, 8.5).fill(ACCENT);
      setFont(doc, 'bold', 6.5, '#ffffff');
      doc.text(insetLetter(i), r.x + r.w + 1.5, r.y + 0.6, { lineBreak: false });
    });
  }
  return top + h - y;
}
