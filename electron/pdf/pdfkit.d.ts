/**
 * The part of pdfkit (0.20, no bundled types) that the record uses. pdfkit's own documentation is the
 * reference; this only lets the type checker see the calls.
 */
declare module 'pdfkit' {
  import type { Writable } from 'node:stream';

  type Colour = string | [number, number, number];
  type TextOptions = {
    width?: number;
    height?: number;
    align?: 'left' | 'center' | 'right' | 'justify';
    lineBreak?: boolean;
    ellipsis?: boolean | string;
    lineGap?: number;
    continued?: boolean;
    baseline?: 'top' | 'middle' | 'bottom' | 'alphabetic' | 'hanging';
    characterSpacing?: number;
    underline?: boolean;
    oblique?: boolean | number;
    /** OpenType features; given (even empty), pdfkit lays the text out as one run instead of word by word. */
    features?: string[];
  };
  type DocumentOptions = {
    size?: string | [number, number];
    margins?: { top: number; bottom: number; left: number; right: number };
    margin?: number;
    bufferPages?: boolean;
    autoFirstPage?: boolean;
    compress?: boolean;
    info?: Record<string, string | Date>;
    lang?: string;
    displayTitle?: boolean;
    font?: string | null;
  };

  export class PDFDocument {
    constructor(options?: DocumentOptions);
    x: number;
    y: number;
    page: { width: number; height: number; margins: { top: number; bottom: number; left: number; right: number } };
    pipe<T extends Writable>(destination: T): T;
    end(): void;
    on(event: 'pageAdded', listener: () => void): this;
    on(event: 'data', listener: (chunk: Uint8Array) => void): this;
    on(event: 'end' | 'error', listener: (error?: Error) => void): this;
    addPage(options?: DocumentOptions): this;
    bufferedPageRange(): { start: number; count: number };
    switchToPage(n: number): this;
    flushPages(): void;
    registerFont(name: string, src: string | Uint8Array | ArrayBuffer, family?: string): this;
    font(name: string, size?: number): this;
    fontSize(size: number): this;
    currentLineHeight(includeGap?: boolean): number;
    text(text: string, x?: number, y?: number, options?: TextOptions): this;
    text(text: string, options?: TextOptions): this;
    widthOfString(text: string, options?: TextOptions): number;
    heightOfString(text: string, options?: TextOptions): number;
    fillColor(colour: Colour, opacity?: number): this;
    strokeColor(colour: Colour, opacity?: number): this;
    fillOpacity(opacity: number): this;
    strokeOpacity(opacity: number): this;
    opacity(opacity: number): this;
    lineWidth(width: number): this;
    lineJoin(join: 'miter' | 'round' | 'bevel'): this;
    lineCap(cap: 'butt' | 'round' | 'square'): this;
    dash(length: number, options?: { space?: number; phase?: number }): this;
    undash(): this;
    save(): this;
    restore(): this;
    translate(x: number, y: number): this;
    scale(x: number, y?: number, options?: { origin?: [number, number] }): this;
    rotate(angle: number, options?: { origin?: [number, number] }): this;
    moveTo(x: number, y: number): this;
    lineTo(x: number, y: number): this;
    bezierCurveTo(c1x: number, c1y: number, c2x: number, c2y: number, x: number, y: number): this;
    closePath(): this;
    rect(x: number, y: number, w: number, h: number): this;
    /** A JPEG or PNG image (bytes), scaled to `fit` inside a box or to `width` / `height`. */
    image(src: Buffer | Uint8Array | ArrayBuffer, x: number, y: number, options?: { width?: number; height?: number; fit?: [number, number]; align?: 'left' | 'center' | 'right'; valign?: 'top' | 'center' | 'bottom' }): this;
    roundedRect(x: number, y: number, w: number, h: number, r?: number): this;
    circle(x: number, y: number, r: number): this;
    polygon(...points: [number, number][]): this;
    path(d: string): this;
    fill(colour?: Colour, rule?: 'even-odd' | 'non-zero'): this;
    stroke(colour?: Colour): this;
    fillAndStroke(fill?: Colour, stroke?: Colour, rule?: 'even-odd' | 'non-zero'): this;
    /** Fills and strokes with the colours already set, by this rule. */
    fillAndStroke(rule: 'even-odd' | 'non-zero'): this;
    /** Operators written as they are into the current page's content (one or more, newline-separated). */
    addContent(operators: string): this;
    clip(rule?: 'even-odd' | 'non-zero'): this;
  }
  export default PDFDocument;
}
