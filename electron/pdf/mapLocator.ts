import { MAP_ARTWORK } from '../../assets/maps/index.ts';
import type { MapFraming, ViewRect } from '../../shared/map/mapFraming.ts';
import type { MapViewId } from '../../shared/mapViews.ts';
import type { InjectionPoint } from '../../shared/point.ts';
import { ACCENT, MUTED, SIZE, setFont, type Flow } from './layout.ts';
import { regionOutline, strokedPaths } from './mapDrawing.ts';
import { insetLetter } from './mapSheet.ts';

/**
 * The locator beside a framed map: the whole view as a small thumbnail (its outline, the treated regions
 * shaded, a dot per point) with a rectangle round each framed area, lettered as the insets. It tells where
 * on the body a knee-sized frame lies. Drawn from (x, y) at most `width` × `height`; answers the height used.
 */

const SHADE = '#dbe6f2';

function withinView(frame: ViewRect, view: { width: number; height: number }): ViewRect {
  const x = Math.max(0, frame.x);
  const y = Math.max(0, frame.y);
  return { x, y, w: Math.min(view.width, frame.x + frame.w) - x, h: Math.min(view.height, frame.y + frame.h) - y };
}

export function drawLocator(flow: Flow, view: MapViewId, points: readonly InjectionPoint[], framing: MapFraming, x: number, y: number, width: number, height: number): number {
  const { doc, t, fmt } = flow;
  const art = MAP_ARTWORK[view];
  setFont(doc, 'bold', SIZE.tiny, MUTED);
  doc.text(t('pdf:map.locator').toLocaleUpperCase(fmt.locale), x, y, { lineBreak: false, characterSpacing: 0.3 });
  const top = y + 12;
  const scale = Math.min(width / art.width, (height - 12) / art.height);
  const w = art.width * scale;
  const h = art.height * scale;

  doc.save();
  doc.rect(x, top, w, h).clip();
  doc.save();
  doc.translate(x, top).scale(scale);
  const treated = new Set(points.map((p) => p.region));
  // The artwork's operators as the map recorded them (mapDrawing.ts): parsed once per process.
  for (const region of art.regions) if (treated.has(region.id) && region.polygon.length >= 3) doc.addContent(regionOutline(doc, region.polygon)).fill(SHADE);
  doc.lineJoin('round').lineCap('round').lineWidth(0.6 / scale).strokeColor('#3d4a5c');
  if (art.outline.length > 0) doc.addContent(strokedPaths(doc, art.outline));
  doc.restore();

  for (const p of points) doc.circle(x + p.x * scale, top + p.y * scale, 0.7);
  if (points.length > 0) doc.fill('#17202b');

  framing.panels.forEach((panel, i) => {
    // A frame wider than the view (widened to its panel's aspect) is drawn to the view's edges.
    const f = withinView(panel.frame, art);
    doc.rect(x + f.x * scale, top + f.y * scale, f.w * scale, f.h * scale).lineWidth(0.9).strokeColor(ACCENT).stroke();
    if (framing.panels.length < 2) return;
    setFont(doc, 'bold', 6.5, ACCENT);
    doc.text(insetLetter(i), x + f.x * scale + 1.5, top + f.y * scale + 1, { lineBreak: false });
  });
  doc.restore();
  return top + h - y;
}
