import { describe, expect, it } from 'vitest';
import { fileNameOf, formatBytes, ourExport, progressOf } from '../../../renderer/records/exportProgress.ts';
import { createFormatter } from '../../../shared/format/formatter.ts';
import { createTranslator } from '../../../shared/i18n/translator.ts';

const en = { t: (await createTranslator('en')).t, format: createFormatter('en', 'UTC') };
const fr = { t: (await createTranslator('fr')).t, format: createFormatter('fr', 'UTC') };

const entry = (over: object) => ({ id: 'e', kind: 'course' as const, sessionsDone: 0, sessionsTotal: 10, pages: 0, startedAt: '2025-03-01T10:00:00.000Z', ...over });

describe('record export progress', () => {
  it('names the saved file', () => {
    expect(fileNameOf('/home/dr/Records/DUPONT-Marie-course.pdf')).toBe('DUPONT-Marie-course.pdf');
    expect(fileNameOf('C:\\Users\\dr\\x.pdf')).toBe('x.pdf');
  });
  it('sizes files', () => {
    expect(formatBytes(en, 900)).toBe('900 B');
    expect(formatBytes(en, 348_160)).toBe('340 KB');
    expect(formatBytes(en, 1_300_000)).toBe('1.2 MB');
    expect(formatBytes(fr, 1_300_000)).toBe('1,2 Mo');
  });
  it('finds our export among the running ones', () => {
    const since = Date.parse('2025-03-01T10:00:00.000Z');
    const running = [entry({ id: 'old', startedAt: '2025-03-01T09:00:00.000Z' }), entry({ id: 'mine' }), entry({ id: 'session', kind: 'session' })];
    expect(ourExport(running, 'course', since)?.id).toBe('mine');
    expect(ourExport(running, 'consent', since)).toBeNull();
  });
  it('turns progress into a percentage and words', () => {
    expect(progressOf(en, entry({ sessionsDone: 3, pages: 9 }))).toEqual({ percent: 30, text: 'Session 4 of 10 · 9 pages' });
    expect(progressOf(en, entry({ sessionsDone: 10, pages: 31 }))).toEqual({ percent: 100, text: 'Session 10 of 10 · 31 pages' });
    expect(progressOf(en, entry({ kind: 'session', sessionsTotal: 1, pages: 1 }))).toEqual({ percent: 0, text: 'Writing the record · 1 page' });
    expect(progressOf(en, entry({ kind: 'session', sessionsTotal: 1, pages: 0 }))).toEqual({ percent: 0, text: 'Writing the record' });
    expect(progressOf(fr, entry({ sessionsDone: 3, pages: 9 }))).toEqual({ percent: 30, text: 'Séance 4 sur 10 · 9 pages' });
  });
});
