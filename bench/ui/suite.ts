// `npm run bench -- ui`: the app's first screen, in French and in English, in the same run.
//   ui.first_screen_ms   the built app (its renderer served by the e2e harness, tests/e2e/harness/server.ts,
//                        which runs the real handlers and record store in Node) opened in Debian's Chromium on
//                        a data folder of 2,000 patients, unlocked, in French: from navigation start to the
//                        patient list drawn (its first rows in the DOM and the frame that shows them painted).
//                        That covers loading the page and its scripts, appInfo, loading the French catalogue,
//                        the access state and the first page of the list. Median of 15 fresh page loads.
//   ui.first_screen_en_ms  the same in English (its baseline)
//   ui.locale_over_en    French over English, loads alternated so that both see the same machine
// The build: MESOCHART_OUT (a folder electron-vite built into) if set, else a fresh
// `electron-vite build --outDir <scratch>`, so that the figure is the current code's.
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { startHarness } from '../../tests/e2e/harness/server.ts';
import { emptyScreening } from '../../shared/contraindications.ts';
import { AFTER_PAINT, buildApp, call, inParallel, launchChromium, PRACTITIONER } from '../harness.ts';
import { median, report } from '../report.ts';

const PATIENTS = 2000;
const LOADS = 15;
const scratch = mkdtempSync(join(tmpdir(), 'mesochart-bench-ui-'));

// Names as a clinic in France, Italy, Spain or Brazil has them (accents, particles, compound surnames).
const FIRST = ['Hélène', 'Marie', 'Camille', 'Giulia', 'Chiara', 'Lucía', 'María José', 'Ana Luísa', 'João', 'François', 'Inès', 'Matteo', 'Sofía', 'Beatriz', 'Zoé', 'Léa'];
const LAST = ['Dubois', 'Lefèvre', 'de la Fontaine', 'Rossi', 'Bianchi', 'Esposito', 'García López', 'Martínez', 'Núñez', 'Silva', 'Gonçalves', 'Araújo', 'Moreau', 'Fernández', 'Conti', "D'Angelo"];

