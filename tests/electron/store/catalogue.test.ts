import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { productSchema } from '../../../shared/product.ts';
import { catalogueProductInputSchema, type CatalogueProductInput } from '../../../shared/productCatalogue.ts';
import { actor, auditCount, defaults, dumpDatabase, openTestStore, patientFields, sessionDraft, thrownBy } from './fixtures.ts';
import { importFileOf } from './importFixtures.ts';

const nurse = { name: 'Nurse Petra' };

/** Catalogue fields as the channel hands them to the store (parsed: defaults filled, GTINs as GTIN-14). */
const fields = (input: CatalogueProductInput) => catalogueProductInputSchema.parse(input);

const lidocaine = fields({ name: 'Lidocaine 2%', activeIngredients: 'lidocaine hydrochloride', kind: 'medicinal', concentration: '20 mg/ml', presentation: { form: 'ampoule', volumeMl: 5 }, manufacturer: 'Galenica', gtins: ['4006381333931'] });
const hyaluronic = fields({ name: 'Hyaluronic acid 1%', kind: 'device', presentation: { form: 'syringe', volumeMl: 1 }, gtins: ['8001234567897', '96385074'] });

describe('the product catalogue', () => {
  it('adds a product with who and when, its GTINs kept as GTIN-14, and lists the catalogue by name', () => {
    const at = new Date('2026-03-02T10:00:00.000Z');
    const { store } = openTestStore(undefined, { now: () => at });

    const added = store.saveCatalogueProduct(lidocaine, actor);
    const ha = store.saveCatalogueProduct(hyaluronic, actor);

    expect(added).toEqual({ ...lidocaine, id: expect.any(String), gtins: ['04006381333931'], retired: false, createdAt: at.toISOString(), updatedAt: at.toISOString() });
    expect(ha.gtins).toEqual(['08001234567897', '00000096385074']);
    expect(store.listCatalogue(false)).toEqual([ha, added]);
    expect(store.findCatalogueProductByGtin('04006381333931')).toEqual(added);
    // A typed EAN-13 finds the same product as a scanned GTIN-14.
    expect(store.findCatalogueProductByGtin('4006381333931')).toEqual(added);
    expect(store.findCatalogueProductByGtin('12345670')).toBeNull();
  });

  it('edits a product: every field, its GTINs replaced, its creation kept', () => {
    let now = new Date('2026-03-02T10:00:00.000Z');
    const { store } = openTestStore(undefined, { now: () => now });
    const added = store.saveCatalogueProduct(lidocaine, actor);
    now = new Date('2026-03-09T10:00:00.000Z');

    const edited = store.saveCatalogueProduct({ ...lidocaine, id: added.id, name: 'Lidocaine 1%', concentration: '10 mg/ml', gtins: ['12345670'] }, nurse);

    expect(edited).toMatchObject({ id: added.id, name: 'Lidocaine 1%', concentration: '10 mg/ml', gtins: ['00000012345670'], createdAt: added.createdAt, updatedAt: now.toISOString() });
    expect(store.listCatalogue(true)).toEqual([edited]);
    // The GTIN it no longer has names nothing; a third party may take it.
    expect(store.findCatalogueProductByGtin('4006381333931')).toBeNull();
    expect(store.saveCatalogueProduct({ ...hyaluronic, gtins: ['04006381333931'] }, actor).gtins).toEqual(['04006381333931']);
  });

  it('refuses a GTIN of another product, naming the GTIN’s place and that product, and writes nothing', () => {
    const { store, path } = openTestStore();
    const first = store.saveCatalogueProduct(lidocaine, actor);
    const ha = store.saveCatalogueProduct(hyaluronic, actor);
    const before = dumpDatabase(path);

    // As an EAN-13 or a GTIN-14, it is the same box code.
    expect(thrownBy(() => store.saveCatalogueProduct(fields({ name: 'Procaine 2%', kind: 'medicinal', gtins: ['12345670', '04006381333931'] }), actor))).toMatchObject({
      code: 'conflict',
      field: 'gtins.1',
      reason: 'gtin-taken',
      params: { gtin: '04006381333931', name: 'Lidocaine 2%' },
    });
    expect(thrownBy(() => store.saveCatalogueProduct({ ...hyaluronic, id: ha.id, gtins: [...ha.gtins, '04006381333931'] }, actor))).toMatchObject({ field: 'gtins.2', params: { name: first.name } });
    // A retired product keeps its GTINs: a scanned old box still finds it.
    store.setProductRetired(first.id, true, actor);
    const afterRetire = dumpDatabase(path);
    expect(thrownBy(() => store.saveCatalogueProduct(fields({ name: 'Procaine 2%', kind: 'medicinal', gtins: ['4006381333931'] }), actor))).toMatchObject({ field: 'gtins.0', reason: 'gtin-taken' });
    expect(dumpDatabase(path)).toEqual(afterRetire);
    expect(before).not.toEqual(afterRetire);
  });

  it('keeps names unique among the products offered, whatever their case and spacing', () => {
    const { store, path } = openTestStore();
    const first = store.saveCatalogueProduct(lidocaine, actor);
    const before = dumpDatabase(path);
    expect(thrownBy(() => store.saveCatalogueProduct(fields({ name: ' LIDOCAINE  2% ', kind: 'medicinal' }), actor))).toMatchObject({
      code: 'conflict',
      field: 'name',
      reason: 'catalogue-name-taken',
      params: { name: 'Lidocaine 2%' },
    });
    expect(dumpDatabase(path)).toEqual(before);
    // Editing a product under its own name is no conflict.
    expect(store.saveCatalogueProduct({ ...lidocaine, id: first.id, notes: 'Keep below 25 °C' }, actor).notes).toBe('Keep below 25 °C');

    // Retired, its name is free; offering it again while another product has the name is refused.
    store.setProductRetired(first.id, true, actor);
    const second = store.saveCatalogueProduct(fields({ name: 'lidocaine 2%', kind: 'medicinal' }), actor);
    expect(thrownBy(() => store.setProductRetired(first.id, false, actor))).toMatchObject({ code: 'conflict', field: 'name', params: { name: second.name } });
    expect(store.listCatalogue(true).map((p) => [p.name, p.retired])).toEqual([
      ['Lidocaine 2%', true],
      ['lidocaine 2%', false],
    ]);
  });

  it('retires a product: no longer offered, still readable, and the sessions that used it keep their copy', () => {
    const { store } = openTestStore();
    const product = store.saveCatalogueProduct(lidocaine, actor);
    const patient = store.createPatient(patientFields(), actor);
    const session = store.createSession(sessionDraft(patient.id), defaults, actor);
    const used = productSchema.parse({ name: product.name, activeIngredients: product.activeIngredients, concentration: product.concentration, volumeMl: 1, lot: 'LD2-4471', expiry: '2027-05-31', catalogueId: product.id, kind: product.kind });
    store.saveSession(session.id, { products: [used] }, undefined, actor);
    store.signSession(session.id, actor);

    const retired = store.setProductRetired(product.id, true, actor);
    store.saveCatalogueProduct({ ...lidocaine, id: product.id, kind: 'device', name: 'Lidocaine 2% (old box)' }, actor);

    expect(retired).toMatchObject({ id: product.id, retired: true });
    expect(store.listCatalogue(false)).toEqual([]);
    expect(store.listCatalogue(true)).toMatchObject([{ id: product.id, retired: true, name: 'Lidocaine 2% (old box)' }]);
    expect(store.findCatalogueProductByGtin('4006381333931')).toMatchObject({ id: product.id, retired: true });
    // The signed session reads as it was signed: its own name and kind, whatever the catalogue says now.
    expect(store.getSession(session.id)?.products).toEqual([used]);
    expect(store.setProductRetired(product.id, false, actor)).toMatchObject({ retired: false });
    expect(thrownBy(() => store.setProductRetired(randomUUID(), true, actor))).toMatchObject({ code: 'not-found', reason: 'no-such-record', params: { record: 'catalogueProduct' } });
    expect(thrownBy(() => store.saveCatalogueProduct({ ...lidocaine, id: randomUUID() }, actor))).toMatchObject({ code: 'not-found', field: 'id' });
  });

  it('writes one audit entry per change: creation, edit (what changed, from and to), retirement, restoration', () => {
    const { store, path } = openTestStore();
    const product = store.saveCatalogueProduct(lidocaine, actor);
    store.saveCatalogueProduct({ ...lidocaine, id: product.id, concentration: '10 mg/ml', gtins: [] }, nurse);
    store.setProductRetired(product.id, true, actor);
    store.setProductRetired(product.id, false, nurse);

    expect(auditCount(path)).toBe(4);
    expect(store.listAudit(product.id)).toMatchObject([
      { action: 'catalogue-product.create', entity: 'catalogue-product', actor: actor.name, detail: { name: 'Lidocaine 2%', kind: 'medicinal', gtins: ['04006381333931'] } },
      {
        action: 'catalogue-product.update',
        actor: nurse.name,
        detail: { name: 'Lidocaine 2%', changes: { concentration: { from: '20 mg/ml', to: '10 mg/ml' }, gtins: { from: ['04006381333931'], to: [] } } },
      },
      { action: 'catalogue-product.retire', detail: { name: 'Lidocaine 2%' } },
      { action: 'catalogue-product.restore', actor: nurse.name },
    ]);
    expect(Object.keys((store.listAudit(product.id)[1]!.detail as { changes: object }).changes)).toEqual(['concentration', 'gtins']);
    expect(store.verifyAudit()).toMatchObject({ ok: true, entries: 4 });
  });

  it('checks what it is given with the channel’s schema: a wrong check digit is refused at its place', () => {
    const { store, path } = openTestStore();
    const before = dumpDatabase(path);
    const error = thrownBy(() => store.saveCatalogueProduct({ ...lidocaine, gtins: ['04006381333931', '4006381333932'] }, actor));
    expect(error).toMatchObject({ code: 'invalid-input', field: 'gtins.1', reason: 'gtin-check-digit' });
    expect(dumpDatabase(path)).toEqual(before);
  });
});

