import { describe, expect, it } from 'vitest';
import { productSchema } from '../../../shared/product.ts';
import { actor, defaults, openTestStore, patientFields, sessionDraft } from './fixtures.ts';

describe('lot recall', () => {
  it('finds every session that used a lot, with patient and date, regardless of case', () => {
    const { store } = openTestStore();
    const hans = store.createPatient(patientFields(), actor);
    const ines = store.createPatient(patientFields({ firstName: 'Inès', lastName: 'Laurent' }), actor);
    const lido = (lot: string) => productSchema.parse({ name: 'Lidocaine 2%', lot, expiry: '2026-05-31' });
    const early = store.createSession(sessionDraft(hans.id, { date: '2025-01-06' }), defaults, actor);
    store.saveSession(early.id, { products: [lido('LD2-4471'), productSchema.parse({ name: 'Vitamin C', lot: 'VC-1' })] }, undefined, actor);
    const later = store.createSession(sessionDraft(ines.id, { date: '2025-02-03' }), defaults, actor);
    store.saveSession(later.id, { products: [lido('ld2-4471')] }, undefined, actor);
    const other = store.createSession(sessionDraft(ines.id, { date: '2025-03-03' }), defaults, actor);
    store.saveSession(other.id, { products: [lido('LD2-9999')] }, undefined, actor);
    store.signSession(later.id, actor);

    const recall = (lot: string) => store.findProductUses({ lot, product: '' });
    const uses = recall(' LD2-4471 ');
    expect(uses).toEqual([
      expect.objectContaining({ sessionId: early.id, patientId: hans.id, patientLastName: 'Müller', date: '2025-01-06', productName: 'Lidocaine 2%', lot: 'LD2-4471', status: 'draft' }),
      expect.objectContaining({ sessionId: later.id, patientId: ines.id, patientFirstName: 'Inès', date: '2025-02-03', lot: 'ld2-4471', status: 'signed' }),
    ]);
    expect(recall('nothing')).toEqual([]);
    expect(recall('  ')).toEqual([]);
  });
});
