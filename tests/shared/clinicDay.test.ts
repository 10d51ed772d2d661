import { describe, expect, it } from 'vitest';
import { clinicToday, isAfterToday, sessionInFutureError } from '../../shared/clinicDay.ts';
import { createFormatter } from '../../shared/format/formatter.ts';

describe('today in the clinic', () => {
  const instant = new Date('2026-11-27T23:30:00Z');

  it('is the calendar day in the clinic’s time zone, not the computer’s', () => {
    expect(clinicToday(createFormatter('en', 'America/Sao_Paulo'), instant)).toBe('2026-11-27');
    expect(clinicToday(createFormatter('fr', 'Europe/Paris'), instant)).toBe('2026-11-28');
    expect(clinicToday(createFormatter('pt-BR', 'Pacific/Auckland'), instant)).toBe('2026-11-28');
  });

  it('puts a session of tomorrow after today, and one of today not', () => {
    expect(isAfterToday('2026-11-28', '2026-11-27')).toBe(true);
    expect(isAfterToday('2026-11-27', '2026-11-27')).toBe(false);
    expect(isAfterToday('2025-12-31', '2026-01-01')).toBe(false);
  });

  it('refuses signing as data naming the date', () => {
    expect(sessionInFutureError('2026-11-28', '2026-11-27').toPayload()).toEqual({ code: 'conflict', field: 'date', reason: 'session-in-future', params: { date: '2026-11-28', today: '2026-11-27' } });
  });
});