describe('a cocktail’s product and the catalogue', () => {
  it('refuses a catalogue product the records do not hold, naming the product, and writes nothing', () => {
    const { store, path } = openTestStore();
    const patient = store.createPatient(patientFields(), actor);
    const session = store.createSession(sessionDraft(patient.id), defaults, actor);
    const before = dumpDatabase(path);
    const stray = productSchema.parse({ name: 'Unknown', catalogueId: randomUUID(), kind: 'device' });
    expect(thrownBy(() => store.saveSession(session.id, { products: [productSchema.parse({ name: 'Saline' }), stray] }, undefined, actor))).toMatchObject({
      code: 'not-found',
      field: 'products.1.catalogueId',
      params: { record: 'catalogueProduct' },
    });
    expect(dumpDatabase(path)).toEqual(before);
  });

  it('carries the catalogue product and the kind into the next session, and through a patient file', () => {
    const { store } = openTestStore();
    const product = store.saveCatalogueProduct(lidocaine, actor);
    const patient = store.createPatient(patientFields(), actor);
    const first = store.createSession(sessionDraft(patient.id), defaults, actor);
    const used = productSchema.parse({ name: 'Lidocaine 2%', volumeMl: 1, lot: 'LD2-4471', expiry: '2027-05-31', catalogueId: product.id, kind: 'medicinal' });
    const typed = productSchema.parse({ name: 'Saline 0.9%', volumeMl: 4 });
    store.saveSession(first.id, { products: [used, typed] }, undefined, actor);
    store.signSession(first.id, actor);

    const next = store.createSession(sessionDraft(patient.id, { date: '2025-01-13', copyFromSessionId: first.id }), defaults, actor);
    expect(next.products).toEqual([
      { ...used, lot: '', expiry: '' },
      { ...typed, lot: '', expiry: '' },
    ]);

    const doc = JSON.parse(JSON.stringify(store.exportPatient(patient.id, actor)));
    expect(doc.sessions[0].products).toEqual([used, typed]);
    // Into other records, whose catalogue does not hold the product: the kind as used stays, the link does not.
    const other = openTestStore().store;
    other.importPatient(doc, importFileOf(doc), actor);
    expect(other.getSession(first.id)?.products).toEqual([{ ...used, catalogueId: null }, typed]);
    // A file written before the catalogue (its products have neither) still imports.
    const older = JSON.parse(JSON.stringify(doc));
    for (const s of older.sessions) for (const p of s.products) (delete p.catalogueId, delete p.kind);
    const third = openTestStore().store;
    third.importPatient(older, importFileOf(older), actor);
    expect(third.getSession(first.id)?.products.map((p) => [p.name, p.catalogueId, p.kind])).toEqual([
      ['Lidocaine 2%', null, null],
      ['Saline 0.9%', null, null],
    ]);
  });
});