/** 2,000 patients through the real createPatient channel (screening included, as the app records it). */
async function populate(dataDir: string, rendererDir: string): Promise<void> {
  const harness = await startHarness({ dataDir, rendererDir, practitioner: PRACTITIONER, settings: { language: 'fr' } });
  const started = performance.now();
  try {
    await inParallel(PATIENTS, 8, (i) =>
      call(harness, 'createPatient', {
        firstName: FIRST[i % FIRST.length],
        lastName: `${LAST[(i * 7) % LAST.length]} ${String(i).padStart(4, '0')}`,
        dateOfBirth: `${1950 + (i % 50)}-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`,
        sex: i % 5 === 0 ? 'male' : 'female',
        screening: emptyScreening('2025-01-06'),
      }),
    );
  } finally {
    await harness.close();
  }
  console.log(`created ${PATIENTS} patients in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}

/**
 * Marks the patient list drawn: the first row of #patient-table in the DOM, then the frame that shows it
 * painted (a requestAnimationFrame, then a message, which runs once that frame is painted).
 */
const MARK_FIRST_SCREEN = `(() => {
  const afterPaint = ${AFTER_PAINT};
  const done = () => afterPaint((ms) => {
    const nav = performance.getEntriesByType('navigation')[0];
    const steps = { html: nav ? nav.responseEnd : 0 };
    for (const r of performance.getEntriesByType('resource')) {
      const name = r.name.includes('/api/') ? r.name.split('/api/')[1] : r.name.split('/').pop().replace(/-[\w-]{8}\.(js|css)$/, '.$1');
      steps[name] = Math.max(steps[name] ?? 0, r.responseEnd);
    }
    window.__firstScreen = { ms, lang: document.documentElement.lang, rows: document.querySelectorAll('#patient-table tbody tr').length, steps };
  });
  const observer = new MutationObserver(() => {
    if (document.querySelector('#patient-table tbody tr')) { observer.disconnect(); done(); }
  });
  observer.observe(document, { childList: true, subtree: true });
})();`;

type FirstScreen = { ms: number; lang: string; rows: number; steps: Record<string, number> };

async function firstScreen(browser: Browser, url: string, language: string): Promise<number> {
  const page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  try {
    await page.addInitScript(MARK_FIRST_SCREEN);
    await page.goto(url);
    const handle = await page
      .waitForFunction(() => (window as unknown as { __firstScreen?: FirstScreen }).__firstScreen ?? null, null, { timeout: 30_000, polling: 50 })
      .catch(() => {
        throw new Error(`the patient list never showed (${language})${errors.length ? `: ${errors.join('; ')}` : ''}`);
      });
    const mark = (await handle.jsonValue()) as FirstScreen;
    if (mark.lang !== language) throw new Error(`the app opened in "${mark.lang}", not "${language}"`);
    if (mark.rows < 1) throw new Error('the patient list drew no row');
    // BENCH_VERBOSE: when each file and channel call had its answer (ms from navigation start).
    if (process.env.BENCH_VERBOSE) console.log(`${language} ${mark.ms.toFixed(0)} ms:`, Object.entries(mark.steps).map(([k, v]) => `${k} ${v.toFixed(0)}`).join(', '));
    return mark.ms;
  } finally {
    await page.close();
  }
}

const out = buildApp(scratch);
const rendererDir = join(out, 'renderer');
const frDir = join(scratch, 'data-fr');
const enDir = join(scratch, 'data-en');
await populate(frDir, rendererDir);
// The same records for English: a copy of the closed folder, its settings in English.
cpSync(frDir, enDir, { recursive: true });
rmSync(join(enDir, 'settings.json'));

const fr = await startHarness({ dataDir: frDir, rendererDir, practitioner: PRACTITIONER, settings: { language: 'fr' } });
const en = await startHarness({ dataDir: enDir, rendererDir, practitioner: PRACTITIONER, settings: { language: 'en' } });
const browser = await launchChromium();
const frTimes: number[] = [];
const enTimes: number[] = [];
try {
  // Warm-up: the server's files and the database pages read once, Chromium's code paths loaded.
  await firstScreen(browser, fr.url, 'fr');
  await firstScreen(browser, en.url, 'en');
  for (let i = 0; i < LOADS; i += 1) {
    // Alternated (and the order swapped each round), so that both languages see the same machine.
    if (i % 2 === 0) {
      frTimes.push(await firstScreen(browser, fr.url, 'fr'));
      enTimes.push(await firstScreen(browser, en.url, 'en'));
    } else {
      enTimes.push(await firstScreen(browser, en.url, 'en'));
      frTimes.push(await firstScreen(browser, fr.url, 'fr'));
    }
  }
} finally {
  await browser.close();
  await fr.close();
  await en.close();
  rmSync(scratch, { recursive: true, force: true });
}

console.log(`fr: ${frTimes.map((t) => t.toFixed(0)).join(', ')} ms`);
console.log(`en: ${enTimes.map((t) => t.toFixed(0)).join(', ')} ms`);
const frMedian = Math.round(median(frTimes) * 10) / 10;
const enMedian = Math.round(median(enTimes) * 10) / 10;
report([
  {
    name: 'ui.first_screen_ms',
    value: frMedian,
    budget: 400,
    note: `built app in Chromium, ${PATIENTS.toLocaleString('en')} patients, unlocked, in French: navigation to the patient list drawn (median of ${LOADS} loads)`,
  },
  { name: 'ui.first_screen_en_ms', value: enMedian, note: 'the same in English (the baseline of ui.locale_over_en)' },
  { name: 'ui.locale_over_en', value: Math.round((frMedian / enMedian) * 1000) / 1000, budget: 1.1, note: 'French over English, loads alternated in the same run' },
]);
