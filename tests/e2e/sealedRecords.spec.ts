import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createTranslator } from '../../shared/i18n/translator.ts';
import type { Language } from '../../shared/i18n/languages.ts';
import { call } from './api.ts';
import { expect, test } from './fixtures.ts';
import { keepRecoveryKey } from './firstRun.ts';

// Issue 14, "sealed at rest": the recovery key shown once at first run, its sheet printed, and a
// forgotten passphrase replaced with it on records that are closed again; then the new passphrase
// opens them and the old one no longer does. The key screen and the recovery form are photographed
// at 1366×768 in French and Brazilian Portuguese, and every screen of the path is scanned by axe.

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const HELENE = { name: 'Dr Hélène Dubois', passphrase: 'salle deux, fenêtre sud' };
const NEW_PASSPHRASE = 'balcon nord, troisième étage';

test.use({ viewport: { width: 1366, height: 768 } });

async function axeFindings(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  return violations.map((v) => `${v.id} (${v.nodes.length}): ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`);
}

/** The first-run screen filled in `language` and sent: the app then shows the recovery key. */
async function createFirstProfile(page: Page, language: Language): Promise<void> {
  const { t } = await createTranslator(language);
  await expect(page.getByRole('heading', { level: 1, name: t('access:firstRun.title') })).toBeVisible();
  await page.getByLabel(t('settings:field.clinicName')).fill('Cabinet Dubois');
  await page.getByRole('textbox', { name: t('access:firstRun.name'), exact: true }).fill(HELENE.name);
  await page.getByRole('textbox', { name: t('access:firstRun.passphrase'), exact: true }).fill(HELENE.passphrase);
  await page.getByLabel(t('access:firstRun.confirm')).fill(HELENE.passphrase);
  await page.getByRole('checkbox', { name: t('access:firstRun.understand'), exact: true }).check();
  await page.getByRole('button', { name: t('access:firstRun.submit'), exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: t('access:recoveryKey.title') })).toBeVisible();
}

/** The raw bytes of every file of the records (database, its journal files, keyring): what a thief would read. */
function recordsBytes(dataDir: string): Buffer {
  return Buffer.concat(readdirSync(dataDir).filter((f) => f.startsWith('mesochart.sqlite')).map((f) => readFileSync(join(dataDir, f))));
}

