import { describe, expect, it } from 'vitest';
import { copyForNextSession } from '../../shared/sessionCopy.ts';
import { counter, signedSession } from './sessionFixtures.ts';

describe('starting the next session from the previous one', () => {
  it('copies the chart under new ids, with positions, regions, depth, needle, injector, technique, product, volume and note', () => {
    const previous = signedSession();
    const copy = copyForNextSession(previous, counter('new-'));
    expect(copy.points.map((p) => p.id)).toEqual(['new-1', 'new-2', 'new-3']);
    expect(copy.points.map(({ id: _id, ...rest }) => rest)).toEqual(previous.points.map(({ id: _id, ...rest }) => rest));
  });

  it('copies the cocktail without lots and expiry dates, which belong to the vials of that day', () => {
    const copy = copyForNextSession(signedSession(), counter('n'));
    expect(copy.products).toEqual([
      { name: 'Lidocaine 2%', activeIngredients: '', concentration: '2%', dilution: '1:1', volumeMl: 1, lot: '', expiry: '', catalogueId: null, kind: null, expiredLotReason: '' },
      { name: 'Piroxicam', activeIngredients: 'piroxicam 20 mg', concentration: '', dilution: '', volumeMl: 1, lot: '', expiry: '', catalogueId: null, kind: null, expiredLotReason: '' },
    ]);
  });

  it('copies indication, treated areas and the needle, technique and injector defaults, but nothing of what happened', () => {
    const copy = copyForNextSession(signedSession(), counter('n'));
    expect(copy).toMatchObject({ indication: 'pain', treatedAreas: ['Left knee'], defaultTechnique: 'point', defaultNeedle: '30G-4mm', injector: { kind: 'multi', needleCount: 5 } });
    for (const notCopied of ['vasBefore', 'vasAfter', 'sideEffects', 'aftercare', 'notes', 'status', 'signedAt', 'amendments', 'contraindicationAck']) {
      expect(copy).not.toHaveProperty(notCopied);
    }
  });

  it('shares no object with the previous session, so editing the copy cannot touch the record', () => {
    const previous = signedSession();
    const before = structuredClone(previous);
    const copy = copyForNextSession(previous, counter('n'));
    copy.treatedAreas.push('Right knee');
    copy.points[0]!.x = 1;
    (copy.points[2]!.injector as { needleCount: number }).needleCount = 18;
    copy.products[0]!.name = 'changed';
    expect(previous).toEqual(before);
  });

  it('gives a copied multi-injector shot of fewer than 3 needles (an older record) a single needle, as new points get', () => {
    const previous = signedSession();
    previous.points[0]!.injector = { kind: 'multi', needleCount: 2 };
    const copy = copyForNextSession(previous, counter('n'));
    expect(copy.points[0]!.injector).toEqual({ kind: 'single' });
    expect(previous.points[0]!.injector).toEqual({ kind: 'multi', needleCount: 2 });
  });

  it('copies an empty chart and cocktail as empty', () => {
    const copy = copyForNextSession(signedSession({ points: [], products: [] }), () => 'never');
    expect(copy).toMatchObject({ points: [], products: [] });
  });
});
