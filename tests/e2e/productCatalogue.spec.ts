import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { createTranslator } from '../../shared/i18n/translator.ts';
import { call } from './api.ts';
import { expect, test } from './fixtures.ts';

// Issue 15, the catalogue: the Products screen reached from the top bar with the keyboard; two products
// added (one with a GTIN, typed into its box as a scanner would), every problem of the form shown at
// once, a GTIN another product has refused under its box, a product edited, one retired and seen again
// with "Show retired products"; axe (WCAG 2.1 A and AA) on the screen and the dialog; screenshots looked at.

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

async function axe(page: Page, name: string): Promise<string[]> {
  await page.waitForTimeout(100);
  const result = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  return result.violations.map((v) => `${name}: ${v.id} (${v.nodes.length}): ${v.nodes.slice(0, 4).map((n) => n.target.join(' ')).join(' | ')}`);
}

test.use({ viewport: { width: 1366, height: 768 } });

test('the product catalogue: add, refuse, edit, retire and show the retired, by keyboard and screen reader', async ({ page, app }) => {
  test.setTimeout(120_000);
  const found: string[] = [];
  await app.start();
  await expect(page.getByRole('heading', { level: 1, name: 'Patients' })).toBeVisible();

  // The top bar's Products button, reached with Tab and opened with Enter.
  const products = page.getByRole('banner').getByRole('button', { name: 'Products', exact: true });
  for (let i = 0; i < 40 && !(await products.evaluate((b) => b === document.activeElement)); i += 1) await page.keyboard.press('Tab');
  await expect(products).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Products' })).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Breadcrumb' })).toContainText('Products');
  await expect(page.getByText('The catalogue holds no product yet')).toBeVisible();
  found.push(...(await axe(page, 'products-empty')));

  // A first product: saving the empty form shows every problem at once, under its field.
  await page.getByRole('button', { name: 'Add a product' }).first().click();
  const dialog = page.getByRole('dialog', { name: 'Add a product' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('textbox', { name: 'Name', exact: true })).toBeFocused();
  await dialog.getByLabel('Volume (ml)').fill('five');
  await dialog.getByRole('button', { name: 'Add to the catalogue' }).click();
  await expect(dialog.locator('.field__error')).toHaveCount(3);
  await expect(dialog.getByRole('textbox', { name: 'Name', exact: true })).toBeFocused();
  await expect(dialog.locator('.field--invalid', { has: page.getByLabel('Kind') })).toContainText('is required');
  await expect(dialog.locator('.field--invalid', { has: page.getByLabel('Volume (ml)') })).toContainText('must be a number of millilitres');

  await dialog.getByRole('textbox', { name: 'Name', exact: true }).fill('Lidocaine 2%');
  await dialog.getByLabel('Kind').selectOption({ label: 'Medicinal product' });
  await dialog.getByLabel('Active ingredients').fill('lidocaine hydrochloride');
  await dialog.getByLabel('Concentration').fill('20 mg/ml');
  await dialog.getByLabel('Presentation').selectOption({ label: 'Ampoule' });
  await dialog.getByLabel('Volume (ml)').fill('5');
  await dialog.getByLabel('Manufacturer').fill('Galenica');
  // A scanner is a keyboard: the digits typed into the focused box, one by one. The last one misread.
  await dialog.getByRole('textbox', { name: 'GTIN 1', exact: true }).focus();
  await page.keyboard.type('4006381333932');
  await dialog.getByRole('button', { name: 'Add to the catalogue' }).click();
  await expect(dialog.getByText('does not add up: its last digit (the check digit) does not match the others')).toBeVisible();
  await expect(dialog.getByRole('textbox', { name: 'GTIN 1', exact: true })).toBeFocused();
  await app.screenshot('catalogue-01-dialog-refused');
  found.push(...(await axe(page, 'product-dialog-refused')));
  await dialog.getByRole('textbox', { name: 'GTIN 1', exact: true }).fill('4006381333931');
  await dialog.getByRole('button', { name: 'Add to the catalogue' }).click();
  await expect(dialog).toBeHidden();
  const table = page.getByTestId('product-catalogue');
  const lidocaine = table.getByRole('row', { name: /Lidocaine 2%/ });
  await expect(lidocaine).toContainText('Medicinal product');
  await expect(lidocaine).toContainText('Ampoule, 5 ml');
  await expect(lidocaine).toContainText('4006381333931');
  await expect(page.locator('.topbar__status')).toContainText('Lidocaine 2% added to the catalogue');

  // A second one without a GTIN; closing with something typed asks first.
  await page.getByRole('button', { name: 'Add a product' }).click();
  await dialog.getByRole('textbox', { name: 'Name', exact: true }).fill('Hyaluronic acid 1%');
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog.getByRole('alertdialog')).toContainText('Close and discard this new product?');
  await dialog.getByRole('button', { name: 'Keep editing' }).click();
  await dialog.getByLabel('Kind').selectOption({ label: 'Medical device' });
  await dialog.getByLabel('Presentation').selectOption({ label: 'Prefilled syringe' });
  await dialog.getByLabel('Volume (ml)').fill('1');
  await app.screenshot('catalogue-02-dialog');
  found.push(...(await axe(page, 'product-dialog')));
  await dialog.getByRole('button', { name: 'Add to the catalogue' }).click();
  await expect(dialog).toBeHidden();
  await expect(table.getByRole('row')).toHaveCount(3);

  // A GTIN already another product's is refused under its box, naming that product.
  await page.getByRole('button', { name: 'Add a product' }).click();
  await dialog.getByRole('textbox', { name: 'Name', exact: true }).fill('Procaine 2%');
  await dialog.getByLabel('Kind').selectOption({ label: 'Medicinal product' });
  await dialog.getByRole('textbox', { name: 'GTIN 1', exact: true }).fill('12345670');
  await dialog.getByRole('button', { name: 'Add a GTIN' }).click();
  await expect(dialog.getByRole('textbox', { name: 'GTIN 2', exact: true })).toBeFocused();
  await page.keyboard.type('04006381333931');
  await dialog.getByRole('button', { name: 'Add to the catalogue' }).click();
  await expect(dialog.locator('.field--invalid', { has: page.getByRole('textbox', { name: 'GTIN 2', exact: true }) })).toContainText('already belongs to “Lidocaine 2%”');
  await dialog.getByRole('button', { name: 'Remove GTIN 2' }).click();
  await dialog.getByRole('button', { name: 'Add to the catalogue' }).click();
  await expect(dialog).toBeHidden();

  // Edit: the concentration changes; the GTIN stays.
  await table.getByRole('button', { name: 'Edit Lidocaine 2%' }).click();
  const edit = page.getByRole('dialog', { name: 'Edit Lidocaine 2%' });
  await expect(edit.getByRole('textbox', { name: 'GTIN 1', exact: true })).toHaveValue('4006381333931');
  await edit.getByLabel('Concentration').fill('10 mg/ml');
  await edit.getByRole('button', { name: 'Save changes' }).click();
  await expect(edit).toBeHidden();
  await expect(lidocaine).toContainText('10 mg/ml');

  // Retire: no longer listed, still there with "Show retired products", and offered again from there.
  await table.getByRole('button', { name: 'Retire Hyaluronic acid 1%' }).click();
  await expect(table.getByRole('row', { name: /Hyaluronic/ })).toHaveCount(0);
  await expect(page.locator('.topbar__status')).toContainText('Hyaluronic acid 1% retired');
  await page.getByLabel('Show retired products').check();
  const retired = table.getByRole('row', { name: /Hyaluronic acid 1%/ });
  await expect(retired).toContainText('Retired');
  await expect(retired.getByRole('button', { name: 'Offer again: Hyaluronic acid 1%' })).toBeVisible();
  await page.getByRole('heading', { level: 1, name: 'Products' }).focus();
  await app.screenshot('catalogue-03-with-retired');
  found.push(...(await axe(page, 'products-with-retired')));

  // The search: by GTIN digits, by ingredient.
  await page.getByLabel('Search the catalogue').fill('4006381');
  await expect(table.getByRole('row')).toHaveCount(2);
  await page.getByLabel('Search the catalogue').fill('HYALURONIC');
  await expect(table.getByRole('row', { name: /Hyaluronic/ })).toBeVisible();
  await page.getByLabel('Search the catalogue').fill('');

  // The records agree with the screen.
  const all = await call<{ name: string; retired: boolean; concentration: string; gtins: string[] }[]>(page, 'listCatalogue', { includeRetired: true });
  expect(all.map((p) => [p.name, p.retired])).toEqual([
    ['Hyaluronic acid 1%', true],
    ['Lidocaine 2%', false],
    ['Procaine 2%', false],
  ]);
  expect(all[1]).toMatchObject({ concentration: '10 mg/ml', gtins: ['04006381333931'] });
  expect(found).toEqual([]);
});

