import { describe, expect, it } from 'vitest';
import type { OutcomeEntry } from '../../../shared/outcomeMeasures.ts';
import { addableMeasures, entryOf, parseMeasureNumber, shownMeasures, withEntry, withoutEntry } from '../../../renderer/sessions/outcomeEdit.ts';

const girth = (site: string, cm: number): OutcomeEntry => ({ measure: 'girth', site, cm });

describe('editing a session’s outcome measures', () => {
  it('replaces the entry of the same measure where it stands, and adds a new one last', () => {
    const start: OutcomeEntry[] = [{ measure: 'satisfaction', score: 5 }, girth('Waist', 75)];
    expect(withEntry(start, { measure: 'satisfaction', score: 7 })).toEqual([{ measure: 'satisfaction', score: 7 }, girth('Waist', 75)]);
    expect(withEntry(start, girth('Left thigh', 60))).toEqual([...start, girth('Left thigh', 60)]);
  });

  it('tells sites apart, whatever their case', () => {
    const start = [girth('Left thigh', 60), girth('Waist', 75)];
    expect(withEntry(start, girth('left thigh', 59))).toEqual([girth('left thigh', 59), girth('Waist', 75)]);
    expect(withoutEntry(start, 'girth', 'WAIST')).toEqual([girth('Left thigh', 60)]);
    expect(entryOf(start, 'girth', 'waist')).toEqual(girth('Waist', 75));
    expect(entryOf(start, 'satisfaction')).toBeUndefined();
  });

  it('shows the indication’s measures (VAS aside), then those added or already recorded', () => {
    expect(shownMeasures('cellulite', [], [])).toEqual(['cellulite-grade', 'cellulite-severity', 'girth', 'satisfaction']);
    expect(shownMeasures('pain', [girth('Knee', 40)], ['ludwig'])).toEqual(['satisfaction', 'ludwig', 'girth']);
    expect(addableMeasures(shownMeasures('pain', [], []))).toEqual(['cellulite-grade', 'cellulite-severity', 'norwood', 'ludwig', 'hair-count', 'girth']);
  });

  it('reads a decimal comma or point, and nothing else, as a number', () => {
    expect(parseMeasureNumber('58,5')).toBe(58.5);
    expect(parseMeasureNumber(' 58.5 ')).toBe(58.5);
    expect(parseMeasureNumber('')).toBeNull();
    expect(parseMeasureNumber('58 cm')).toBeNull();
  });
});
