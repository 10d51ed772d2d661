import type { Page } from '@playwright/test';
import { DEFAULT_PRACTITIONER, test, expect } from './fixtures.ts';
import { finishFirstRun } from './firstRun.ts';

type Envelope<T> = { ok: true; value: T } | { ok: false; error: { code: string; reason: string } };

/** A raw call through the bridge, as the preload would make it: the envelope, never thrown. */
function raw<T = unknown>(page: Page, channel: string, input: unknown): Promise<Envelope<T>> {
  return page.evaluate(([c, i]) => (window as any).mesochart[c as string](i), [channel, input] as const) as Promise<Envelope<T>>;
}

const HELENE = { name: 'Dr Hélène Dubois', passphrase: 'salle deux, fenêtre sud' };

test('first run: creates the first practitioner profile, then works in their name', async ({ page, app }) => {
  await app.start({ practitioner: null });
  await expect(page.getByRole('heading', { name: 'Create the first practitioner profile', level: 1 })).toBeVisible();
  // Nothing of the records answers before a profile exists and is unlocked.
  expect(await raw(page, 'listPatients', {})).toMatchObject({ ok: false, error: { code: 'locked-out' } });

  await page.getByRole('textbox', { name: 'Name', exact: true }).fill(HELENE.name);
  await page.getByRole('textbox', { name: 'Passphrase', exact: true }).fill('too short');
  await page.getByLabel('Passphrase again').fill('too shorT');
  await page.getByRole('button', { name: 'Create profile and open MesoChart' }).click();
  await expect(page.getByText(/Use at least 10 characters/)).toBeVisible();
  await expect(page.getByText('The two passphrases differ')).toBeVisible();
  await app.screenshot('access-01-first-run-refused');
  // The clinic's name is asked with the first profile (every problem shown at once).
  await expect(page.getByText('Enter the clinic’s name')).toBeVisible();
  await page.getByLabel('Clinic name').fill('Cabinet Dubois');

  await page.getByRole('textbox', { name: 'Passphrase', exact: true }).fill(HELENE.passphrase);
  await page.getByLabel('Passphrase again').fill(HELENE.passphrase);
  // The sealed records explained, and understood, before anything is created; then the recovery key.
  await finishFirstRun(page);
  await expect(page.getByRole('heading', { name: 'Patients', level: 1 })).toBeVisible();
  await expect(page.locator('.topbar__practitioner')).toHaveText(/Dr Hélène Dubois/);

  // The new session form offers the unlocked practitioner; the audit trail names her.
  const patient = await raw<{ id: string }>(page, 'createPatient', { firstName: 'Anna', lastName: 'Lindqvist', dateOfBirth: '1971-09-03', sex: 'female' });
  expect(patient.ok).toBe(true);
  await page.reload();
  await page.getByRole('button', { name: /LINDQVIST, Anna/ }).click();
  await page.getByRole('button', { name: /New session/ }).click();
  // The session's practitioner is a profile (the select's value is its id): the unlocked one is chosen.
  await expect(page.locator('#sf-practitionerId option:checked')).toHaveText(HELENE.name);
  await app.screenshot('access-02-working-as');
});

