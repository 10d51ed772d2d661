// The compare suite of `npm run bench` (alone: `npm run bench -- compare`). Builds the bench page
// (bench/compare/index.html + main.tsx: the real ComparePage over an in-page API stand-in) with Vite
// into a scratch folder, serves it, and opens it in Debian's Chromium with playwright-core: the time
// from render to the four maps of a 15-session course's sessions drawn (and the frame after), the
// median of several fresh page loads. Figures go to BENCH_OUT (see bench/run.mjs).
import { createServer } from 'node:http';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import react from '@vitejs/plugin-react';
import { chromium } from 'playwright-core';

const here = fileURLToPath(new URL('.', import.meta.url)).replace(/\/$/, '');
const outDir = mkdtempSync(join(tmpdir(), 'mesochart-bench-compare-'));
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const FLAGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const LOADS = 5;

const FIGURES = {
  'compare.open_ms': { budget: 300, note: 'compare view of 4 sessions (15-session course, 100 points each) rendered to 4 maps drawn (median of 5 loads)' },
};

const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css' };
function serve(dir) {
  return new Promise((done) => {
    const server = createServer((req, res) => {
      const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)).replace(/^\/+/, '');
      const file = join(dir, path === '' ? 'index.html' : path);
      if (!file.startsWith(dir) || !existsSync(file)) return void res.writeHead(404).end();
      res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file));
    });
    server.listen(0, '127.0.0.1', () => done(server));
  });
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

async function main() {
  if (!existsSync(CHROMIUM)) throw new Error(`No Chromium at ${CHROMIUM}: apt-get install -y chromium`);
  await build({ root: here, base: './', logLevel: 'warn', plugins: [react()], build: { outDir, emptyOutDir: true, minify: true, sourcemap: false } });
  const server = await serve(outDir);
  const url = `http://127.0.0.1:${server.address().port}/index.html`;
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: FLAGS });
  const opens = [];
  try {
    for (let i = 0; i < LOADS; i += 1) {
      const page = await browser.newPage({ viewport: { width: 1360, height: 880 } });
      const errors = [];
      page.on('pageerror', (e) => errors.push(e.message));
      await page.goto(url);
      await page.waitForFunction(() => window.__bench?.ready === true, null, { timeout: 30000 }).catch(() => {
        throw new Error(`the compare page never drew its maps${errors.length ? `: ${errors.join('; ')}` : ''}`);
      });
      opens.push(await page.evaluate(() => window.__bench.openMs));
      if (process.env.BENCH_VERBOSE) console.log('draws at', await page.evaluate(() => window.__bench.draws.join(', ')));
      const panes = await page.locator('[data-testid="compare-pane"]').count();
      if (panes !== 4) throw new Error(`expected 4 maps, saw ${panes}`);
      await page.close();
    }
  } finally {
    await browser.close();
    server.close();
  }
  console.log(`compare opens: ${opens.map((o) => o.toFixed(1)).join(', ')} ms`);
  const figures = [{ name: 'compare.open_ms', value: Math.round(median(opens) * 100) / 100, ...FIGURES['compare.open_ms'] }];
  for (const f of figures) console.log(`${f.name} = ${f.value} (budget ≤ ${f.budget})`);
  if (process.env.BENCH_OUT) writeFileSync(process.env.BENCH_OUT, JSON.stringify({ figures }));
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
