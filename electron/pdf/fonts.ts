import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import bidiFactory from 'bidi-js';
import * as fontkit from 'fontkit';
import type { PDFDocument } from 'pdfkit';

/**
 * The record's typefaces (assets/fonts, README.md there: sources and licences). Noto Sans, regular and
 * bold, draws Latin with its accents (é, ß, ł), Greek and Cyrillic: every word of the catalogues and
 * most names. Fallback faces carry the other scripts a patient's name or a note may be written in:
 * Arabic, Hebrew, Thai, Devanagari, Armenian, Georgian, Chinese and Japanese (Droid Sans Fallback),
 * Korean (Nanum Square). The face is chosen per run of text by which face can draw its characters;
 * right-to-left runs are put in visual order by the Unicode bidirectional algorithm (bidi-js) and shaped
 * by fontkit (Arabic joining forms). Fallback files are read only when a record needs them; pdfkit
 * embeds every face as a subset of the glyphs used.
 *
 * A character that no face can draw is never dropped in silence: `findUnprintable` finds it in the
 * record's data before anything is written (the export refuses it, naming the field and the character),
 * and drawing one anyway throws.
 */
export const FONT = { regular: 'Body', bold: 'Body-Bold' } as const;

type Weight = 'regular' | 'bold';
type Face = { name: string; file: string };

const PRIMARY: Record<Weight, Face> = {
  regular: { name: FONT.regular, file: 'NotoSans-Regular.ttf' },
  bold: { name: FONT.bold, file: 'NotoSans-Bold.ttf' },
};

/** In the order they are tried after Noto Sans. Droid Sans Fallback has one weight. */
const FALLBACKS: readonly { script: string; regular: string; bold: string }[] = [
  { script: 'Arabic', regular: 'NotoSansArabic-Regular.ttf', bold: 'NotoSansArabic-Bold.ttf' },
  { script: 'Hebrew', regular: 'NotoSansHebrew-Regular.ttf', bold: 'NotoSansHebrew-Bold.ttf' },
  { script: 'Thai', regular: 'NotoSansThai-Regular.ttf', bold: 'NotoSansThai-Bold.ttf' },
  { script: 'Devanagari', regular: 'NotoSansDevanagari-Regular.ttf', bold: 'NotoSansDevanagari-Bold.ttf' },
  { script: 'Armenian', regular: 'NotoSansArmenian-Regular.ttf', bold: 'NotoSansArmenian-Bold.ttf' },
  { script: 'Georgian', regular: 'NotoSansGeorgian-Regular.ttf', bold: 'NotoSansGeorgian-Bold.ttf' },
  { script: 'Han', regular: 'DroidSansFallbackFull.ttf', bold: 'DroidSansFallbackFull.ttf' },
  { script: 'Hangul', regular: 'NanumSquareR.ttf', bold: 'NanumSquareB.ttf' },
];

const CHAINS: Record<Weight, readonly Face[]> = {
  regular: [PRIMARY.regular, ...FALLBACKS.map((f) => ({ name: `Fallback-${f.script}`, file: f.regular }))],
  bold: [PRIMARY.bold, ...FALLBACKS.map((f) => ({ name: f.bold === f.regular ? `Fallback-${f.script}` : `Fallback-${f.script}-Bold`, file: f.bold }))],
};

/**
 * assets/fonts from this file: electron/pdf/ in source, out/main/ once built; both sit two levels
 * below the project root. The packaged app passes its own folder instead.
 */
export function defaultFontDir(): string {
  return resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', 'assets', 'fonts');
}

/** Font files of this thread, read once each, parsed (for their character sets) only when asked. */
type Loaded = { bytes: Uint8Array; font?: fontkit.Font; chars?: Set<number> };
const files = new Map<string, Loaded>();
function load(path: string): Loaded {
  let entry = files.get(path);
  if (!entry) files.set(path, (entry = { bytes: readFileSync(path) }));
  return entry;
}
function fontOf(path: string): fontkit.Font {
  const entry = load(path);
  return (entry.font ??= fontkit.create(entry.bytes));
}
/** The primary faces are asked about every character: their sets are kept. */
function charsOf(path: string): Set<number> {
  const entry = load(path);
  return (entry.chars ??= new Set(fontOf(path).characterSet));
}

/** A family of faces in one folder: which face draws a character. */
type Faces = { dir: string; has(face: Face, codePoint: number): boolean; plain(text: string): boolean };
const facesByDir = new Map<string, Faces>();
function facesIn(dir: string): Faces {
  let faces = facesByDir.get(dir);
  if (faces) return faces;
  const primary = charsOf(join(dir, PRIMARY.regular.file));
  faces = {
    dir,
    has: (face, cp) => (face === PRIMARY.regular || face === PRIMARY.bold ? primary.has(cp) : fontOf(join(dir, face.file)).hasGlyphForCodePoint(cp)),
    // Noto Sans has every character below U+0250 that a text holds (Latin-1, Latin Extended-A and -B).
    plain: (text) => {
      for (let i = 0; i < text.length; i += 1) {
        const c = text.charCodeAt(i);
        if (c < 0x250 || primary.has(c)) continue;
        return false;
      }
      return true;
    },
  };
  facesByDir.set(dir, faces);
  return faces;
}

