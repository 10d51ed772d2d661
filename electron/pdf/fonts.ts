import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { PDFDocument } from 'pdfkit';

/**
 * The record's typeface: Noto Sans (SIL Open Font License 1.1, assets/fonts/OFL.txt), regular and
 * bold, embedded and subset by pdfkit. It covers Latin with its accents (é, ß, ł), Greek and Cyrillic,
 * which pdfkit's standard fonts (WinAnsi only) cannot print.
 */
export const FONT = { regular: 'Body', bold: 'Body-Bold' } as const;

const FILES = { [FONT.regular]: 'NotoSans-Regular.ttf', [FONT.bold]: 'NotoSans-Bold.ttf' } as const;

/**
 * assets/fonts from this file: electron/pdf/ in source, out/main/ once built; both sit two levels
 * below the project root. The packaged app passes its own folder instead.
 */
export function defaultFontDir(): string {
  return resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', 'assets', 'fonts');
}

const cache = new Map<string, Uint8Array>();

/** Reads the font files once per thread and registers them with the document. */
export function registerFonts(doc: PDFDocument, fontDir: string = defaultFontDir()): void {
  for (const [name, file] of Object.entries(FILES)) {
    const path = join(fontDir, file);
    let bytes = cache.get(path);
    if (!bytes) cache.set(path, (bytes = readFileSync(path)));
    doc.registerFont(name, bytes);
  }
  doc.font(FONT.regular);
}
