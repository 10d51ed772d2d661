import { call } from './api.ts';
import { DEFAULT_PRACTITIONER, test, expect } from './fixtures.ts';
import { finishFirstRun } from './firstRun.ts';

/**
 * The practitioner's language: chosen on the first-run screen (the system's by default), kept per
 * profile, applied at once on unlock and when changed in the settings, without a restart. The
 * patient's language: a field of the patient form, shown on the patient page.
 */

const HELENE = { name: 'Dr Hélène Dubois', passphrase: 'salle deux, fenêtre sud' };
const LUCIA = { name: 'Dra. Lucía Martín', passphrase: 'la frase de Lucía' };

test.describe('first run on a French system', () => {
  test.use({ locale: 'fr-FR' });

  test('speaks French at once, switches as the language is chosen, saves it as the clinic’s and the profile’s', async ({ page, app }) => {
    await app.start({ practitioner: null });
    await expect(page.getByRole('heading', { name: 'Créer le premier profil de praticien', level: 1 })).toBeVisible();
    await expect(page.getByLabel('Langue')).toHaveValue('fr');
    await expect(page.locator('html')).toHaveAttribute('lang', 'fr');

    // Choosing another language switches the screen at once; choosing French again switches back.
    await page.getByLabel('Langue').selectOption('es');
    await expect(page.getByRole('heading', { name: 'Crear el primer perfil de profesional', level: 1 })).toBeVisible();
    await page.getByLabel('Idioma').selectOption('fr');
    await expect(page.getByRole('heading', { name: 'Créer le premier profil de praticien', level: 1 })).toBeVisible();

    // The clinic's name is asked with the first profile (issue 12).
    await page.getByLabel('Nom du cabinet').fill('Cabinet Dubois');
    await page.getByRole('textbox', { name: 'Nom', exact: true }).fill(HELENE.name);
    await page.getByRole('textbox', { name: 'Phrase secrète', exact: true }).fill('court');
    await page.getByLabel('Confirmer la phrase secrète').fill('courT');
    await page.getByRole('button', { name: 'Créer le profil et ouvrir MesoChart' }).click();
    await expect(page.getByText('Utilisez au moins 10 caractères (5 pour l’instant)', { exact: false })).toBeVisible();
    await expect(page.getByText('Les deux phrases secrètes diffèrent')).toBeVisible();
    await app.screenshot('languages-01-first-run-fr');

    await page.getByRole('textbox', { name: 'Phrase secrète', exact: true }).fill(HELENE.passphrase);
    await page.getByLabel('Confirmer la phrase secrète').fill(HELENE.passphrase);
    await finishFirstRun(page);
    await expect(page.getByRole('heading', { name: 'Patients', level: 1 })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Nouveau patient Ctrl+N' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Verrouiller' })).toBeVisible();
    await app.screenshot('languages-02-patient-list-fr');

    expect(await call<{ language?: string }>(page, 'getSettings', {})).toMatchObject({ language: 'fr' });
    const access = await call<{ current: { displayName: string; language: string | null } }>(page, 'listPractitioners', {});
    expect(access.current).toMatchObject({ displayName: HELENE.name, language: 'fr' });

    // The lock screen speaks the clinic's language.
    await page.getByRole('button', { name: 'Verrouiller' }).click();
    await expect(page.getByRole('heading', { name: 'MesoChart est verrouillé', level: 1 })).toBeVisible();
  });
});

