import { describe, expect, it } from 'vitest';
import { ApiError } from '../../../shared/errors.ts';
import { productSchema } from '../../../shared/product.ts';
import { actor, defaults, dumpDatabase, openTestStore, patientFields, screeningWith, sessionDraft, thrownBy } from './fixtures.ts';

// The session is on 2025-01-06: a lot that expired on the 5th is expired that day; one of the 6th is not.
const expiredHa = productSchema.parse({ name: 'Hyaluronic acid', volumeMl: 2, lot: 'HA2301', expiry: '2025-01-05' });
const lidocaine = productSchema.parse({ name: 'Lidocaine 2%', volumeMl: 1, lot: 'LD-1', expiry: '2025-01-06' });

function draftWith(products = [lidocaine, expiredHa]) {
  const opened = openTestStore();
  const patient = opened.store.createPatient(patientFields({ screening: screeningWith() }), actor);
  const session = opened.store.createSession(sessionDraft(patient.id), defaults, actor);
  opened.store.saveSession(session.id, { products }, undefined, actor);
  return { ...opened, sessionId: session.id };
}

describe('an expired lot needs a reason', () => {
  it('refuses to sign an expired lot without a reason, naming its field, and writes nothing', () => {
    const { store, path, sessionId } = draftWith();
    const before = dumpDatabase(path);
    const error = thrownBy(() => store.signSession(sessionId, actor));
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).toPayload()).toEqual({ code: 'invalid-input', field: 'products.1.expiredLotReason', reason: 'expired-lot-reason-required', params: { product: 'Hyaluronic acid', lot: 'HA2301', number: 2 } });
    expect(dumpDatabase(path)).toEqual(before);
    // Blanks are no reason.
    store.saveSession(sessionId, { products: [lidocaine, { ...expiredHa, expiredLotReason: '   ' }] }, undefined, actor);
    expect(thrownBy(() => store.signSession(sessionId, actor))).toMatchObject({ field: 'products.1.expiredLotReason' });
    expect(store.getSession(sessionId)?.status).toBe('draft');
  });

  it('signs with the reason, keeps it with the product and writes it in the signature’s audit entry', () => {
    const { store, sessionId } = draftWith();
    const reason = 'Only vial left; manufacturer confirmed stability for 30 days';
    store.saveSession(sessionId, { products: [lidocaine, { ...expiredHa, expiredLotReason: reason }] }, undefined, actor);
    const signed = store.signSession(sessionId, actor);
    expect(signed.status).toBe('signed');
    expect(signed.products[1]?.expiredLotReason).toBe(reason);
    expect(store.getSession(sessionId)?.products.map((p) => p.expiredLotReason)).toEqual(['', reason]);
    const entry = store.listAudit(sessionId).find((e) => e.action === 'session.sign');
    expect(entry?.detail).toMatchObject({ expiredLots: [{ product: 2, name: 'Hyaluronic acid', lot: 'HA2301', expiry: '2025-01-05', reason }] });
  });

  it('asks nothing of a lot that expires on the session day, nor of a cocktail without expired lots', () => {
    const { store, sessionId } = draftWith([lidocaine]);
    expect(store.signSession(sessionId, actor).status).toBe('signed');
    expect(store.listAudit(sessionId).find((e) => e.action === 'session.sign')?.detail).not.toHaveProperty('expiredLots');
  });

  it('asks the reason of an amendment that changes a lot to an expired one, not of one that leaves the lot as signed', () => {
    const { store, sessionId } = draftWith([lidocaine]);
    store.signSession(sessionId, actor);
    const toExpired = [{ ...lidocaine, lot: 'LD-0', expiry: '2024-12-31' }];
    expect(thrownBy(() => store.amendSession(sessionId, { reason: 'Wrong vial noted', fields: { products: toExpired } }, actor))).toMatchObject({ field: 'products.0.expiredLotReason', reason: 'expired-lot-reason-required' });
    const amended = store.amendSession(sessionId, { reason: 'Wrong vial noted', fields: { products: [{ ...toExpired[0]!, expiredLotReason: 'Vial from the emergency kit' }] } }, actor);
    expect(amended.amendments).toHaveLength(1);
    // A later amendment that keeps that lot (and changes the volume) does not ask again.
    const amendedAgain = store.amendSession(sessionId, { reason: 'Volume', fields: { products: [{ ...toExpired[0]!, expiredLotReason: 'Vial from the emergency kit', volumeMl: 2 }] } }, actor);
    expect(amendedAgain.amendments).toHaveLength(2);
  });

  it('copies a session’s cocktail into the next without its lots, expiries and reasons', () => {
    const { store, sessionId } = draftWith([{ ...expiredHa, expiredLotReason: 'Only vial left' }]);
    const signed = store.signSession(sessionId, actor);
    const next = store.createSession(sessionDraft(signed.patientId, { copyFromSessionId: sessionId, date: '2025-01-13' }), defaults, actor);
    expect(next.products).toEqual([{ ...expiredHa, lot: '', expiry: '', expiredLotReason: '' }]);
  });
});
