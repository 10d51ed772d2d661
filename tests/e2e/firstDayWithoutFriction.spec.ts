import { execFileSync } from 'node:child_process';
import type { Page } from '@playwright/test';
import { CONTRAINDICATIONS } from '../../shared/contraindications.ts';
import { todayIso } from '../../shared/dates.ts';
import { call } from './api.ts';
import { expect, test } from './fixtures.ts';
import { finishFirstRun } from './firstRun.ts';

// Issue 12, "a first day without friction": the clinic's details asked at first run and printed in the
// header of every record; the typed-signature choice as a visible setting; at 1366 × 768 a breadcrumb
// that keeps "Patients" and the session whole beside a status message, and a session sidebar that shows
// the pain scores and the cocktail without a long scroll; the screening answered "none of these" in one
// click. Screenshots in tests/.artifacts/screenshots/first-day-*.png, to be looked at.

const CLINIC = { name: 'Cabinet Saint-Michel', address: '12 rue des Lilas\n69003 Lyon', phone: '+33 4 78 00 11 22' };
const LONG = { firstName: 'Maria-Magdalena Alexandrina', lastName: 'Wiśniewska-Kowalczyk-Brzęczyszczykiewicz' };

function clearScreening() {
  return { screenedOn: '2025-01-10', answers: Object.fromEntries(CONTRAINDICATIONS.map((c) => [c.key, { present: false, note: '' }])) };
}

async function openSession(page: Page, lastName: RegExp) {
  await page.reload();
  await page.getByRole('button', { name: lastName }).first().click();
  await page.getByRole('region', { name: /Sessions/ }).locator('button.row-link').first().click();
  await expect(page.getByRole('region', { name: 'Session status' })).toBeVisible();
}

test.use({ viewport: { width: 1366, height: 768 } });

