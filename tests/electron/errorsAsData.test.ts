import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ApiError, invalidInput, isApiErrorPayload, lockedOut, notFound } from '../../shared/errors.ts';
import { z } from 'zod';

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : path.endsWith('.ts') ? [path] : [];
  });
}

describe('errors cross the boundary as data, never as English sentences', () => {
  it('a payload is code, field, reason and params, and nothing else', () => {
    for (const error of [lockedOut(), notFound('patient', 'p1'), invalidInput(z.object({ a: z.string() }).safeParse({}).error!, {})]) {
      const payload = error.toPayload();
      expect(Object.keys(payload).sort()).toEqual(['code', 'field', 'params', 'reason']);
      expect(isApiErrorPayload(JSON.parse(JSON.stringify(payload)))).toBe(true);
    }
    expect(notFound('session', 's1', 'sessionId').toPayload()).toEqual({ code: 'not-found', field: 'sessionId', reason: 'no-such-record', params: { record: 'session', id: 's1' } });
  });

  it('no ApiError in electron/ or shared/ is made from a message, and the schemas carry no English for the screen', () => {
    const sources = [...files('electron'), ...files('shared')].filter((f) => !f.includes('/i18n/locales/'));
    const offenders = sources.filter((f) => /new ApiError\(\{[^}]*\bmessage:/.test(readFileSync(f, 'utf8')));
    expect(offenders).toEqual([]);
    const schemaEnglish = files('shared').filter((f) => /\{\s*error:\s*['"`]|addIssue\(\{[^}]*\bmessage:/.test(readFileSync(f, 'utf8')));
    expect(schemaEnglish).toEqual([]);
  });

  it('keeps an English message for the logs only', () => {
    const error = new ApiError({ code: 'storage', reason: 'disk-full' }, { log: 'SQLite: database or disk is full' });
    expect(error.message).toBe('SQLite: database or disk is full');
    expect(error.toPayload()).not.toHaveProperty('message');
  });
});
