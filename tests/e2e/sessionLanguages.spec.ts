import type { Page } from '@playwright/test';
import { MAP_ARTWORK } from '../../assets/maps/index.ts';
import { regionAt } from '../../shared/regions.ts';
import { call } from './api.ts';
import { onMap } from './mapStage.ts';
import { expect, test } from './fixtures.ts';

// The session page in French and in the pseudo-language at 1366×768: the chart, its toolbar, the
// inspector of a selected point, the session form, the sign dialog and the shortcuts help, found by their
// French names, and captured for a look (tests/.artifacts/screenshots/session-<language>-*.png).

const AT = { x: 0, y: 0 };

async function openSession(page: Page) {
  const patient = await call(page, 'createPatient', { firstName: 'Claire', lastName: 'Dubois', dateOfBirth: '1984-05-12', sex: 'female' });
  const session = await call(page, 'createSession', { consentOverride: 'Consent on paper (e2e)', patientId: patient.id, date: '2025-03-07', time: '14:30', practitioner: 'Dr Martin', indication: 'pain', treatedAreas: ['Knee'] });
  const region = MAP_ARTWORK['body-front'].regions.find((r) => r.id === 'thigh-outer-left')!;
  const xs = region.polygon.map((p) => p[0]);
  const ys = region.polygon.map((p) => p[1]);
  AT.x = (Math.min(...xs) + Math.max(...xs)) / 2;
  AT.y = (Math.min(...ys) + Math.max(...ys)) / 2;
  const points = [{ id: crypto.randomUUID(), view: 'body-front', x: AT.x, y: AT.y, region: regionAt('body-front', AT.x, AT.y)?.id ?? '', depthMm: 4.5, needle: '30G-6mm', technique: 'point', productIndex: 0, volumeMl: 0.5 }];
  const products = [
    { name: 'Piroxicam 20 mg', concentration: '2%', volumeMl: 2.5, lot: 'PX-11', expiry: '2024-12-31' },
    { name: 'Lidocaine 2%', volumeMl: 1, lot: '', expiry: '' },
  ];
  await call(page, 'saveSession', { id: session.id, fields: { products, vasBefore: 7, vasAfter: 3 }, points });
  await page.reload();
  await page.getByRole('button', { name: /dubois/i }).first().click();
  await page.locator('button.row-link').first().click();
  await expect(page.getByTestId('map-stage').locator('canvas').first()).toBeVisible();
}

async function selectPoint(page: Page) {
  const p = await onMap(page.getByTestId('map-stage'), AT);
  await page.mouse.click(p.x, p.y);
}

test.use({ viewport: { width: 1366, height: 768 } });

test('the session page in French: toolbar, inspector, form, sign dialog and shortcuts by their French names', async ({ page, app }) => {
  await app.start({ settings: { language: 'fr' } });
  await openSession(page);
  const toolbar = page.getByRole('toolbar', { name: 'Outils de la carte' });
  await expect(toolbar.getByRole('button', { name: 'Placer' })).toBeVisible();
  await toolbar.getByRole('button', { name: 'Sélection' }).click();
  await selectPoint(page);
  const inspector = page.getByTestId('inspector');
  await expect(inspector.getByRole('heading', { name: 'Point 1' })).toBeVisible();
  await expect(inspector.getByLabel('Profondeur en mm')).toHaveValue('4.5');
  await expect(inspector.getByRole('radio', { name: '4,5' })).toHaveAttribute('aria-checked', 'true');
  await inspector.getByLabel('Profondeur en mm').fill('7');
  await inspector.getByLabel('Profondeur en mm').press('Enter');
  await expect(inspector.getByRole('alert')).toContainText(/Une profondeur de 7\smm est hors de la plage autorisée \(4–6 mm\)/);
  await expect(page.getByRole('form', { name: 'Formulaire de la séance' }).getByText('Score de douleur (EVA)', { exact: true })).toBeVisible();
  await expect(page.getByRole('group', { name: /^Produit 1/ }).getByText('Lot périmé', { exact: true })).toBeVisible();
  await app.screenshot('session-fr-01-inspector');

  await page.getByRole('button', { name: 'Signer la séance…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Signer cette séance\u00a0?' });
  await expect(dialog).toContainText('7 mars 2025, 14:30');
  await expect(dialog).toContainText('3 points à vérifier avant de signer');
  await expect(dialog).toContainText('le lot PX-11 est périmé depuis le 31 déc. 2024');
  await expect(dialog).toContainText('le lot PX-11 est périmé. Indiquez le motif de son utilisation');
  await app.screenshot('session-fr-02-sign');
  await dialog.getByRole('button', { name: 'Continuer la saisie' }).click();

  await page.getByTestId('map-stage').focus();
  await page.keyboard.press('?');
  await expect(page.getByRole('dialog', { name: 'Raccourcis de la carte' })).toBeVisible();
  await app.screenshot('session-fr-03-shortcuts');
});