test('first run asks for the clinic, which heads the printed record', async ({ page, app }) => {
  await app.start({ practitioner: null });
  await expect(page.getByRole('group', { name: 'The clinic' })).toBeVisible();
  await page.getByRole('textbox', { name: 'Name', exact: true }).fill('Dr Hélène Dubois');
  await page.getByRole('textbox', { name: 'Passphrase', exact: true }).fill('salle deux, fenêtre sud');
  await page.getByLabel('Passphrase again').fill('salle deux, fenêtre sud');
  await page.getByRole('button', { name: 'Create profile and open MesoChart' }).click();
  // Without the clinic's name: refused at that field, nothing created.
  await expect(page.getByText('Enter the clinic’s name: it heads every printed record.')).toBeVisible();
  await expect(page.getByLabel('Clinic name')).toBeFocused();
  await page.getByLabel('Clinic name').fill(CLINIC.name);
  await page.getByLabel('Address').fill(CLINIC.address);
  await page.getByLabel('Phone').fill(CLINIC.phone);
  await app.screenshot('first-day-01-first-run');
  await finishFirstRun(page);
  await expect(page.getByRole('heading', { level: 1, name: 'Patients' })).toBeVisible();
  expect((await call(page, 'getSettings', {})).clinic).toEqual(CLINIC);

  // Editable in the preferences, where the typed-signature choice is a visible setting too.
  await page.getByRole('button', { name: 'Settings' }).click();
  await expect(page.getByLabel('Clinic name')).toHaveValue(CLINIC.name);
  const typed = page.getByLabel('Allow a typed name instead of a signature drawn on the pad');
  await expect(typed).not.toBeChecked();
  await typed.check();
  await page.getByRole('button', { name: 'Save settings' }).click();
  await expect(page.getByText('All settings saved')).toBeVisible();
  expect((await call(page, 'getSettings', {})).consent.allowTypedSignature).toBe(true);

  // The record's header names the clinic, its address on one line and its phone.
  const patient = await call<{ id: string }>(page, 'createPatient', { firstName: 'Anna', lastName: 'Lindqvist', dateOfBirth: '1971-09-03', sex: 'female', screening: clearScreening() });
  const session = await call<{ id: string }>(page, 'createSession', { consentOverride: 'Consent on paper', patientId: patient.id, date: todayIso(), time: '10:00', indication: 'pain', treatedAreas: ['Knee'] });
  const pdf = await call<{ saved: boolean; path: string }>(page, 'exportSessionPdf', { sessionId: session.id });
  const text = execFileSync('pdftotext', ['-layout', '-l', '1', pdf.path, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
  expect(text).toContain(CLINIC.name);
  expect(text).toContain('12 rue des Lilas, 69003 Lyon');
  expect(text).toContain(CLINIC.phone);

  // The consent dialog offers the typed name now that the clinic allows it.
  await page.reload();
  await page.getByRole('button', { name: /LINDQVIST, Anna/ }).click();
  await page.getByRole('button', { name: 'Obtain consent…' }).click();
  await expect(page.getByRole('dialog').getByLabel('Sign with the typed name instead of drawing')).toBeVisible();
});

test('at 1366 × 768 the breadcrumb keeps "Patients" and the session whole beside a status message; the sidebar shows the VAS and the cocktail', async ({ page, app }) => {
  await app.start();
  const patient = await call<{ id: string }>(page, 'createPatient', { ...LONG, dateOfBirth: '1982-10-04', sex: 'female', screening: clearScreening() });
  const session = await call<{ id: string }>(page, 'createSession', { consentOverride: 'Consent on paper', patientId: patient.id, date: todayIso(), time: '10:00', indication: 'pain', treatedAreas: ['Knee'] });
  await call(page, 'saveSession', { id: session.id, fields: { products: [{ name: 'Lidocaine 2 %', volumeMl: 1, lot: 'L-1', expiry: '2027-01-31' }] } });
  await openSession(page, /WIŚNIEWSKA/);
  // A status message (the last thing that happened), as long as an exported file's name.
  await page.getByRole('button', { name: 'Print / export PDF…' }).first().click();
  await expect(page.locator('.topbar__status')).toContainText(/Saved|session/i);

  const crumbs = page.getByRole('navigation', { name: 'Breadcrumb' });
  const whole = async (locator: ReturnType<Page['locator']>) => locator.evaluate((el) => el.scrollWidth <= el.clientWidth);
  expect(await whole(crumbs.getByRole('link', { name: 'Patients' }))).toBe(true);
  expect(await whole(crumbs.locator('[aria-current="page"]'))).toBe(true);
  await expect(crumbs.getByRole('link', { name: 'Patients' })).toHaveText('Patients');
  // The patient's name gives way last but one, with its whole text in a tooltip.
  await expect(crumbs.getByRole('link', { name: /WIŚNIEWSKA/ })).toHaveAttribute('title', /Maria-Magdalena Alexandrina/);
  await app.screenshot('first-day-02-breadcrumb-long-name-status');

  // The sidebar: the pain scores, then (the settled when, who and what folded) the cocktail within half a screen's scroll of the column.
  const side = page.locator('.workflow__body');
  await expect(page.getByRole('group', { name: 'VAS before' })).toBeInViewport();
  await expect(side.locator('summary', { hasText: 'When and by whom' })).toBeVisible();
  await expect(page.locator('#sf-date')).toBeHidden();
  const cocktailOffset = await side.evaluate((body) => {
    const legend = [...body.querySelectorAll('legend')].find((l) => l.textContent?.startsWith('Cocktail'));
    return legend ? legend.getBoundingClientRect().top - body.getBoundingClientRect().top : Number.POSITIVE_INFINITY;
  });
  const height = await side.evaluate((body) => body.clientHeight);
  expect(cocktailOffset).toBeLessThan(height * 1.5);
  await app.screenshot('first-day-03-session-sidebar');
  await side.evaluate((body) => body.scrollBy(0, 400));
  await app.screenshot('first-day-04-session-sidebar-scrolled');

  // Folded, the section opens on a click, and a problem in it opens it.
  await side.locator('summary', { hasText: 'When and by whom' }).click();
  await expect(page.locator('#sf-date')).toBeVisible();
});

test('the screening is answered "none of these" in one click, never over a yes', async ({ page, app }) => {
  await app.start();
  await page.getByRole('button', { name: /New patient/ }).first().click();
  await page.getByRole('textbox', { name: 'Last name' }).fill('Okafor');
  await page.getByLabel('First name').fill('Ada');
  await page.getByLabel('Date of birth').fill('1975-05-20');
  await page.getByLabel('Sex').selectOption('female');
  const none = page.getByRole('button', { name: 'None of these (all No)' });
  await none.click();
  await expect(page.getByText(`${CONTRAINDICATIONS.length} of ${CONTRAINDICATIONS.length} answered`)).toBeVisible();
  for (const radio of await page.locator('.screening__answer input[value="no"]').all()) await expect(radio).toBeChecked();
  await expect(page.locator('#pf-screening-screenedOn')).toHaveValue(todayIso());
  await app.screenshot('first-day-05-none-of-these');

  // A yes is kept: the button is then unavailable.
  await page.locator('.screening__answer').first().getByLabel('Yes').check();
  await expect(none).toBeDisabled();
  await page.locator('.screening__answer').first().getByLabel('No').check();
  await page.getByRole('button', { name: /Create patient/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'OKAFOR, Ada' })).toBeVisible();
  const [row] = await call<{ id: string }[]>(page, 'listPatients', {}).then((p: any) => p.items ?? p);
  const saved = await call<{ screening: { answers: Record<string, { present: boolean }> } }>(page, 'getPatient', { id: row!.id });
  expect(Object.values(saved.screening.answers).every((a) => a.present === false)).toBe(true);
});
