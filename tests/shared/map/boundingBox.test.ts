import { describe, expect, it } from 'vitest';
import { boundingBox } from '../../../shared/map/boundingBox.ts';

describe('boundingBox', () => {
  it('holds every position, whatever their order', () => {
    expect(boundingBox([{ x: 5, y: -2 }, { x: -1, y: 7 }, { x: 3, y: 3 }])).toEqual({ minX: -1, minY: -2, maxX: 5, maxY: 7 });
  });

  it('is a point for one position and null for none', () => {
    expect(boundingBox([{ x: 2, y: 4 }])).toEqual({ minX: 2, minY: 4, maxX: 2, maxY: 4 });
    expect(boundingBox([])).toBeNull();
  });
});
