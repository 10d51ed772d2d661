// `npm run bench -- stock`: the stock screen and scanning a box, in the built app in Chromium (its renderer
// served by the e2e harness, which runs the real handlers and record store in Node; see bench/harness.ts).
//   stock.open_ms         a catalogue of 500 products and 5,000 lots in stock: from the click on the products
//                         screen's "Stock" to the stock table's rows in the DOM and the frame that shows them
//                         painted. Each open on a freshly loaded page (the patient list), once it has settled
//                         (its loads done, the screens' code read in the background), so that it covers
//                         listStock, sorting every lot and drawing the table's first page: a day's first open.
//   stock.open_empty_ms   the same screen with the same catalogue and no lot (its empty state), the baseline
//   stock.open_over_empty the two in the same run, opens alternated so that both see the same machine
//   scan.fill_ms          the "Receive a lot" dialog over that stock: a GS1 element string (GTIN, lot, the
//                         group separator, expiry, serial) typed into the scan field as a scanner types it,
//                         then Enter; from Enter's keydown to the product, lot and expiry fields holding
//                         the scanned values (polled by a MessageChannel loop, finer than a frame)
//   scan.cocktail_fill_ms the same into a session's cocktail: each box into a new product row's name field,
//                         until the row's name, lot and expiry hold the catalogue's name and the scanned values
// Medians of 15, after a warm-up.
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { emptyScreening } from '../../shared/contraindications.ts';
import { gtinCheckDigitValid } from '../../shared/productCatalogue.ts';
import { startHarness, type Harness } from '../../tests/e2e/harness/server.ts';
import { AFTER_PAINT, buildApp, call, inParallel, launchChromium, PRACTITIONER } from '../harness.ts';
import { median, report } from '../report.ts';

const PRODUCTS = 500;
const LOTS = 5000;
const SAMPLES = Number(process.env.BENCH_SAMPLES ?? 15);
const WARM_UP = 3;
const GS = '\x1d';
const VIEWPORT = { width: 1366, height: 768 };
const DAY_MS = 86_400_000;

const scratch = mkdtempSync(join(tmpdir(), 'mesochart-bench-stock-'));
const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const today = Date.now();

/** A GTIN-14 of the bench's own company prefix, its check digit computed (the catalogue verifies it). */
function gtinOf(index: number): string {
  const body = `0400638${String(index).padStart(6, '0')}`;
  const gtin = [...'0123456789'].map((d) => body + d).find(gtinCheckDigitValid);
  if (!gtin) throw new Error(`no check digit for ${body}`);
  return gtin;
}

// What a mesotherapy clinic stocks, in the forms and strengths it buys them.
const NAMES = ['Lidocaine', 'Procaine', 'Hyaluronic acid', 'Vitamin C', 'Biotin', 'Dexpanthenol', 'Organic silicon', 'Phosphatidylcholine', 'Deoxycholic acid', 'Caffeine', 'Artichoke extract', 'Piroxicam', 'Thiocolchicoside', 'Calcitonin', 'Pentoxifylline', 'Buflomedil', 'Glutathione', 'DMAE', 'Collagen', 'Ketoprofen'];
const STRENGTHS = ['0.5%', '1%', '2%', '10 mg/ml', '20 mg/ml', '50 mg/2 ml', '100 mg/5 ml', '250 mg'];
const KINDS = ['medicinal', 'device', 'cosmetic'] as const;

type Product = { id: string; gtin: string; name: string };

async function addProducts(harness: Harness): Promise<Product[]> {
  const products: Product[] = new Array(PRODUCTS);
  await inParallel(PRODUCTS, 8, async (i) => {
    const gtin = gtinOf(i);
    const name = `${NAMES[i % NAMES.length]} ${STRENGTHS[(i * 3) % STRENGTHS.length]} ${String(i).padStart(3, '0')}`;
    const saved = await call<{ id: string }>(harness, 'saveCatalogueProduct', {
      name,
      kind: KINDS[i % KINDS.length],
      presentation: { form: i % 2 === 0 ? 'vial' : 'ampoule', volumeMl: [2, 5, 10][i % 3] },
      manufacturer: `Laboratoire ${String.fromCharCode(65 + (i % 26))}`,
      gtins: [gtin],
    });
    products[i] = { id: saved.id, gtin, name };
  });
  return products;
}