test('the recovery key: shown and printed once, then it replaces a forgotten passphrase on closed records', async ({ page, app }) => {
  test.setTimeout(120_000);
  const { t } = await createTranslator('en');
  await app.start({ practitioner: null });
  await createFirstProfile(page, 'en');

  // The key, once, with nothing of the records behind it until it is kept.
  const recoveryKey = ((await page.getByTestId('recovery-key').textContent()) ?? '').trim();
  expect(recoveryKey.replace(/[^0-9A-Z]/g, '')).toHaveLength(32);
  expect(await axeFindings(page)).toEqual([]);
  await app.screenshot('sealed-01-recovery-key-en');

  // The sheet saved where the practitioner chose (the harness's save folder), a PDF bearing the key.
  await page.getByRole('button', { name: t('access:recoveryKey.print'), exact: true }).click();
  await expect(page.getByText(t('access:recoveryKey.sheetSaved'))).toBeVisible({ timeout: 30_000 });
  const exportsDir = join(app.dataDir, 'exports');
  const sheets = readdirSync(exportsDir).filter((f) => f.endsWith('.pdf'));
  expect(sheets).toHaveLength(1);
  const sheet = join(exportsDir, sheets[0]!);
  await expect(page.getByText(sheet)).toBeVisible();
  expect(readFileSync(sheet).subarray(0, 5).toString('latin1')).toBe('%PDF-');
  const sheetText = execFileSync('pdftotext', ['-layout', sheet, '-'], { encoding: 'utf8' }).replace(/[^0-9A-Z]/g, '');
  expect(sheetText).toContain(recoveryKey.replace(/[^0-9A-Z]/g, ''));
  expect(await axeFindings(page)).toEqual([]);
  await app.screenshot('sealed-02-recovery-sheet-saved-en');

  // Kept: the records open; a patient is created, and the file holds nothing of them in clear.
  await keepRecoveryKey(page);
  await expect(page.getByRole('heading', { level: 1, name: t('patients:list.title') })).toBeVisible();
  await call(page, 'createPatient', { firstName: 'Anna', lastName: 'Lindqvist', dateOfBirth: '1971-09-03', sex: 'female' });
  expect(existsSync(join(app.dataDir, 'keyring.json'))).toBe(true);
  expect(recordsBytes(app.dataDir).includes('Lindqvist')).toBe(false);

  // A restart: the records are closed again, and only the lock screen answers.
  await app.restart({ practitioner: null });
  await expect(page.getByRole('heading', { level: 1, name: t('access:lock.title') })).toBeVisible();
  expect(await page.evaluate(() => (window as any).mesochart.listPatients({}))).toMatchObject({ ok: false, error: { code: 'locked-out' } });

  // The passphrase forgotten: the recovery key, as the first screen showed it, and a new passphrase.
  await page.getByRole('button', { name: t('access:lock.forgot'), exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: t('access:recover.title') })).toBeVisible();
  const keyField = page.getByRole('textbox', { name: t('access:recover.key') });
  // A key of the right shape that is not this folder's is refused at its field, nothing opened.
  await keyField.fill('2222-3333-4444-5555-6666-7777-8888-9999');
  await page.getByRole('textbox', { name: t('access:change.next'), exact: true }).fill(NEW_PASSPHRASE);
  await page.getByRole('textbox', { name: t('access:change.confirm'), exact: true }).fill(NEW_PASSPHRASE);
  await page.getByRole('button', { name: t('access:recover.submit'), exact: true }).click();
  await expect(page.getByText(t('access:recover.wrongKey'))).toBeVisible();
  await expect(keyField).toBeFocused();
  expect(await axeFindings(page)).toEqual([]);
  await app.screenshot('sealed-03-recovery-key-refused-en');

  await keyField.fill(recoveryKey);
  await expect(page.getByText(t('access:recover.wrongKey'))).toHaveCount(0);
  await page.getByRole('button', { name: t('access:recover.submit'), exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: t('patients:list.title') })).toBeVisible();
  await expect(page.getByRole('button', { name: /LINDQVIST, Anna/ })).toBeVisible();
  await expect(page.locator('.topbar__practitioner')).toHaveText(new RegExp(HELENE.name));

  // Locked: the old passphrase is refused, the new one unlocks.
  await page.getByRole('button', { name: t('common:shell.lockNow'), exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: t('access:lock.title') })).toBeVisible();
  await page.getByLabel(t('access:lock.passphrase')).fill(HELENE.passphrase);
  await page.getByRole('button', { name: t('access:lock.unlock'), exact: true }).click();
  await expect(page.getByText(t('errors:reason.wrongPassphrase'))).toBeVisible();
  await page.getByLabel(t('access:lock.passphrase')).fill(NEW_PASSPHRASE);
  await page.getByRole('button', { name: t('access:lock.unlock'), exact: true }).click();
  await expect(page.getByRole('button', { name: /LINDQVIST, Anna/ })).toBeVisible();

  // And cold, after a restart: the old passphrase no longer opens the records, the new one does.
  await app.restart({ practitioner: null });
  await page.getByLabel(t('access:lock.passphrase')).fill(HELENE.passphrase);
  await page.getByRole('button', { name: t('access:lock.unlock'), exact: true }).click();
  await expect(page.getByText(t('errors:reason.wrongPassphrase'))).toBeVisible();
  await page.getByLabel(t('access:lock.passphrase')).fill(NEW_PASSPHRASE);
  await page.getByRole('button', { name: t('access:lock.unlock'), exact: true }).click();
  await expect(page.getByRole('button', { name: /LINDQVIST, Anna/ })).toBeVisible();
});

for (const language of ['fr', 'pt-BR'] as const) {
  test(`the recovery key screen and the recovery form in ${language}`, async ({ page, app }) => {
    const { t } = await createTranslator(language);
    await app.start({ practitioner: null, settings: { language } });
    await createFirstProfile(page, language);
    expect(await axeFindings(page)).toEqual([]);
    await app.screenshot(`sealed-${language}-01-recovery-key`);
    const recoveryKey = await keepRecoveryKey(page);
    await expect(page.getByRole('heading', { level: 1, name: t('patients:list.title') })).toBeVisible();

    await app.restart({ practitioner: null });
    await expect(page.getByRole('heading', { level: 1, name: t('access:lock.title') })).toBeVisible();
    await page.getByRole('button', { name: t('access:lock.forgot'), exact: true }).click();
    await expect(page.getByRole('heading', { level: 1, name: t('access:recover.title') })).toBeVisible();
    // Half the key typed: the hint counts what is typed so far.
    await page.getByRole('textbox', { name: t('access:recover.key') }).fill(recoveryKey.slice(0, 19));
    expect(await axeFindings(page)).toEqual([]);
    await app.screenshot(`sealed-${language}-02-recovery-form`);
  });
}
