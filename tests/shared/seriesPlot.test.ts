import { describe, expect, it } from 'vitest';
import { outcomeMeasure } from '../../shared/outcomeMeasures.ts';
import { VAS_AXIS, layoutSeriesPlot, niceStep, plotY, scaleAxis, type PlotBox } from '../../shared/seriesPlot.ts';

const box: PlotBox = { width: 420, height: 220, top: 10, right: 20, bottom: 30, left: 40 };
const s = (id: string, date: string) => ({ id, label: id.toUpperCase(), date });

describe('series plot layout', () => {
  it('maps the top of the axis to the top of the plot and its bottom to the bottom, clamping', () => {
    expect(plotY(10, VAS_AXIS, box)).toBe(10);
    expect(plotY(0, VAS_AXIS, box)).toBe(190);
    expect(plotY(5, VAS_AXIS, box)).toBe(100);
    expect(plotY(14, VAS_AXIS, box)).toBe(10);
    expect(plotY(60, { min: 50, max: 70 }, box)).toBe(100);
  });

  it('spreads sessions by date and reorders every series with them', () => {
    const plot = layoutSeriesPlot([s('s3', '2025-01-22'), s('s1', '2025-01-01'), s('s2', '2025-01-08')], [{ key: 'before', values: [4, 8, 6] }], VAS_AXIS, box);
    expect(plot.columns.map((c) => c.id)).toEqual(['s1', 's2', 's3']);
    expect(plot.columns[0]?.x).toBe(40);
    expect(plot.columns[2]?.x).toBe(400);
    expect(plot.columns[1]?.x).toBeCloseTo(40 + (360 * 7) / 21);
    expect(plot.series[0]?.values).toEqual([8, 6, 4]);
    expect(plot.series[0]?.path.startsWith('M40.0 46.0')).toBe(true);
    expect(plot.series[0]?.path.match(/L/g)).toHaveLength(2);
    expect(plot.hasData).toBe(true);
    expect(plot.yTicks.map((t) => t.value)).toEqual([0, 2, 4, 6, 8, 10]);
  });

  it('breaks a line where a session has no value, and marks only the values there are', () => {
    const sessions = [s('a', '2025-01-01'), s('b', '2025-01-08'), s('c', '2025-01-15'), s('d', '2025-01-22')];
    const plot = layoutSeriesPlot(sessions, [{ key: 'grade', values: [3, null, 2, 2] }, { key: 'none', values: [null, null, null, null] }], scaleAxis(outcomeMeasure('cellulite-grade').scale, []), box);
    const grade = plot.series[0]!;
    expect(grade.path.match(/M/g)).toHaveLength(2);
    expect(grade.path.match(/L/g)).toHaveLength(1);
    expect(grade.marks.map((m) => m.session.id)).toEqual(['a', 'c', 'd']);
    expect(plot.series[1]?.path).toBe('');
    expect(plot.series[1]?.marks).toEqual([]);
  });

  it('centres a single session and spaces sessions of one day evenly', () => {
    expect(layoutSeriesPlot([s('a', '2025-01-01')], [{ key: 'v', values: [3] }], VAS_AXIS, box).columns[0]?.x).toBe(220);
    const same = layoutSeriesPlot([s('a', '2025-01-01'), s('b', '2025-01-01')], [{ key: 'v', values: [3, 2] }], VAS_AXIS, box);
    expect(same.columns.map((c) => c.x)).toEqual([40, 400]);
  });

  it('says when there is nothing to plot and thins date ticks, keeping the first and last', () => {
    const many = Array.from({ length: 15 }, (_, i) => s(`s${i + 1}`, `2025-02-${String(i + 1).padStart(2, '0')}`));
    const plot = layoutSeriesPlot(many, [{ key: 'v', values: many.map(() => null) }], VAS_AXIS, box, 6);
    expect(plot.hasData).toBe(false);
    expect(plot.xTicks.length).toBeLessThanOrEqual(7);
    expect(plot.xTicks[0]?.label).toBe('S1');
    expect(plot.xTicks[plot.xTicks.length - 1]?.label).toBe('S15');
  });
});

describe('the axis of each scale', () => {
  it('gives a stage scale one labelled tick per stage', () => {
    const axis = scaleAxis(outcomeMeasure('norwood').scale, []);
    expect(axis.min).toBe(0);
    expect(axis.max).toBe(11);
    expect(axis.ticks.map((t) => t.label)).toEqual(['I', 'II', 'IIa', 'III', 'IIIa', 'III vertex', 'IV', 'IVa', 'V', 'Va', 'VI', 'VII']);
    expect(scaleAxis(outcomeMeasure('cellulite-grade').scale, []).ticks.map((t) => t.label)).toEqual(['0', 'I', 'II', 'III']);
  });

  it('gives scores their whole range and the severity scale 0–15', () => {
    expect(scaleAxis(outcomeMeasure('satisfaction').scale, [7])).toBe(VAS_AXIS);
    const css = scaleAxis(outcomeMeasure('cellulite-severity').scale, [9]);
    expect([css.min, css.max]).toEqual([0, 15]);
    expect(css.ticks.map((t) => t.value)).toEqual([0, 3, 6, 9, 12, 15]);
  });

  it('fits an amount around its values on round numbers, so that a change of a centimetre shows', () => {
    const axis = scaleAxis(outcomeMeasure('girth').scale, [58.5, 61, 60]);
    expect(axis.min).toBeLessThanOrEqual(58.5);
    expect(axis.max).toBeGreaterThanOrEqual(61);
    expect(axis.max - axis.min).toBeLessThanOrEqual(10);
    for (const tick of axis.ticks) expect(Number.isInteger(tick.value * 2)).toBe(true);
    expect(axis.ticks[0]?.value).toBe(axis.min);
    expect(axis.ticks[axis.ticks.length - 1]?.value).toBe(axis.max);
  });

  it('chooses steps of 1, 2, 2.5 or 5 times a power of ten', () => {
    expect(niceStep(10, 5)).toBe(2);
    expect(niceStep(7, 4)).toBe(2);
    expect(niceStep(300, 4)).toBe(100);
    expect(niceStep(0)).toBe(1);
  });
});
