import { describe, expect, it } from 'vitest';
import { createFormatter } from '../../shared/format/formatter.ts';
import { createTranslator } from '../../shared/i18n/translator.ts';
import type { ProductUse } from '../../shared/lotRecall.ts';
import { csvField, csvSeparator, lotRecallCsv } from '../../shared/lotRecallCsv.ts';

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

describe('lot recall CSV', () => {
  it('writes English as before: comma separated, English headers and words', async () => {
    const csv = lotRecallCsv([use(), use({ sessionId: 's2', status: 'draft', source: 'amendment', amendmentSeq: 2, expiry: '', correctedTo: null })], await words('en'));
    expect(csv.startsWith('\uFEFFPatient,Patient id,Session id,Date,Time,Product,Lot,Expiry,Expired on the day,Session status,Recorded in,Corrected to lot,Corrected to expiry\r\n')).toBe(true);
    expect(lines(csv)[1]).toBe('"Groß-Wiśniewska, Łucja",p1,s1,07/03/2025,09:05,Lidocaïne 2%,LD2-4471,01/03/2025,yes,signed,session record,,');
    expect(lines(csv)[2]).toBe('"Groß-Wiśniewska, Łucja",p1,s2,07/03/2025,09:05,Lidocaïne 2%,LD2-4471,,no,draft,amendment 2,,');
    expect(csv.endsWith('\r\n')).toBe(true);
  });

  it('writes French for a French clinic: French headers and words, semicolons, dates as 07/03/2025', async () => {
    const csv = lotRecallCsv([use({ correctedTo: { lot: 'LD2-9999', expiry: '2026-12-31' }, amendmentSeq: 1 })], await words('fr'));
    const [header, row] = lines(csv);
    expect(header).toBe('Patient;Id patient;Id séance;Date;Heure;Produit;Lot;Péremption;Périmé le jour même;Statut de la séance;Noté dans;Lot corrigé;Péremption corrigée');
    // The name holds a comma but no semicolon: with ';' as the separator it needs no quotes.
    expect(row).toBe('Groß-Wiśniewska, Łucja;p1;s1;07/03/2025;09:05;Lidocaïne 2%;LD2-4471;01/03/2025;oui;signée;dossier de la séance;LD2-9999;31/12/2026');
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

  it('words every language', async () => {
    for (const language of ['it', 'es', 'pt-BR'] as const) {
      const [header] = lines(lotRecallCsv([use()], await words(language)));
      expect(header?.split(';')).toHaveLength(13);
      expect(header).not.toContain('Patient id');
    }
  });
});
