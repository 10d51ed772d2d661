import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportPdf } from '../../../electron/pdf/exportPdf.ts';
import { CONTENT_BOTTOM } from '../../../electron/pdf/layout.ts';
import { loadSessionRecord } from '../../../electron/pdf/recordData.ts';
import { recordWords } from '../../../electron/pdf/renderRecord.ts';
import { FULL_DEPTH_RANGE, type DepthRange } from '../../../shared/depth.ts';
import { depthLegendEntries } from '../../../shared/depthLegendText.ts';
import { createFormatter } from '../../../shared/format/formatter.ts';
import type { UiLanguage } from '../../../shared/i18n/languages.ts';
import { GAUGE_LEGEND } from '../../../shared/markerPalette.ts';
import type { InjectionPoint } from '../../../shared/point.ts';
import { DEFAULT_SETTINGS } from '../../../shared/settings.ts';
import { openTestStore } from '../store/fixtures.ts';
import { celluliteSession, faceSession, kneeAndShoulderSession, kneeSession } from './mapSessions.ts';
import { actor, populateCourse, SETTINGS } from './recordFixtures.ts';

/**
 * The printed map's legend has the room it needs at every layout (issue 12): beside a map in its column,
 * with or without the locator, and below a map across the page; with the multi-injector's entry and the
 * skin layers of the full depth scale, in every language. Read back with `pdftotext -bbox`: every entry
 * is on the map's page, above the running footer, and no other text lies on it. Each record's pages are
 * kept in tests/.artifacts/pdf/legend-<case>.pdf and turned into PNGs (110 dpi) beside it
 * (legend-<case>-<page>.png), to be looked at.
 */

const ARTIFACTS = 'tests/.artifacts/pdf';

/** The knee with every fourth shot a five-needle multi-injector's. */
function kneeWithMultiInjector(): InjectionPoint[] {
  return kneeSession().map((p, i) => (i % 4 === 1 ? { ...p, injector: { kind: 'multi', needleCount: 5 } } : p));
}

type Case = { name: string; chart: () => InjectionPoint[]; range: DepthRange; language: UiLanguage };
const DEFAULT_RANGE = DEFAULT_SETTINGS.depthRange;
const CASES: Case[] = [
  { name: 'knee', chart: kneeSession, range: DEFAULT_RANGE, language: 'en' },
  { name: 'face', chart: faceSession, range: DEFAULT_RANGE, language: 'en' },
  { name: 'cellulite', chart: celluliteSession, range: DEFAULT_RANGE, language: 'en' },
  { name: 'knee-shoulder', chart: kneeAndShoulderSession, range: DEFAULT_RANGE, language: 'en' },
  { name: 'knee-multi-full', chart: kneeWithMultiInjector, range: FULL_DEPTH_RANGE, language: 'en' },
  { name: 'face-full-it', chart: faceSession, range: FULL_DEPTH_RANGE, language: 'it' },
  ...(['en', 'fr', 'it', 'es', 'pt-BR'] as const).map((language) => ({ name: `cellulite-full-${language}`, chart: celluliteSession, range: FULL_DEPTH_RANGE, language })),
  { name: 'knee-shoulder-multi-full-pt-BR', chart: () => kneeAndShoulderSession().map((p, i) => (i % 5 === 0 ? { ...p, injector: { kind: 'multi', needleCount: 12 } } : p)), range: FULL_DEPTH_RANGE, language: 'pt-BR' },
];

type Word = { text: string; x0: number; y0: number; x1: number; y1: number };

/** Each page's words with their boxes (points from the page's top left), as pdftotext lays them out. */
function pages(pdf: string): Word[][] {
  const html = execFileSync('pdftotext', ['-bbox', pdf, '-'], { encoding: 'utf8' });
  return html.split('<page ').slice(1).map((page) =>
    [...page.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g)].map((m) => ({
      text: m[5]!.replaceAll('&lt;', '<').replaceAll('&gt;', '>').replaceAll('&amp;', '&').replaceAll('&apos;', "'").replaceAll('&#39;', "'"),
      x0: Number(m[1]),
      y0: Number(m[2]),
      x1: Number(m[3]),
      y1: Number(m[4]),
    })),
  );
}

/**
 * The words of `text` in `words`, read on from `first` (a word whose text is the first token): each next
 * token just right of the one before on its line, or starting the next line under the first. Null when
 * the text is not there.
 */
function readOn(words: readonly Word[], first: Word, tokens: readonly string[]): Word[] | null {
  const found = [first];
  for (const token of tokens.slice(1)) {
    const prev = found[found.length - 1]!;
    const next = words.find(
      (w) =>
        w.text === token &&
        ((Math.abs(w.y0 - prev.y0) < 1 && w.x0 > prev.x1 - 0.5 && w.x0 < prev.x1 + 8) || (w.y0 > prev.y0 + 4 && w.y0 < prev.y0 + 16 && Math.abs(w.x0 - first.x0) < 1)),
    );
    if (!next) return null;
    found.push(next);
  }
  return found;
}

