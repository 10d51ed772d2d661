import { describe, expect, it } from 'vitest';
import { colourByLayer, DEPTH_COLOURS, depthColour, depthLegend } from '../../shared/markerPalette.ts';

describe('marker colours follow the depth scale in use', () => {
  it('within the default 4–6 mm, the five colours spread over the range', () => {
    const range = { min: 4, max: 6 };
    expect(colourByLayer(range)).toBe(false);
    expect(depthColour(4, range)).toBe(DEPTH_COLOURS[0]);
    expect(depthColour(5, range)).toBe(DEPTH_COLOURS[2]);
    expect(depthColour(6, range)).toBe(DEPTH_COLOURS[4]);
  });

  it('with the full scale, a colour is a skin layer: epidermis, superficial and deep dermis, hypodermis, deep hypodermis', () => {
    const range = { min: 0.5, max: 13 };
    expect(colourByLayer(range)).toBe(true);
    expect([0.5, 1, 2, 2.5, 3.5, 4, 6, 6.5, 13].map((d) => DEPTH_COLOURS.indexOf(depthColour(d, range) as (typeof DEPTH_COLOURS)[number]))).toEqual([0, 1, 1, 2, 2, 3, 3, 4, 4]);
    expect(depthLegend(range).map((e) => [e.layer, e.depthMm])).toEqual([
      ['epidermis', 0.5],
      ['superficial-dermis', 2],
      ['deep-dermis', 3.5],
      ['hypodermis', 6],
      ['deep-hypodermis', 13],
    ]);
  });

  it('a range opened into the dermis lists only the layers it reaches', () => {
    expect(depthLegend({ min: 1, max: 4 }).map((e) => e.layer)).toEqual(['superficial-dermis', 'deep-dermis', 'hypodermis']);
    // The same depth has the same colour in every session charted on that scale.
    expect(depthColour(3, { min: 1, max: 4 })).toBe(depthColour(3, { min: 0.5, max: 13 }));
  });
});
