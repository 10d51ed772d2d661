import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { MapViewId } from '../../shared/mapViews.ts';
import { protocolInputSchema, protocolNameKey, protocolPointsFrom, stampProtocol, type Protocol, type RegionLookup } from '../../shared/protocols.ts';
import { chartPoint, counter } from './sessionFixtures.ts';

/** A stand-in for regions.ts: the left half of every view is "left", the right half "right". */
const halves: RegionLookup = (_view, x) => (x < 1000 ? { id: 'left', label: 'Left' } : { id: 'right', label: 'Right' });
const nowhere: RegionLookup = () => null;

/** A 2 × 2 grid of points 40 apart around (500, 900), on the face view. */
const square = [
  chartPoint('a', { view: 'face', x: 480, y: 880, depthMm: 4, productIndex: 1, region: 'cheek-left' }),
  chartPoint('b', { view: 'face', x: 520, y: 880, depthMm: 5, needle: '32G-4mm', technique: 'nappage', volumeMl: 0.05 }),
  chartPoint('c', { view: 'face', x: 480, y: 920, injector: { kind: 'multi', needleCount: 9 }, note: 'slowly' }),
  chartPoint('d', { view: 'face', x: 520, y: 920 }),
];

function protocolOf(points = square, view: MapViewId = 'face'): Pick<Protocol, 'view' | 'points'> {
  return { view, points: protocolPointsFrom(points) };
}

describe('saving a selection as a protocol', () => {
  it('keeps each point relative to the centroid, with what is injected but no region or product', () => {
    expect(protocolPointsFrom(square)).toEqual([
      { dx: -20, dy: -20, depthMm: 4, needle: '30G-4mm', injector: { kind: 'single' }, technique: 'point', volumeMl: null, note: '' },
      { dx: 20, dy: -20, depthMm: 5, needle: '32G-4mm', injector: { kind: 'single' }, technique: 'nappage', volumeMl: 0.05, note: '' },
      { dx: -20, dy: 20, depthMm: 4, needle: '30G-4mm', injector: { kind: 'multi', needleCount: 9 }, technique: 'point', volumeMl: null, note: 'slowly' },
      { dx: 20, dy: 20, depthMm: 4, needle: '30G-4mm', injector: { kind: 'single' }, technique: 'point', volumeMl: null, note: '' },
    ]);
  });

  it('treats names that differ only in case or spacing as the same name', () => {
    expect(protocolNameKey('  Knee,   Anterior ')).toBe(protocolNameKey('knee, anterior'));
    expect(protocolNameKey('ÉPAULE')).toBe(protocolNameKey('épaule'));
    expect(protocolNameKey('Knee, anterior')).not.toBe(protocolNameKey('Knee, posterior'));
  });

  it('refuses a selection with a point of another view, naming the point', () => {
    const input = { name: 'Cheeks', view: 'face', points: [square[0], { ...square[1], view: 'scalp' }].map((p) => ({ ...p, id: crypto.randomUUID() })) };
    const result = protocolInputSchema.safeParse(input);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]).toMatchObject({ path: ['points', 1, 'view'], params: { reason: 'not-protocol-view', view: 'face' } });
  });

  it('refuses an empty selection', () => {
    expect(protocolInputSchema.safeParse({ name: 'Nothing', view: 'face', points: [] }).error?.issues[0]?.path).toEqual(['points']);
  });
});

