import { describe, expect, it } from 'vitest';
import { parseDecimal } from '../../../shared/format/parseDecimal.ts';

describe('a decimal number as typed', () => {
  it('reads a comma as the decimal separator: "5,5" is 5.5, never 55', () => {
    expect(parseDecimal('5,5')).toBe(5.5);
    expect(parseDecimal('5.5')).toBe(5.5);
    expect(parseDecimal(' 0,25 ')).toBe(0.25);
    expect(parseDecimal(',5')).toBe(0.5);
    expect(parseDecimal('4,')).toBe(4);
    expect(parseDecimal('4')).toBe(4);
  });

  it('answers null for an empty field and refuses anything else, thousands grouping included', () => {
    expect(parseDecimal('  ')).toBeNull();
    for (const text of ['5,5,5', '1.234,5', '1 000', '5 mm', 'abc', '5..5', '-']) expect(parseDecimal(text)).toBe('invalid');
  });
});
