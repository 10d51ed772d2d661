import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { call } from './api.ts';
import { expect, SCREENSHOT_DIR, test } from './fixtures.ts';

// Issue 15, scanning into the cocktail: the catalogue holds a product with a GTIN; a box scanned into a
// new row's name (raw GS1 with a group separator typed as ASCII 29) fills product, lot and expiry; a box
// the catalogue does not know, scanned with the group separator sent as Ctrl+], fills lot and expiry and
// offers to add it; its product then picked from the suggestions by keyboard (axe with the list open); a
// product typed by hand added to the catalogue from its row; a misread scan refused with nothing filled;
// signed, the catalogue edited afterwards without touching the session, printed with each product's kind.

test.use({ viewport: { width: 1366, height: 900 } });

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const GS = '\x1d';
const pdfText = (pdf: string) => execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });

async function axe(page: Page, name: string): Promise<string[]> {
  await page.waitForTimeout(100);
  const result = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  return result.violations.map((v) => `${name}: ${v.id} (${v.nodes.length}): ${v.nodes.slice(0, 4).map((n) => n.target.join(' ')).join(' | ')}`);
}

const field = (page: Page, index: number, name: string) => page.locator(`#sf-products-${index}-${name}`);

async function shot(page: Page, name: string) {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  await page.locator('.cocktail').screenshot({ path: join(SCREENSHOT_DIR, `${name}.png`) });
}