test('unlocking as a profile whose language is Spanish switches the screens at once; locking goes back to the clinic’s', async ({ page, app }) => {
  await app.start();
  await call(page, 'addPractitioner', { displayName: LUCIA.name, passphrase: LUCIA.passphrase, language: 'es' });
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Patients', level: 1 })).toBeVisible();
  await expect(page.getByRole('button', { name: 'New patient Ctrl+N' })).toBeVisible();

  await page.getByRole('button', { name: 'Lock now' }).click();
  await expect(page.getByRole('heading', { name: 'MesoChart is locked', level: 1 })).toBeVisible();
  await page.getByRole('radio', { name: new RegExp(LUCIA.name) }).check();
  await page.getByLabel('Passphrase').fill(LUCIA.passphrase);
  await page.getByRole('button', { name: 'Unlock' }).click();
  await expect(page.getByRole('heading', { name: 'Pacientes', level: 1 })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Nuevo paciente Ctrl+N' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'es');
  await app.screenshot('languages-03-unlocked-es');

  // Lucía goes back to the clinic's language (English here) from the settings: at once.
  await page.getByRole('button', { name: 'Ajustes' }).click();
  await page.getByLabel('Idioma de las pantallas').selectOption('');
  await expect(page.getByRole('button', { name: 'Lock now' })).toBeVisible();
  await expect(page.getByLabel('Language of the screens')).toHaveValue('');
  // ... and to Italian.
  await page.getByLabel('Language of the screens').selectOption('it');
  await expect(page.getByRole('button', { name: 'Blocca ora' })).toBeVisible();
  expect((await call<{ current: { language: string | null } }>(page, 'listPractitioners', {})).current.language).toBe('it');

  // Locked, the screens speak the clinic's language again; Dr Test (no language of his own) unlocks in it.
  await page.getByRole('button', { name: 'Blocca ora' }).click();
  await expect(page.getByRole('heading', { name: 'MesoChart is locked', level: 1 })).toBeVisible();
  await page.getByRole('radio', { name: new RegExp(DEFAULT_PRACTITIONER.name) }).check();
  await page.getByLabel('Passphrase').fill(DEFAULT_PRACTITIONER.passphrase);
  await page.getByRole('button', { name: 'Unlock' }).click();
  await expect(page.getByRole('button', { name: 'Lock now' })).toBeVisible();
  await expect(page.locator('.topbar__practitioner')).toHaveText(/Dr Test/);
  await expect(page.getByRole('heading', { name: 'Settings & data' })).toBeVisible();
});

test('the patient’s language: chosen in the form, shown on the patient page, kept in the record', async ({ page, app }) => {
  await app.start({ settings: { language: 'fr' } });
  await page.getByRole('button', { name: 'Nouveau patient Ctrl+N' }).click();
  await page.getByRole('textbox', { name: 'Nom', exact: true }).fill('Rossi');
  await page.getByLabel('Prénom').fill('Giulia');
  await page.getByLabel('Date de naissance').fill('1979-05-21');
  await page.getByLabel('Sexe').selectOption('female');
  await expect(page.getByLabel('Langue')).toHaveValue('');
  await page.getByLabel('Langue').selectOption('it');
  // Leaving with unsaved changes asks, in French.
  await page.getByRole('navigation', { name: 'Fil d’Ariane' }).getByRole('link', { name: 'Patients' }).click();
  await expect(page.getByText('Quitter et abandonner ce nouveau patient ?')).toBeVisible();
  await app.screenshot('languages-04-patient-form-fr');
  await page.getByRole('button', { name: 'Continuer la saisie' }).click();
  await page.getByRole('button', { name: 'Créer le patient' }).click();
  await expect(page.getByRole('heading', { name: 'ROSSI, Giulia', level: 1 })).toBeVisible();
  await expect(page.locator('.patient-header__meta')).toContainText('Langue : Italiano');
  await expect(page.locator('.patient-header__meta')).toContainText('Femme');
  await app.screenshot('languages-05-patient-page-fr');
  const [patient] = (await call<{ items: { id: string }[] }>(page, 'listPatients', {})).items;
  expect(await call(page, 'getPatient', { id: patient!.id })).toMatchObject({ lastName: 'Rossi', language: 'it' });

  // The list: counted in French, a search without match says so.
  await page.getByRole('navigation', { name: 'Fil d’Ariane' }).getByRole('link', { name: 'Patients' }).click();
  await expect(page.getByText('1 patient', { exact: true })).toBeVisible();
  await page.getByLabel('Rechercher par nom').fill('Zzz');
  await expect(page.getByText('Aucun patient ne correspond à « Zzz »')).toBeVisible();
  await app.screenshot('languages-05b-no-match-fr');
  await page.getByLabel('Rechercher par nom').fill('');

  // The practitioners' panel in French.
  await page.getByRole('button', { name: 'Paramètres' }).click();
  await page.locator('#settings-practitioners').scrollIntoViewIfNeeded();
  await expect(page.getByRole('heading', { name: 'Praticiens' })).toBeVisible();
  await expect(page.getByLabel('Langue des écrans')).toHaveValue('');
  await app.screenshot('languages-05c-practitioners-fr');
});

test('pseudo-language: the access, patient and practitioner screens escape nothing from the catalogue', async ({ page, app }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await app.start({ practitioner: null, settings: { language: 'en-XA' } });
  await expect(page.locator('h1')).toContainText('[');
  await app.screenshot('languages-06-first-run-xa');
  await app.restart({ settings: { language: 'en-XA' } });
  await call(page, 'createPatient', { firstName: 'Anaïs', lastName: 'Lefèvre', dateOfBirth: '2025-02-03', sex: 'female', language: 'pt-BR', allergies: 'Lidocaine' });
  await page.reload();
  await expect(page.locator('h1')).toContainText('[');
  await app.screenshot('languages-07-patient-list-xa');
  await page.getByRole('button', { name: /LEFÈVRE, Anaïs/ }).click();
  await expect(page.locator('.patient-header__meta')).toContainText('Português (Brasil)');
  await app.screenshot('languages-08-patient-page-xa');
  await page.locator('.patient-header__actions button').first().click();
  await expect(page.locator('h1')).toContainText('LEFÈVRE, Anaïs');
  await app.screenshot('languages-09-patient-form-xa');
  await page.locator('.topbar__who [data-screen="settings"]').click();
  await page.locator('#settings-practitioners').scrollIntoViewIfNeeded();
  await app.screenshot('languages-10-settings-xa');
  await page.getByTestId('lock-now').click();
  await expect(page.locator('h1')).toContainText('[');
  await app.screenshot('languages-11-lock-xa');
});
