import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createHandlers } from '../../../electron/handlers.ts';
import { holdStore } from '../../../electron/store/storeHolder.ts';
import type { RawApi } from '../../../shared/api.ts';
import type { PdfExportOutcome } from '../../../shared/recordOutputs.ts';
import { productSchema } from '../../../shared/product.ts';
import type { Recall } from '../../../shared/recall.ts';
import { testAccess } from '../access/fixtures.ts';
import { memorySettings, ok } from '../handlerFixtures.ts';
import { actor, defaults, dumpDatabase, openTestStore, patientFields, sessionDraft } from '../store/fixtures.ts';

let store: ReturnType<typeof openTestStore>['store'];
let path: string;
let api: RawApi;
let dir: string;
let saved: string[];

beforeEach(() => {
  ({ store, path } = openTestStore());
  dir = mkdtempSync(join(tmpdir(), 'recall-'));
  saved = [];
  const files = { chooseSavePath: async ({ defaultName }: { defaultName: string }) => (saved.push(join(dir, defaultName)), join(dir, defaultName)) };
  api = createHandlers({
    store: holdStore(store),
    settings: memorySettings({ language: 'en', clinic: { name: 'Clínica Sol', address: 'Rua Augusta 10\n01305-000 São Paulo', phone: '+55 11 5555 0000' } }),
    access: testAccess({ name: 'Dr Weiß' }),
    appInfo: () => ({ version: 't', dataDir: '', databasePath: path, schemaVersion: store.schemaVersion }),
    files,
  });
});
afterEach(() => {
  store.close();
  rmSync(dir, { recursive: true, force: true });
});

const refusal = async (result: Promise<unknown>) => ((await result) as { ok: false; error: unknown }).error;

/** Two patients with a signed session each that used lot PT-77 (one reads Portuguese). */
function twoPatients() {
  const ana = store.createPatient(patientFields({ firstName: 'Ana', lastName: 'Sousa', language: 'pt-BR', address: 'Rua das Flores 5\n20000-000 Rio de Janeiro', phone: '+55 21 99999 0000' }), actor);
  const hans = store.createPatient(patientFields({ email: 'hans@example.org' }), actor);
  for (const [patient, date] of [[ana, '2025-01-06'], [hans, '2025-02-03']] as const) {
    const s = store.createSession(sessionDraft(patient.id, { date }), defaults, actor);
    store.saveSession(s.id, { products: [productSchema.parse({ name: 'Ácido hialurônico', lot: 'PT-77', expiry: '2026-05-31', volumeMl: 1.5 })] }, undefined, actor);
    store.signSession(s.id, actor);
  }
  return { ana, hans };
}