test('the session page in the pseudo-language: every word from the catalogue', async ({ page, app }) => {
  await app.start({ settings: { language: 'en-XA' } });
  await openSession(page);
  const toolbar = page.getByRole('toolbar', { name: /^\[Ṁáþ ţööĺš/ });
  await toolbar.getByRole('button', { name: /^\[Šéĺéçţ/ }).click();
  await selectPoint(page);
  await expect(page.getByTestId('inspector').getByRole('heading', { name: /^\[Þöíñţ 1/ })).toBeVisible();
  await app.screenshot('session-en-XA-01-inspector');
  await page.getByRole('button', { name: /^\[Šíĝñ šéššíöñ…/ }).click();
  await expect(page.getByRole('dialog')).toBeVisible();
  await app.screenshot('session-en-XA-02-sign');
  await page.getByRole('dialog').getByRole('button', { name: /^\[Ķééþ éðíţíñĝ/ }).click();
  await page.getByRole('button', { name: /^\[Ţáƀ/ }).first().isVisible();
  await page.getByTestId('map-stage').focus();
  await page.keyboard.press('?');
  await app.screenshot('session-en-XA-03-shortcuts');
});

test('in French: the contraindication gate, signing, an amendment and the new-session form', async ({ page, app }) => {
  await app.start({ settings: { language: 'fr' } });
  const screening = {
    screenedOn: '2025-02-20',
    answers: Object.fromEntries(['pregnancy', 'breastfeeding', 'oncological', 'anticoagulants', 'productAllergy', 'other'].map((k) => [k, { present: k === 'anticoagulants', note: k === 'anticoagulants' ? 'Apixaban 5 mg x 2/j' : '' }])),
  };
  const patient = await call(page, 'createPatient', { firstName: 'Anna', lastName: 'Okonkwo', dateOfBirth: '1971-09-03', sex: 'female', screening });
  const session = await call(page, 'createSession', { consentOverride: 'Consent on paper (e2e)', patientId: patient.id, date: '2025-03-07', time: '14:30', practitioner: 'Dr Martin', indication: 'pain', treatedAreas: ['Genou'] });
  await call(page, 'saveSession', { id: session.id, fields: { products: [{ name: 'Piroxicam 20 mg', volumeMl: 2.5, lot: 'PX-11', expiry: '2027-12-31' }], vasBefore: 7, vasAfter: 3 } });
  await page.reload();
  await page.getByRole('button', { name: /okonkwo/i }).first().click();
  await page.locator('button.row-link').first().click();

  const gate = page.getByRole('dialog', { name: 'Contre-indication à évaluer' });
  await expect(gate).toContainText('Apixaban 5 mg x 2/j');
  await expect(gate).toContainText('20 févr. 2025');
  await app.screenshot('session-fr-04-gate');
  await gate.getByRole('button', { name: 'J’ai évalué ces contre-indications et je poursuis' }).click();
  const status = page.getByRole('region', { name: 'État de la séance' });
  await expect(status).toContainText('Contre-indications prises en compte par');

  await page.getByRole('button', { name: 'Signer la séance…' }).click();
  await page.getByRole('dialog').getByRole('button', { name: /^Signer (la séance|malgré les alertes)$/ }).click();
  await expect(status).toContainText('Signée par');
  await expect(status).toContainText('Lecture seule.');

  await page.getByRole('button', { name: 'Rectifier…' }).click();
  const amend = page.getByRole('dialog', { name: 'Rectifier la séance signée' });
  await amend.getByRole('button', { name: 'Enregistrer le rectificatif' }).click();
  await expect(amend.getByText(/Le motif est obligatoire/)).toBeVisible();
  await amend.getByRole('group', { name: /EVA après/ }).getByRole('radio', { name: '2', exact: true }).check();
  await amend.getByLabel('Motif du rectificatif').fill('EVA reportée depuis la mauvaise fiche');
  await expect(amend.locator('.amend-preview')).toContainText('EVA après\u00a0: 3 → 2');
  await app.screenshot('session-fr-05-amend');
  await amend.getByRole('button', { name: 'Enregistrer le rectificatif' }).click();
  await expect(page.getByRole('list', { name: 'Rectificatifs' })).toContainText('EVA après\u00a0: 3 → 2');
  await expect(status).toContainText('1 rectificatif enregistré.');
  await app.screenshot('session-fr-06-amended');

  await page.getByRole('tab', { name: 'Protocoles' }).click();
  await expect(page.getByText('Aucun protocole pour cette vue.')).toBeVisible();

  await page.getByRole('link', { name: /OKONKWO/i }).click();
  await page.getByRole('button', { name: 'Nouvelle séance' }).first().click();
  await expect(page.getByRole('heading', { name: 'Nouvelle séance' })).toBeVisible();
  await expect(page.getByRole('note', { name: 'Avant de traiter' })).toContainText('dépistage du 20 févr. 2025');
  await page.getByRole('radio', { name: 'La séance précédente' }).check();
  await expect(page.getByText('sans numéros de lot ni dates de péremption')).toBeVisible();
  await app.screenshot('session-fr-07-new-session');
});

test('in the pseudo-language: the contraindication gate, the amend dialog and the new-session form', async ({ page, app }) => {
  await app.start({ settings: { language: 'en-XA' } });
  const screening = {
    screenedOn: '2025-02-20',
    answers: Object.fromEntries(['pregnancy', 'breastfeeding', 'oncological', 'anticoagulants', 'productAllergy', 'other'].map((k) => [k, { present: k === 'anticoagulants', note: k === 'anticoagulants' ? 'Apixaban' : '' }])),
  };
  const patient = await call(page, 'createPatient', { firstName: 'Anna', lastName: 'Okonkwo', dateOfBirth: '1971-09-03', sex: 'female', screening });
  const session = await call(page, 'createSession', { consentOverride: 'Consent on paper (e2e)', patientId: patient.id, date: '2025-03-07', time: '14:30', practitioner: 'Dr Martin', indication: 'pain', treatedAreas: ['Knee'] });
  await call(page, 'saveSession', { id: session.id, fields: { products: [{ name: 'Piroxicam 20 mg', volumeMl: 2.5, lot: 'PX-11', expiry: '2027-12-31' }], vasBefore: 7, vasAfter: 3 } });
  await page.reload();
  await page.getByRole('button', { name: /okonkwo/i }).first().click();
  await page.locator('button.row-link').first().click();
  const gate = page.getByRole('dialog', { name: /^\[Çöñţŕáíñðíçáţíöñ ţö áššéšš/ });
  await expect(gate).toBeVisible();
  await app.screenshot('session-en-XA-04-gate');
  await gate.getByRole('button', { name: /^\[Í ĥáṽé áššéššéð/ }).click();
  await call(page, 'signSession', { id: session.id });
  await page.reload();
  await page.getByRole('button', { name: /okonkwo/i }).first().click();
  await page.locator('button.row-link').first().click();
  await page.getByRole('button', { name: /^\[Áɱéñð…/ }).click();
  const amend = page.getByRole('dialog', { name: /^\[Áɱéñð ţĥé šíĝñéð šéššíöñ/ });
  await amend.locator('textarea').last().fill('Wrong sheet');
  await amend.getByRole('radio', { name: '2', exact: true }).last().check();
  await app.screenshot('session-en-XA-05-amend');
  await amend.getByRole('button', { name: /^\[Ŕéçöŕð áɱéñðɱéñţ/ }).click();
  await expect(amend).toBeHidden();
  await app.screenshot('session-en-XA-06-amended');
  await page.getByRole('link', { name: /OKONKWO/i }).click();
  await page.getByRole('button', { name: /^\[Ñéŵ šéššíöñ/ }).first().click();
  await expect(page.getByRole('heading', { name: /^\[Ñéŵ šéššíöñ/ })).toBeVisible();
  await app.screenshot('session-en-XA-07-new-session');
});
