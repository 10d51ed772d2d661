import { describe, expect, it } from 'vitest';
import { ageOn, clockNow, formatAge, formatDate, plural } from '../../renderer/format.ts';

describe('formatDate', () => {
  it('writes the month as a word, so that no reader confuses day and month', () => {
    expect(formatDate('2025-03-07')).toBe('7 Mar 2025');
    expect(formatDate('1984-12-31')).toBe('31 Dec 1984');
  });
  it('shows a dash for nothing and leaves unreadable text as it is', () => {
    expect(formatDate(null)).toBe('—');
    expect(formatDate('')).toBe('—');
    expect(formatDate('07/03/2025')).toBe('07/03/2025');
    expect(formatDate('2025-13-01')).toBe('2025-13-01');
  });
});

describe('ageOn', () => {
  it('counts whole years, the birthday itself included', () => {
    expect(ageOn('1984-05-12', '2025-05-11')).toBe(40);
    expect(ageOn('1984-05-12', '2025-05-12')).toBe(41);
    expect(ageOn('1984-05-12', '2025-12-01')).toBe(41);
  });
  it('handles a birth on 29 February', () => {
    expect(ageOn('2000-02-29', '2021-02-28')).toBe(20);
    expect(ageOn('2000-02-29', '2021-03-01')).toBe(21);
    expect(ageOn('2000-02-29', '2024-02-29')).toBe(24);
  });
  it('refuses a birth after the day, and unreadable dates', () => {
    expect(ageOn('2030-01-01', '2025-01-01')).toBeNull();
    expect(ageOn('not a date', '2025-01-01')).toBeNull();
  });
});

describe('formatAge', () => {
  it('writes years from two years on, months before', () => {
    expect(formatAge('1984-05-12', '2025-05-12')).toBe('41 y');
    expect(formatAge('2024-01-15', '2024-09-14')).toBe('7 mo');
    expect(formatAge('2024-01-15', '2024-09-15')).toBe('8 mo');
    expect(formatAge('2023-01-15', '2025-01-14')).toBe('23 mo');
    expect(formatAge('2023-01-15', '2025-01-15')).toBe('2 y');
    expect(formatAge('', '2025-01-15')).toBe('—');
  });
});

describe('clockNow and plural', () => {
  it('pads the time', () => {
    expect(clockNow(new Date(2025, 0, 1, 7, 5))).toBe('07:05');
  });
  it('says point or points', () => {
    expect(plural(1, 'point')).toBe('1 point');
    expect(plural(0, 'point')).toBe('0 points');
  });
});