describe('the recall channels', () => {
  it('refuse bad input before anything is written: no lot nor product, no reason, an unknown contact method, a date that is not one', async () => {
    const { ana } = twoPatients();
    const before = dumpDatabase(path);
    expect(await refusal(api.openRecall({ lot: ' ', product: '', reason: 'x' }))).toMatchObject({ code: 'invalid-input', field: 'lot', reason: 'lot-or-product' });
    expect(await refusal(api.openRecall({ lot: 'PT-77', reason: '  ' }))).toMatchObject({ code: 'invalid-input', field: 'reason' });
    expect(await refusal(api.openRecall({ lot: 'PT-77', reason: 'x', extra: 1 }))).toMatchObject({ code: 'invalid-input', reason: 'unrecognized_keys' });
    const recallId = '00000000-0000-4000-8000-000000000000';
    expect(await refusal(api.markRecallContact({ recallId, patientId: ana.id, date: '2025-05-02', method: 'fax', by: 'Dr' }))).toMatchObject({ code: 'invalid-input', field: 'method' });
    expect(await refusal(api.markRecallContact({ recallId, patientId: ana.id, date: '02/05/2025', method: 'phone', by: 'Dr' }))).toMatchObject({ code: 'invalid-input', field: 'date' });
    expect(await refusal(api.markRecallContact({ recallId, patientId: ana.id, date: '2025-05-02', method: 'phone', by: '' }))).toMatchObject({ code: 'invalid-input', field: 'by' });
    expect(await refusal(api.markRecallContact({ recallId, patientId: ana.id, date: '2025-05-02', method: 'phone', by: 'Dr' }))).toMatchObject({ code: 'not-found', reason: 'no-such-record', params: { record: 'recall' } });
    expect(await refusal(api.getRecall({ id: 'not-an-id' }))).toMatchObject({ code: 'invalid-input', field: 'id' });
    expect(dumpDatabase(path)).toEqual(before);
  });

  it('open, mark, export as CSV and letters (audited), close, in the unlocked practitioner’s name', async () => {
    const { ana, hans } = twoPatients();
    const recall = await ok<Recall>(api.openRecall({ lot: 'PT-77', reason: 'ANVISA alert', reference: 'RE 1234/2025' }));
    expect(recall).toMatchObject({ openedBy: 'Dr Weiß', patientCount: 2 });
    await ok(api.markRecallContact({ recallId: recall.id, patientId: ana.id, date: '2025-05-02', method: 'letter', by: 'Dr Weiß', note: 'Carta enviada' }));

    const csv = await ok<{ csv: string; rows: number; path: string | null }>(api.exportRecallCsv({ id: recall.id, save: true, language: 'fr' }));
    expect(csv.rows).toBe(2);
    const lines = readFileSync(csv.path!, 'utf8').replace(/^\uFEFF/, '').trim().split('\r\n');
    expect(lines[0]).toBe('Patient;Identifiant du patient;Date de naissance;Téléphone;E-mail;Adresse;Séances;Produits et lots;Volume (ml);Contacté;Date du contact;Comment;Par qui;Note');
    expect(lines[1]).toBe(`Sousa, Ana;${ana.id};12/04/1970;'+55 21 99999 0000;;Rua das Flores 5, 20000-000 Rio de Janeiro;06/01/2025;Ácido hialurônico (PT-77);1,5;oui;02/05/2025;Courrier;Dr Weiß;Carta enviada`);
    expect(lines[2]).toContain(`Müller, Hans;${hans.id};`);
    expect(lines[2]).toContain(';non;;;;');

    const letters = (await ok<PdfExportOutcome>(api.exportRecallLetters({ id: recall.id }))) as Extract<PdfExportOutcome, { saved: true }>;
    expect(letters.pages).toBe(2);
    const pages = execFileSync('pdftotext', ['-layout', letters.path, '-'], { encoding: 'utf8' }).split('\f');
    expect(pages[0]).toContain('Clínica Sol');
    expect(pages[0]).toContain('20000-000 Rio de Janeiro');
    expect(pages[0]).toContain('Recolhimento de produto: Ácido hialurônico, lote PT-77');
    expect(pages[0]).toContain('Prezado(a) Ana Sousa,');
    expect(pages[0]).toContain('+55 11 5555 0000');
    expect(pages[1]).toContain('Product recall: Ácido hialurônico, lot PT-77');
    expect(pages[1]).toContain('Dear Hans Müller,');
    // Every letter in one language when one is asked for.
    const inItalian = (await ok<PdfExportOutcome>(api.exportRecallLetters({ id: recall.id, language: 'it' }))) as Extract<PdfExportOutcome, { saved: true }>;
    expect(execFileSync('pdftotext', [inItalian.path, '-'], { encoding: 'utf8' }).match(/Richiamo di prodotto/g)).toHaveLength(2);

    const closed = await ok<Recall>(api.closeRecall({ id: recall.id, note: 'Hans reached by email' }));
    expect(closed).toMatchObject({ closedBy: 'Dr Weiß', closeNote: 'Hans reached by email' });
    expect(await refusal(api.markRecallContact({ recallId: recall.id, patientId: hans.id, date: '2025-05-03', method: 'email', by: 'Dr Weiß' }))).toMatchObject({ code: 'conflict', reason: 'recall-closed' });
    expect(store.listAudit(recall.id).map((e) => [e.action, e.actor])).toEqual([
      ['recall.open', 'Dr Weiß'],
      ['recall.contact', 'Dr Weiß'],
      ['recall.export', 'Dr Weiß'],
      ['recall.print', 'Dr Weiß'],
      ['recall.print', 'Dr Weiß'],
      ['recall.close', 'Dr Weiß'],
    ]);
    expect(saved).toHaveLength(3);
  });
});
