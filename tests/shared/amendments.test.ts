import { describe, expect, it } from 'vitest';
import { amendmentChanges, applyAmendment, diffPoints, isEmptyAmendment, sameValue, sessionWithAmendments } from '../../shared/amendments.ts';
import type { Amendment, AmendmentChanges } from '../../shared/session.ts';
import { chartPoint, signedSession } from './sessionFixtures.ts';

function amendment(seq: number, changes: AmendmentChanges): Amendment {
  return { id: `amendment-${seq}`, seq, at: `2025-03-0${3 + seq}T09:00:00.000Z`, actor: 'Dr. Anna Kowalska', reason: `correction ${seq}`, changes };
}

describe('working out what an amendment changes', () => {
  it('records each changed field with its value before and after, and leaves out fields given unchanged', () => {
    const session = signedSession();
    const changes = amendmentChanges(session, { vasAfter: 2, notes: 'Tolerated well', sideEffects: ['wheals', 'ecchymosis'] });
    expect(changes).toEqual({
      fields: {
        sideEffects: { from: ['wheals'], to: ['wheals', 'ecchymosis'] },
        vasAfter: { from: 3, to: 2 },
      },
    });
  });

  it('tells added, removed and changed points apart by id', () => {
    const [p1, p2, p3] = signedSession().points;
    const moved = { ...p2!, x: 530, region: 'knee-left' };
    const added = chartPoint('p4', { x: 600 });
    expect(diffPoints([p1!, p2!, p3!], [added, moved, p1!])).toEqual({ added: [added], removed: ['p3'], changed: [{ from: p2, to: moved }] });
  });

  it('counts a chart that is only reordered, or a field given its current value, as no change', () => {
    const session = signedSession();
    const changes = amendmentChanges(session, { vasBefore: 7, products: session.products.map((p) => ({ ...p })) }, [...session.points].reverse());
    expect(changes).toEqual({});
    expect(isEmptyAmendment(changes)).toBe(true);
  });

  it('compares values regardless of key order', () => {
    expect(sameValue({ a: 1, b: [{ c: 2, d: null }] }, { b: [{ d: null, c: 2 }], a: 1 })).toBe(true);
    expect(sameValue({ kind: 'multi', needleCount: 5 }, { kind: 'multi', needleCount: 6 })).toBe(false);
    expect(sameValue([1, 2], [2, 1])).toBe(false);
    expect(sameValue(null, {})).toBe(false);
  });
});

describe('the corrected view of a session', () => {
  it('is the session itself while there is no amendment', () => {
    const session = signedSession();
    expect(sessionWithAmendments(session)).toEqual(session);
  });

  it('applies field corrections in order, each starting from what the previous one left', () => {
    const session = signedSession({
      amendments: [
        amendment(1, { fields: { vasAfter: { from: 3, to: 2 } } }),
        amendment(2, { fields: { vasAfter: { from: 2, to: 4 }, notes: { from: 'Tolerated well', to: 'Tolerated well; bruise at p2' } } }),
      ],
    });
    expect(sessionWithAmendments(session)).toMatchObject({ vasAfter: 4, notes: 'Tolerated well; bruise at p2', vasBefore: 7 });
  });

  it('keeps point numbers: a changed point stays where it was, a removed one goes, an added one comes last', () => {
    const session = signedSession();
    const [p1, , p3] = session.points;
    const deeper = { ...p1!, depthMm: 6 };
    const added = chartPoint('p4', { x: 700 });
    const corrected = applyAmendment(session, { points: { added: [added], removed: ['p2'], changed: [{ from: p1!, to: deeper }] } });
    expect(corrected.points).toEqual([deeper, p3, added]);
  });

  it('applies amendments by their sequence number, whatever order they are listed in', () => {
    const first = amendment(1, { fields: { time: { from: '10:00', to: '10:15' } } });
    const second = amendment(2, { fields: { time: { from: '10:15', to: '10:20' } } });
    expect(sessionWithAmendments(signedSession({ amendments: [second, first] })).time).toBe('10:20');
  });

  it('leaves the record as signed untouched, and keeps the amendments and signature alongside', () => {
    const session = signedSession();
    const signed = structuredClone(session);
    const withAmendments = {
      ...session,
      amendments: [amendment(1, { fields: { treatedAreas: { from: ['Left knee'], to: ['Left knee', 'Right knee'] } }, points: { added: [chartPoint('p9')], removed: ['p1'], changed: [] } })],
    };
    const corrected = sessionWithAmendments(withAmendments);
    expect(corrected).toMatchObject({ treatedAreas: ['Left knee', 'Right knee'], status: 'signed', signedAt: session.signedAt, amendments: withAmendments.amendments });
    expect(corrected.points.map((p) => p.id)).toEqual(['p2', 'p3', 'p9']);
    expect(session).toEqual(signed);
  });

  it('gives back the changes it was built from when its changes are applied', () => {
    const session = signedSession();
    const target = [chartPoint('p5'), { ...session.points[2]!, note: 'lateral' }, session.points[0]!];
    const changes = amendmentChanges(session, { aftercare: 'Ice, rest' }, target);
    const corrected = applyAmendment(session, changes);
    expect(corrected.aftercare).toBe('Ice, rest');
    expect(new Set(corrected.points.map((p) => JSON.stringify(p)))).toEqual(new Set(target.map((p) => JSON.stringify(p))));
    expect(amendmentChanges(corrected, { aftercare: 'Ice, rest' }, target)).toEqual({});
  });
});
