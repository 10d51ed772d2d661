/** An axis-aligned box in a view's coordinates. */
export type BoundingBox = { minX: number; minY: number; maxX: number; maxY: number };

/**
 * The smallest box holding every position, or null when there are none: the one loop behind the screen's
 * opening frame, the printed map's frame and the spacing grid.
 */
export function boundingBox(positions: Iterable<{ readonly x: number; readonly y: number }>): BoundingBox | null {
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (const p of positions) {
    if (p.x < minX) minX = p.x;
    if (p.y < minY) minY = p.y;
    if (p.x > maxX) maxX = p.x;
    if (p.y > maxY) maxY = p.y;
  }
  return minX <= maxX ? { minX, minY, maxX, maxY } : null;
}
