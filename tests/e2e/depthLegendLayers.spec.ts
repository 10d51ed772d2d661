import type { Page } from '@playwright/test';
import { call } from './api.ts';
import { expect, test } from './fixtures.ts';

// The map's legend with the full depth range (0.5–13 mm): each colour names its skin layer and the
// layer's depth span, in English and in French, worded as the printed record words it
// (shared/depthLegendText.ts). Captured for a look (tests/.artifacts/screenshots/depth-legend-*.png).

async function openSession(page: Page) {
  const patient = await call(page, 'createPatient', { firstName: 'Claire', lastName: 'Dubois', dateOfBirth: '1984-05-12', sex: 'female' });
  await call(page, 'createSession', { consentOverride: 'Consent on paper (e2e)', patientId: patient.id, date: '2025-03-07', time: '14:30', practitioner: 'Dr Martin', indication: 'cellulite', treatedAreas: ['Thighs'] });
  await page.reload();
  await page.getByRole('button', { name: /dubois/i }).first().click();
  await page.locator('button.row-link').first().click();
  await expect(page.getByTestId('map-stage').locator('canvas').first()).toBeVisible();
}

test.use({ viewport: { width: 1366, height: 900 } });

for (const [language, layers] of [
  ['en', ['Epidermis · < 1 mm', 'Superficial dermis · 1–2 mm', 'Deep dermis · 2–4 mm', 'Hypodermis · 4–6 mm', 'Deep hypodermis · 6–13 mm']],
  ['fr', ['Épiderme · < 1 mm', 'Derme superficiel · 1–2 mm', 'Derme profond · 2–4 mm', 'Hypoderme · 4–6 mm', 'Hypoderme profond · 6–13 mm']],
] as const) {
  test(`the map legend names the skin layers with the full range (${language})`, async ({ page, app }) => {
    await app.start({ settings: { language, depthRange: { min: 0.5, max: 13 } } });
    await openSession(page);
    const legend = page.locator('.chart-layout__map .map-legend');
    for (const [i, text] of layers.entries()) await expect(legend.locator('.map-legend__group').first().locator('li').nth(i)).toHaveText(text);
    await legend.scrollIntoViewIfNeeded();
    await legend.screenshot({ path: `tests/.artifacts/screenshots/depth-legend-${language}.png` });
    await app.screenshot(`depth-legend-${language}-page`);
  });
}
