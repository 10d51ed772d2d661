/** The map's placement on screen: screen = map × scale + (x, y), in CSS pixels. */
export type Viewport = { scale: number; x: number; y: number };

export const MIN_ZOOM_OF_FIT = 0.5;
export const MAX_SCALE = 12;

export function fitViewport(mapW: number, mapH: number, screenW: number, screenH: number, padding = 12): Viewport {
  const scale = Math.max(0.01, Math.min((screenW - padding * 2) / mapW, (screenH - padding * 2) / mapH));
  return { scale, x: (screenW - mapW * scale) / 2, y: (screenH - mapH * scale) / 2 };
}

/** Zooms by `factor` keeping the map point under (sx, sy) where it is. */
export function zoomAt(v: Viewport, factor: number, sx: number, sy: number, minScale: number, maxScale = MAX_SCALE): Viewport {
  const scale = Math.min(maxScale, Math.max(minScale, v.scale * factor));
  const k = scale / v.scale;
  return { scale, x: sx - (sx - v.x) * k, y: sy - (sy - v.y) * k };
}

export function toMap(v: Viewport, sx: number, sy: number): { x: number; y: number } {
  return { x: (sx - v.x) / v.scale, y: (sy - v.y) / v.scale };
}

export function toScreen(v: Viewport, x: number, y: number): { x: number; y: number } {
  return { x: x * v.scale + v.x, y: y * v.scale + v.y };
}
