import { execFileSync } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import { join } from 'node:path';
import { PDFDocument } from 'pdfkit';
import { describe, expect, it } from 'vitest';
import { firstUnprintable, registerFonts } from '../../../electron/pdf/fonts.ts';
import { tempDir } from '../store/fixtures.ts';

/**
 * The record's fonts on their own: each line of text drawn through the fallback (face chosen per run,
 * right-to-left runs in visual order and shaped), then read back with pdftotext, which gives
 * right-to-left text back in logical order: what was typed is what a reader (and a search) finds.
 */

async function drawLines(lines: readonly string[], weight: 'Body' | 'Body-Bold' = 'Body'): Promise<{ text: string; fonts: string; widths: number[] }> {
  const path = join(tempDir(), 'lines.pdf');
  const doc = new PDFDocument({ size: 'A4', margins: { top: 0, bottom: 0, left: 0, right: 0 } });
  const out = createWriteStream(path);
  const done = new Promise<void>((resolve) => out.on('finish', () => resolve()));
  doc.pipe(out);
  registerFonts(doc);
  doc.font(weight, 11);
  const widths = lines.map((line, i) => {
    doc.text(line, 40, 40 + i * 30, { lineBreak: false });
    return doc.widthOfString(line);
  });
  doc.end();
  await done;
  const text = execFileSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' });
  return { text, fonts: execFileSync('pdffonts', [path], { encoding: 'utf8' }), widths };
}

/** The extracted lines, without poppler's embedding marks (RLE … PDF) and with spaces collapsed. */
const linesOf = (text: string) =>
  text
    .replace(/[\u202a-\u202e]/g, '')
    .split('\n')
    .map((l) => l.replace(/\s+/g, ' ').trim())
    .filter(Boolean);

describe('the record\'s fonts', () => {
  it('draws each script with a face that has it and reads back as typed', async () => {
    const lines = [
      'Łucja Ольга Groß-Wiśniewska',
      '王秀英',
      '佐藤 さくら',
      '김민준',
      'ประคบเย็น 10 นาที',
      'דוד לוי',
      'مريم الحسيني',
      'Dr. Élodie Brühl',
    ];
    const { text, fonts } = await drawLines(lines);
    expect(linesOf(text)).toEqual(lines);
    for (const face of ['NotoSans-Regular', 'DroidSansFallback', 'NanumSquareR', 'NotoSansThai-Regular', 'NotoSansHebrew-Regular', 'NotoSansArabic-Regular']) expect(fonts).toContain(face);
  });

  it('puts right-to-left text in visual order: words, numbers inside it, and a left-to-right word among it', async () => {
    const lines = ['عمرها 45 سنة', 'المريضة تشعر بتحسن', 'השם שלי: Anna Kowalska'];
    const { text } = await drawLines(lines, 'Body-Bold');
    const got = linesOf(text);
    // Each comes back whole; poppler may set the left-to-right part of a mixed line first.
    for (const [i, line] of lines.entries()) {
      for (const word of line.split(/\s+/)) expect(got[i]).toContain(word.replace(':', ''));
    }
    // In logical order (poppler may drop the space next to a number in right-to-left text).
    expect(got[0]?.replace(/ /g, '')).toBe('عمرها45سنة');
    expect(got[1]).toBe('المريضة تشعر بتحسن');
  });

  it('measures mixed text as the sum of its runs (a CJK character is one em wide)', async () => {
    const { widths } = await drawLines(['王', '王王', 'Ab']);
    expect(widths[0]).toBeCloseTo(11, 0);
    expect(widths[1]).toBeCloseTo(22, 0);
    expect(widths[2]).toBeGreaterThan(10);
  });

  it('knows what no face can draw, and lets invisible marks pass', () => {
    expect(firstUnprintable('Anna 😀')).toMatchObject({ character: '😀', codePoint: 'U+1F600', index: 5 });
    expect(firstUnprintable('𐀀')).toMatchObject({ codePoint: 'U+10000' });
    expect(firstUnprintable('🂡')).toMatchObject({ codePoint: 'U+1F0A1' });
    expect(firstUnprintable('مريم\u200f (RLM), soft\u00adhyphen, tab\tand\nline')).toBeNull();
    expect(firstUnprintable('e\u0301 (combining acute)')).toBeNull();
  });
});
