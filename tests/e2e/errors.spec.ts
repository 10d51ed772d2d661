import { expect, test } from './fixtures.ts';

// Errors cross the boundary as data (code, field, reason, params) and the screen words them in the
// practitioner's language: a refusal of the main process reads in French, naming the field in French.

test('words a refusal of the main process in French, naming the field', async ({ page, app }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await app.start({ settings: { language: 'fr' } });
  await page.getByRole('button', { name: /^Nouveau patient Ctrl\+N$/ }).click();
  await page.locator('#pf-lastName').fill('Okafor');
  await page.locator('#pf-dateOfBirth').fill('1990-02-01');
  await page.locator('#pf-sex').selectOption('male');
  await page.getByRole('button', { name: 'Créer le patient' }).click();
  await expect(page.locator('#pf-firstName')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByText('Le champ « Prénom » est obligatoire').first()).toBeVisible();
  await expect(page.getByText(/firstName|is required/)).toHaveCount(0);
  await app.screenshot('errors-01-refusal-fr');

  // The raw answer holds no sentence at all: only data.
  const answer = await page.evaluate(() => (window as any).mesochart.createPatient({ firstName: '', lastName: 'B', dateOfBirth: '1990-01-01', sex: 'female' }));
  expect(answer).toEqual({ ok: false, error: { code: 'invalid-input', field: 'firstName', reason: 'required', params: {} } });
});

test('words a refusal in the pseudo-language, whole and bracketed', async ({ page, app }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await app.start({ settings: { language: 'en-XA' } });
  await page.getByRole('button', { name: /^\[Ñéŵ þáţíéñţ[^\]]*\] Ctrl\+N$/ }).click();
  await page.locator('#pf-lastName').fill('Okafor');
  await page.locator('#pf-dateOfBirth').fill('1990-02-01');
  await page.locator('#pf-sex').selectOption('male');
  await page.locator('form button[type=submit]').first().click();
  await expect(page.locator('#pf-firstName')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByRole('alert').first()).toContainText('Ƒíŕšţ ñáɱé');
  await app.screenshot('errors-02-refusal-en-XA');
});
