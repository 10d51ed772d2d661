import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { emptyScreening } from '../../shared/contraindications.ts';
import { todayIso } from '../../shared/dates.ts';
import { call } from './api.ts';
import { expect, SCREENSHOT_DIR, test } from './fixtures.ts';

// Issue 15, one chain end to end: two lots of one product received by scanning their boxes on the stock
// screen (the element string typed as a USB scanner types it, group separator included); a session charted
// in the cocktail by picking the product from the catalogue and a lot from the lots in stock (soonest
// expiry first); signed; the stock gone down on the stock screen; a recall of that lot opened from the lot
// recall page and the patient marked contacted. Axe on the cocktail with the lot suggestions open.

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const GS = '\x1d';
const GTIN = '04006381333931';
const yymmdd = (date: string) => date.slice(2).replace(/-/g, '');

async function axe(page: Page, name: string): Promise<string[]> {
  await page.waitForTimeout(100);
  const result = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  return result.violations.map((v) => `${name}: ${v.id} (${v.nodes.length}): ${v.nodes.slice(0, 4).map((n) => n.target.join(' ')).join(' | ')}`);
}

const field = (page: Page, index: number, name: string) => page.locator(`#sf-products-${index}-${name}`);

test.use({ viewport: { width: 1366, height: 900 } });

