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
    expect(screen.numbersByView).toBe(palette.numbersByView);
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