describe('stamping a protocol', () => {
  it('places the centroid where the practitioner clicked, keeping the shape', () => {
    const stamped = stampProtocol(protocolOf(), { x: 1200, y: 300 }, counter('s'), halves);
    expect(stamped.map((p) => [p.x, p.y])).toEqual([[1180, 280], [1220, 280], [1180, 320], [1220, 320]]);
  });

  it('gives every stamped point a new id, the protocol view, no product, and what the protocol says to inject', () => {
    const stamped = stampProtocol(protocolOf(), { x: 1200, y: 300 }, counter('s'), halves);
    expect(stamped.map((p) => p.id)).toEqual(['s1', 's2', 's3', 's4']);
    expect(stamped[1]).toEqual({ id: 's2', view: 'face', x: 1220, y: 280, region: 'right', depthMm: 5, needle: '32G-4mm', injector: { kind: 'single' }, technique: 'nappage', productIndex: null, volumeMl: 0.05, note: '' });
    expect(stamped[2]).toMatchObject({ injector: { kind: 'multi', needleCount: 9 }, note: 'slowly', productIndex: null });
  });

  it("looks up each point's region where it lands, and leaves it empty off every region", () => {
    const lookups: [MapViewId, number, number][] = [];
    const spy: RegionLookup = (view, x, y) => {
      lookups.push([view, x, y]);
      return halves(view, x, y);
    };
    const stamped = stampProtocol(protocolOf(), { x: 1000, y: 500 }, counter('s'), spy);
    expect(stamped.map((p) => p.region)).toEqual(['left', 'right', 'left', 'right']);
    expect(lookups).toEqual(stamped.map((p) => [p.view, p.x, p.y]));
    expect(stampProtocol(protocolOf(), { x: 1000, y: 500 }, counter('s'), nowhere).map((p) => p.region)).toEqual(['', '', '', '']);
  });

  it('shifts the whole pattern inwards near the edge of the map, keeping every point and its shape', () => {
    const stamped = stampProtocol(protocolOf(), { x: 1990, y: 5 }, counter('s'), halves);
    expect(stamped.map((p) => [p.x, p.y])).toEqual([[1960, 0], [2000, 0], [1960, 40], [2000, 40]]);
  });

  it('treats a click outside the map like a click on its edge', () => {
    const stamped = stampProtocol(protocolOf(), { x: -300, y: 2500 }, counter('s'), halves);
    expect(stamped.map((p) => [p.x, p.y])).toEqual([[0, 1960], [40, 1960], [0, 2000], [40, 2000]]);
  });

  it('gives back the saved points when stamped at their own centroid', () => {
    const stamped = stampProtocol(protocolOf(), { x: 500, y: 900 }, counter('s'), nowhere);
    expect(stamped.map((p) => [p.x, p.y])).toEqual(square.map((p) => [p.x, p.y]));
  });

  it('keeps every point on the map and the pattern intact, wherever it is stamped', () => {
    const coordinate = fc.double({ min: 0, max: 2000, noNaN: true });
    const click = fc.double({ min: -500, max: 2500, noNaN: true });
    fc.assert(
      fc.property(fc.array(fc.tuple(coordinate, coordinate), { minLength: 1, maxLength: 30 }), click, click, (positions, x, y) => {
        const points = positions.map(([px, py], i) => chartPoint(`p${i}`, { x: px, y: py }));
        const stamped = stampProtocol(protocolOf(points, 'body-front'), { x, y }, counter('s'), nowhere);
        expect(stamped).toHaveLength(points.length);
        for (const p of stamped) {
          expect(p.x).toBeGreaterThanOrEqual(0);
          expect(p.x).toBeLessThanOrEqual(2000);
          expect(p.y).toBeGreaterThanOrEqual(0);
          expect(p.y).toBeLessThanOrEqual(2000);
        }
        // The same translation for every point: offsets between points are those of the selection.
        const shiftX = stamped[0]!.x - points[0]!.x;
        const shiftY = stamped[0]!.y - points[0]!.y;
        stamped.forEach((p, i) => {
          expect(p.x - points[i]!.x).toBeCloseTo(shiftX, 6);
          expect(p.y - points[i]!.y).toBeCloseTo(shiftY, 6);
        });
      }),
      { numRuns: 300 },
    );
  });

  it('stamps nothing from a protocol without points', () => {
    expect(stampProtocol({ view: 'face', points: [] }, { x: 1, y: 1 }, counter('s'), halves)).toEqual([]);
  });
});