/** Ten lots per product: some expired, some expiring within the warning, most later; some low. */
async function addLots(harness: Harness, products: readonly Product[]): Promise<void> {
  await inParallel(LOTS, 8, (i) =>
    call(harness, 'receiveLot', {
      productId: products[i % PRODUCTS]!.id,
      lot: `L${String(i).padStart(5, '0')}-${(i * 7919) % 1000}`,
      expiry: iso(today + (((i * 37) % 1100) - 150) * DAY_MS),
      quantity: 1 + ((i * 13) % 40),
      supplier: i % 3 === 0 ? 'Pharma Sud' : 'Distribuidora Médica',
      receivedOn: iso(today - ((i % 300) + 1) * DAY_MS),
    }),
  );
}

async function openApp(browser: Browser, harness: Harness): Promise<Page> {
  const page = await browser.newPage({ viewport: VIEWPORT });
  page.on('pageerror', (e) => console.error(`page error: ${e.message}`));
  await page.goto(harness.url);
  await page.getByRole('heading', { level: 1, name: 'Patients' }).waitFor({ timeout: 30_000 });
  return page;
}

/** The stock screen is opened from the products screen (the top bar's "Products"), by its "Stock" button. */
const stockButton = (page: Page) => page.getByRole('main').getByRole('button', { name: 'Stock', exact: true });
async function toProducts(page: Page): Promise<void> {
  await page.getByRole('banner').getByRole('button', { name: 'Products', exact: true }).click();
  await stockButton(page).waitFor();
}

/**
 * Marks the stock screen drawn: a capture listener takes the time of the click on "Stock"; a mutation
 * observer waits for `drawn` (the table's first row, or the empty state) and the frame that shows it painted.
 */
const markStockOpen = (drawn: string) => `(() => {
  const afterPaint = ${AFTER_PAINT};
  window.__stockOpen = new Promise((resolve) => {
    let clicked = 0;
    window.addEventListener('click', () => { clicked = performance.now(); }, { capture: true, once: true });
    const observer = new MutationObserver(() => {
      if (!document.querySelector(${JSON.stringify(drawn)})) return;
      observer.disconnect();
      afterPaint((painted) => {
        // When each file and channel call that the click started had its answer (ms from the click).
        const steps = performance.getEntriesByType('resource').filter((r) => r.startTime >= clicked)
          .map((r) => (r.name.includes('/api/') ? r.name.split('/api/')[1] : r.name.split('/').pop()) + ' ' + (r.startTime - clicked).toFixed(0) + '-' + (r.responseEnd - clicked).toFixed(0));
        resolve({ ms: painted - clicked, rows: document.querySelectorAll('[data-testid="stock-table"] tbody tr').length, steps });
      });
    });
    observer.observe(document.body, { childList: true, subtree: true });
  });
})()`;

const TABLE_ROW = '[data-testid="stock-table"] tbody tr';
const EMPTY_STATE = '.screen--stock .empty-state';

/**
 * The app settled as a practitioner finds it on clicking: the list's own loads done, and the other
 * screens' code read in the background (renderer/App.tsx, usePreloadScreens), at most a few seconds.
 */
async function settle(page: Page): Promise<void> {
  await page.waitForLoadState('networkidle');
  await page
    .waitForFunction(() => performance.getEntriesByType('resource').some((r) => /\/StockPage-[\w-]+\.js$/.test(r.name) && (r as PerformanceResourceTiming).responseEnd > 0), null, { timeout: 5_000, polling: 50 })
    .catch(() => console.warn('the stock screen\'s code was not read before the click'));
  await page.waitForLoadState('networkidle');
}

/** One open of the stock screen on a freshly loaded page: ms from the click to the screen painted. */
async function openStock(browser: Browser, harness: Harness, drawn: string, withRows: boolean): Promise<number> {
  const page = await openApp(browser, harness);
  try {
    await settle(page);
    await toProducts(page);
    await settle(page);
    await page.evaluate(markStockOpen(drawn));
    await stockButton(page).click();
    const mark = await page.evaluate(() => (window as unknown as { __stockOpen: Promise<{ ms: number; rows: number; steps: string[] }> }).__stockOpen);
    if (withRows !== mark.rows > 0) throw new Error(`the stock screen drew ${mark.rows} rows`);
    if (process.env.BENCH_VERBOSE) console.log(`${mark.rows} rows, ${mark.ms.toFixed(0)} ms: ${mark.steps.join(', ')}`);
    return mark.ms;
  } finally {
    await page.close();
  }
}

/** What a scan should fill: each field's element id and the value it should come to hold. */
type Wanted = Record<string, string>;

/**
 * Waits, in the page, for the next Enter: its keydown time (a capture listener, before the field's own
 * handler), then a MessageChannel loop (finer than a frame) reading the fields until they hold `want`.
 */
