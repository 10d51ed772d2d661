import type { Locator, Page } from '@playwright/test';
import { call } from './api.ts';
import { expect, test } from './fixtures.ts';

// Consent in the patient's language, and the clinic's language and time zone in the preferences: the
// screens switch at once when they are saved, without a restart.

const screening = {
  screenedOn: '2025-02-20',
  answers: Object.fromEntries(['pregnancy', 'breastfeeding', 'oncological', 'anticoagulants', 'productAllergy', 'other'].map((k) => [k, { present: k === 'productAllergy', note: k === 'productAllergy' ? 'lidocaína' : '' }])),
};

async function sign(page: Page, pad: Locator): Promise<void> {
  await pad.scrollIntoViewIfNeeded();
  const box = (await pad.boundingBox())!;
  await page.mouse.move(box.x + 0.1 * box.width, box.y + 0.7 * box.height);
  await page.mouse.down();
  for (const [x, y] of [[0.3, 0.3], [0.5, 0.7], [0.7, 0.3], [0.9, 0.6]] as const) await page.mouse.move(box.x + x * box.width, box.y + y * box.height, { steps: 6 });
  await page.mouse.up();
}

async function openPatient(page: Page, lastName: RegExp): Promise<void> {
  await page.reload();
  await page.getByRole('row', { name: lastName }).getByRole('button').first().click();
  await expect(page.getByRole('heading', { level: 1, name: lastName })).toBeVisible();
}

test('preferences: the clinic language and time zone switch the screens at once, and stay after a restart', async ({ page, app }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await app.start();
  await page.getByRole('button', { name: 'Settings' }).click();
  await expect(page.getByRole('heading', { name: 'Settings & data', level: 1 })).toBeVisible();
  // A marker that a reload would wipe: the switch must happen in this very page.
  await page.evaluate(() => ((window as any).__sameScreen = true));
  await page.getByLabel('Language of the clinic').selectOption('es');
  await page.getByLabel('Time zone').selectOption('America/Sao_Paulo');
  await page.getByRole('button', { name: 'Save settings' }).click();
  await expect(page.getByRole('heading', { name: 'Ajustes y datos', level: 1 })).toBeVisible();
  await expect(page.getByText('Todos los ajustes guardados')).toBeVisible();
  await expect(page.locator('.topbar__status')).toContainText('Ajustes guardados');
  await expect(page.getByLabel('Idioma de la consulta')).toHaveValue('es');
  await expect(page.getByLabel('Zona horaria')).toHaveValue('America/Sao_Paulo');
  expect(await page.evaluate(() => (window as any).__sameScreen)).toBe(true);
  expect(await page.evaluate(() => document.documentElement.lang)).toBe('es');
  expect(await call(page, 'getSettings', {})).toMatchObject({ language: 'es', timeZone: 'America/Sao_Paulo' });
  await app.screenshot('languages-settings-es');

  // Back to the system's time zone; the app restarted opens in Spanish.
  await page.getByLabel('Zona horaria').selectOption('');
  await page.getByRole('button', { name: 'Guardar ajustes' }).click();
  await expect(page.getByText('Todos los ajustes guardados')).toBeVisible();
  expect((await call(page, 'getSettings', {})).timeZone ?? null).toBeNull();
  await app.restart();
  await page.getByRole('button', { name: /Ajustes/ }).first().click();
  await expect(page.getByRole('heading', { name: 'Ajustes y datos', level: 1 })).toBeVisible();
});

