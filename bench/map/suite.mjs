// The map suite of `npm run bench` (bench/run.mjs runs it; alone: `npm run bench -- map`).
// Builds the bench page (bench/map/index.html + main.tsx) with Vite's JS API into a scratch folder,
// out of the app bundle; serves it; drives Debian's Chromium with playwright-core; measures the real
// MapCanvas with 5,000 points on one view and, in the same run, a naive Konva stage as the baseline;
// hands its figures to the runner through BENCH_OUT (see bench/run.mjs).
import { createServer } from 'node:http';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import react from '@vitejs/plugin-react';
import { chromium } from 'playwright-core';

const here = fileURLToPath(new URL('.', import.meta.url)).replace(/\/$/, '');
const outDir = mkdtempSync(join(tmpdir(), 'mesochart-bench-map-'));
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const FLAGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

const FIGURES = {
  'map.first_render_ms': { budget: 150, note: 'MapCanvas mounted to 5,000 markers drawn (median of 3 page loads)' },
  'map.detail_first_render_ms': { budget: 150, note: 'MapCanvas mounted on the knee\'s detail view (front) to its 200 markers drawn, numbered (median of 3 page loads)' },
  'map.drag_frame_p95_ms': { budget: 8, note: 'main-thread work per frame dragging 1 of 5,000 points (p95)' },
  'map.place_ms': { budget: 16, note: 'click on empty map to the new marker drawn (median of 15)' },
  'map.naive_drag_frame_p95_ms': { note: 'same drag, naive stage: 5,000 listening Circle+Text, Konva drag/hit graph' },
  'map.naive_over_ours': { budget: 5, better: 'higher', note: 'naive drag frame p95 / ours' },
  // No budget: the map numbers at most LABEL_LIMIT (400) markers in sight; this is the worst case.
  'map.label_placement_ms': { note: 'numbers of all 5,000 points placed at once (labelPlacement.ts), the view at 4× its fit (median of 5)' },
};

async function buildBench() {
  await build({
    root: here,
    base: './',
    logLevel: 'warn',
    plugins: [react()],
    build: { outDir, emptyOutDir: true, minify: true, sourcemap: false },
  });
}

const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css' };
function serve(dir) {
  return new Promise((resolveServer) => {
    const server = createServer((req, res) => {
      const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)).replace(/^\/+/, '');
      const file = join(dir, path === '' ? 'index.html' : path);
      if (!file.startsWith(dir) || !existsSync(file)) {
        res.writeHead(404).end();
        return;
      }
      res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file));
    });
    server.listen(0, '127.0.0.1', () => resolveServer(server));
  });
}

const percentile = (values, p) => {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
};
const median = (values) => percentile(values, 50);

async function openPage(browser, url) {
  const page = await browser.newPage({ viewport: { width: 1100, height: 900 } });
  await page.goto(url);
  await page.waitForFunction(() => window.__bench?.ready === true, null, { timeout: 30000 });
  // Runs after every other window listener (Konva's drag among them): the end of an event's handling.
  await page.evaluate(() => {
    for (const type of ['pointermove', 'mousemove', 'pointerdown', 'mousedown', 'pointerup', 'mouseup']) {
      window.addEventListener(type, () => window.__perfLog.push({ kind: 'input', dur: performance.now() - window.__inputStart(), end: performance.now() }));
    }
  });
  return page;
}

/** Main-thread work per frame while dragging: input handling since the last frame plus that frame's callbacks. */
async function dragFrames(page, steps = 120) {
  const target = await page.evaluate(() => window.__bench.target);
  const from = await page.evaluate(({ x, y }) => window.__bench.screenOf(x, y), target);
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move(from.x + 2, from.y + 2);
  await page.mouse.move(from.x + 5, from.y + 5);
  await page.waitForTimeout(150);
  await page.evaluate(() => (window.__perfLog.length = 0));
  for (let i = 1; i <= steps; i += 1) {
    const a = (i / steps) * Math.PI * 2;
    await page.mouse.move(from.x + 5 + Math.sin(a) * 120, from.y + 5 + (1 - Math.cos(a)) * 60);
  }
  await page.waitForTimeout(100);
  const log = await page.evaluate(() => window.__perfLog.slice());
  await page.mouse.up();
  log.sort((a, b) => a.end - b.end);
  const frames = [];
  let input = 0;
  let current = null;
  for (const e of log) {
    if (e.kind === 'input') {
      if (current) {
        frames.push(current.work);
        current = null;
      }
      input += e.dur;
    } else if (current && current.ts === e.ts) current.work += e.dur;
    else {
      if (current) frames.push(current.work);
      current = { ts: e.ts, work: input + e.dur };
      input = 0;
    }
  }
  if (current) frames.push(current.work);
  return frames;
}

