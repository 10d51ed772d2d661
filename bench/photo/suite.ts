// `npm run bench -- photo`: clinical photos through the real handler table, record store and photo folder.
//   photo.import_ms     a 12-megapixel camera JPEG (4000 × 3000, EXIF orientation) dropped on a session:
//                       addPhoto (base64 decode, header check, SHA-256, full decode into the 320 px
//                       thumbnail, original written, row and audit entry) then getPhotoImages of its
//                       thumbnail: median of 5 distinct files
//   photo.grid_open_ms  a patient's grid of 200 photos opened, as renderer/photos/usePhotoImages.ts does it:
//                       listPhotos + the first page of 60 cached thumbnails (getPhotoImages) in main, then
//                       in Chromium base64 → Blob → blob: URL → lazy <img>, the first screen decoded and
//                       painted (the other pages follow while it shows): median of 5
//   photo.grid_main_ms / photo.grid_renderer_ms   its two parts; photo.grid_main_all_ms: all 200 thumbnails
// The renderer part is the grid's DOM work in plain Chromium, not the React component itself.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import sharp from 'sharp';
import { createAccessControl } from '../../electron/access/accessControl.ts';
import { createHandlers } from '../../electron/handlers.ts';
import { holdStore } from '../../electron/store/storeHolder.ts';
import { openRecordStore } from '../../electron/store/recordStore.ts';
import { emptyScreening } from '../../shared/contraindications.ts';
import { todayIso } from '../../shared/dates.ts';
import { DEFAULT_SETTINGS } from '../../shared/settings.ts';
import { median, report } from '../report.ts';

const dir = mkdtempSync(join(tmpdir(), 'mesochart-bench-photo-'));
const store = openRecordStore(join(dir, 'records.sqlite'));
const access = createAccessControl({ idleMinutes: () => 60 });
access.unlock({ id: '5a1e0000-0000-4000-8000-000000000001', displayName: 'Dr Bench' });
const api = createHandlers({
  store: holdStore(store),
  settings: { get: () => DEFAULT_SETTINGS, update: () => DEFAULT_SETTINGS },
  access,
  appInfo: () => ({ version: 'bench', dataDir: dir, databasePath: '', schemaVersion: store.schemaVersion }),
  photoDir: join(dir, 'photos'),
});
async function call<T>(result: Promise<{ ok: boolean; value?: unknown; error?: unknown }>): Promise<T> {
  const r = await result;
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  return r.value as T;
}

const patient = await call<{ id: string }>(api.createPatient({ firstName: 'Bench', lastName: 'Photos', dateOfBirth: '1980-01-01', sex: 'female', screening: emptyScreening('2025-01-01') }));
// The patient's consent to the treatment and to photos, signed as the consent screen signs it.
const [template] = store.listConsentTemplates('hair-loss');
store.signConsent(
  { patientId: patient.id, templateId: template!.templateId, templateVersion: template!.version, patientSignature: { kind: 'typed', name: 'Bench Photos' }, practitionerSignature: { kind: 'typed', name: 'Dr Bench' }, photoConsent: true },
  { name: 'Dr Bench', id: '5a1e0000-0000-4000-8000-000000000001' },
);
const session = await call<{ id: string }>(api.createSession({ patientId: patient.id, date: todayIso(), time: '09:30', practitioner: 'Dr Bench', indication: 'hair-loss', treatedAreas: ['Scalp'] }));

/** A camera-like 12 MP JPEG: noisy (so it compresses like a photo, ~3–5 MB), sideways with EXIF orientation 6. */
async function cameraJpeg(seed: number): Promise<Buffer> {
  return sharp({ create: { width: 4000, height: 3000, channels: 3, background: { r: 200 + (seed % 40), g: 150, b: 130 }, noise: { type: 'gaussian', mean: 150 + seed, sigma: 30 } } })
    .jpeg({ quality: 90 })
    .withMetadata({ orientation: 6 })
    .toBuffer();
}

// Warm-up: sharp and the code paths loaded, once.
await call(api.addPhoto({ sessionId: session.id, pose: 'scalp', caption: 'warm-up', data: (await cameraJpeg(99)).toString('base64') }));

const imports: number[] = [];
let bytes = 0;
for (let i = 0; i < 5; i += 1) {
  const jpeg = await cameraJpeg(i);
  bytes = jpeg.length;
  const data = jpeg.toString('base64');
  const t0 = performance.now();
  const photo = await call<{ id: string }>(api.addPhoto({ sessionId: session.id, pose: 'scalp', caption: `import ${i}`, data }));
  await call(api.getPhotoImages({ ids: [photo.id], size: 'thumb' }));
  imports.push(performance.now() - t0);
}