function armScanTimer(page: Page, want: Wanted): Promise<void> {
  return page.evaluate((want) => {
    const w = window as unknown as { __scanFill: Promise<number> };
    const value = (id: string) => (document.getElementById(id) as HTMLInputElement | HTMLSelectElement | null)?.value;
    const filled = () => Object.entries(want).every(([id, v]) => value(id) === v);
    w.__scanFill = new Promise((resolve, reject) => {
      const onKey = (e: KeyboardEvent) => {
        if (e.key !== 'Enter') return;
        window.removeEventListener('keydown', onKey, true);
        const pressed = performance.now();
        const channel = new MessageChannel();
        channel.port1.onmessage = () => {
          if (filled()) resolve(performance.now() - pressed);
          else if (performance.now() - pressed > 10_000) reject(new Error(`not filled: ${Object.keys(want).map((id) => `${id}=${value(id)}`).join(', ')}`));
          else channel.port2.postMessage(null);
        };
        channel.port2.postMessage(null);
      };
      window.addEventListener('keydown', onKey, true);
    });
  }, want);
}

/** Box `index`: a product of the catalogue and a lot and expiry of its own, so that each scan changes every field. */
function box(products: readonly Product[], index: number) {
  const product = products[(index * 31) % PRODUCTS]!;
  const lot = `SCAN-${index}-${(index * 104729) % 10000}`;
  const expiry = iso(Date.UTC(2028, index % 12, 1 + (index % 28)));
  // As a scanner types a GS1 DataMatrix: GTIN, lot (variable length, so the group separator), expiry, serial.
  const scan = `01${product.gtin}10${lot}${GS}17${expiry.slice(2).replace(/-/g, '')}21SN${index}`;
  return { product, lot, expiry, scan };
}

/** The scan typed into the focused field, then Enter: ms from Enter's keydown to `want` filled. */
async function typeScan(page: Page, scan: string, want: Wanted): Promise<number> {
  await armScanTimer(page, want);
  await page.keyboard.type(scan);
  await page.keyboard.press('Enter');
  return page.evaluate(() => (window as unknown as { __scanFill: Promise<number> }).__scanFill);
}

/** "Receive a lot" over the full stock, its catalogue loaded: `samples` boxes scanned one after another. */
async function scansIntoReceiveDialog(browser: Browser, harness: Harness, products: readonly Product[], samples: number): Promise<number[]> {
  const page = await openApp(browser, harness);
  try {
    await toProducts(page);
    await stockButton(page).click();
    await page.locator(TABLE_ROW).first().waitFor();
    await page.getByRole('button', { name: 'Receive a lot' }).first().click();
    const dialog = page.getByRole('dialog', { name: 'Receive a lot' });
    await dialog.locator(`select option >> nth=${PRODUCTS}`).waitFor({ state: 'attached' });
    const id = (label: string) => dialog.getByLabel(label).getAttribute('id').then((v) => v ?? '');
    const ids = { product: await id('Product'), lot: await id('Lot'), expiry: await id('Expiry date') };
    const times: number[] = [];
    for (let i = -WARM_UP; i < samples; i += 1) {
      const b = box(products, i + WARM_UP);
      await dialog.getByRole('textbox', { name: 'Scan the box' }).focus();
      const ms = await typeScan(page, b.scan, { [ids.product]: b.product.id, [ids.lot]: b.lot, [ids.expiry]: b.expiry });
      if (i >= 0) times.push(ms);
    }
    return times;
  } finally {
    await page.close();
  }
}

/** A session's draft with the catalogue behind it: each box scanned into a new product row's name. */
async function scansIntoCocktail(browser: Browser, harness: Harness, products: readonly Product[], samples: number): Promise<number[]> {
  const patient = await call<{ id: string }>(harness, 'createPatient', { firstName: 'Lucía', lastName: 'García López', dateOfBirth: '1979-05-14', sex: 'female', screening: emptyScreening(iso(today)) });
  await call(harness, 'createSession', {
    consentOverride: 'Consent on paper (bench)',
    patientId: patient.id,
    date: iso(today),
    time: '10:00',
    practitioner: PRACTITIONER.name,
    indication: 'pain',
    treatedAreas: ['Knee'],
  });
  const page = await openApp(browser, harness);
  try {
    await page.getByRole('button', { name: /garcía lópez/i }).first().click();
    await page.locator('button.row-link').first().click();
    await page.getByTestId('map-stage').locator('canvas').first().waitFor();
    const times: number[] = [];
    for (let i = -WARM_UP; i < samples; i += 1) {
      const row = i + WARM_UP;
      const b = box(products, 1000 + row);
      await page.getByRole('button', { name: 'Add product' }).click();
      await page.locator(`#sf-products-${row}-name`).focus();
      const ms = await typeScan(page, b.scan, { [`sf-products-${row}-name`]: b.product.name, [`sf-products-${row}-lot`]: b.lot, [`sf-products-${row}-expiry`]: b.expiry });
      if (i >= 0) times.push(ms);
    }
    return times;
  } finally {
    await page.close();
  }
}

