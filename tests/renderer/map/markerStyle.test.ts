import { describe, expect, it } from 'vitest';
import * as palette from '../../../shared/markerPalette.ts';
import { NEEDLES } from '../../../shared/needles.ts';
import * as screen from '../../../renderer/map/markerStyle.ts';

// One marker palette: the map draws from the table the printed record draws from (shared/markerPalette.ts).
describe('markerStyle derives from the shared palette', () => {
  it('re-exports the shared tables, not copies of them', () => {
    expect(screen.DEPTH_COLOURS).toBe(palette.DEPTH_COLOURS);
    expect(screen.LABEL_ON).toBe(palette.LABEL_ON);
    expect(screen.GAUGE_LEGEND).toBe(palette.GAUGE_LEGEND);
    expect(screen.RING_HOLE).toBe(palette.RING_HOLE);
    expect(screen.MARKER_STROKE).toBe(palette.MARKER_STROKE);
    expect(screen.depthLegend).toBe(palette.depthLegend);
    expect(screen.clusterOffsets).toBe(palette.clusterOffsets);
    expect(screen.numbersByChart).toBe(palette.numbersByChart);
  });

  it('shapes by needle gauge as the shared rule says: 27G square, 30G disc, 32G ring', () => {
    for (const n of NEEDLES) expect(screen.needleShape(n.id)).toBe(palette.needleShape(n.id));
    expect(screen.needleShape('27G-4mm')).toBe('square');
    expect(screen.needleShape('30G-13mm')).toBe('circle');
    expect(screen.needleShape('32G-6mm')).toBe('ring');
  });
});

describe('markCrowded', () => {
  const point = (id: string, multi = 0) => ({ id, injector: multi ? { kind: 'multi' as const, needleCount: multi } : { kind: 'single' as const } }) as never;
  it('leaves numbers on markers with room and takes them off markers that would overlap', () => {
    const markers: screen.ScreenMarker[] = [
      { point: point('a'), sx: 100, sy: 100, number: 1 },
      { point: point('b'), sx: 110, sy: 100, number: 2 },
      { point: point('c'), sx: 200, sy: 100, number: 3 },
      { point: point('d', 18), sx: 200, sy: 140, number: 4 },
    ];
    screen.markCrowded(markers, screen.LABELLED.radius);
    expect(markers.map((m) => m.compact)).toEqual([true, true, false, false]);
    markers[3]!.sy = 120; // an 18-needle footprint reaches further than a single marker
    screen.markCrowded(markers, screen.LABELLED.radius);
    expect(markers.map((m) => m.compact)).toEqual([true, true, true, true]);
  });
});

describe('numbers on markers', () => {
  it('writes a number on a 32G ring only inside its hole, clear of the ring, and moves longer ones aside', () => {
    const hole = screen.RING_LABELLED.radius * screen.RING_LABELLED.hole - 0.75;
    for (const digits of [1, 2]) {
      expect(screen.numberFitsOn('ring', digits)).toBe(true);
      const size = screen.insideFontPx(digits);
      // The digits' box (0.62 em wide each, cap height 0.72 em) within the hole.
      expect(Math.hypot((digits * size * 0.62) / 2, (size * 0.72) / 2)).toBeLessThan(hole);
    }
    expect(screen.numberFitsOn('ring', 3)).toBe(false);
    expect(screen.numberFitsOn('circle', 3)).toBe(false);
  });

  it('never writes a number smaller than the readable minimum', () => {
    for (const digits of [1, 2, 3]) expect(screen.insideFontPx(digits)).toBeGreaterThanOrEqual(screen.NUMBER_MIN_PX);
    expect(screen.PLATE_FONT_PX).toBeGreaterThanOrEqual(screen.NUMBER_MIN_PX);
    expect(screen.CROWDED_RADIUS).toBeGreaterThan(screen.DENSE.radius);
  });
});

describe('the multi-injector footprint', () => {
  it('contrasts with the artwork fill, its lines and the stage (≥ 3:1, WCAG non-text contrast)', () => {
    for (const [name, ratio] of Object.entries(screen.footprintContrasts())) expect([name, ratio >= 3]).toEqual([name, true]);
  });
});
