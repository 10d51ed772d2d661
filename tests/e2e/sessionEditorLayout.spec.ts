import type { Page } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { MAP_ARTWORK } from '../../assets/maps/index.ts';
import { regionAt } from '../../shared/regions.ts';
import { call } from './api.ts';
import { onMap } from './mapStage.ts';
import { expect, SCREENSHOT_DIR, test } from './fixtures.ts';

// The session page as an editor: at the usual window sizes the map fills the window's height, the page
// itself does not scroll, the right column scrolls on its own and the status card with the Sign button
// stays in sight. Also makes the README's screenshot (docs/session-editor.png) when UPDATE_DOCS=1.

const NEEDLES = ['30G-6mm', '27G-6mm', '32G-6mm', '30G-6mm'];

/** Points on a grid `step` map units (about mm on the body) apart inside a region, as a practitioner charts a zone. */
function grid(region: string, step: number, max: number): { x: number; y: number }[] {
  const r = MAP_ARTWORK['body-front'].regions.find((g) => g.id === region)!;
  const xs = r.polygon.map((p) => p[0]);
  const ys = r.polygon.map((p) => p[1]);
  const out: { x: number; y: number }[] = [];
  for (let y = Math.min(...ys) + step / 2; y < Math.max(...ys); y += step) {
    for (let x = Math.min(...xs) + step / 2; x < Math.max(...xs); x += step) {
      if (regionAt('body-front', x, y)?.id === region && out.length < max) out.push({ x, y });
    }
  }
  return out;
}

/** A cellulite session: the outer thighs at three depths, the anterior thighs deeper, multi-injector shots on the abdomen. */
function chart() {
  const points: Record<string, unknown>[] = [];
  const add = (at: { x: number; y: number }, depthMm: number, needle: string, injector?: unknown) =>
    points.push({ id: crypto.randomUUID(), view: 'body-front', x: at.x, y: at.y, region: regionAt('body-front', at.x, at.y)?.id ?? '', depthMm, needle, technique: 'point', productIndex: 0, ...(injector ? { injector } : {}) });
  for (const side of ['left', 'right']) {
    grid(`thigh-outer-${side}`, 45, 6).forEach((p, i) => add(p, [4, 4.5, 5][Math.floor(i / 2) % 3]!, NEEDLES[i % 3]!));
    grid(`thigh-anterior-${side}`, 55, 3).forEach((p, i) => add(p, [5.5, 6, 5.5][i]!, NEEDLES[3]!));
  }
  grid('abdomen-lower', 70, 3).forEach((p, i) => add(p, 4, '30G-4mm', { kind: 'multi', needleCount: [5, 7, 9][i] }));
  return points;
}

async function openChartedSession(page: Page) {
  const patient = await call(page, 'createPatient', { firstName: 'Claire', lastName: 'Dubois', dateOfBirth: '1984-05-12', sex: 'female' });
  const session = await call(page, 'createSession', { consentOverride: 'Consent on paper (e2e)',
    patientId: patient.id,
    date: '2025-03-07',
    time: '14:30',
    practitioner: 'Dr Martin',
    indication: 'cellulite',
    treatedAreas: ['Thighs', 'Abdomen'],
  });
  const products = [{ name: 'Phosphatidylcholine', concentration: '5%', volumeMl: 4, lot: 'PC2291', expiry: '2027-01-31' }];
  await call(page, 'saveSession', { id: session.id, fields: { products }, points: chart() });
  await page.reload();
  await page.getByRole('button', { name: /dubois/i }).first().click();
  await page.getByRole('region', { name: /Sessions/ }).locator('button.row-link').first().click();
  await expect(page.getByTestId('map-stage').locator('canvas').first()).toBeVisible();
}

async function selectPoint(page: Page, x: number, y: number) {
  const p = await onMap(page.getByTestId('map-stage'), { x, y });
  await page.getByRole('button', { name: 'Select', exact: true }).click();
  await page.mouse.click(p.x, p.y);
}

for (const size of [
  { width: 1360, height: 880 },
  { width: 1280, height: 800 },
  { width: 1024, height: 768 },
]) {
  test(`session editor layout at ${size.width}×${size.height}: the map fills the window, the Sign button stays in sight`, async ({ page, app }) => {
    await page.setViewportSize(size);
    await app.start();
    await openChartedSession(page);
    const first = grid('thigh-outer-left', 45, 1)[0]!;
    await selectPoint(page, first.x, first.y);
    await expect(page.getByTestId('inspector')).toContainText('Point 1');
    await page.waitForTimeout(250);
    mkdirSync(SCREENSHOT_DIR, { recursive: true });
    await page.screenshot({ path: join(SCREENSHOT_DIR, `session-editor-${size.width}x${size.height}.png`) });

    // The page itself does not scroll; the map reaches down to the window's bottom edge (less a margin).
    const doc = await page.evaluate(() => ({ scroll: document.documentElement.scrollHeight, client: document.documentElement.clientHeight }));
    expect(doc.scroll).toBeLessThanOrEqual(doc.client + 1);
    const stage = await page.getByTestId('map-stage').boundingBox();
    expect(stage!.height).toBeGreaterThan(size.height * 0.5);
    const legend = await page.getByRole('region', { name: 'Legend' }).boundingBox();
    expect(legend!.y + legend!.height).toBeLessThanOrEqual(size.height);

    // The Sign button is in the window, without scrolling, whatever the right column holds.
    const sign = page.getByRole('button', { name: 'Sign session…' });
    await expect(sign).toBeInViewport({ ratio: 1 });
    await page.locator('.workflow__body').evaluate((el) => el.scrollTo(0, el.scrollHeight));
    await expect(sign).toBeInViewport({ ratio: 1 });
    await page.locator('.workflow__body').evaluate((el) => el.scrollTo(0, 0));

    // The README's screenshot: zoomed in on the thighs and abdomen, where the numbers show.
    if (process.env.UPDATE_DOCS && size.width === 1360) {
      for (let i = 0; i < 4; i += 1) await page.getByRole('button', { name: 'Zoom in' }).click();
      await page.getByTestId('map-stage').hover({ position: { x: 20, y: 20 } });
      await page.waitForTimeout(500);
      mkdirSync('docs', { recursive: true });
      await page.screenshot({ path: join('docs', 'session-editor.png') });
    }

  });
}
