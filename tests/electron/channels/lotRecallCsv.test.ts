import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { recordChannels } from '../../../electron/channels/records.ts';
import { lotRecallCsvSchema } from '../../../shared/recordOutputs.ts';
import { createFormatter } from '../../../shared/format/formatter.ts';
import { createTranslator } from '../../../shared/i18n/translator.ts';
import { lotRecallCsv } from '../../../shared/lotRecallCsv.ts';
import { openTestStore, tempDir } from '../store/fixtures.ts';
import { populateCourse, SETTINGS } from '../pdf/recordFixtures.ts';
import { PLAIN_PHOTOS } from '../../../electron/photos/photoCodec.ts';

// The recall CSV channel words the file in the language the screen asks for, else the clinic's.

/** The byte order mark and the header row of a recall list in a language (the list's own words are tested in tests/shared/lotRecallCsv.test.ts). */
const headerIn = async (language: 'en' | 'fr' | 'it') => lotRecallCsv([], { t: (await createTranslator(language)).t, format: createFormatter(language, 'UTC') });
describe('exportLotRecallCsv in a chosen language', () => {
  it('writes French headers, semicolons and French dates when asked for French, and the clinic’s language otherwise', async () => {
    const { store } = openTestStore();
    populateCourse(store, { sessions: 2, pointsPerSession: 1 });
    const dir = tempDir();
    let settings = SETTINGS;
    const api = recordChannels({ store: () => store, photoCodec: PLAIN_PHOTOS, settings: () => settings, actor: () => ({ name: 'Dr. Élodie Brühl' }), files: { chooseSavePath: async () => join(dir, 'rappel.csv') } });

    const fr = await api.exportLotRecallCsv({ lot: 'LD2-4471', product: '', save: true, language: 'fr' });
    expect(fr.csv.startsWith(await headerIn('fr'))).toBe(true);
    expect(fr.csv).toMatch(/;\d{2}\/\d{2}\/\d{4};\d{2}:\d{2};/);
    expect(readFileSync(fr.path!, 'utf8')).toBe(fr.csv);

    const en = await api.exportLotRecallCsv({ lot: 'LD2-4471', product: '', save: false });
    expect(en.csv.startsWith(await headerIn('en'))).toBe(true);

    settings = { ...SETTINGS, language: 'it' };
    const it = await api.exportLotRecallCsv({ lot: 'LD2-4471', product: '', save: false });
    expect(it.csv.startsWith(await headerIn('it'))).toBe(true);
    // The language asked for wins over the clinic's.
    const asked = await api.exportLotRecallCsv({ lot: 'LD2-4471', product: '', save: false, language: 'fr' });
    expect(asked.csv.startsWith(await headerIn('fr'))).toBe(true);
  });

  it('accepts only the languages MesoChart is written in', () => {
    expect(lotRecallCsvSchema.safeParse({ lot: 'X', language: 'pt-BR' }).success).toBe(true);
    expect(lotRecallCsvSchema.safeParse({ lot: 'X', language: 'de' }).success).toBe(false);
    expect(lotRecallCsvSchema.safeParse({ lot: 'X', language: 'en-XA' }).success).toBe(false);
  });
});