test('locks on request, refuses a wrong passphrase, unlocks with the right one', async ({ page, app }) => {
  await app.start({ practitioner: HELENE });
  await raw(page, 'createPatient', { firstName: 'Anna', lastName: 'Lindqvist', dateOfBirth: '1971-09-03', sex: 'female' });
  await page.reload();
  await expect(page.getByRole('button', { name: /LINDQVIST, Anna/ })).toBeVisible();

  await page.getByRole('button', { name: 'Lock now' }).click();
  await expect(page.getByRole('heading', { name: 'MesoChart is locked', level: 1 })).toBeVisible();
  await expect(page.getByText(/Locked\. Your work was saved before locking/)).toBeVisible();
  // No record stays on screen, and the main process answers nothing but the lock screen's channels.
  await expect(page.getByText(/LINDQVIST/)).toHaveCount(0);
  expect(await raw(page, 'listPatients', {})).toMatchObject({ ok: false, error: { code: 'locked-out', reason: 'app-locked' } });
  expect(await raw(page, 'createPatient', { firstName: 'X', lastName: 'Y', dateOfBirth: '1971-09-03', sex: 'female' })).toMatchObject({ ok: false, error: { code: 'locked-out' } });
  await expect(page.getByRole('radio', { name: /Dr Hélène Dubois/ })).toBeChecked();
  await app.screenshot('access-03-lock-screen');

  await page.getByLabel('Passphrase').fill('salle trois, fenêtre nord');
  await page.getByRole('button', { name: 'Unlock' }).click();
  await expect(page.getByText(/Wrong passphrase: try again/)).toBeVisible();
  await expect(page.getByLabel('Passphrase')).toHaveValue('');
  await expect(page.getByLabel('Passphrase')).toBeFocused();
  await app.screenshot('access-04-wrong-passphrase');

  await page.getByLabel('Passphrase').fill(HELENE.passphrase);
  await page.getByRole('button', { name: 'Unlock' }).click();
  await expect(page.getByRole('heading', { name: 'Patients', level: 1 })).toBeVisible();
  await expect(page.getByRole('button', { name: /LINDQVIST, Anna/ })).toBeVisible();
  await expect(page.locator('.topbar__practitioner')).toHaveText(/Dr Hélène Dubois/);
});

test('locks after the idle minutes of the settings, saving the open session’s edits first', async ({ page, app }) => {
  await page.clock.install();
  await app.start({ practitioner: HELENE, settings: { lock: { idleMinutes: 3 } } });
  const patient = await raw<{ id: string }>(page, 'createPatient', { firstName: 'Anna', lastName: 'Lindqvist', dateOfBirth: '1971-09-03', sex: 'female' });
  if (!patient.ok) throw new Error('createPatient');
  const session = await raw<{ id: string }>(page, 'createSession', { consentOverride: 'Consent on paper (e2e)', patientId: patient.value.id, date: '2025-03-10', time: '09:15', practitioner: HELENE.name, indication: 'pain', treatedAreas: ['Knee'] });
  if (!session.ok) throw new Error('createSession');
  await page.reload();
  await page.getByRole('button', { name: /LINDQVIST, Anna/ }).click();
  await page.getByRole('region', { name: /Sessions/ }).locator('button.row-link').first().click();
  await expect(page.locator('#sf-notes')).toBeEnabled();

  // An edit, then nothing: the idle lock comes before any save was due, and saves it on the way.
  await page.locator('#sf-notes').fill('Written just before the coffee break.');
  await page.clock.fastForward('03:05');
  await expect(page.getByRole('heading', { name: 'MesoChart is locked', level: 1 })).toBeVisible();
  await expect(page.getByText(/Locked after 3 minutes without activity/)).toBeVisible();
  await expect(page.getByText(/Written just before/)).toHaveCount(0);
  expect(await raw(page, 'getSession', { id: session.value.id })).toMatchObject({ ok: false, error: { code: 'locked-out' } });
  await app.screenshot('access-05-idle-lock');

  await page.getByLabel('Passphrase').fill(HELENE.passphrase);
  await page.getByRole('button', { name: 'Unlock' }).click();
  await expect(page.locator('#sf-notes')).toHaveValue('Written just before the coffee break.');
  const saved = await raw<{ notes: string }>(page, 'getSession', { id: session.value.id });
  expect(saved).toMatchObject({ ok: true, value: { notes: 'Written just before the coffee break.' } });
});

test('the fixture’s default practitioner is unlocked, and a restart keeps working as them', async ({ page, app }) => {
  await app.start();
  await expect(page.locator('.topbar__practitioner')).toHaveText(new RegExp(DEFAULT_PRACTITIONER.name));
  await app.restart();
  await expect(page.getByRole('heading', { name: 'Patients', level: 1 })).toBeVisible();
  await app.restart({ practitioner: null });
  await expect(page.getByRole('heading', { name: 'MesoChart is locked', level: 1 })).toBeVisible();
});
