/**
 * The part of fontkit (2.x, pdfkit's font engine, no bundled types) that the record uses: reading a
 * font file to learn which characters it can draw. pdfkit itself lays the text out with it.
 */
declare module 'fontkit' {
  export type Font = {
    readonly characterSet: number[];
    readonly unitsPerEm: number;
    readonly ascent: number;
    hasGlyphForCodePoint(codePoint: number): boolean;
  };
  export function create(buffer: Uint8Array, postscriptName?: string): Font;
}