// The longest languages of the screens: the top bar keeps its room with the Products button, and the
// screen and the dialog are looked at (screenshots).
for (const language of ['fr', 'pt-BR'] as const) {
  test(`the product catalogue in ${language}: top bar, table and dialog`, async ({ page, app }) => {
    const { t } = await createTranslator(language);
    await app.start({ settings: { language } });
    await call(page, 'saveCatalogueProduct', { name: 'Lidocaïne 2 %', activeIngredients: 'chlorhydrate de lidocaïne', kind: 'medicinal', concentration: '20 mg/ml', dilution: '1:1', presentation: { form: 'vial', volumeMl: 5 }, manufacturer: 'Aguettant', gtins: ['3401234567890'] });
    const ha = await call(page, 'saveCatalogueProduct', { name: 'Acide hyaluronique 1 %', kind: 'device', presentation: { form: 'syringe', volumeMl: 1 } });
    await call(page, 'setProductRetired', { id: ha.id, retired: true });
    await page.getByRole('banner').getByRole('button', { name: t('common:shell.products'), exact: true }).click();
    await expect(page.getByRole('heading', { level: 1, name: t('products:title') })).toBeVisible();
    await page.getByLabel(t('products:showRetired')).check();
    await expect(page.getByTestId('product-catalogue').getByRole('row')).toHaveCount(3);
    const overflow = await page.evaluate(() => [...document.querySelectorAll<HTMLElement>('.topbar, .topbar__who, .table-wrap')].filter((e) => e.scrollWidth > e.clientWidth + 1).map((e) => e.className));
    expect(overflow).toEqual([]);
    await app.screenshot(`catalogue-${language}-01-table`);
    await page.getByRole('button', { name: t('products:editLabel', { name: 'Lidocaïne 2 %' }) }).click();
    await expect(page.getByRole('dialog', { name: t('products:dialog.editTitle', { name: 'Lidocaïne 2 %' }) })).toBeVisible();
    await app.screenshot(`catalogue-${language}-02-dialog`);
  });
}
