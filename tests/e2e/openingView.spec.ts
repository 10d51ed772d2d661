import type { Page } from '@playwright/test';
import { call } from './api.ts';
import { expect, test } from './fixtures.ts';

// Issue 12, legible on screen: a session with no points yet opens on the view of its treated areas
// ("Face": the face, not the whole body), framed on them; with points, on its points' view.

async function sessionTreating(page: Page, treatedAreas: string[]) {
  const patient = await call(page, 'createPatient', { firstName: 'Inès', lastName: 'Garnier', dateOfBirth: '1978-05-12', sex: 'female' });
  await call(page, 'createSession', {
    consentOverride: 'Consent on paper (e2e)',
    patientId: patient.id,
    date: '2025-03-07',
    time: '10:00',
    practitioner: 'Dr Test',
    indication: 'rejuvenation',
    treatedAreas,
  });
  await page.reload();
  await page.getByRole('button', { name: /garnier/i }).first().click();
  await page.locator('button.row-link').first().click();
  await expect(page.getByTestId('map-stage').locator('canvas').first()).toBeVisible();
}

test('a face session with no points opens on the face, framed on it', async ({ page, app }) => {
  await app.start();
  await sessionTreating(page, ['Face']);
  await expect(page.getByRole('tab', { name: /^Face/ })).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByRole('tab', { name: /^Body, front/ })).toHaveAttribute('aria-selected', 'false');
  await app.screenshot('opening-view-face');
});

test('a scalp session in French opens on the scalp', async ({ page, app }) => {
  await app.start({ settings: { language: 'fr' } });
  await sessionTreating(page, ['Cuir chevelu, vertex']);
  await expect(page.getByRole('tab', { name: /^Cuir chevelu/ })).toHaveAttribute('aria-selected', 'true');
});