async function placeTimes(page, clicks = 15) {
  const times = [];
  for (let i = 0; i < clicks; i += 1) {
    // Left of the head, off the silhouette: empty map, so a click places a point.
    const at = await page.evaluate((k) => window.__bench.screenOf(40 + (k % 5) * 40, 60 + Math.floor(k / 5) * 40), i);
    const before = await page.evaluate(() => window.__bench.count());
    await page.mouse.click(at.x, at.y);
    await page.waitForFunction((n) => window.__bench.count() > n, before);
    const t = await page.waitForFunction(
      () => {
        const up = window.__pointerUpAt;
        return window.__bench.lastPointsDrawn > up ? window.__bench.lastPointsDrawn - up : null;
      },
      null,
      { timeout: 5000 },
    );
    times.push(await t.jsonValue());
    await page.waitForTimeout(50);
  }
  return times;
}

async function main() {
  if (!existsSync(CHROMIUM)) throw new Error(`No Chromium at ${CHROMIUM}: apt-get install -y chromium`);
  await buildBench();
  const server = await serve(outDir);
  const base = `http://127.0.0.1:${server.address().port}/index.html`;
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: FLAGS });
  const results = {};
  try {
    // First render: median of three fresh pages.
    const firsts = [];
    for (let i = 0; i < 3; i += 1) {
      const page = await openPage(browser, `${base}?mode=ours`);
      firsts.push(await page.evaluate(() => window.__bench.firstRenderMs));
      await page.close();
    }
    results['map.first_render_ms'] = median(firsts);

    const detailFirsts = [];
    for (let i = 0; i < 3; i += 1) {
      const page = await openPage(browser, `${base}?mode=ours&view=knee-anterior&points=200`);
      detailFirsts.push(await page.evaluate(() => window.__bench.firstRenderMs));
      await page.close();
    }
    results['map.detail_first_render_ms'] = median(detailFirsts);

    const ours = await openPage(browser, `${base}?mode=ours`);
    await ours.waitForTimeout(300);
    const oursFrames = await dragFrames(ours);
    results['map.drag_frame_p95_ms'] = percentile(oursFrames, 95);
    await ours.waitForTimeout(300);
    results['map.place_ms'] = median(await placeTimes(ours));
    const placements = [];
    for (let i = 0; i < 5; i += 1) placements.push(await ours.evaluate(() => window.__bench.labelPlacementMs()));
    results['map.label_placement_ms'] = median(placements);
    await ours.close();

    const naive = await openPage(browser, `${base}?mode=naive`);
    await naive.waitForTimeout(300);
    const naiveFrames = await dragFrames(naive);
    results['map.naive_drag_frame_p95_ms'] = percentile(naiveFrames, 95);
    await naive.close();
    results['map.naive_over_ours'] = results['map.naive_drag_frame_p95_ms'] / results['map.drag_frame_p95_ms'];
    console.log(`drag frames measured: ours ${oursFrames.length}, naive ${naiveFrames.length}; first renders ${firsts.map((f) => f.toFixed(1)).join(', ')} ms`);
  } finally {
    await browser.close();
    server.close();
  }

  const round = (v) => Math.round(v * 100) / 100;
  const figures = Object.entries(results).map(([name, value]) => ({ name, value: round(value), ...FIGURES[name] }));
  for (const f of figures) console.log(`${f.name} = ${f.value}${f.budget !== undefined ? ` (budget ${f.better === 'higher' ? '≥' : '≤'} ${f.budget})` : ''}`);
  if (process.env.BENCH_OUT) writeFileSync(process.env.BENCH_OUT, JSON.stringify({ figures }));
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
