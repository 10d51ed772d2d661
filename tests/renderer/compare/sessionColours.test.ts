import { describe, expect, it } from 'vitest';
import { assignSessionColours, contrastRatio, paletteColour, SESSION_PALETTE, textOn } from '../../../renderer/compare/sessionColours.ts';

describe('session colours', () => {
  it('gives each of the first twelve sessions its own colour, in order', () => {
    const sessions = Array.from({ length: 12 }, (_, i) => ({ id: `s${i}`, numberInCourse: i + 1 }));
    const colours = assignSessionColours(sessions);
    expect(new Set(colours.map((c) => c.fill)).size).toBe(12);
    expect(colours.map((c) => c.label)).toEqual(sessions.map((s) => `S${s.numberInCourse}`));
    expect(colours[0]?.fill).toBe(SESSION_PALETTE[0]);
  });

  it('comes round again past the palette, the label still telling sessions apart', () => {
    const sessions = Array.from({ length: 15 }, (_, i) => ({ id: `s${i}`, numberInCourse: i + 1 }));
    const colours = assignSessionColours(sessions);
    expect(colours[12]?.fill).toBe(colours[0]?.fill);
    expect(new Set(colours.map((c) => c.label)).size).toBe(15);
    expect(paletteColour(-1)).toBe(SESSION_PALETTE[SESSION_PALETTE.length - 1]);
  });

  it('labels sessions outside a course by their place', () => {
    expect(assignSessionColours([{ id: 'a', numberInCourse: null }, { id: 'b', numberInCourse: null }]).map((c) => c.label)).toEqual(['S1', 'S2']);
  });

  it('writes numbers in a colour that reads on every fill (at least 4.5:1 or the better of dark and white)', () => {
    for (const fill of SESSION_PALETTE) {
      const ratio = contrastRatio(fill, textOn(fill));
      expect(ratio).toBeGreaterThanOrEqual(4.5);
    }
  });

  it('distinct colours are not too close to each other', () => {
    // A crude check: no two palette colours within a small RGB distance.
    const rgb = (h: string) => [1, 3, 5].map((i) => Number.parseInt(h.slice(i, i + 2), 16));
    for (let i = 0; i < SESSION_PALETTE.length; i += 1)
      for (let j = i + 1; j < SESSION_PALETTE.length; j += 1) {
        const [a, b] = [rgb(SESSION_PALETTE[i]!), rgb(SESSION_PALETTE[j]!)];
        const d = Math.hypot(a[0]! - b[0]!, a[1]! - b[1]!, a[2]! - b[2]!);
        expect(d).toBeGreaterThan(60);
      }
  });
});
