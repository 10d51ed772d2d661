import { describe, expect, it } from 'vitest';
import { emptyScreening } from '../../shared/contraindications.ts';
import { screeningChangedSince, type SessionScreening } from '../../shared/sessionScreening.ts';

const screened = emptyScreening('2026-11-02');
const copy = (over: Partial<SessionScreening> = {}): SessionScreening => ({ screening: screened, medication: 'Levothyroxine', confirmedAt: '2026-11-20T09:00:00.000Z', confirmedBy: 'Dr Test', updated: false, ...over });
const pregnant = { ...screened, answers: { ...screened.answers, pregnancy: { present: true, note: 'noted by phone' } } };

describe('screeningChangedSince: the patient’s file against a draft’s copy', () => {
  it('says nothing while the file is as the copy took it, whatever the keys’ order or spacing', () => {
    const reordered = { screenedOn: screened.screenedOn, answers: Object.fromEntries(Object.entries(screened.answers).reverse()) } as typeof screened;
    expect(screeningChangedSince(copy(), { screening: reordered, medication: ' Levothyroxine ' })).toBe(false);
  });

  it('tells of an answer, a screening date or the medication changed since', () => {
    expect(screeningChangedSince(copy(), { screening: pregnant, medication: 'Levothyroxine' })).toBe(true);
    expect(screeningChangedSince(copy(), { screening: { ...screened, screenedOn: '2026-11-25' }, medication: 'Levothyroxine' })).toBe(true);
    expect(screeningChangedSince(copy(), { screening: screened, medication: 'Levothyroxine, apixaban' })).toBe(true);
  });

  it('tells of a first screening recorded after a session that started without one', () => {
    expect(screeningChangedSince(copy({ screening: null }), { screening: screened, medication: 'Levothyroxine' })).toBe(true);
    expect(screeningChangedSince(copy({ screening: null }), { screening: null, medication: 'Levothyroxine' })).toBe(false);
  });

  it('says nothing for a session older than the copies', () => {
    expect(screeningChangedSince(null, { screening: pregnant, medication: 'x' })).toBe(false);
  });
});
