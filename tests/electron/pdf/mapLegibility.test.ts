import { execFileSync } from 'node:child_process';
import { createWriteStream, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { PDFDocument } from 'pdfkit';
import { describe, expect, it } from 'vitest';
import { createFormatter } from '../../../shared/format/formatter.ts';
import { MIN_NUMBER_PT } from '../../../shared/map/mapFraming.ts';
import type { MapViewId } from '../../../shared/mapViews.ts';
import { mapColumn } from '../../../electron/pdf/sessionRecord.ts';
import { numbersByChart } from '../../../shared/markerPalette.ts';
import type { InjectionPoint } from '../../../shared/point.ts';
import { DEFAULT_SETTINGS } from '../../../shared/settings.ts';
import { exportPdf } from '../../../electron/pdf/exportPdf.ts';
import { FONT, registerFonts } from '../../../electron/pdf/fonts.ts';
import { CONTENT_LEFT, newFlow } from '../../../electron/pdf/layout.ts';
import { planViewMap } from '../../../electron/pdf/mapSection.ts';
import { drawMapSheet } from '../../../electron/pdf/mapSheet.ts';
import { loadSessionRecord } from '../../../electron/pdf/recordData.ts';
import { recordWords } from '../../../electron/pdf/renderRecord.ts';
import { openTestStore, tempDir } from '../store/fixtures.ts';
import { celluliteSession, faceSession, kneeAndShoulderSession, kneeDetailSession, kneeSession, spineSession } from './mapSessions.ts';
import { actor, populateCourse, SETTINGS } from './recordFixtures.ts';

/**
 * The printed map is legible at the scale of what it treats (issue 12): a knee, a face, the cellulite of
 * both thighs, a knee with a shoulder. Every marker's number is on the map, none smaller than 6 pt, and
 * the record needs no note of numbers left off. Each record's pages are turned into PNGs at 150 dpi in
 * tests/.artifacts/pdf/ (map-<chart>-<page>.png), to be looked at.
 */

const ARTIFACTS = 'tests/.artifacts/pdf';

const CHARTS: [string, MapViewId, () => InjectionPoint[], string][] = [
  ['knee', 'body-front', kneeSession, 'Map: Body, front (16 points)'],
  ['face', 'face', faceSession, 'Map: Face (40 points)'],
  ['cellulite', 'body-back', celluliteSession, 'Map: Body, back (120 points)'],
  ['knee-shoulder', 'body-front', kneeAndShoulderSession, 'Map: Body, front (24 points)'],
  ['knee-detail', 'knee-anterior', kneeDetailSession, 'Map: Knee, front (16 points)'],
  ['spine', 'spine', spineSession, 'Map: Spine (C1–S1) (14 points)'],
];

type Word = { text: string; height: number };

/** The words of page 1 with their heights (points), as pdftotext lays them out. */
function words(pdf: string): Word[] {
  const html = execFileSync('pdftotext', ['-bbox', '-f', '1', '-l', '1', pdf, '-'], { encoding: 'utf8' });
  return [...html.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g)].map((m) => ({
    text: m[5]!,
    height: Number(m[4]) - Number(m[2]),
  }));
}

/** The map alone on a page, as the record draws it, with a 6 pt "0" in the corner to measure against. */
async function mapAlone(name: string, view: MapViewId, points: InjectionPoint[]): Promise<{ path: string; unplaced: number[] }> {
  const doc = new PDFDocument({ size: 'A4', margins: { top: 0, bottom: 0, left: 0, right: 0 } });
  registerFonts(doc);
  mkdirSync(ARTIFACTS, { recursive: true });
  const path = join(ARTIFACTS, `map-alone-${name}.pdf`);
  const out = createWriteStream(path);
  const written = new Promise<void>((resolve) => out.on('finish', () => resolve()));
  doc.pipe(out);
  const flow = newFlow(doc, { section: '', draft: false }, await recordWords('en'), createFormatter('en', 'UTC'));
  const plan = planViewMap(view, points, mapColumn(view));
  const { unplaced } = drawMapSheet(flow, view, points, numbersByChart(points), plan, { x: CONTENT_LEFT, y: 100 }, DEFAULT_SETTINGS.depthRange);
  doc.font(FONT.bold, MIN_NUMBER_PT).fillColor('#000000').text('0', 4, 4, { lineBreak: false });
  doc.end();
  await written;
  return { path, unplaced };
}

describe('the printed map of a chart', () => {
  it.each(CHARTS)('numbers every point of the %s chart on the map, none under 6 pt', async (name, view, chart) => {
    const points = chart();
    const { path, unplaced } = await mapAlone(name, view, points);
    expect(unplaced).toEqual([]);
    const all = words(path);
    const reference = all.find((w) => w.text === '0');
    expect(reference).toBeDefined();
    const numbers = all.filter((w) => /^\d+$/.test(w.text) && w !== reference);
    expect(numbers.map((w) => Number(w.text)).sort((a, b) => a - b)).toEqual(points.map((_, i) => i + 1));
    for (const n of numbers) expect(n.height).toBeGreaterThanOrEqual(reference!.height - 1e-6);
  });

  it.each(CHARTS)('prints the %s session with its map and no number left off, pages turned into PNGs', async (name, _view, chart, heading) => {
    const { store } = openTestStore();
    const session = populateCourse(store, { sessions: 1, pointsPerSession: 0 }).sessions[0]!;
    store.saveSession(session.id, {}, chart(), actor);
    const path = join(tempDir(), `${name}.pdf`);
    await exportPdf(await loadSessionRecord({ store, settings: SETTINGS }, session.id), path);
    const text = execFileSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    expect(text).toContain(heading);
    expect(text).not.toContain('Too crowded to number');
    expect(text).not.toContain('outside the drawing');
    mkdirSync(ARTIFACTS, { recursive: true });
    execFileSync('pdftoppm', ['-png', '-r', '150', path, join(ARTIFACTS, `map-${name}`)]);
  });
});
