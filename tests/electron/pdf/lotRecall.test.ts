import { describe, expect, it } from 'vitest';
import { recordChannels } from '../../../electron/channels/records.ts';
import { csvField, lotRecallCsv } from '../../../shared/lotRecallCsv.ts';
import { createFormatter } from '../../../shared/format/formatter.ts';
import { createTranslator } from '../../../shared/i18n/translator.ts';
import { openTestStore, tempDir } from '../store/fixtures.ts';
import { populateCourse, SETTINGS } from './recordFixtures.ts';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PLAIN_PHOTOS } from '../../../electron/photos/photoCodec.ts';

describe('lot recall across patients, through amendments', () => {
  it('finds a lot as recorded, says what an amendment corrected it to, and finds the corrected lot too', async () => {
    const { store } = openTestStore();
    const fx = populateCourse(store, { sessions: 4, pointsPerSession: 2 });
    const other = populateCourse(store, { sessions: 1, pointsPerSession: 2, patient: { firstName: 'Ангелина', lastName: 'Smith, "Jr."' } });
    const dir = tempDir();
    const api = recordChannels({ store: () => store, photoCodec: PLAIN_PHOTOS, settings: () => SETTINGS, actor: () => ({ name: 'Dr. Élodie Brühl' }), files: { chooseSavePath: async () => join(dir, 'recall.csv') } });

    // Session 2 recorded PX-0922, corrected by amendment 1 to PX-0999.
    const recorded = await api.findProductUses({ lot: 'px-0922', product: '' });
    expect(recorded).toEqual([
      expect.objectContaining({ sessionId: fx.sessions[1]!.id, patientLastName: 'Groß-Wiśniewska', lot: 'PX-0922', source: 'record', amendmentSeq: 1, correctedTo: { lot: 'PX-0999', expiry: '2027-02-28' } }),
    ]);
    const corrected = await api.findProductUses({ lot: 'PX-0999', product: '' });
    expect(corrected).toEqual([expect.objectContaining({ sessionId: fx.sessions[1]!.id, lot: 'PX-0999', expiry: '2027-02-28', source: 'amendment', amendmentSeq: 1, correctedTo: null, status: 'signed' })]);

    // A lot every session used, across both patients, oldest first.
    const lido = await api.findProductUses({ lot: 'LD2-4471', product: '' });
    expect(lido.map((u) => u.sessionId)).toEqual([...fx.sessions, ...other.sessions].sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id)).map((s) => s.id));
    // A product by name, and a lot narrowed by product.
    expect((await api.findProductUses({ lot: '', product: 'thiocol' })).length).toBe(5);
    expect(await api.findProductUses({ lot: 'LD2-4471', product: 'piroxicam' })).toEqual([]);

    const out = await api.exportLotRecallCsv({ lot: 'LD2-4471', product: '', save: true });
    expect(out.rows).toBe(5);
    expect(out.path).toBe(join(dir, 'recall.csv'));
    const file = readFileSync(out.path!, 'utf8');
    expect(file).toBe(out.csv);
    // The clinic's language (English here): its header row, then the five uses.
    expect(file.startsWith(lotRecallCsv([], { t: (await createTranslator('en')).t, format: createFormatter('en', 'UTC') }))).toBe(true);
    expect(file).toContain('"Smith, ""Jr."", Ангелина"');
    expect(file).toContain('Groß-Wiśniewska, Łucja Ольга');
    expect(file.split('\r\n')).toHaveLength(7);
    expect(store.listAudit('LD2-4471').map((a) => a.action)).toEqual(['lot.search', 'lot.search', 'lot.recall-export']);
  });

  it('quotes CSV fields as RFC 4180 says and defuses spreadsheet formulas', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
  });
});