test('received by scanning, picked from the lots in stock, signed, stock down, recalled, patient contacted', async ({ page, app }) => {
  test.setTimeout(150_000);
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const found: string[] = [];
  await app.start();
  const today = todayIso();
  await call(page, 'saveCatalogueProduct', { name: 'Lidocaine 2%', kind: 'medicinal', activeIngredients: 'lidocaine hydrochloride', presentation: { form: 'ampoule', volumeMl: 2 }, gtins: ['4006381333931'] });

  // Two boxes of lidocaine scanned into the receiving form: the later lot first, then the one to use first.
  await page.getByRole('banner').getByRole('button', { name: 'Products', exact: true }).click();
  await page.getByRole('main').getByRole('button', { name: 'Stock', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Receive a lot' });
  const receive = async (lot: string, expiry: string, units: string) => {
    await page.getByRole('button', { name: 'Receive a lot' }).first().click();
    await expect(dialog.getByRole('textbox', { name: 'Scan the box' })).toBeFocused();
    await page.keyboard.type(`]d201${GTIN}10${lot}${GS}17${yymmdd(expiry)}`);
    await page.keyboard.press('Enter');
    await expect(dialog.getByLabel('Lot')).toHaveValue(lot);
    await expect(dialog.getByLabel('Expiry date')).toHaveValue(expiry);
    await dialog.getByLabel('Units received').fill(units);
    await dialog.getByRole('button', { name: 'Receive', exact: true }).click();
    await expect(dialog).toBeHidden();
  };
  await receive('LD-NEW', '2028-11-30', '6');
  await receive('LD-OLD', '2027-05-31', '10');
  const table = page.getByTestId('stock-table');
  const oldRow = table.getByRole('row', { name: /LD-OLD/ });
  await expect(oldRow.getByTestId('on-hand')).toHaveText('10');
  await expect(table.getByRole('row', { name: /LD-NEW/ }).getByTestId('on-hand')).toHaveText('6');
  await app.screenshot('trace-01-stock-received');

  // A session charted in the cocktail: the product from the catalogue, then its lot from the lots in stock.
  const patient = await call(page, 'createPatient', { firstName: 'Sofia', lastName: 'Albuquerque', dateOfBirth: '1979-02-11', sex: 'female', phone: '+351 21 000 0000', screening: emptyScreening(today) });
  await call(page, 'createSession', { patientId: patient.id, date: today, time: '09:00', practitioner: 'Dr Test', indication: 'pain', treatedAreas: ['Knee'], consentOverride: 'Consent signed on paper.' });
  await page.reload();
  await page.getByRole('button', { name: /albuquerque/i }).first().click();
  await page.locator('button.row-link').first().click();
  await expect(page.getByTestId('map-stage').locator('canvas').first()).toBeVisible();
  await page.getByRole('button', { name: 'Add product' }).click();
  await expect(field(page, 0, 'name')).toBeFocused();
  await page.keyboard.type('lido');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(field(page, 0, 'name')).toHaveValue('Lidocaine 2%');
  await field(page, 0, 'volumeMl').fill('2');

  // The lot field offers the lots in stock as it takes the focus: the soonest expiry first.
  await field(page, 0, 'lot').focus();
  const lot = field(page, 0, 'lot');
  await expect(lot).toHaveAttribute('aria-expanded', 'true');
  const list = page.getByRole('listbox', { name: 'Lots in stock' });
  await expect(list.getByRole('option')).toHaveText([/LD-OLD.*Expires 31 May 2027.*10 units on hand/, /LD-NEW.*Expires 30 Nov 2028.*6 units on hand/]);
  await page.keyboard.press('ArrowDown');
  await expect(list.getByRole('option', { name: /LD-OLD/ })).toHaveAttribute('aria-selected', 'true');
  await app.screenshot('trace-02-lot-suggestions');
  await page.locator('.cocktail').screenshot({ path: join(SCREENSHOT_DIR, 'trace-02-lot-suggestions-cocktail.png') });
  found.push(...(await axe(page, 'cocktail-lot-suggestions-open')));
  await page.keyboard.press('Enter');
  await expect(lot).toHaveValue('LD-OLD');
  await expect(field(page, 0, 'expiry')).toHaveValue('2027-05-31');
  await expect(lot).toHaveAttribute('aria-expanded', 'false');
  await expect(page.getByTestId('save-status')).toHaveAttribute('data-state', 'saved');

  // Signed (no point charted: the dialog says so, and signs despite it).
  await page.getByRole('button', { name: 'Sign session…' }).click();
  const sign = page.getByRole('dialog', { name: 'Sign this session?' });
  await expect(sign).toContainText('LD-OLD');
  await sign.getByRole('button', { name: /^Sign/ }).click();
  await expect(sign).toBeHidden();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Signed');

  // The stock went down by one 2 ml ampoule, on the lot picked only.
  await page.getByRole('banner').getByRole('button', { name: 'Products', exact: true }).click();
  await page.getByRole('main').getByRole('button', { name: 'Stock', exact: true }).click();
  await expect(oldRow.getByTestId('on-hand')).toHaveText('9');
  await expect(table.getByRole('row', { name: /LD-NEW/ }).getByTestId('on-hand')).toHaveText('6');
  await app.screenshot('trace-03-stock-after-signing');

  // The lot recalled from the lot recall page; the patient found, contacted.
  await page.reload();
  await page.getByRole('button', { name: 'Lot recall' }).click();
  await page.getByLabel('Lot number').fill('LD-OLD');
  await page.getByRole('button', { name: 'Find sessions' }).click();
  await expect(page.getByRole('table', { name: /Sessions that used lot LD-OLD/ }).locator('tbody tr')).toHaveCount(1);
  await page.getByRole('button', { name: 'Open a recall…' }).click();
  const open = page.getByRole('dialog', { name: 'Open a recall' });
  await open.getByLabel('Reason for the recall').fill('Manufacturer notice: particles in some ampoules');
  await open.getByRole('button', { name: 'Open the recall' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Recall of lot LD-OLD' })).toBeVisible();
  await expect(page.getByTestId('recall-progress')).toHaveText('0 of 1 contacted');
  const row = page.getByRole('table', { name: /Patients concerned/ }).locator('tr', { hasText: 'ALBUQUERQUE, Sofia' });
  await expect(row).toContainText('+351 21 000 0000');
  await expect(row).toContainText('2 ml');
  await row.getByRole('button', { name: 'Mark contacted…' }).click();
  const mark = page.getByRole('dialog', { name: 'Mark ALBUQUERQUE, Sofia contacted' });
  await mark.getByLabel('How').selectOption({ label: 'Phone' });
  await mark.getByRole('button', { name: 'Save' }).click();
  await expect(mark).toBeHidden();
  await expect(page.getByTestId('recall-progress')).toHaveText('1 of 1 contacted');
  await expect(row).toContainText('Phone,');
  await app.screenshot('trace-04-recall-contacted');

  expect(found).toEqual([]);
});
