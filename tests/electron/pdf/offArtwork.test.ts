import { execFileSync } from 'node:child_process';
import { createWriteStream, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PDFDocument } from 'pdfkit';
import { describe, expect, it } from 'vitest';
import { MAP_ARTWORK } from '../../../assets/maps/index.ts';
import { DEFAULT_SETTINGS } from '../../../shared/settings.ts';
import { createFormatter } from '../../../shared/format/formatter.ts';
import { numbersByChart } from '../../../shared/markerPalette.ts';
import { MAP_EXTENT, pointSchema, type InjectionPoint } from '../../../shared/point.ts';
import { exportPdf } from '../../../electron/pdf/exportPdf.ts';
import { registerFonts } from '../../../electron/pdf/fonts.ts';
import { newFlow, PAGE } from '../../../electron/pdf/layout.ts';
import { drawMapView, fitArtwork, onArtwork, type Box } from '../../../electron/pdf/mapDrawing.ts';
import { loadSessionRecord } from '../../../electron/pdf/recordData.ts';
import { recordWords } from '../../../electron/pdf/renderRecord.ts';
import { openTestStore, tempDir } from '../store/fixtures.ts';
import { actor, chart, populateCourse, SETTINGS } from './recordFixtures.ts';

/**
 * A point may lie anywhere up to MAP_EXTENT (2000) in its view's coordinates, well beyond the drawing.
 * On paper such a point is left off the map and nothing, not even the marker of a point at the
 * drawing's edge, is drawn outside the map's frame (over the legend beside it); a note under the map
 * names the points left off. Pages are rendered to tests/.artifacts/pdf/ to be looked at.
 */

const ARTIFACTS = 'tests/.artifacts/pdf';
const text = (pdf: string) => execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });

/** The first page of `pdf` in grey levels at 72 dpi: one pixel per point of the page. */
function greyPage(pdf: string): { width: number; height: number; at: (x: number, y: number) => number } {
  const pgm = execFileSync('pdftoppm', ['-gray', '-r', '72', '-f', '1', '-l', '1', pdf]);
  // Binary PGM: "P5", width, height, maxval, each followed by one whitespace, then the pixels.
  const header = /^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(pgm.subarray(0, 64).toString('latin1'));
  if (!header) throw new Error('pdftoppm gave no PGM');
  const width = Number(header[1]);
  const height = Number(header[2]);
  const offset = header[0].length;
  return { width, height, at: (x, y) => pgm[offset + y * width + x] ?? -1 };
}

const point = (id: number, x: number, y: number, extra: Partial<InjectionPoint> = {}): InjectionPoint =>
  pointSchema.parse({ id: `00000000-0000-4000-8000-${String(id).padStart(12, '0')}`, view: 'body-front', x, y, region: '', depthMm: 5, needle: '30G-4mm', technique: 'point', ...extra });

