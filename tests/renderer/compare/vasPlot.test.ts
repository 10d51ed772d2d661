import { describe, expect, it } from 'vitest';
import { layoutVasPlot, vasY, type VasPlotBox } from '../../../renderer/compare/vasPlot.ts';

const box: VasPlotBox = { width: 420, height: 220, top: 10, right: 20, bottom: 30, left: 40 };

describe('VAS plot layout', () => {
  it('maps 10 to the top of the plot and 0 to its bottom, clamping', () => {
    expect(vasY(10, box)).toBe(10);
    expect(vasY(0, box)).toBe(190);
    expect(vasY(5, box)).toBe(100);
    expect(vasY(14, box)).toBe(10);
  });

  it('spreads sessions by date', () => {
    const plot = layoutVasPlot(
      [
        { id: 'c', label: 'S3', date: '2025-01-22', before: 4, after: 2 },
        { id: 'a', label: 'S1', date: '2025-01-01', before: 8, after: 6 },
        { id: 'b', label: 'S2', date: '2025-01-08', before: 6, after: 3 },
      ],
      box,
    );
    expect(plot.points.map((p) => p.id)).toEqual(['a', 'b', 'c']);
    expect(plot.points[0]?.x).toBe(40);
    expect(plot.points[2]?.x).toBe(400);
    expect(plot.points[1]?.x).toBeCloseTo(40 + (360 * 7) / 21);
    expect(plot.beforePath.startsWith('M40.0 46.0')).toBe(true);
    expect(plot.beforePath.match(/L/g)).toHaveLength(2);
    expect(plot.hasData).toBe(true);
    expect(plot.yTicks.map((t) => t.value)).toEqual([0, 2, 4, 6, 8, 10]);
  });

  it('breaks a line where a score is missing', () => {
    const plot = layoutVasPlot(
      [
        { id: 'a', label: 'S1', date: '2025-01-01', before: 8, after: null },
        { id: 'b', label: 'S2', date: '2025-01-08', before: null, after: 3 },
        { id: 'c', label: 'S3', date: '2025-01-15', before: 5, after: 2 },
      ],
      box,
    );
    expect(plot.beforePath.match(/M/g)).toHaveLength(2);
    expect(plot.beforePath).not.toContain('L');
    expect(plot.afterPath.match(/M/g)).toHaveLength(1);
    expect(plot.afterPath.match(/L/g)).toHaveLength(1);
  });

  it('centres a single session and spaces sessions of one day evenly', () => {
    expect(layoutVasPlot([{ id: 'a', label: 'S1', date: '2025-01-01', before: 3, after: 1 }], box).points[0]?.x).toBe(220);
    const same = layoutVasPlot(
      [
        { id: 'a', label: 'S1', date: '2025-01-01', before: 3, after: 1 },
        { id: 'b', label: 'S2', date: '2025-01-01', before: 2, after: 1 },
      ],
      box,
    );
    expect(same.points.map((p) => p.x)).toEqual([40, 400]);
  });

  it('says when there is nothing to plot and thins date ticks', () => {
    const many = Array.from({ length: 15 }, (_, i) => ({ id: `s${i}`, label: `S${i + 1}`, date: `2025-02-${String(i + 1).padStart(2, '0')}`, before: null, after: null }));
    const plot = layoutVasPlot(many, box, 6);
    expect(plot.hasData).toBe(false);
    expect(plot.xTicks.length).toBeLessThanOrEqual(7);
    expect(plot.xTicks[0]?.label).toBe('S1');
    expect(plot.xTicks[plot.xTicks.length - 1]?.label).toBe('S15');
  });
});