test('consent: offered in the patient\'s language, another chosen, read and signed in it, the language kept', async ({ page, app }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await app.start({ settings: { language: 'fr' } });
  // A Spanish-speaking patient in a French clinic.
  const patient = await call(page, 'createPatient', { firstName: 'Lucía', lastName: 'Fernández', dateOfBirth: '1983-04-11', sex: 'female', screening, language: 'es' });
  await openPatient(page, /Fernández/i);

  const consents = page.getByRole('region', { name: /Consentement éclairé/ });
  await consents.getByRole('button', { name: 'Recueillir le consentement…' }).click();
  const dialog = page.getByRole('dialog', { name: /Consentement éclairé : FERNÁNDEZ/ });
  const language = dialog.getByRole('combobox', { name: 'Langue du texte' });
  await expect(language).toHaveValue('es');
  await expect(language.locator('option:checked')).toHaveText('Español (langue du patient)');
  await dialog.getByRole('combobox', { name: 'Formulaire' }).selectOption({ label: 'Consentimiento informado: mesoterapia para el dolor' });
  const text = dialog.getByTestId('consent-text');
  await expect(text).toContainText('QUÉ ES LA MESOTERAPIA');
  await expect(text).toContainText('pápulas');
  // What the patient reads and signs is in Spanish; the practitioner's controls stay French.
  await expect(dialog.getByRole('heading', { name: 'Leído por el paciente' })).toBeVisible();
  await expect(dialog.locator('.consent-screening__yes')).toHaveText('Sí');
  await expect(dialog.locator('.consent-screening')).toContainText('(lidocaína)');
  await expect(dialog.getByRole('button', { name: 'Signer le consentement' })).toBeDisabled();

  // The practitioner may choose another language: the Italian text, worded in Italian.
  await language.selectOption('it');
  await expect(text).toContainText("CHE COS'È LA MESOTERAPIA");
  await expect(dialog.getByRole('heading', { name: 'Letto dal paziente' })).toBeVisible();
  await language.selectOption('es');
  await dialog.getByRole('combobox', { name: 'Formulaire' }).selectOption({ label: 'Consentimiento informado: mesoterapia para el dolor' });
  await expect(text).toContainText('MESOTERAPIA DEL DOLOR');

  await dialog.getByRole('checkbox', { name: /El paciente confirma/ }).check();
  await sign(page, dialog.getByRole('img', { name: /Firma del paciente/ }));
  await sign(page, dialog.getByRole('img', { name: /Signature du praticien/ }));
  // The photographs are a question of their own, read by the patient in Spanish: unanswered, no signing.
  await expect(dialog.getByRole('button', { name: 'Signer le consentement' })).toBeDisabled();
  const photos = dialog.getByRole('group', { name: 'Fotografías de la zona tratada' });
  await photos.scrollIntoViewIfNeeded();
  await photos.getByRole('radio', { name: 'No autorizo las fotografías' }).check();
  await app.screenshot('languages-consent-obtain-fr-es');
  await dialog.getByRole('button', { name: 'Signer le consentement' }).click();
  await expect(dialog).toBeHidden();

  const item = consents.getByTestId('consent-item');
  await expect(item).toContainText('Consentimiento informado: mesoterapia para el dolor');
  await expect(item).toContainText('Español');
  // Version 2: the second edition of the starting templates (migration 8) is the pain template's version 2.
  await expect(item).toContainText('version 2');
  await expect(item).toContainText('photographies\u00a0: non');
  const [signed] = await call(page, 'listConsents', { patientId: patient.id });
  expect(signed).toMatchObject({ language: 'es', indication: 'pain', title: 'Consentimiento informado: mesoterapia para el dolor' });
  expect(signed.text).toMatch(/^OBJETO DE ESTE DOCUMENTO/);
  expect(signed.text).toContain('Ley 41/2002');
});

for (const language of ['fr', 'en-XA'] as const) {
  test(`consent dialogs in ${language} at 1366×768: nothing cut, nothing left in another language`, async ({ page, app }) => {
    await page.setViewportSize({ width: 1366, height: 768 });
    await app.start({ settings: { language } });
    await call(page, 'createPatient', { firstName: 'Marta', lastName: 'Kowalczyk', dateOfBirth: '1979-06-02', sex: 'female', screening });
    await openPatient(page, /Kowalczyk/i);
    const consents = page.locator('section.panel').filter({ has: page.locator('#consents-title') });
    await consents.locator('.panel__actions .button').first().click();
    const templates = page.getByRole('dialog');
    // Ten: the second edition of the templates (migration 8) ships one for every indication, five before.
    await expect(templates.locator('.template-list button')).toHaveCount(10);
    await expect(templates.locator('textarea')).not.toHaveValue('');
    await app.screenshot(`languages-consent-templates-${language}`);
    await templates.locator('.modal__footer .button').first().click();
    await expect(templates).toBeHidden();

    await consents.locator('.panel__actions .button--primary').click();
    const dialog = page.getByRole('dialog');
    await expect(dialog.getByTestId('consent-text')).toContainText(language === 'fr' ? 'MÉSOTHÉRAPIE' : 'MESOTHERAPY');
    await app.screenshot(`languages-consent-obtain-${language}`);
    // Every control fits its box.
    const cut = await dialog.evaluate((root) =>
      [...root.querySelectorAll<HTMLElement>('button, label, select, .field__label, h2, h3')]
        .filter((el) => el.offsetParent !== null && (el.scrollWidth > el.clientWidth + 1 || el.getBoundingClientRect().right > window.innerWidth))
        .map((el) => el.textContent?.trim()),
    );
    expect(cut).toEqual([]);
  });
}

for (const language of ['fr', 'en-XA'] as const) {
  test(`settings screens in ${language} at 1366×768: backups listed, audit verified, nothing cut`, async ({ page, app }) => {
    await page.setViewportSize({ width: 1366, height: 768 });
    await app.start({ settings: { language } });
    await call(page, 'createBackupNow', {});
    await page.locator('.topbar').getByRole('button').filter({ hasText: language === 'fr' ? 'Paramètres' : 'Šéţţíñĝš' }).first().click();
    const settings = page.locator('.screen.settings');
    await expect(settings.locator('#settings-preferences')).toBeVisible();
    await settings.locator('#settings-audit .button').click();
    // The trail intact (first), then its comparison with the backup just taken.
    await expect(settings.locator('#settings-audit .banner--success').first()).toBeVisible();
    await app.screenshot(`languages-settings-${language}`);
    const cut = await settings.evaluate((root) =>
      [...root.querySelectorAll<HTMLElement>('button, label, .field__label, legend, h1, h2, th, .badge')]
        // A visually hidden legend (the needle catalogue's add row) is clipped on purpose: read aloud, never seen.
        .filter((el) => el.offsetParent !== null && !el.closest('.visually-hidden') && (el.scrollWidth > el.clientWidth + 1 || el.getBoundingClientRect().right > window.innerWidth))
        .map((el) => el.textContent?.trim()),
    );
    expect(cut).toEqual([]);
  });
}
