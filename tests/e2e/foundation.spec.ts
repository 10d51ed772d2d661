import { test, expect } from './fixtures.ts';

// The whole path of the foundation: create a patient with a screening, open them, start a draft
// session, then restart the app on the same database and find both again.
test('creates a patient and a draft session that survive a restart', async ({ page, app }) => {
  await app.start({ settings: { practitionerName: 'Dr Hélène Dubois' } });

  await expect(page.getByRole('heading', { name: 'Patients', level: 1 })).toBeVisible();
  await expect(page.getByText('No patients yet')).toBeVisible();
  await app.screenshot('01-patient-list-empty');

  await page.getByRole('button', { name: 'New patient Ctrl+N' }).click();
  await page.locator('#pf-lastName').fill('Żółkiewska');
  await page.locator('#pf-firstName').fill('Małgorzata');
  await page.locator('#pf-dateOfBirth').fill('1979-05-14');
  await page.locator('#pf-sex').selectOption('female');
  await page.locator('#pf-allergies').fill('Lidocaine');
  for (const item of [
    'Pregnancy', 'Breastfeeding', 'Cancer', 'Antiplatelet drugs or heparins', 'Bleeding disorder', 'Allergy to a product or to the anaesthetic',
    'Skin infection or inflammation at the site', 'Uncontrolled diabetes', 'Autoimmune disease', 'Immunosuppression', 'Heart disease (when lidocaine is used)',
    'Tendency to keloid scars', 'Herpes (face)', 'Other condition noted by the doctor',
  ]) {
    await page.getByRole('group', { name: item }).getByLabel('No').check();
  }
  await page.getByRole('group', { name: 'Oral anticoagulants' }).getByLabel('Yes').check();
  await app.screenshot('02-patient-form-filled');
  await page.getByRole('button', { name: 'Create patient' }).click();

  await expect(page.getByRole('heading', { name: /ŻÓŁKIEWSKA, Małgorzata/ })).toBeVisible();
  await expect(page.getByText('Oral anticoagulants')).toBeVisible();
  await app.screenshot('03-patient-page');

  await page.getByRole('button', { name: /New session/ }).click();
  await page.locator('#sf-indication').selectOption('pain');
  await page.getByLabel('Knee').check();
  // The session's practitioner is a profile (the select's value is its id): the unlocked one is chosen.
  await expect(page.locator('#sf-practitionerId option:checked')).toHaveText('Dr Hélène Dubois');
  // Every session re-confirms the screening and needs a consent in force, or an override with its reason.
  await page.getByRole('group', { name: 'Screening today' }).getByLabel(/Unchanged since/).check();
  await page.getByTestId('course-consent').getByLabel('Start without consent (override)').check();
  await page.getByTestId('course-consent').getByLabel(/Reason for starting without consent/).fill('Consent on paper (e2e)');
  await app.screenshot('04-new-session');
  await page.getByRole('button', { name: 'Start draft session' }).click();
  await expect(page.getByText(/Pain · Knee/).first()).toBeVisible();
  await app.screenshot('05-session-page');

  await app.restart();

  await page.locator('#patient-search').fill('zolk');
  const row = page.getByRole('row', { name: /ŻÓŁKIEWSKA/ });
  await expect(row).toContainText('Contraindication');
  await row.getByRole('button', { name: 'ŻÓŁKIEWSKA, Małgorzata' }).click();
  await expect(page.getByRole('heading', { name: /ŻÓŁKIEWSKA, Małgorzata/ })).toBeVisible();
  const sessions = page.getByRole('region', { name: /Sessions/ });
  await expect(sessions.getByText('Pain')).toBeVisible();
  await expect(sessions.getByText('Draft')).toBeVisible();
  await app.screenshot('06-after-restart');
});

test('shows the refusal of bad input next to the field and keeps what was typed', async ({ page, app }) => {
  await app.start();
  await page.getByRole('button', { name: 'New patient Ctrl+N' }).click();
  await page.locator('#pf-lastName').fill('Okafor');
  await page.locator('#pf-dateOfBirth').fill('1990-02-01');
  await page.locator('#pf-sex').selectOption('male');
  await page.getByRole('button', { name: 'Create patient' }).click();

  const firstName = page.locator('#pf-firstName');
  await expect(firstName).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByText(/First name .*required/i).first()).toBeVisible();
  await expect(page.locator('#pf-lastName')).toHaveValue('Okafor');
  await app.screenshot('07-patient-form-error');

  const total = await page.evaluate(async () => ((await (window as any).mesochart.listPatients({})) as any).value.total);
  expect(total).toBe(0);
});

test('refuses a bad call at the boundary with a typed error naming the field', async ({ page, app }) => {
  await app.start();
  const answer = await page.evaluate(() =>
    (window as any).mesochart.createPatient({ firstName: 'A', lastName: 'B', dateOfBirth: '31/12/1990', sex: 'female' }),
  );
  expect(answer).toMatchObject({ ok: false, error: { code: 'invalid-input', field: 'dateOfBirth' } });
  const hasNode = await page.evaluate(() => typeof (globalThis as any).require !== 'undefined' || typeof (globalThis as any).process !== 'undefined');
  expect(hasNode).toBe(false);
});
