import { randomUUID } from 'node:crypto';
import { DatabaseSync } from 'node:sqlite';
import { describe, expect, it } from 'vitest';
import { productSchema } from '../../../shared/product.ts';
import { catalogueProductInputSchema } from '../../../shared/productCatalogue.ts';
import { adjustLotSchema, receiveLotSchema, type AdjustLotInput, type ReceiveLotInput } from '../../../shared/stock.ts';
import { actor, auditCount, defaults, dumpDatabase, openTestStore, patientFields, screeningWith, sessionDraft, thrownBy } from './fixtures.ts';

const lidocaine = catalogueProductInputSchema.parse({ name: 'Lidocaine 2%', kind: 'medicinal', presentation: { form: 'ampoule', volumeMl: 2 }, gtins: ['4006381333931'] });
const vitaminC = catalogueProductInputSchema.parse({ name: 'Vitamin C', kind: 'medicinal' });
const receipt = (input: ReceiveLotInput) => receiveLotSchema.parse(input);
const adjustment = (input: AdjustLotInput) => adjustLotSchema.parse(input);

function stocked() {
  const opened = openTestStore(undefined, { now: () => new Date('2025-01-06T10:00:00.000Z') });
  const { store } = opened;
  const lido = store.saveCatalogueProduct(lidocaine, actor);
  const vitc = store.saveCatalogueProduct(vitaminC, actor);
  const a = store.receiveLot(receipt({ productId: lido.id, lot: 'LD-1', expiry: '2027-05-31', quantity: 10, supplier: 'Pharma Sud', receivedOn: '2025-01-02' }), actor);
  const b = store.receiveLot(receipt({ productId: vitc.id, lot: 'VC-9', expiry: '2026-01-31', quantity: 3, receivedOn: '2025-01-02' }), actor);
  const patient = store.createPatient(patientFields({ screening: screeningWith() }), actor);
  return { ...opened, lido, vitc, lotA: a.lotId, lotB: b.lotId, patient };
}

const onHandOf = (store: ReturnType<typeof stocked>['store'], lotId: string) => store.listStock().find((l) => l.id === lotId)?.onHand;

