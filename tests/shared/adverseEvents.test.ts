import { describe, expect, it } from 'vitest';
import {
  adverseEventChanges,
  adverseEventFieldsFor,
  adverseEventFieldsSchema,
  daysToOnset,
  isFollowUpDue,
  isOpenAdverseEvent,
  nationalAgency,
  normalisedReport,
} from '../../shared/adverseEvents.ts';
import { invalidInput } from '../../shared/errors.ts';

const session = { date: '2025-03-10', pointIds: ['6f1c1e0e-3a1b-4c55-9d7e-0a7b2b9c1d01', '6f1c1e0e-3a1b-4c55-9d7e-0a7b2b9c1d02'] };
const base = { type: 'haematoma', onsetDate: '2025-03-11', severity: 'mild', outcome: 'ongoing' } as const;

/** The first problem of a check, as the boundary words it: field, reason and params. */
function problemOf(input: Record<string, unknown>) {
  const parsed = adverseEventFieldsFor(session).safeParse(input);
  if (parsed.success) return null;
  return invalidInput(parsed.error, input).toPayload();
}

describe('adverse event fields, checked against their session', () => {
  it('accepts an event on the session day or later, with the defaults filled in', () => {
    const parsed = adverseEventFieldsFor(session).parse({ ...base, onsetDate: '2025-03-10' });
    expect(parsed).toMatchObject({ pointIds: [], description: '', followUpDate: null, reportedToAgency: false, reportedOn: null, reportReference: '', note: '' });
  });

  it('refuses an onset before the session, naming the onset', () => {
    expect(problemOf({ ...base, onsetDate: '2025-03-09' })).toEqual({ code: 'invalid-input', field: 'onsetDate', reason: 'before-session', params: {} });
  });

  it("refuses a point that is not one of the session's, naming its place in the list", () => {
    const stranger = '6f1c1e0e-3a1b-4c55-9d7e-0a7b2b9c1dff';
    expect(problemOf({ ...base, pointIds: [session.pointIds[1], stranger] })).toMatchObject({ field: 'pointIds.1', reason: 'not-in-session' });
    expect(problemOf({ ...base, pointIds: [...session.pointIds] })).toBeNull();
  });

  it("asks 'other' to be described", () => {
    expect(problemOf({ ...base, type: 'other' })).toMatchObject({ field: 'description', reason: 'required' });
    expect(problemOf({ ...base, type: 'other', description: 'Burning for two days' })).toBeNull();
  });

  it('asks a report for its date, and no follow-up or report before the onset', () => {
    expect(problemOf({ ...base, reportedToAgency: true })).toMatchObject({ field: 'reportedOn', reason: 'required' });
    expect(problemOf({ ...base, reportedToAgency: true, reportedOn: '2025-03-10' })).toMatchObject({ field: 'reportedOn', reason: 'before-onset' });
    expect(problemOf({ ...base, followUpDate: '2025-03-10' })).toMatchObject({ field: 'followUpDate', reason: 'before-onset' });
    expect(problemOf({ ...base, reportedToAgency: true, reportedOn: '2025-03-12', reportReference: 'FR-2025-0042', followUpDate: '2025-03-18' })).toBeNull();
  });

  it('refuses a type, severity or outcome that is not in the lists', () => {
    expect(problemOf({ ...base, type: 'sunburn' })).toMatchObject({ field: 'type', reason: 'invalid_value' });
    expect(problemOf({ ...base, severity: 'grade 3' })).toMatchObject({ field: 'severity', reason: 'invalid_value' });
    expect(problemOf({ ...base, outcome: 'fatal' })).toMatchObject({ field: 'outcome', reason: 'invalid_value' });
  });
});

describe('adverse event follow-up', () => {
  const event = (outcome: 'ongoing' | 'resolved' | 'unknown', followUpDate: string | null) => ({ outcome, followUpDate });

  it('is open while the outcome is ongoing', () => {
    expect(isOpenAdverseEvent({ outcome: 'ongoing' })).toBe(true);
    expect(isOpenAdverseEvent({ outcome: 'resolved-with-sequelae' })).toBe(false);
  });

  it('is due on and after its date, unless the event resolved', () => {
    expect(isFollowUpDue(event('ongoing', '2025-03-17'), '2025-03-16')).toBe(false);
    expect(isFollowUpDue(event('ongoing', '2025-03-17'), '2025-03-17')).toBe(true);
    expect(isFollowUpDue(event('unknown', '2025-03-17'), '2025-04-01')).toBe(true);
    expect(isFollowUpDue(event('resolved', '2025-03-17'), '2025-04-01')).toBe(false);
    expect(isFollowUpDue(event('ongoing', null), '2025-04-01')).toBe(false);
  });

  it('keeps what a follow-up changed, from and to, and nothing else', () => {
    const before = adverseEventFieldsSchema.parse(base);
    const after = { ...before, outcome: 'resolved' as const, followUpDate: null };
    expect(adverseEventChanges(before, after)).toEqual({ outcome: { from: 'ongoing', to: 'resolved' } });
    expect(adverseEventChanges(before, before)).toEqual({});
  });

  it('drops the report date and reference of an event not reported', () => {
    const fields = adverseEventFieldsSchema.parse({ ...base, reportedOn: '2025-03-12', reportReference: 'X' });
    expect(normalisedReport(fields)).toMatchObject({ reportedToAgency: false, reportedOn: null, reportReference: '' });
  });

  it('counts the days from the session to the onset', () => {
    expect(daysToOnset('2025-03-10', '2025-03-10')).toBe(0);
    expect(daysToOnset('2025-03-10', '2025-03-17')).toBe(7);
    // Across the change to summer time: whole days still.
    expect(daysToOnset('2025-03-28', '2025-04-02')).toBe(5);
  });

  it("names the agency of the clinic's country, and none where it is not known", () => {
    expect(nationalAgency('FR')).toBe('ANSM');
    expect(nationalAgency('BR')).toBe('ANVISA (Notivisa)');
    expect(nationalAgency('DE')).toBeNull();
    expect(nationalAgency(null)).toBeNull();
  });
});