test('a scanned box fills the cocktail; a typed name picks from the catalogue; the record prints the kind', async ({ page, app }) => {
  test.setTimeout(150_000);
  const found: string[] = [];
  await app.start();
  const lidocaine = await call(page, 'saveCatalogueProduct', {
    name: 'Lidocaine 2%',
    kind: 'medicinal',
    activeIngredients: 'lidocaine hydrochloride',
    concentration: '20 mg/ml',
    dilution: '1:1 in saline',
    gtins: ['4006381333931'],
  });
  await call(page, 'saveCatalogueProduct', { name: 'Hyaluronic acid 1%', kind: 'device', activeIngredients: 'sodium hyaluronate', concentration: '10 mg/ml' });
  const patient = await call(page, 'createPatient', { firstName: 'Inès', lastName: 'Carvalho', dateOfBirth: '1975-04-09', sex: 'female' });
  const session = await call(page, 'createSession', {
    consentOverride: 'Consent on paper (e2e)',
    patientId: patient.id,
    date: '2026-03-02',
    time: '10:00',
    practitioner: 'Dr Test',
    indication: 'pain',
    treatedAreas: ['Knee'],
  });
  await page.reload();
  await page.getByRole('button', { name: /carvalho/i }).first().click();
  await page.locator('button.row-link').first().click();
  await expect(page.getByTestId('map-stage').locator('canvas').first()).toBeVisible();

  // 1. A box scanned into a new row's name: DataMatrix symbology, GTIN, lot, the group separator, expiry; Enter.
  await page.getByRole('button', { name: 'Add product' }).click();
  await expect(field(page, 0, 'name')).toBeFocused();
  await page.keyboard.type(`]d20104006381333931${'10'}LD2-4471${GS}17271100`);
  await page.keyboard.press('Enter');
  await expect(field(page, 0, 'name')).toHaveValue('Lidocaine 2%');
  await expect(field(page, 0, 'activeIngredients')).toHaveValue('lidocaine hydrochloride');
  await expect(field(page, 0, 'concentration')).toHaveValue('20 mg/ml');
  await expect(field(page, 0, 'lot')).toHaveValue('LD2-4471');
  await expect(field(page, 0, 'expiry')).toHaveValue('2027-11-30');
  await expect(page.locator('.product').nth(0)).toContainText('From the catalogue: Medicinal product');
  await expect(page.locator('.topbar__status')).toContainText('Filled from the box: Lidocaine 2%, lot LD2-4471, expiry');
  await field(page, 0, 'volumeMl').fill('2');
  await expect(page.getByTestId('save-status')).toHaveAttribute('data-state', 'saved');
  await shot(page, 'scan-1-filled-from-box');

  // 2. A box the catalogue does not know, after "Scan a box"; the scanner sends the group separator as Ctrl+].
  await page.getByRole('button', { name: 'Add product' }).click();
  await page.getByRole('button', { name: 'Scan a box for Product 2' }).click();
  await expect(field(page, 1, 'name')).toBeFocused();
  await expect(page.locator('.product').nth(1)).toContainText('Ready: scan the box’s barcode now');
  await page.keyboard.type('0108001234567897' + '10HA-0912');
  await page.keyboard.press('Control+BracketRight');
  await page.keyboard.type('17270600');
  await expect(field(page, 1, 'name')).toHaveValue(`0108001234567897${'10'}HA-0912${GS}17270600`);
  await page.keyboard.press('Enter');
  await expect(field(page, 1, 'name')).toHaveValue('');
  await expect(field(page, 1, 'lot')).toHaveValue('HA-0912');
  await expect(field(page, 1, 'expiry')).toHaveValue('2027-06-30');
  const second = page.locator('.product').nth(1);
  await expect(second).toContainText('Its GTIN 8001234567897 is not in the catalogue.');
  await expect(second.getByRole('button', { name: 'Add the product to the catalogue' })).toBeVisible();
  await shot(page, 'scan-2-unknown-gtin');

  // 3. Its product picked from the suggestions, by keyboard: typed, Down, Enter.
  await field(page, 1, 'name').focus();
  await page.keyboard.type('hyal');
  const name2 = field(page, 1, 'name');
  await expect(name2).toHaveAttribute('aria-expanded', 'true');
  const list = page.getByRole('listbox', { name: 'Products of the catalogue' });
  await expect(list.getByRole('option')).toHaveText([/Hyaluronic acid 1%.*Medical device/]);
  await page.keyboard.press('ArrowDown');
  await expect(name2).toHaveAttribute('aria-activedescendant', /suggestion-0$/);
  await expect(list.getByRole('option', { name: /Hyaluronic acid 1%/ })).toHaveAttribute('aria-selected', 'true');
  await shot(page, 'scan-3-suggestions-open');
  await app.screenshot('scan-3-suggestions-open-page');
  found.push(...(await axe(page, 'cocktail-suggestions-open')));
  await page.keyboard.press('Enter');
  await expect(name2).toHaveValue('Hyaluronic acid 1%');
  await expect(name2).toHaveAttribute('aria-expanded', 'false');
  await expect(field(page, 1, 'activeIngredients')).toHaveValue('sodium hyaluronate');
  await expect(field(page, 1, 'lot')).toHaveValue('HA-0912');
  await expect(second).toContainText('From the catalogue: Medical device');
  // Escape closes the list without touching what is typed.
  await page.getByRole('button', { name: 'Add product' }).click();
  await page.keyboard.type('Vitamin C 500 mg');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Escape');
  await expect(field(page, 2, 'name')).toHaveValue('Vitamin C 500 mg');

  // 4. A product typed by hand, added to the catalogue from its row: the dialog prefilled, the row then linked.
  const third = page.locator('.product').nth(2);
  await third.getByRole('button', { name: 'Add to the catalogue: Vitamin C 500 mg' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add a product' });
  await expect(dialog.getByRole('textbox', { name: 'Name', exact: true })).toHaveValue('Vitamin C 500 mg');
  await dialog.getByLabel('Kind').selectOption({ label: 'Medicinal product' });
  await dialog.getByRole('button', { name: 'Add to the catalogue' }).click();
  await expect(dialog).toBeHidden();
  await expect(third).toContainText('From the catalogue: Medicinal product');
  await field(page, 2, 'lot').fill('VC-33');
  await field(page, 2, 'expiry').fill('2027-09-30');

  // 5. A misread box into a lot already typed: refused, the words say why, nothing changed.
  await field(page, 0, 'lot').focus();
  await page.keyboard.press('End');
  await page.keyboard.type(`]d20104006381333932${'10'}ZZ-1${GS}17271100`);
  await page.keyboard.press('Enter');
  const first = page.locator('.product').nth(0);
  await expect(first).toContainText('Scan refused, nothing was filled: the product code’s check digit is wrong');
  await expect(field(page, 0, 'lot')).toHaveValue('LD2-4471');
  await expect(field(page, 0, 'expiry')).toHaveValue('2027-11-30');
  await expect(field(page, 0, 'name')).toHaveValue('Lidocaine 2%');
  await shot(page, 'scan-4-refused');
  await expect(page.getByTestId('save-status')).toHaveAttribute('data-state', 'saved');

  const saved = await call(page, 'getSession', { id: session.id });
  expect(saved.products.map((p: any) => [p.name, p.kind, p.lot, p.expiry, p.catalogueId !== null])).toEqual([
    ['Lidocaine 2%', 'medicinal', 'LD2-4471', '2027-11-30', true],
    ['Hyaluronic acid 1%', 'device', 'HA-0912', '2027-06-30', true],
    ['Vitamin C 500 mg', 'medicinal', 'VC-33', '2027-09-30', true],
  ]);
  expect(saved.products[0].catalogueId).toBe(lidocaine.id);

  // 6. Signed; the catalogue edited afterwards never changes the session; printed with each product's kind.
  await page.getByRole('button', { name: 'Sign session…' }).click();
  const sign = page.getByRole('dialog', { name: 'Sign this session?' });
  await sign.getByRole('button', { name: /^Sign/ }).click();
  await expect(sign).toBeHidden();
  await call(page, 'saveCatalogueProduct', { ...lidocaine, id: lidocaine.id, name: 'Lidocaine 2% (new box)', kind: 'device', gtins: ['4006381333931'] });
  const signed = await call(page, 'getSession', { id: session.id });
  expect(signed.status).toBe('signed');
  expect(signed.products[0]).toMatchObject({ name: 'Lidocaine 2%', kind: 'medicinal', concentration: '20 mg/ml' });

  const exported = await call<{ saved: boolean; path: string }>(page, 'exportSessionPdf', { sessionId: session.id });
  const text = pdfText(exported.path);
  expect(text).toMatch(/Product\s+Kind\s+Active ingredients/);
  expect(text).toMatch(/Lidocaine 2%\s+Medicinal\s+lidocaine/);
  // A kind wraps onto a second line in its column ("Medical" / "device").
  expect(text).toMatch(/Hyaluronic acid 1%\s+Medical\s+sodium[^\n]*\n\s+device\s+hyaluronate/);
  expect(text).toMatch(/Vitamin C 500 mg\s+Medicinal/);
  expect(text).toMatch(/LD2-4471\s+30\/11\/2027/);
  expect(text).not.toContain('new box');
  execFileSync('pdftoppm', ['-png', '-r', '90', '-f', '1', '-l', '2', exported.path, join(SCREENSHOT_DIR, 'scan-5-record')]);

  expect(found).toEqual([]);
});
