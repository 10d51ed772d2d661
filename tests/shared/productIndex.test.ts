import { describe, expect, it } from 'vitest';
import { productIndexProblem } from '../../shared/point.ts';

describe("a point's product", () => {
  it('may name any product of the cocktail, or none', () => {
    expect(productIndexProblem([{ productIndex: 0 }, { productIndex: null }, { productIndex: 2 }], 3)).toBeNull();
    expect(productIndexProblem([], 0)).toBeNull();
  });

  it('is refused past the end of the cocktail, naming the first point at fault', () => {
    expect(productIndexProblem([{ productIndex: 0 }, { productIndex: 2 }, { productIndex: 5 }], 2)).toEqual({
      field: 'points.1.productIndex',
      reason: 'no-such-product',
      params: { products: 2 },
    });
    expect(productIndexProblem([{ productIndex: 0 }], 0)).toEqual({ field: 'points.0.productIndex', reason: 'no-such-product', params: { products: 0 } });
  });
});