// 200 photos for the grid (smaller originals: the grid only ever reads the 320 px thumbnails).
const sessions: string[] = [];
for (let s = 0; s < 20; s += 1) {
  sessions.push((await call<{ id: string }>(api.createSession({ patientId: patient.id, date: `2025-${String(1 + Math.floor(s / 4)).padStart(2, '0')}-${String(1 + (s % 4) * 7).padStart(2, '0')}`, time: '10:00', practitioner: 'Dr Bench', indication: 'hair-loss', treatedAreas: ['Scalp'], consentOverride: 'Consent for these earlier sessions signed on paper (bench)' }))).id);
}
const poses = ['front', 'back', 'left', 'right', 'face-front', 'face-left', 'face-right', 'scalp'] as const;
let count = (await call<unknown[]>(api.listPhotos({ patientId: patient.id }))).length;
for (let i = 0; count < 200; i += 1, count += 1) {
  const jpeg = await sharp({ create: { width: 1600, height: 1200, channels: 3, background: { r: (i * 37) % 255, g: 140, b: (i * 11) % 255 }, noise: { type: 'gaussian', mean: 128, sigma: 25 } } }).jpeg({ quality: 85 }).toBuffer();
  await call(api.addPhoto({ sessionId: sessions[i % sessions.length]!, pose: poses[i % poses.length]!, caption: `photo ${i}`, data: jpeg.toString('base64') }));
}

// As the grid does (renderer/photos/usePhotoImages.ts): the list, then thumbnails a page of 60 at a time.
const PAGE = 60;
const mainSide = async (all = false) => {
  const photos = await call<{ id: string }[]>(api.listPhotos({ patientId: patient.id }));
  const ids = photos.map((p) => p.id);
  const images = [];
  for (let start = 0; start < (all ? ids.length : PAGE); start += PAGE) images.push(...(await call<{ id: string; mime: string; data: string }[]>(api.getPhotoImages({ ids: ids.slice(start, start + PAGE), size: 'thumb' }))));
  return images;
};
await mainSide();

// The renderer's part, in Chromium: what usePhotoImages and the grid do with the answer.
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'] });
const page = await browser.newPage({ viewport: { width: 1360, height: 900 } });
await page.setContent('<!doctype html><style>ul{display:grid;grid-template-columns:repeat(auto-fill,minmax(150px,1fr));gap:12px;list-style:none;padding:0}img{width:100%;aspect-ratio:1/1;object-fit:cover;display:block}</style><ul id="grid"></ul>');
const renderGrid = (images: { id: string; mime: string; data: string }[]) =>
  page.evaluate(async (list) => {
    const grid = document.getElementById('grid')!;
    for (const img of Array.from(grid.querySelectorAll('img'))) URL.revokeObjectURL(img.src);
    grid.replaceChildren();
    const t0 = performance.now();
    const urls = list.map((image) => URL.createObjectURL(new Blob([(Uint8Array as unknown as { fromBase64: (s: string) => Uint8Array<ArrayBuffer> }).fromBase64(image.data)], { type: image.mime })));
    const imgs = urls.map((url) => {
      const li = document.createElement('li');
      const img = document.createElement('img');
      // As the grid does: lazy, so the browser decodes what is on screen and the rest as it scrolls.
      img.loading = 'lazy';
      img.decoding = 'async';
      img.src = url;
      li.append(img);
      grid.append(li);
      return img;
    });
    // The grid is open when every thumbnail on the first screen is decoded and painted.
    const visible = imgs.filter((img) => img.getBoundingClientRect().top < innerHeight);
    await Promise.all(visible.map((img) => img.decode()));
    await new Promise((r) => requestAnimationFrame(() => r(null)));
    return performance.now() - t0;
  }, images);
await renderGrid(await mainSide());

const alls: number[] = [];
for (let i = 0; i < 3; i += 1) {
  const t0 = performance.now();
  await mainSide(true);
  alls.push(performance.now() - t0);
}
const mains: number[] = [];
const renderers: number[] = [];
const totals: number[] = [];
let payload = 0;
for (let i = 0; i < 5; i += 1) {
  const t0 = performance.now();
  const images = await mainSide();
  const main = performance.now() - t0;
  payload = images.reduce((n, img) => n + img.data.length, 0);
  const rendered = await renderGrid(images);
  mains.push(main);
  renderers.push(rendered);
  totals.push(main + rendered);
}
await browser.close();
store.close();
rmSync(dir, { recursive: true, force: true });

report([
  { name: 'photo.import_ms', value: median(imports), budget: 400, note: `12 MP JPEG (${(bytes / 1e6).toFixed(1)} MB, EXIF orientation) dropped → stored, thumbnail made and read back (median of 5)` },
  { name: 'photo.grid_open_ms', value: median(totals), budget: 300, note: `200-photo grid: main (list + first 60 thumbnails, ${(payload / 1e6).toFixed(2)} MB base64) + Chromium (blobs, lazy <img>, first screen decoded and painted); median of 5` },
  { name: 'photo.grid_main_ms', value: median(mains), note: 'the main-process part of photo.grid_open_ms (list + first page of 60 thumbnails)' },
  { name: 'photo.grid_main_all_ms', value: median(alls), note: 'main: list + all 200 thumbnails in pages of 60 (the rest arrives while the first screen shows)' },
  { name: 'photo.grid_renderer_ms', value: median(renderers), note: 'the Chromium part of photo.grid_open_ms' },
]);
