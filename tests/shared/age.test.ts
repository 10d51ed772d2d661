import { describe, expect, it } from 'vitest';
import { isUnder18On } from '../../shared/age.ts';
import { sessionScreeningItems, type SessionScreening } from '../../shared/sessionScreening.ts';
import { emptyScreening } from '../../shared/contraindications.ts';

describe('age under 18, computed (never asked)', () => {
  it('counts whole years from the date of birth to the day, with the formatter\'s date parsing', () => {
    expect(isUnder18On('2007-06-15', '2025-06-14')).toBe(true);
    expect(isUnder18On('2007-06-15', '2025-06-15')).toBe(false);
    // Born on 29 February: 18 on 1 March of a common year.
    expect(isUnder18On('2008-02-29', '2026-02-28')).toBe(true);
    expect(isUnder18On('2008-02-29', '2026-03-01')).toBe(false);
  });

  it('does not call a minor a patient whose age cannot be worked out (a day that does not exist)', () => {
    expect(isUnder18On('2010-02-30', '2025-01-01')).toBe(false);
    expect(isUnder18On('2010-01-01', '2025-13-01')).toBe(false);
  });

  it("joins the session's positive items, after the copy's answers", () => {
    const s = emptyScreening('2025-01-02');
    s.answers.herpes = { present: true, note: 'cold sore last month' };
    const copy: SessionScreening = { screening: s, medication: '', confirmedAt: '2025-01-02T09:00:00.000Z', confirmedBy: 'Dr X', updated: false };
    expect(sessionScreeningItems(copy, '2009-01-01', '2025-01-02')).toEqual(['herpes', 'under18']);
    expect(sessionScreeningItems(copy, '1990-01-01', '2025-01-02')).toEqual(['herpes']);
    expect(sessionScreeningItems(null, '2009-01-01', '2025-01-02')).toEqual(['under18']);
  });
});
