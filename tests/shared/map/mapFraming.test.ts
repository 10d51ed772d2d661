import { describe, expect, it } from 'vitest';
import { MAP_GEOMETRY } from '../../../shared/map/index.ts';
import { clustersOf, frameMap, frameOn, MAX_INSETS, MIN_NUMBER_PT, numberSizeAt, PANEL_GAP, type MapPanel } from '../../../shared/map/mapFraming.ts';
import { typicalSpacing } from '../../../shared/map/pointSpacing.ts';
import { celluliteSession, faceSession, kneeAndShoulderSession, kneeSession } from '../../electron/pdf/mapSessions.ts';

/** The printed record's map column beside the legend (points), and the page's width for a wide map. */
const COLUMN = { w: 250, h: 560 };
const WIDE = { w: 511, h: 430 };
const body = MAP_GEOMETRY['body-front'];

const inside = (p: { x: number; y: number }, panel: MapPanel) =>
  p.x >= panel.frame.x && p.x <= panel.frame.x + panel.frame.w && p.y >= panel.frame.y && p.y <= panel.frame.y + panel.frame.h;

describe('a printed map framed on its points', () => {
  it('prints sixteen points round a knee with numbers of at least 6 pt, where the whole body would not', () => {
    const knee = kneeSession();
    const wholeBody = Math.min(COLUMN.w / body.width, COLUMN.h / body.height);
    // The complaint: on the whole body the knee's numbers would be far under 6 pt.
    expect(numberSizeAt(wholeBody, typicalSpacing(knee))).toBeLessThan(MIN_NUMBER_PT / 1.5);

    const framing = frameMap(knee, body, COLUMN);
    expect(framing.panels).toHaveLength(1);
    const [panel] = framing.panels as [MapPanel];
    expect(panel.scale).toBeGreaterThan(wholeBody * 3);
    expect(numberSizeAt(panel.scale, typicalSpacing(knee))).toBeGreaterThanOrEqual(MIN_NUMBER_PT);
    expect(framing.numberPt).toBeGreaterThanOrEqual(MIN_NUMBER_PT);
    for (const p of knee) expect(inside(p, panel)).toBe(true);
    // The panel keeps the frame's aspect, within the space given.
    expect(panel.width).toBeLessThanOrEqual(COLUMN.w);
    expect(panel.height).toBeLessThanOrEqual(COLUMN.h);
    expect(panel.frame.w * panel.scale).toBeCloseTo(panel.width, 6);
    expect(panel.frame.h * panel.scale).toBeCloseTo(panel.height, 6);
    expect(framing.locator).toBe(true);
  });

  it('gives the face and the cellulite of the thighs numbers of at least 6 pt in one frame', () => {
    for (const [points, view, space] of [
      [faceSession(), MAP_GEOMETRY.face, COLUMN],
      [celluliteSession(), MAP_GEOMETRY['body-back'], WIDE],
    ] as const) {
      const framing = frameMap(points, view, space);
      expect(framing.panels).toHaveLength(1);
      expect(framing.room).toBeGreaterThanOrEqual(MIN_NUMBER_PT);
      for (const p of points) expect(inside(p, framing.panels[0]!)).toBe(true);
    }
  });

  it('prints distant clusters in insets of their own, the highest first, each with numbers of at least 6 pt', () => {
    const points = kneeAndShoulderSession();
    // One frame round the knee and the shoulder would be too small to read.
    const common = frameOn(points, body);
    const commonScale = Math.min(WIDE.w / common.w, WIDE.h / common.h);
    expect(numberSizeAt(commonScale, typicalSpacing(points))).toBeLessThan(MIN_NUMBER_PT);

    const framing = frameMap(points, body, WIDE);
    expect(framing.panels).toHaveLength(2);
    const [shoulder, knee] = framing.panels as [MapPanel, MapPanel];
    expect(shoulder.points.every((i) => points[i]!.y < 600)).toBe(true);
    expect(knee.points.every((i) => points[i]!.y > 1100)).toBe(true);
    expect([...shoulder.points, ...knee.points].sort((a, b) => a - b)).toEqual(points.map((_, i) => i));
    for (const panel of framing.panels) {
      expect(numberSizeAt(panel.scale, typicalSpacing(panel.points.map((i) => points[i]!)))).toBeGreaterThanOrEqual(MIN_NUMBER_PT);
    }
    expect(framing.numberPt).toBeGreaterThanOrEqual(MIN_NUMBER_PT);
    // Across the page they sit side by side, within the space, apart.
    expect(knee.x).toBeGreaterThanOrEqual(shoulder.x + shoulder.width + PANEL_GAP);
    expect(knee.x + knee.width).toBeLessThanOrEqual(WIDE.w + 1e-9);
    for (const panel of framing.panels) expect(panel.y + panel.height).toBeLessThanOrEqual(WIDE.h + 1e-9);
    expect(framing.locator).toBe(true);
  });

  it('stacks the insets in a narrow column, larger than one frame round both would be', () => {
    const points = kneeAndShoulderSession();
    const framing = frameMap(points, body, COLUMN);
    expect(framing.panels).toHaveLength(2);
    const [top, bottom] = framing.panels as [MapPanel, MapPanel];
    expect(bottom.y).toBeGreaterThanOrEqual(top.y + top.height + PANEL_GAP);
    expect(bottom.y + bottom.height).toBeLessThanOrEqual(COLUMN.h + 1e-9);
    const common = frameOn(points, body);
    expect(Math.min(top.scale, bottom.scale)).toBeGreaterThan(Math.min(COLUMN.w / common.w, COLUMN.h / common.h) * 1.5);
  });

  it('draws locator rectangles (the panels\' frames) that cover every inset\'s points', () => {
    const points = kneeAndShoulderSession();
    const framing = frameMap(points, body, WIDE);
    expect(framing.panels).toHaveLength(2);
    for (const panel of framing.panels) for (const i of panel.points) expect(inside(points[i]!, panel)).toBe(true);
    // Each frame lies within the view where it fits there, so that its rectangle is on the thumbnail.
    for (const { frame } of framing.panels) {
      expect(frame.x).toBeGreaterThanOrEqual(0);
      expect(frame.y).toBeGreaterThanOrEqual(0);
      expect(frame.y + frame.h).toBeLessThanOrEqual(body.height);
    }
  });

  it('keeps both knees in one frame when that frame is readable', () => {
    const right = kneeSession();
    const left = right.map((p) => ({ ...p, x: 800 - p.x }));
    const framing = frameMap([...right, ...left], body, WIDE);
    expect(framing.panels).toHaveLength(1);
    expect(framing.room).toBeGreaterThanOrEqual(MIN_NUMBER_PT);
  });

  it('shows the whole view, with no locator, for a chart without points or spread over the whole view', () => {
    const empty = frameMap([], body, COLUMN);
    expect(empty.panels).toHaveLength(1);
    expect(empty.panels[0]!.frame.h).toBe(body.height);
    expect(empty.locator).toBe(false);
    const corners = [{ x: 20, y: 20 }, { x: 780, y: 20 }, { x: 20, y: 1780 }, { x: 780, y: 1780 }];
    const spread = frameMap(corners, body, COLUMN);
    expect(spread.locator).toBe(false);
    for (const p of corners) expect(inside(p, spread.panels[0]!)).toBe(true);
  });

  it('never makes more than MAX_INSETS insets, however scattered the points', () => {
    const scattered = Array.from({ length: 40 }, (_, i) => ({ x: 60 + (i % 5) * 170, y: 60 + Math.floor(i / 5) * 230 }));
    expect(clustersOf(scattered, body).length).toBeLessThanOrEqual(MAX_INSETS);
    expect(frameMap(scattered, body, COLUMN).panels.length).toBeLessThanOrEqual(MAX_INSETS);
  });
});