describe('lots in stock', () => {
  it('receives a lot, and a second delivery of it (same lot in any case) as another receipt, each audited', () => {
    const { store, path, lido, lotA } = stocked();
    const before = auditCount(path);
    const again = store.receiveLot(receipt({ productId: lido.id, lot: 'ld-1', expiry: '2027-05-31', quantity: 5, supplier: 'Other', receivedOn: '2025-01-05' }), actor);
    expect(again).toMatchObject({ lotId: lotA, onHand: 15, movement: { kind: 'receive', quantity: 5, supplier: 'Other' } });
    expect(auditCount(path)).toBe(before + 1);
    expect(store.listStock().find((l) => l.id === lotA)).toMatchObject({ productName: 'Lidocaine 2%', lot: 'LD-1', onHand: 15, supplier: 'Other', receivedOn: '2025-01-05' });
    expect(store.listStockMovements(lotA).map((m) => m.quantity)).toEqual([10, 5]);
  });

  it('refuses a second expiry for a lot, and a retired product, writing nothing', () => {
    const { store, path, lido } = stocked();
    const before = dumpDatabase(path);
    expect(thrownBy(() => store.receiveLot(receipt({ productId: lido.id, lot: 'LD-1', expiry: '2027-06-30', quantity: 1, receivedOn: '2025-01-02' }), actor))).toMatchObject({ code: 'conflict', field: 'expiry', reason: 'lot-expiry-differs' });
    expect(thrownBy(() => store.receiveLot(receipt({ productId: randomUUID(), lot: 'X', expiry: '2027-06-30', quantity: 1, receivedOn: '2025-01-02' }), actor))).toMatchObject({ code: 'not-found', field: 'productId' });
    expect(dumpDatabase(path)).toEqual(before);
    store.setProductRetired(lido.id, true, actor);
    expect(thrownBy(() => store.receiveLot(receipt({ productId: lido.id, lot: 'LD-2', expiry: '2027-06-30', quantity: 1, receivedOn: '2025-01-02' }), actor))).toMatchObject({ reason: 'product-retired' });
  });

  it('adjusts with a reason, refuses to go below zero unless counting, and audits each', () => {
    const { store, path, lotB } = stocked();
    expect(store.adjustLot(adjustment({ lotId: lotB, reason: 'broken', quantity: -1, note: 'dropped' }), actor)).toMatchObject({ onHand: 2, movement: { kind: 'adjust', reason: 'broken', note: 'dropped' } });
    const before = auditCount(path);
    expect(thrownBy(() => store.adjustLot(adjustment({ lotId: lotB, reason: 'discarded', quantity: -3 }), actor))).toMatchObject({ code: 'conflict', field: 'quantity', reason: 'negative-stock', params: { onHand: 2 } });
    expect(auditCount(path)).toBe(before);
    expect(store.adjustLot(adjustment({ lotId: lotB, reason: 'counted', quantity: -2 }), actor).onHand).toBe(0);
    expect(store.adjustLot(adjustment({ lotId: lotB, reason: 'counted', quantity: 0 }), actor).onHand).toBe(0);
    expect(auditCount(path)).toBe(before + 2);
    expect(thrownBy(() => store.adjustLot(adjustment({ lotId: randomUUID(), reason: 'counted', quantity: 1 }), actor))).toMatchObject({ code: 'not-found', field: 'lotId' });
  });

  it('takes a signed session’s units in the signature’s transaction, audited in its entry; a lot not in stock takes nothing', () => {
    const { store, path, lido, vitc, lotA, lotB, patient } = stocked();
    const session = store.createSession(sessionDraft(patient.id), defaults, actor);
    const products = [
      productSchema.parse({ name: 'Lidocaine 2%', lot: 'ld-1', volumeMl: 3, catalogueId: lido.id, kind: 'medicinal' }),
      productSchema.parse({ name: 'Vitamin C', lot: 'VC-NOT-IN-STOCK', volumeMl: 1, catalogueId: vitc.id, kind: 'medicinal' }),
      productSchema.parse({ name: 'Saline', lot: 'LD-1', volumeMl: 5 }),
    ];
    store.saveSession(session.id, { products }, undefined, actor);
    const before = auditCount(path);
    const signed = store.signSession(session.id, actor);
    expect(signed.status).toBe('signed');
    expect(signed.products).toEqual(products);
    expect(onHandOf(store, lotA)).toBe(8);
    expect(onHandOf(store, lotB)).toBe(3);
    expect(store.listStockMovements(lotA).at(-1)).toMatchObject({ kind: 'use', quantity: -2, sessionId: session.id, actor: actor.name });
    expect(auditCount(path)).toBe(before + 1);
    const entry = store.listAudit(session.id).find((e) => e.action === 'session.sign');
    expect(entry?.detail).toMatchObject({ stock: [{ lotId: lotA, units: 2, volumeMl: 3, onHand: 8 }] });
  });

  it('signs a session naming no lot in stock as before: no movement, no stock in its audit entry', () => {
    const { store, path, vitc, patient } = stocked();
    const session = store.createSession(sessionDraft(patient.id), defaults, actor);
    store.saveSession(session.id, { products: [productSchema.parse({ name: 'Vitamin C', lot: 'OTHER', catalogueId: vitc.id })] }, undefined, actor);
    const movements = (dumpDatabase(path).stock_movements as string[]).length;
    store.signSession(session.id, actor);
    expect((dumpDatabase(path).stock_movements as string[]).length).toBe(movements);
    expect(store.listAudit(session.id).find((e) => e.action === 'session.sign')?.detail).toEqual({ fields: ['signedAt', 'signedBy', 'status'], contentHash: expect.stringMatching(/^[0-9a-f]{64}$/) });
  });

  it('uses nothing when the signature fails, before or after the uses are written', () => {
    const { store, path, lido, lotA } = stocked();
    const minor = store.createPatient(patientFields({ dateOfBirth: '2010-03-01', screening: screeningWith() }), actor);
    const refused = store.createSession(sessionDraft(minor.id), defaults, actor);
    const lidoLine = productSchema.parse({ name: 'Lidocaine 2%', lot: 'LD-1', volumeMl: 1, catalogueId: lido.id });
    store.saveSession(refused.id, { products: [lidoLine] }, undefined, actor);
    expect(thrownBy(() => store.signSession(refused.id, actor))).toMatchObject({ reason: 'contraindications-not-acknowledged' });
    expect(onHandOf(store, lotA)).toBe(10);

    // The signature's audit entry, written after the uses, fails: the uses go with it.
    const adult = store.createPatient(patientFields({ screening: screeningWith() }), actor);
    const session = store.createSession(sessionDraft(adult.id), defaults, actor);
    store.saveSession(session.id, { products: [lidoLine] }, undefined, actor);
    const db = new DatabaseSync(path);
    db.exec("CREATE TRIGGER fail_sign BEFORE INSERT ON audit WHEN NEW.action = 'session.sign' BEGIN SELECT RAISE(ABORT, 'disk gone'); END");
    db.close();
    expect(thrownBy(() => store.signSession(session.id, actor))).toBeTruthy();
    expect(store.getSession(session.id)?.status).toBe('draft');
    expect(onHandOf(store, lotA)).toBe(10);
    expect(store.listStockMovements(lotA).map((m) => m.kind)).toEqual(['receive']);
  });
});
