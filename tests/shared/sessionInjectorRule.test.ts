import { describe, expect, it } from 'vitest';
import { injectorForNewPoints } from '../../shared/needles.ts';
import { sessionAmendSchema, sessionFieldRulesSchema, sessionFieldsSchema, sessionSaveSchema } from '../../shared/session.ts';
import { copyForNextSession } from '../../shared/sessionCopy.ts';
import { counter, signedSession } from './sessionFixtures.ts';

const id = 'a1c3b9e2-0000-4000-8000-000000000001';
const multi = (needleCount: number) => ({ kind: 'multi' as const, needleCount });

describe('a session’s default injector follows the 3–18 rule of points', () => {
  it('a save or an amendment setting a multi-injector of 1 or 2 needles is refused at the injector', () => {
    for (const n of [1, 2, 19]) {
      const saved = sessionSaveSchema.safeParse({ id, fields: { injector: multi(n) } });
      expect(saved.success).toBe(false);
      expect(saved.error?.issues[0]?.path).toEqual(['fields', 'injector', 'needleCount']);
      expect(sessionAmendSchema.safeParse({ id, reason: 'Wrong plate', fields: { injector: multi(n) } }).success).toBe(false);
    }
    for (const n of [3, 18]) expect(sessionSaveSchema.safeParse({ id, fields: { injector: multi(n) } }).success).toBe(true);
    expect(sessionFieldRulesSchema.shape.injector.safeParse({ kind: 'single' }).success).toBe(true);
  });

  it('an earlier session holding 1 or 2 needles stays readable', () => {
    expect(sessionFieldsSchema.shape.injector.safeParse(multi(2)).success).toBe(true);
    expect(sessionFieldsSchema.shape.injector.safeParse(multi(1)).success).toBe(true);
  });

  it('as a default for new points, an earlier 1 or 2 needles gives way to the single needle', () => {
    expect(injectorForNewPoints(multi(2))).toEqual({ kind: 'single' });
    expect(injectorForNewPoints(multi(1))).toEqual({ kind: 'single' });
    expect(injectorForNewPoints(multi(5))).toEqual(multi(5));
    expect(injectorForNewPoints({ kind: 'single' })).toEqual({ kind: 'single' });
  });

  it('a session started from an earlier one with 2 needles starts with the single needle; 3 to 18 are kept', () => {
    expect(copyForNextSession(signedSession({ injector: multi(2) }), counter('n')).injector).toEqual({ kind: 'single' });
    expect(copyForNextSession(signedSession({ injector: multi(3) }), counter('n')).injector).toEqual(multi(3));
  });
});
