/**
 * Path data for the map artwork: the curves of shared/map/curves.ts as SVG path `d` strings, which Konva
 * and pdfkit both draw. Pure functions, no DOM: the same module serves the screen, the PDF worker and
 * the unit tests.
 */
import { smoothCubics, type Cubic, type Knot } from '../../shared/map/curves.ts';

const fmt = (v: number): string => String(Math.round(v * 10) / 10);

/** SVG path data ('M … C … Z') for the cubics, to one decimal: plenty at print resolution. */
export function pathData(cubics: readonly Cubic[], closed: boolean): string {
  const first = cubics[0];
  if (!first) return '';
  const parts = [`M${fmt(first[0][0])} ${fmt(first[0][1])}`];
  for (const [, c1, c2, p] of cubics) {
    parts.push(`C${fmt(c1[0])} ${fmt(c1[1])} ${fmt(c2[0])} ${fmt(c2[1])} ${fmt(p[0])} ${fmt(p[1])}`);
  }
  if (closed) parts.push('Z');
  return parts.join(' ');
}

/** Smooth path through the knots, as SVG path data. */
export function smoothPath(knots: readonly Knot[], closed = false): string {
  return pathData(smoothCubics(knots, closed), closed);
}

/** An ellipse as four cubics (the usual 0.5523 handle), for navels, eyes' irises, knee caps. */
export function ellipsePath(cx: number, cy: number, rx: number, ry: number): string {
  const k = 0.5523;
  const c: Cubic[] = [
    [[cx + rx, cy], [cx + rx, cy + ry * k], [cx + rx * k, cy + ry], [cx, cy + ry]],
    [[cx, cy + ry], [cx - rx * k, cy + ry], [cx - rx, cy + ry * k], [cx - rx, cy]],
    [[cx - rx, cy], [cx - rx, cy - ry * k], [cx - rx * k, cy - ry], [cx, cy - ry]],
    [[cx, cy - ry], [cx + rx * k, cy - ry], [cx + rx, cy - ry * k], [cx + rx, cy]],
  ];
  return pathData(c, true);
}
