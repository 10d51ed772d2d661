import { describe, expect, it } from 'vitest';
import { labelBox } from '../../../shared/map/labelPlacement.ts';
import type { InjectionPoint } from '../../../shared/point.ts';
import { visibleMarkers } from '../../../renderer/map/drawInfo.ts';
import { PLATE_HEIGHT, plateWidth } from '../../../renderer/map/markerStyle.ts';

const point = (i: number, x: number, y: number, needle = '30G-4mm'): InjectionPoint =>
  ({ id: `p${i}`, view: 'body-front', x, y, region: '', depthMm: 4, needle, injector: { kind: 'single' }, technique: 'point', productIndex: null, volumeMl: null, note: '' }) as InjectionPoint;

describe('visibleMarkers numbers a crowded view', () => {
  // Sixteen points within 40 view units around a knee, at the zoom of Fit on a 1366 × 768 window:
  // a few pixels apart on screen.
  const points = Array.from({ length: 16 }, (_, i) => point(i, 250 + Math.cos(i * 2.4) * (4 + i * 1.2), 1300 + Math.sin(i * 2.4) * (4 + i * 1.2)));
  const viewport = { scale: 0.2, x: 300, y: 10 };

  it('keeps every number, moved aside with a leader, and no two plates overlap', () => {
    const { markers, scale } = visibleMarkers({ points, view: 'body-front' }, viewport, 900, 560);
    expect(scale.labels).toBe(true);
    expect(markers.every((m) => m.label?.moved === true && m.label.leader !== null)).toBe(true);
    const boxes = markers.map((m) => labelBox({ w: plateWidth(String(m.number).length), h: PLATE_HEIGHT }, m.label!));
    for (const [i, a] of boxes.entries())
      for (const [j, b] of boxes.entries()) if (i !== j) expect(a.minX < b.maxX && b.minX < a.maxX && a.minY < b.maxY && b.minY < a.maxY).toBe(false);
  });

  it('writes the number on a marker with room', () => {
    const { markers } = visibleMarkers({ points: [point(0, 100, 100), point(1, 400, 400, '32G-4mm')], view: 'body-front' }, { scale: 1, x: 0, y: 0 }, 900, 560);
    expect(markers.map((m) => m.label?.moved)).toEqual([false, false]);
  });
});