/** Controls and format characters (line breaks, tabs, bidi marks, soft hyphens): laid out, never drawn as glyphs. */
const INVISIBLE = /^[\p{Cc}\p{Cf}]$/u;
const LETTER = /^\p{L}$/u;
const MARK = /^\p{M}$/u;
/** Joiners shape Arabic and Indic text: they stay in their run. */
const JOINERS = new Set([0x200c, 0x200d]);
/** Letters of the right-to-left scripts (Hebrew, Arabic, Syriac, Thaana, NKo..., their presentation forms). */
const RTL_LETTER = /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]|\ud802[\udc00-\udfff]|\ud83a[\udc00-\udfff]/;

function faceFor(faces: Faces, cp: number, weight: Weight, previous: Face | null, char: string): Face | null {
  // Marks, digits, spaces and punctuation stay with the face of what precedes them when it has them.
  if (previous && !LETTER.test(char) && faces.has(previous, cp)) return previous;
  for (const face of CHAINS[weight]) if (faces.has(face, cp)) return face;
  if (weight === 'bold') for (const face of CHAINS.regular) if (faces.has(face, cp)) return face;
  return null;
}

export type Unprintable = { character: string; codePoint: string; index: number };

/** The first character of `text` that no shipped face can draw, or null. */
export function firstUnprintable(text: string, fontDir: string = defaultFontDir()): Unprintable | null {
  const faces = facesIn(fontDir);
  if (faces.plain(text)) return null;
  let index = 0;
  for (const char of text) {
    const cp = char.codePointAt(0) ?? 0;
    if (!INVISIBLE.test(char) && !(MARK.test(char) && index > 0) && faceFor(faces, cp, 'regular', null, char) === null) {
      return { character: char, codePoint: `U+${cp.toString(16).toUpperCase().padStart(4, '0')}`, index };
    }
    index += char.length;
  }
  return null;
}

/** Keys whose values are not printed as text (images, hashes of content). */
const NOT_TEXT = new Set(['png', 'jpeg', 'hash']);

/**
 * The first string anywhere in `data` (a record's data, walked in depth) holding a character no face
 * can draw: its field path ("patient.lastName", "entries.2.session.notes") and the character.
 */
export function findUnprintable(data: unknown, fontDir: string = defaultFontDir(), path: string[] = []): (Unprintable & { field: string }) | null {
  if (typeof data === 'string') {
    const found = firstUnprintable(data, fontDir);
    return found ? { ...found, field: path.join('.') } : null;
  }
  if (data === null || typeof data !== 'object' || ArrayBuffer.isView(data)) return null;
  for (const [key, value] of Object.entries(data)) {
    if (NOT_TEXT.has(key)) continue;
    const found = findUnprintable(value, fontDir, [...path, key]);
    if (found) return found;
  }
  return null;
}

/** Thrown when text with an unprintable character reaches the page (the export checks the data first). */
function unprintableCharacterError(found: Unprintable): Error & Unprintable {
  const error = new Error(`No font of the record can draw ${found.codePoint} (${JSON.stringify(found.character)})`);
  error.name = 'UnprintableCharacterError';
  return Object.assign(error, found);
}

type Run = { text: string; face: Face; level: number };
let bidi: ReturnType<typeof bidiFactory> | null = null;

/**
 * `text` cut into runs of one face and one bidi level, in visual order (left to right). A run of a
 * right-to-left script is given in logical order: fontkit shapes it and reverses it (`rtl` marks it);
 * any other right-to-left run (punctuation between two Arabic words) is reversed here, mirrored.
 */
