import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from '../tests/e2e/fixtures.ts';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const KEY = '7KQ2-M9XD-A1B2-C3D4-E5F6-G7H8-J9K0-MNPQ';
test.use({ viewport: { width: 1366, height: 768 } });

async function axe(page: Page, name: string): Promise<string[]> {
  await page.waitForTimeout(150);
  const r = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  return r.violations.map((v) => `${name}: ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`);
}

/** The harness does not seal yet: the key to show is put into the main process's answers. */
async function showKey(page: Page) {
  for (const name of ['listPractitioners', 'reportActivity', 'createFirstPractitioner', 'renewRecoveryKey']) {
    await page.route(`**/api/${name}`, async (route) => {
      const response = await route.fetch();
      const body = await response.json();
      if (body.ok && body.value.current) body.value.recoveryKeyToShow = KEY;
      await route.fulfill({ response, json: body });
    });
  }
}

test('look: first run, recovery key screen, lock screen recovery, renew', async ({ page, app }) => {
  const found: string[] = [];
  await app.start({ practitioner: null });
  await page.getByLabel('Clinic name').fill('Cabinet Dubois');
  await page.getByRole('textbox', { name: 'Name', exact: true }).fill('Dr Hélène Dubois');
  await page.getByRole('textbox', { name: 'Passphrase', exact: true }).fill('salle deux, fenêtre sud');
  await page.getByLabel('Passphrase again').fill('salle deux, fenêtre sud');
  await page.getByRole('button', { name: 'Create profile and open MesoChart' }).click();
  await expect(page.getByText('Tick the box to confirm')).toBeVisible();
  await expect(page.getByRole('checkbox', { name: /^I understand/ })).toBeFocused();
  await page.getByRole('checkbox', { name: /^I understand/ }).scrollIntoViewIfNeeded();
  await app.screenshot('s14-01-first-run-refused');
  found.push(...(await axe(page, 'first-run refused')));

  await showKey(page);
  await page.getByRole('checkbox', { name: /^I understand/ }).check();
  await page.getByRole('button', { name: 'Create profile and open MesoChart' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Your recovery key' })).toBeVisible();
  await expect(page.getByTestId('recovery-key')).toHaveText(KEY);
  await page.screenshot({ path: 'tests/.artifacts/screenshots/s14-02-key-viewport.png' });
  await app.screenshot('s14-02-key');
  found.push(...(await axe(page, 'recovery key')));
  await page.keyboard.press('Escape');
  await expect(page.getByRole('heading', { level: 1, name: 'Your recovery key' })).toBeVisible();
  // Print: the harness's vault is not sealed, so the real channel refuses; then a saved answer.
  await page.getByRole('button', { name: 'Print the recovery sheet' }).click();
  await expect(page.getByRole('alert')).toBeVisible();
  await app.screenshot('s14-03-key-print-failed');
  await page.route('**/api/exportRecoverySheet', (route) => route.fulfill({ json: { ok: true, value: { saved: true, path: '/home/helene/Documents/MesoChart-recovery-sheet-2026-03-07.pdf', opened: true, pages: 1, bytes: 20000 } } }));
  await page.getByRole('button', { name: 'Print the recovery sheet' }).click();
  await expect(page.getByText('Recovery sheet saved:')).toBeVisible();
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page.getByText('Tick the box once the key')).toBeVisible();
  await app.screenshot('s14-04-key-saved-refused');
  found.push(...(await axe(page, 'recovery key saved + refused')));
  await page.unrouteAll({ behavior: 'wait' });
  await page.getByRole('checkbox', { name: /I have printed or written down/ }).check();
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Patients' })).toBeVisible();

  // Settings: renew.
  await page.getByRole('button', { name: 'Settings' }).click();
  await page.getByRole('button', { name: 'Renew the recovery key…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Renew the recovery key?' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await app.screenshot('s14-05-renew-dialog');
  found.push(...(await axe(page, 'renew dialog')));
  await dialog.getByRole('button', { name: 'Renew the recovery key' }).click();
  await expect(dialog.getByRole('alert')).toBeVisible();
  await app.screenshot('s14-06-renew-failed');
  await dialog.getByRole('button', { name: 'Cancel' }).click();

  // Lock, forgot.
  await page.getByRole('button', { name: 'Lock now' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'MesoChart is locked' })).toBeVisible();
  await app.screenshot('s14-07-lock');
  found.push(...(await axe(page, 'lock')));
  await page.getByRole('button', { name: 'Forgot your passphrase?' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Open the records with the recovery key' })).toBeVisible();
  await expect(page.getByLabel('Recovery key')).toBeFocused();
  await page.getByLabel('Recovery key').fill('7kq2 m9xd u');
  await expect(page.getByText('“U” cannot be part of a recovery key')).toBeVisible();
  await app.screenshot('s14-08-recover-symbol');
  found.push(...(await axe(page, 'recover symbol')));
  await page.getByLabel('Recovery key').fill('7kq2 m9xd');
  await page.getByLabel('New passphrase').first().fill('une autre phrase');
  await page.getByLabel('New passphrase again').fill('une autre phrase');
  await page.getByRole('button', { name: 'Open the records and set the new passphrase' }).click();
  await expect(page.getByText('Too short: a recovery key has 32')).toBeVisible();
  await page.getByLabel('Recovery key').fill(KEY.toLowerCase());
  await page.route('**/api/recoverWithKey', (route) => route.fulfill({ json: { ok: false, error: { code: 'invalid-input', field: 'recoveryKey', reason: 'recovery-key-refused', params: {} } } }));
  await page.getByRole('button', { name: 'Open the records and set the new passphrase' }).click();
  await expect(page.getByText('This recovery key does not open these records')).toBeVisible();
  await expect(page.getByLabel('Recovery key')).toHaveValue(KEY.toLowerCase());
  await expect(page.getByLabel('New passphrase').first()).toHaveValue('une autre phrase');
  await app.screenshot('s14-09-recover-wrong-key');
  found.push(...(await axe(page, 'recover wrong key')));
  await page.getByRole('button', { name: 'Back to unlocking' }).click();
  await expect(page.getByLabel('Passphrase')).toBeFocused();
  expect(found).toEqual([]);
});

for (const language of ['fr', 'pt-BR'] as const) {
  test(`look: ${language}`, async ({ page, app }) => {
    const found: string[] = [];
    await app.start({ practitioner: null, settings: { language } });
    await page.locator('input[autocomplete="organization"]').fill('Clínica Souza');
    await page.locator('input[autocomplete="name"]').fill('Dra. Ana Souza');
    await page.locator('input[autocomplete="new-password"]').nth(0).fill('salle deux, fenêtre sud');
    await page.locator('input[autocomplete="new-password"]').nth(1).fill('salle deux, fenêtre sud');
    await showKey(page);
    await page.getByRole('checkbox').check();
    await page.locator('button[type="submit"]').click();
    await expect(page.getByTestId('recovery-key')).toHaveText(KEY);
    await page.screenshot({ path: `tests/.artifacts/screenshots/s14-${language}-key-viewport.png` });
    found.push(...(await axe(page, `${language} key`)));
    await page.unrouteAll({ behavior: 'wait' });
    await page.getByRole('checkbox').check();
    await page.locator('button[type="submit"]').click();
    await page.getByTestId('lock-now').click();
    await page.locator('.access__aside').click();
    await page.locator('input[autocomplete="off"]').fill('7kq2 m9xd');
    await page.locator('input[autocomplete="new-password"]').nth(0).fill('une autre phrase');
    await page.locator('input[autocomplete="new-password"]').nth(1).fill('une autre phrase');
    await page.locator('button[type="submit"]').click();
    await page.screenshot({ path: `tests/.artifacts/screenshots/s14-${language}-recover.png` });
    found.push(...(await axe(page, `${language} recover`)));
    expect(found).toEqual([]);
  });
}
