import { describe, expect, it } from 'vitest';
import { createFormatter } from '../../shared/format/formatter.ts';
import { createTranslator } from '../../shared/i18n/translator.ts';
import type { ProductUse } from '../../shared/lotRecall.ts';
import { csvField, csvSeparator, lotRecallCsv } from '../../shared/lotRecallCsv.ts';
import { catalogueText } from './i18n/catalogueText.ts';

const words = async (language: 'en' | 'fr' | 'it' | 'es' | 'pt-BR') => ({ t: (await createTranslator(language)).t, format: createFormatter(language, 'Europe/Paris') });

const use = (over: Partial<ProductUse> = {}): ProductUse => ({
  sessionId: 's1',
  patientId: 'p1',
  patientFirstName: 'Łucja',
  patientLastName: 'Groß-Wiśniewska',
  date: '2025-03-07',
  time: '09:05',
  status: 'signed',
  productName: 'Lidocaïne 2%',
  lot: 'LD2-4471',
  expiry: '2025-03-01',
  productIndex: 0,
  source: 'record',
  amendmentSeq: null,
  correctedTo: null,
  ...over,
});

const lines = (csv: string) => csv.replace(/^\uFEFF/, '').split('\r\n').filter((l) => l !== '');

/** The columns, in the order a recall list gives them. */
const COLUMNS = ['patient', 'patientId', 'sessionId', 'date', 'time', 'product', 'lot', 'expiry', 'expired', 'status', 'recordedIn', 'correctedLot', 'correctedExpiry'];
const headerIn = (language: 'en' | 'fr' | 'it' | 'es' | 'pt-BR') => Promise.all(COLUMNS.map((c) => catalogueText(language, `records:csv.header.${c}`)));
const word = (language: 'en' | 'fr', key: string, params: Record<string, number> = {}) => catalogueText(language, `records:csv.${key}`, params);

describe('lot recall CSV', () => {
  it('writes English comma separated, with a byte order mark, the header and each use\'s words in English', async () => {
    const csv = lotRecallCsv([use(), use({ sessionId: 's2', status: 'draft', source: 'amendment', amendmentSeq: 2, expiry: '', correctedTo: null })], await words('en'));
    expect(csv.startsWith(`\uFEFF${(await headerIn('en')).join(',')}\r\n`)).toBe(true);
    // Expired on the day of the session (1 March, used on 7 March), signed, as recorded; then not expired, a draft, from amendment 2.
    expect(lines(csv)[1]).toBe(`"Groß-Wiśniewska, Łucja",p1,s1,07/03/2025,09:05,Lidocaïne 2%,LD2-4471,01/03/2025,${await word('en', 'yes')},${await word('en', 'status.signed')},${await word('en', 'source.record')},,`);
    expect(lines(csv)[2]).toBe(`"Groß-Wiśniewska, Łucja",p1,s2,07/03/2025,09:05,Lidocaïne 2%,LD2-4471,,${await word('en', 'no')},${await word('en', 'status.draft')},${await word('en', 'source.amendment', { seq: 2 })},,`);
    expect(csv.endsWith('\r\n')).toBe(true);
  });

  it('writes French for a French clinic: French headers and words, semicolons, dates as 07/03/2025', async () => {
    const csv = lotRecallCsv([use({ correctedTo: { lot: 'LD2-9999', expiry: '2026-12-31' }, amendmentSeq: 1 })], await words('fr'));
    const [header, row] = lines(csv);
    expect(header).toBe((await headerIn('fr')).join(';'));
    // The name holds a comma but no semicolon: with ';' as the separator it needs no quotes.
    expect(row).toBe(`Groß-Wiśniewska, Łucja;p1;s1;07/03/2025;09:05;Lidocaïne 2%;LD2-4471;01/03/2025;${await word('fr', 'yes')};${await word('fr', 'status.signed')};${await word('fr', 'source.record')};LD2-9999;31/12/2026`);
  });

  it('uses the separator a spreadsheet of that locale expects', () => {
    expect(csvSeparator('en-GB')).toBe(',');
    for (const locale of ['fr-FR', 'it-IT', 'es-ES', 'pt-BR']) expect(csvSeparator(locale)).toBe(';');
  });

  it('quotes a field holding the separator, a quote or a line break, and defuses formulas', () => {
    expect(csvField('a;b', ';')).toBe('"a;b"');
    expect(csvField('a,b', ';')).toBe('a,b');
    expect(csvField('say "hi"', ';')).toBe('"say ""hi"""');
    expect(csvField('=HYPERLINK("x")', ';')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvField('-3', ',')).toBe("'-3");
  });

  it('words the header in each language, in the same column order', async () => {
    for (const language of ['it', 'es', 'pt-BR'] as const) {
      const [header] = lines(lotRecallCsv([use()], await words(language)));
      expect(header, language).toBe((await headerIn(language)).join(';'));
      expect(header, language).not.toBe((await headerIn('en')).join(';'));
    }
  });
});