describe('a point outside the drawing of its view', () => {
  it('is left off the map, and nothing is drawn outside the map\'s frame', async () => {
    const art = MAP_ARTWORK['body-front'];
    const frame: Box = { x: 60, y: 120, w: 250, h: 560 };
    const box: Box = { x: frame.x + 6, y: frame.y + 6, w: frame.w - 12, h: frame.h - 12 };
    const { scale, ox, oy } = fitArtwork('body-front', box);
    // Where a point would land on the page, drawn at its position.
    const onPage = (p: { x: number; y: number }) => ({ x: ox + p.x * scale, y: oy + p.y * scale });
    const inside = chart(12, 7, ['body-front']);
    const beside = point(9001, art.width + 80 / scale, art.height * 0.5); // would land right of the frame, where the legend is
    const below = point(9002, art.width * 0.5, art.height + 40 / scale); // below the frame
    const far = point(9003, MAP_EXTENT, MAP_EXTENT);
    // On the drawing's very edge, a multi-injector shot of 18 needles: its footprint and number plate reach past the frame.
    const edge = point(9004, art.width, 0, { injector: { kind: 'multi', needleCount: 18 } });
    const points = [...inside, beside, below, far, edge];
    expect(points.filter((p) => !onArtwork('body-front', p)).map((p) => p.id)).toEqual([beside.id, below.id, far.id]);
    // The test means something: the points left off would have been drawn on the page, outside the frame.
    for (const p of [beside, below]) {
      const at = onPage(p);
      expect(at.x > frame.x + frame.w || at.y > frame.y + frame.h).toBe(true);
      expect(at.x < PAGE.width && at.y < PAGE.height).toBe(true);
    }

    const doc = new PDFDocument({ size: 'A4', margins: { top: 0, bottom: 0, left: 0, right: 0 }, bufferPages: true });
    registerFonts(doc);
    mkdirSync(ARTIFACTS, { recursive: true });
    const path = join(ARTIFACTS, 'off-artwork-map.pdf');
    const out = createWriteStream(path);
    const written = new Promise<void>((resolve) => out.on('finish', () => resolve()));
    doc.pipe(out);
    const flow = newFlow(doc, { section: '', draft: false }, await recordWords('en'), createFormatter('en', 'UTC'));
    drawMapView(flow, 'body-front', points, numbersByChart(points), box, DEFAULT_SETTINGS.depthRange, frame);
    doc.end();
    await written;
    execFileSync('pdftoppm', ['-png', '-r', '80', path, join(ARTIFACTS, 'off-artwork-map')]);

    const page = greyPage(path);
    expect(page.width).toBe(Math.ceil(PAGE.width));
    let drawnInside = 0;
    const outside: string[] = [];
    for (let y = 0; y < page.height; y += 1) {
      for (let x = 0; x < page.width; x += 1) {
        const within = x >= frame.x - 1 && x <= frame.x + frame.w + 1 && y >= frame.y - 1 && y <= frame.y + frame.h + 1;
        const ink = page.at(x, y) < 250;
        if (within && ink) drawnInside += 1;
        if (!within && ink && outside.length < 10) outside.push(`${x},${y}`);
      }
    }
    expect(drawnInside).toBeGreaterThan(1000); // the drawing and its markers are there
    expect(outside).toEqual([]); // and nothing beyond the frame
  });

  it('is named in a note under the map, in the record\'s language', async () => {
    const { store } = openTestStore();
    const fx = populateCourse(store, { sessions: 1, pointsPerSession: 10 });
    const session = fx.sessions[0]!;
    expect(session.status).toBe('draft');
    const art = MAP_ARTWORK['body-front'];
    const strays = [point(9101, art.width + 40, art.height / 2), point(9102, MAP_EXTENT, MAP_EXTENT)];
    store.saveSession(session.id, {}, [...session.points, ...strays], actor);
    const saved = store.getSession(session.id)!;
    const numbers = numbersByChart(saved.points);
    const [first, second] = strays.map((p) => numbers.get(p.id));

    const path = join(tempDir(), 'strays.pdf');
    await exportPdf(await loadSessionRecord({ store, settings: SETTINGS }, session.id), path);
    const english = text(path).replace(/\s+/g, ' ');
    expect(english).toContain(`2 points lie outside the drawing of this view and are not shown on the map: ${first}, ${second} (see the table of points).`);
    // Still in the table of points: a point left off the map is not left out of the record.
    expect(english).toContain('12 points; total volume');
    execFileSync('pdftoppm', ['-png', '-r', '80', '-f', '2', '-l', '2', path, join(ARTIFACTS, 'off-artwork-record')]);

    const french = join(tempDir(), 'hors-dessin.pdf');
    await exportPdf(await loadSessionRecord({ store, settings: SETTINGS, language: 'fr' }, session.id), french);
    expect(text(french).replace(/\s+/g, ' ')).toContain(`2 points sont situés hors du dessin de cette vue et ne sont pas reportés sur la cartographie : ${first}, ${second}`);

    store.saveSession(session.id, {}, [...session.points, strays[0]!], actor);
    const one = join(tempDir(), 'stray.pdf');
    await exportPdf(await loadSessionRecord({ store, settings: SETTINGS }, session.id), one);
    expect(text(one).replace(/\s+/g, ' ')).toContain(`Point ${first} lies outside the drawing of this view: it is not shown on the map (see the table of points).`);
    expect(readFileSync(one).length).toBeGreaterThan(0);
  });
});