/** The legend's lines as the record words them: each a choice of wordings (a layer on one line, or its name over its span). */
async function legendLines(c: Case, multi: boolean): Promise<string[][]> {
  const t = await recordWords(c.language);
  const fmt = createFormatter(c.language, 'UTC');
  const upper = (key: 'pdf:legend.depth' | 'pdf:legend.needle' | 'pdf:legend.multi') => t(key).toLocaleUpperCase(fmt.locale);
  return [
    [upper('pdf:legend.depth')],
    ...depthLegendEntries(t, fmt, c.range).map((e) => (e.layer ? [e.text, `${e.layer.name} ${e.layer.span}`] : [e.text])),
    [upper('pdf:legend.needle')],
    ...GAUGE_LEGEND.map((g) => [g.label]),
    ...(multi ? [[upper('pdf:legend.multi')], [t('pdf:legend.multiShot')]] : []),
    [t('pdf:legend.treatedRegion')],
  ];
}

/** Finds the legend's lines in order on one page, from its title down its column: the words of each, or null. */
function findLegend(words: readonly Word[], lines: readonly string[][]): Word[][] | null {
  const [titleLine, ...rest] = lines;
  for (const title of words.filter((w) => w.text === titleLine![0])) {
    const found: Word[][] = [[title]];
    for (const wordings of rest) {
      const below = found[found.length - 1]![0]!.y0;
      const match = wordings
        .map((line) => line.split(/\s+/))
        .flatMap((tokens) => words.filter((w) => w.text === tokens[0] && w.y0 > below + 1 && w.x0 >= title.x0 - 0.5 && w.x0 < title.x0 + 20).map((w) => readOn(words, w, tokens)))
        .filter((m): m is Word[] => m !== null)
        .sort((a, b) => a[0]!.y0 - b[0]!.y0)[0];
      if (!match) break;
      found.push(match);
    }
    if (found.length === lines.length) return found;
  }
  return null;
}

const intersects = (a: Word, b: Word) => a.x0 < b.x1 - 0.3 && b.x0 < a.x1 - 0.3 && a.y0 < b.y1 - 0.3 && b.y0 < a.y1 - 0.3;

describe('the printed map legend', () => {
  it.each(CASES)('has room for every entry: $name', async (c) => {
    const { store } = openTestStore();
    const session = populateCourse(store, { sessions: 1, pointsPerSession: 0 }).sessions[0]!;
    const points = c.chart();
    store.saveSession(session.id, {}, points, actor);
    mkdirSync(ARTIFACTS, { recursive: true });
    const path = join(ARTIFACTS, `legend-${c.name}.pdf`);
    await exportPdf(await loadSessionRecord({ store, settings: { ...SETTINGS, depthRange: c.range }, language: c.language }, session.id), path);
    execFileSync('pdftoppm', ['-png', '-r', '110', path, join(ARTIFACTS, `legend-${c.name}`)]);

    const lines = await legendLines(c, points.some((p) => p.injector.kind === 'multi'));
    const all = pages(path);
    const found = all.map((words) => ({ words, legend: findLegend(words, lines) })).filter((p) => p.legend !== null);
    // One map view: one legend, whole, on one page.
    expect(found.map((p) => p.legend?.length)).toEqual([lines.length]);
    const { words, legend } = found[0]!;
    const own = new Set(legend!.flat());
    const box = { text: '', x0: Math.min(...[...own].map((w) => w.x0)), y0: Math.min(...[...own].map((w) => w.y0)), x1: Math.max(...[...own].map((w) => w.x1)), y1: Math.max(...[...own].map((w) => w.y1)) };
    expect(box.y1).toBeLessThanOrEqual(CONTENT_BOTTOM);
    // The draft's watermark (letters some 80 pt high, drawn across the page) is not a block.
    const blocks = words.filter((w) => w.y1 - w.y0 < 20);
    expect(blocks.filter((w) => !own.has(w) && intersects(w, box)).map((w) => w.text)).toEqual([]);
    // The block after the map (the table of points) starts below the legend.
    const t = await recordWords(c.language);
    // The legend's room is not taken from the regions' summary: these charts' regions are all listed.
    const text = execFileSync('pdftotext', [path, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    // (Its start only: a line too long for its column ends in an ellipsis.)
    const cut = Array.from({ length: 12 }, (_, i) => t('pdf:map.moreRegions', { count: i + 1 }).slice(0, 16)).filter((note) => text.includes(note));
    expect(cut).toEqual([]);
    const next = words.find((w) => w.text === t('pdf:points.heading').split(' ')[0] && w.x0 < 50);
    if (next) expect(next.y0).toBeGreaterThan(box.y1);
  });
});