function visualRuns(faces: Faces, text: string, weight: Weight): (Run & { rtl: boolean })[] {
  const rtl = RTL_LETTER.test(text);
  bidi ??= bidiFactory();
  const levels = rtl ? bidi.getEmbeddingLevels(text, 'auto').levels : null;
  const runs: Run[] = [];
  let index = 0;
  let last: Run | undefined;
  for (const char of text) {
    const i = index;
    index += char.length;
    const cp = char.codePointAt(0) ?? 0;
    const level = levels?.[i] ?? 0;
    let drawn = char;
    if (INVISIBLE.test(char) && !JOINERS.has(cp)) {
      if (cp !== 0x09 && cp !== 0x0a && cp !== 0x0d) continue;
      drawn = ' ';
    }
    if (JOINERS.has(cp) && last) {
      last.text += char;
      continue;
    }
    const face = faceFor(faces, drawn.codePointAt(0) ?? 0, weight, last?.face ?? null, drawn);
    if (!face) throw unprintableCharacterError({ character: char, codePoint: `U+${cp.toString(16).toUpperCase().padStart(4, '0')}`, index: i });
    if (last && last.face === face && last.level === level) last.text += drawn;
    else runs.push((last = { text: drawn, face, level }));
  }
  if (!levels) return runs.map((r) => ({ ...r, rtl: false }));
  // Rule L2: from the highest level down to the lowest odd one, reverse every stretch of runs at that level or above.
  const highest = Math.max(...runs.map((r) => r.level));
  const lowestOdd = Math.min(...runs.map((r) => (r.level % 2 === 1 ? r.level : Infinity)));
  for (let level = highest; level >= lowestOdd; level -= 1) {
    for (let start = 0; start < runs.length; ) {
      if ((runs[start]?.level ?? 0) < level) {
        start += 1;
        continue;
      }
      let end = start;
      while (end < runs.length && (runs[end]?.level ?? 0) >= level) end += 1;
      const reversed = runs.slice(start, end).reverse();
      runs.splice(start, end - start, ...reversed);
      start = end;
    }
  }
  const mirror = bidi;
  return runs.map((r) => {
    if (r.level % 2 === 0) return { ...r, rtl: false };
    if (RTL_LETTER.test(r.text)) return { ...r, rtl: true };
    const chars = [...r.text].reverse().map((c) => mirror.getMirroredCharacter(c) ?? c);
    return { ...r, text: chars.join(''), rtl: false };
  });
}

/** pdfkit's document as far as the fallback needs to see inside it. */
type DocInternals = { _fontSize: number; _font: { ascender: number } };

/**
 * Reads the primary faces and registers them with the document, and teaches the document's `text` and
 * `widthOfString` to draw and measure text the primary face cannot draw with the fallback faces, run by
 * run. Text Noto Sans can draw entirely (nearly all of it) goes straight to pdfkit.
 */
export function registerFonts(doc: PDFDocument, fontDir: string = defaultFontDir()): void {
  for (const face of [PRIMARY.regular, PRIMARY.bold]) doc.registerFont(face.name, load(join(fontDir, face.file)).bytes);
  const faces = facesIn(fontDir);
  const registered = new Set<string>([PRIMARY.regular.name, PRIMARY.bold.name]);
  const internals = doc as unknown as DocInternals;
  const baseFont = doc.font.bind(doc);
  const baseText = doc.text.bind(doc) as (text: string, x?: number, y?: number, options?: Parameters<PDFDocument['widthOfString']>[1]) => PDFDocument;
  const baseWidth = doc.widthOfString.bind(doc);
  let current: string = FONT.regular;
  // While a run is drawn, pdfkit measures it (widthOfString) in the run's own face: left alone.
  let drawing = false;
  const weight = (): Weight | null => (current === FONT.bold ? 'bold' : current === FONT.regular ? 'regular' : null);
  const use = (face: Face, size: number) => {
    if (!registered.has(face.name)) {
      doc.registerFont(face.name, load(join(fontDir, face.file)).bytes);
      registered.add(face.name);
    }
    baseFont(face.name, size);
  };
  // A right-to-left run is laid out whole (pdfkit would otherwise shape it word by word, in logical order).
  const runOptions = <O extends object | undefined>(options: O, rtl: boolean) => (rtl ? { ...options, features: [] as string[] } : options);

  doc.font = ((name: string, size?: number) => {
    current = name;
    return baseFont(name, size);
  }) as PDFDocument['font'];

  doc.widthOfString = ((text: string, options?: Parameters<PDFDocument['widthOfString']>[1]) => {
    const w = weight();
    if (drawing || w === null || faces.plain(text)) return baseWidth(text, options);
    const size = internals._fontSize;
    const font = internals._font;
    let width = 0;
    for (const run of visualRuns(faces, text, w)) {
      use(run.face, size);
      width += baseWidth(run.text, runOptions(options, run.rtl));
    }
    internals._font = font;
    return width;
  }) as PDFDocument['widthOfString'];

  doc.text = ((text: string, x?: number | object, y?: number, options?: Parameters<PDFDocument['widthOfString']>[1]) => {
    const w = weight();
    if (typeof x !== 'number' || typeof y !== 'number' || w === null || faces.plain(text)) return (baseText as (...a: unknown[]) => PDFDocument)(text, x, y, options);
    const size = internals._fontSize;
    const font = internals._font;
    const ascender = font.ascender;
    const { width: _width, ellipsis: _ellipsis, ...rest } = (options ?? {}) as { width?: number; ellipsis?: unknown };
    let cx = x;
    try {
      drawing = true;
      for (const run of visualRuns(faces, text, w)) {
        use(run.face, size);
        // Baselines aligned: pdfkit places text by its top, at the face's own ascender.
        const dy = ((ascender - internals._font.ascender) / 1000) * size;
        const opts = runOptions({ ...rest, lineBreak: false }, run.rtl);
        baseText(run.text, cx, y + dy, opts);
        cx += baseWidth(run.text, opts);
      }
    } finally {
      drawing = false;
      internals._font = font;
    }
    return doc;
  }) as PDFDocument['text'];

  doc.font(FONT.regular);
}