const out = buildApp(scratch);
const rendererDir = join(out, 'renderer');
const fullDir = join(scratch, 'data-full');
const emptyDir = join(scratch, 'data-empty');
const settings = { language: 'en' as const };

const started = performance.now();
const setup = await startHarness({ dataDir: fullDir, rendererDir, practitioner: PRACTITIONER, settings });
const products = await addProducts(setup).finally(() => setup.close());
// The same catalogue with no lot: a copy of the closed folder.
cpSync(fullDir, emptyDir, { recursive: true });
const full = await startHarness({ dataDir: fullDir, rendererDir, practitioner: PRACTITIONER, settings });
const empty = await startHarness({ dataDir: emptyDir, rendererDir, practitioner: PRACTITIONER, settings });
await addLots(full, products);
console.log(`added ${PRODUCTS} products and ${LOTS} lots in ${((performance.now() - started) / 1000).toFixed(1)} s`);

const browser = await launchChromium();
const fullTimes: number[] = [];
const emptyTimes: number[] = [];
let scanTimes: number[] = [];
let cocktailTimes: number[] = [];
try {
  await openStock(browser, full, TABLE_ROW, true);
  await openStock(browser, empty, EMPTY_STATE, false);
  for (let i = 0; i < SAMPLES; i += 1) {
    // Alternated (and the order swapped each round), so that both see the same machine.
    const order = i % 2 === 0 ? ['full', 'empty'] : ['empty', 'full'];
    for (const which of order) {
      if (which === 'full') fullTimes.push(await openStock(browser, full, TABLE_ROW, true));
      else emptyTimes.push(await openStock(browser, empty, EMPTY_STATE, false));
    }
  }

  scanTimes = await scansIntoReceiveDialog(browser, full, products, SAMPLES);
  cocktailTimes = await scansIntoCocktail(browser, full, products, SAMPLES);
} finally {
  await browser.close();
  await full.close();
  await empty.close();
  rmSync(scratch, { recursive: true, force: true });
}

const round = (v: number, places: number) => Math.round(v * 10 ** places) / 10 ** places;
console.log(`stock, ${LOTS} lots: ${fullTimes.map((t) => t.toFixed(0)).join(', ')} ms`);
console.log(`stock, empty: ${emptyTimes.map((t) => t.toFixed(0)).join(', ')} ms`);
console.log(`scan, receive a lot: ${scanTimes.map((t) => t.toFixed(1)).join(', ')} ms`);
console.log(`scan, cocktail: ${cocktailTimes.map((t) => t.toFixed(1)).join(', ')} ms`);
const fullMedian = round(median(fullTimes), 1);
const emptyMedian = round(median(emptyTimes), 1);
report([
  {
    name: 'stock.open_ms',
    value: fullMedian,
    budget: 150,
    note: `built app in Chromium, ${PRODUCTS} products and ${LOTS.toLocaleString('en')} lots: click on "Stock" to its table drawn (its first page of rows), on a fresh page (median of ${SAMPLES})`,
  },
  { name: 'stock.open_empty_ms', value: emptyMedian, note: 'the same screen with the same catalogue and no lot (the baseline of stock.open_over_empty)' },
  { name: 'stock.open_over_empty', value: round(fullMedian / emptyMedian, 3), note: `${LOTS.toLocaleString('en')} lots over none, opens alternated in the same run` },
  {
    name: 'scan.fill_ms',
    value: round(median(scanTimes), 2),
    budget: 50,
    note: `"Receive a lot" over that stock: GS1 string typed as a scanner does, Enter keydown to product, lot and expiry filled (median of ${SAMPLES})`,
  },
  {
    name: 'scan.cocktail_fill_ms',
    value: round(median(cocktailTimes), 2),
    budget: 50,
    note: `the same into a session's cocktail (a new product row's name): name, lot and expiry filled (median of ${SAMPLES})`,
  },
]);
