import type { Locator, Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { MAP_ARTWORK } from '../../assets/maps/index.ts';
import { CONTRAINDICATIONS } from '../../shared/contraindications.ts';
import { addDays } from '../../shared/courseSchedule.ts';
import { todayIso } from '../../shared/dates.ts';
import { createFormatter } from '../../shared/format/formatter.ts';
import frCatalogue from '../../shared/i18n/locales/fr/index.ts';
import { interiorPoint } from '../assets/polygonProbe.ts';
import { call } from './api.ts';
import { onMap } from './mapStage.ts';
import { expect, SCREENSHOT_DIR, test } from './fixtures.ts';
import { finishFirstRun } from './firstRun.ts';

// Issue 10, end to end: the whole day of a practitioner in French, every element found by its French
// name (the fr catalogue): first run, a patient with the screening, a course, a consent read and signed in
// French, points charted on the map, the session signed and amended, two sessions compared, the session
// record exported and read back (French month names, decimal commas, accents). Then a practitioner who
// switches the screens from English to Spanish without a restart, and sees Spanish at once.

const HELENE = { name: 'Dr Hélène Dubois', passphrase: 'salle deux, fenêtre sud' };
const FRENCH_MONTHS = /\b(janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre|janv\.|févr\.|avr\.|juil\.|sept\.|oct\.|nov\.|déc\.)/;

/** A signature: strokes dragged across the pad with the mouse. */
async function sign(page: Page, pad: Locator): Promise<void> {
  await pad.scrollIntoViewIfNeeded();
  const box = (await pad.boundingBox())!;
  await page.mouse.move(box.x + 0.1 * box.width, box.y + 0.7 * box.height);
  await page.mouse.down();
  for (const [x, y] of [[0.25, 0.3], [0.4, 0.75], [0.6, 0.3], [0.75, 0.7], [0.9, 0.4]] as const) await page.mouse.move(box.x + x * box.width, box.y + y * box.height, { steps: 6 });
  await page.mouse.up();
}

function inside(region: string): { x: number; y: number } {
  return interiorPoint(MAP_ARTWORK['body-front'].regions.find((r) => r.id === region)!.polygon);
}

test.describe('a French clinic', () => {
  test.use({ locale: 'fr-FR', viewport: { width: 1366, height: 768 } });

  test('the whole day in French: first run, patient, course, consent, charting, signing, amendment, comparison, PDF', async ({ page, app, dataDir }) => {
    test.setTimeout(180_000);
    mkdirSync(SCREENSHOT_DIR, { recursive: true });
    const today = todayIso();
    const fr = createFormatter('fr', Intl.DateTimeFormat().resolvedOptions().timeZone);

    // First run: the screen speaks French (the system's locale); the profile is created in French.
    await app.start({ practitioner: null });
    await expect(page.getByRole('heading', { level: 1, name: 'Créer le premier profil de praticien' })).toBeVisible();
    await expect(page.getByLabel('Langue')).toHaveValue('fr');
    await page.getByLabel('Langue').selectOption({ label: 'Français' });
    // The clinic's name is asked with the first profile (issue 12).
    await page.getByLabel('Nom du cabinet').fill('Cabinet Dubois');
    await page.getByRole('textbox', { name: 'Nom', exact: true }).fill(HELENE.name);
    await page.getByRole('textbox', { name: 'Phrase secrète', exact: true }).fill(HELENE.passphrase);
    await page.getByLabel('Confirmer la phrase secrète').fill(HELENE.passphrase);
    await finishFirstRun(page);
    await expect(page.getByRole('heading', { level: 1, name: 'Patients' })).toBeVisible();
    await expect(page.getByText('Aucun patient pour l’instant')).toBeVisible();

    // A new patient with the contraindication screening, answered item by item.
    await page.getByRole('button', { name: 'Nouveau patient Ctrl+N' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Nouveau patient' })).toBeVisible();
    await page.getByRole('textbox', { name: 'Nom', exact: true }).fill('Lefèvre');
    await page.getByLabel('Prénom').fill('Anaïs');
    await page.getByLabel('Date de naissance').fill('1982-10-04');
    await page.getByLabel('Sexe').selectOption({ label: 'Femme' });
    await page.getByLabel('Allergies').fill('Latex');
    await expect(page.getByText('Non commencé')).toBeVisible();
    // Every item of the screening list (issue 11: fifteen of them), each by its French name in the catalogue.
    for (const { key } of CONTRAINDICATIONS) {
      await page.getByRole('group', { name: frCatalogue.clinical.contraindication[key], exact: true }).getByLabel('Non', { exact: true }).check();
    }
    await expect(page.getByText(`${CONTRAINDICATIONS.length} sur ${CONTRAINDICATIONS.length} renseignés`)).toBeVisible();
    await app.screenshot('french-day-01-patient-form');
    await page.getByRole('button', { name: 'Créer le patient' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'LEFÈVRE, Anaïs' })).toBeVisible();
    await expect(page.getByText(`Aucune au dépistage du ${fr.date(today)}.`)).toBeVisible();

    // A course: cellulite of the outer thighs, ten sessions, starting today.
    await page.getByRole('button', { name: 'Planifier une cure…' }).click();
    const plan = page.getByRole('dialog', { name: 'Planifier une cure' });
    await plan.getByLabel('Indication').selectOption({ label: 'Cellulite' });
    await plan.getByLabel('Zone').fill('Cuisses, face externe');
    await plan.getByLabel('Séances prévues').fill('10');
    await plan.getByLabel('Date de début').fill(today);
    await expect(plan.getByText(/Prévu : 10 séances du/)).toBeVisible();
    await app.screenshot('french-day-02-plan-course');
    await plan.getByRole('button', { name: 'Planifier la cure' }).click();
    await expect(plan).toBeHidden();
    const card = page.getByTestId('course-card');
    await expect(card).toContainText('0 sur 10 faites');

    // The course's first session needs a consent: obtained, read and signed in French.
    await card.getByRole('button', { name: 'Nouvelle séance 1 de cette cure' }).click();
    // Every session (not only a course's first) needs the patient's signed consent, or an override with its reason.
    await expect(page.getByTestId('course-consent')).toContainText('Aucun consentement en vigueur pour cellulite');
    await expect(page.getByTestId('course-consent')).toContainText('chaque séance demande le consentement signé du patient');
    await page.getByRole('button', { name: 'Recueillir le consentement…' }).click();
    const consent = page.getByRole('dialog', { name: 'Consentement éclairé : LEFÈVRE, Anaïs' });
    await expect(consent.getByRole('combobox', { name: 'Langue du texte' })).toHaveValue('fr');
    await consent.getByRole('combobox', { name: 'Formulaire' }).selectOption({ label: 'Consentement éclairé : mésothérapie de la cellulite' });
    const text = consent.getByTestId('consent-text');
    await expect(text).toContainText('MÉSOTHÉRAPIE');
    await expect(text).toContainText('papules');
    await expect(consent.getByRole('heading', { name: 'Lu par le patient' })).toBeVisible();
    await expect(consent.getByRole('button', { name: 'Signer le consentement' })).toBeDisabled();
    await consent.getByRole('checkbox', { name: 'Le patient confirme que ces réponses sont exactes et complètes' }).check();
    await sign(page, consent.getByRole('img', { name: /^Signature du patient/ }));
    await sign(page, consent.getByRole('img', { name: /^Signature du praticien/ }));
    // Photographs are a separate answer, given before the consent can be signed.
    await expect(consent.getByRole('button', { name: 'Signer le consentement' })).toBeDisabled();
    await consent.getByRole('radio', { name: /^J.accepte que des photographies standardisées/ }).check();
    await expect(consent.getByRole('button', { name: 'Signer le consentement' })).toBeEnabled();
    await app.screenshot('french-day-03-consent');
    await consent.getByRole('button', { name: 'Signer le consentement' }).click();
    await expect(consent).toBeHidden();
    await expect(page.getByTestId('course-consent')).toContainText('Consentement en vigueur : Consentement éclairé : mésothérapie de la cellulite');

    // The draft session, numbered in the course.
    await expect(page.getByRole('heading', { level: 1, name: 'Nouvelle séance' })).toBeVisible();
    // Every session re-confirms the screening (here: unchanged since this morning's).
    await page.getByRole('group', { name: 'Contre-indications aujourd’hui' }).getByLabel(/^Sans changement depuis le/).check();
    await page.getByRole('button', { name: 'Commencer le brouillon' }).click();
    const status = page.getByRole('region', { name: 'État de la séance' });
    await expect(status).toContainText('Brouillon · 0 point');
    await expect(page.getByTestId('session-consent')).toContainText('Consentement éclairé : mésothérapie de la cellulite');

    // Charting: points on the abdomen and both outer thighs, the last one set to 4,5 mm.
    const toolbar = page.getByRole('toolbar', { name: 'Outils de la carte' });
    await expect(toolbar.getByRole('button', { name: 'Placer' })).toBeVisible();
    const stage = page.getByTestId('map-stage');
    await expect(stage.locator('canvas').first()).toBeVisible();
    for (const region of ['abdomen-lower', 'thigh-outer-right', 'thigh-outer-left']) {
      const at = await onMap(stage, inside(region));
      await page.mouse.click(at.x, at.y);
    }
    await expect(page.getByRole('tab', { name: /^Corps, de face/ })).toContainText('3');
    const inspector = page.getByTestId('inspector');
    await expect(inspector.getByRole('heading', { name: 'Point 3' })).toBeVisible();
    await expect(page.getByTestId('inspector-region')).toContainText('Cuisse gauche, face latérale');
    // A point is never deeper than its needle is long: 4,5 mm is refused on the session's 4 mm needle...
    await inspector.getByRole('radio', { name: '4,5' }).click();
    await expect(inspector.getByRole('alert')).toContainText('dépasse la longueur de l’aiguille');
    await expect(inspector.getByRole('radio', { name: '4,5' })).toHaveAttribute('aria-checked', 'false');
    // ... and taken once a 6 mm needle is chosen.
    await inspector.getByLabel('Aiguille', { exact: true }).selectOption('27G-6mm');
    await inspector.getByRole('radio', { name: '4,5' }).click();
    await expect(inspector.getByRole('radio', { name: '4,5' })).toHaveAttribute('aria-checked', 'true');
    await expect(status).toContainText('Brouillon · 3 points');

    // The cocktail, with its lot; the volume typed with a decimal comma.
    await page.getByRole('button', { name: 'Ajouter un produit' }).click();
    const product = page.getByRole('group', { name: /^Produit 1/ });
    await product.getByLabel('Nom').fill('Acide hyaluronique 1 %');
    await product.getByLabel('Volume (ml)').fill('2,5');
    await product.getByLabel('Lot', { exact: true }).fill('HA-2301');
    await product.getByLabel('Péremption').fill(addDays(today, 400));
    await expect(page.getByTestId('save-status')).toHaveAttribute('data-state', 'saved', { timeout: 10_000 });
    await app.screenshot('french-day-04-charted');

    // Signing.
    await status.getByRole('button', { name: 'Signer la séance…' }).click();
    const signDialog = page.getByRole('dialog', { name: 'Signer cette séance\u00a0?' });
    await expect(signDialog).toContainText('3 points');
    await expect(signDialog).toContainText('HA-2301');
    await app.screenshot('french-day-05-sign');
    await signDialog.getByRole('button', { name: /^Signer (la séance|malgré les alertes)$/ }).click();
    await expect(signDialog).toBeHidden();
    await expect(status).toContainText(`Signée par ${HELENE.name} le`);
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Signée');

    // The amendment: the reason is required, the change previewed and then listed.
    await status.getByRole('button', { name: 'Rectifier…' }).click();
    const amend = page.getByRole('dialog', { name: 'Rectifier la séance signée' });
    await amend.getByLabel('Lot de Acide hyaluronique 1 %').fill('HA-2302');
    await amend.getByRole('button', { name: 'Enregistrer le rectificatif' }).click();
    await expect(amend.getByText(/Le motif est obligatoire/)).toBeVisible();
    await amend.getByLabel('Motif du rectificatif').fill('Numéro de lot relevé sur la mauvaise boîte');
    await expect(amend.locator('.amend-preview')).toContainText('HA-2301 → HA-2302');
    await app.screenshot('french-day-06-amend');
    await amend.getByRole('button', { name: 'Enregistrer le rectificatif' }).click();
    await expect(amend).toBeHidden();
    const amendments = page.getByRole('list', { name: 'Rectificatifs' });
    await expect(amendments).toContainText('Rectificatif 1');
    await expect(amendments).toContainText('HA-2301 → HA-2302');
    await expect(amendments).toContainText('mauvaise boîte');
    await expect(status).toContainText('1 rectificatif enregistré.');

    // The session record as PDF, in French, read back.
    await page.getByRole('button', { name: 'Imprimer / exporter en PDF…' }).click();
    await expect(page.getByTestId('export-saved')).toContainText('.pdf', { timeout: 30_000 });
    await app.screenshot('french-day-07-exported');
    const exports = join(dataDir, 'exports');
    const isSessionPdf = (f: string) => f.endsWith('.pdf') && !f.includes('consent');
    await expect.poll(() => readdirSync(exports).filter(isSessionPdf).length).toBe(1);
    const pdf = join(exports, readdirSync(exports).find(isSessionPdf)!);
    const pdfText = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    expect(pdfText).toMatch(FRENCH_MONTHS);
    for (const phrase of [
      `Compte rendu de séance du ${fr.date(today)}`,
      'LEFÈVRE',
      'Anaïs',
      HELENE.name,
      'Séance de mésothérapie',
      'Recherche de contre-indications',
      'Cuisse droite, face latérale',
      '4,5 mm',
      '2,5 ml',
      'Acide hyaluronique 1 %',
      'HA-2302',
      'Numéro de lot relevé sur la mauvaise boîte',
      'Consentement éclairé : mésothérapie de la cellulite',
    ]) {
      expect(pdfText, phrase).toContain(phrase);
    }
    expect(pdfText).not.toMatch(/\b(Session record|Treatment session|Contraindication screening|Page \d+ of)\b/);
    execFileSync('pdftoppm', ['-png', '-r', '50', '-f', '1', '-l', '1', pdf, join(SCREENSHOT_DIR, 'french-day-pdf')]);

    // An earlier session (charted before MesoChart, entered through the API), compared with today's.
    const [patient] = (await call<{ items: { id: string }[] }>(page, 'listPatients', {})).items;
    const earlier = await call(page, 'createSession', { consentOverride: 'Consent on paper (e2e)', patientId: patient!.id, date: '2025-03-07', time: '10:00', practitioner: HELENE.name, indication: 'cellulite', treatedAreas: ['Cuisses'] });
    const at = inside('thigh-outer-left');
    await call(page, 'saveSession', { id: earlier.id, points: [{ id: crypto.randomUUID(), view: 'body-front', x: at.x, y: at.y, region: 'thigh-outer-left', depthMm: 4, needle: '30G-4mm', technique: 'point', productIndex: null }] });
    await page.getByRole('navigation', { name: 'Fil d’Ariane' }).getByRole('link', { name: 'LEFÈVRE, Anaïs' }).click();
    const sessions = page.getByRole('region', { name: /^Séances/ });
    await sessions.getByRole('checkbox', { name: 'Comparer la séance du 7 mars 2025, 10:00' }).check();
    await sessions.getByRole('checkbox', { name: new RegExp(`^Comparer la séance du ${fr.date(today)}`) }).check();
    await page.getByRole('button', { name: 'Comparer 2 séances' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Comparer des séances' })).toBeVisible();
    await expect(page.getByTestId('compare-pane')).toHaveCount(2);
    await expect(page.getByText('Côte à côte', { exact: true })).toBeVisible();
    await expect(page.getByTestId('compare-pane').first()).toContainText(/mars 2025|7 mars/);
    await page.evaluate(() => window.scrollTo(0, 0));
    await app.screenshot('french-day-08-compare');
    // No English sentence on the compare screen (the typed names and the product are French or data).
    const body = await page.locator('main, .screen').first().innerText();
    expect(body).not.toMatch(/\b(Compare sessions|Side by side|Overlay|Session of|Zoom in)\b/);
  });
});

test('switching from English to Spanish without a restart: the current screens speak Spanish at once', async ({ page, app }) => {
  const es = createFormatter('es', Intl.DateTimeFormat().resolvedOptions().timeZone);
  await page.setViewportSize({ width: 1366, height: 768 });
  await app.start();
  const patient = await call(page, 'createPatient', { firstName: 'Lucía', lastName: 'Fernández', dateOfBirth: '1983-04-11', sex: 'female' });
  await call(page, 'createSession', { consentOverride: 'Consent on paper (e2e)', patientId: patient.id, date: '2025-03-07', time: '14:30', practitioner: 'Dr Test', indication: 'pain', treatedAreas: ['Knee'] });
  await page.reload();
  await page.getByRole('button', { name: /FERNÁNDEZ, Lucía/ }).click();
  await page.getByRole('region', { name: /Sessions/ }).locator('button.row-link').first().click();
  await expect(page.getByRole('toolbar', { name: 'Map tools' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Sign session…' })).toBeVisible();
  // A marker that a reload would wipe: the whole switch happens in this very page.
  await page.evaluate(() => ((window as any).__samePage = true));

  // The profile's language, in the settings: the settings screen turns Spanish at once...
  await page.getByRole('button', { name: 'Settings' }).click();
  await page.getByLabel('Language of the screens').selectOption('es');
  await expect(page.getByRole('heading', { level: 1, name: 'Ajustes y datos' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Bloquear' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'es');
  await expect(page.locator('.topbar__status')).toContainText('Idioma cambiado');
  await expect(page.getByRole('navigation', { name: 'Ruta de navegación' })).toContainText('Ajustes y datos');
  await app.screenshot('languages-switch-en-to-es-settings');
  // ... and the screens opened from there, without a reload: patient list, patient, session page.
  await page.getByRole('button', { name: 'Volver', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Pacientes' })).toBeVisible();
  await page.getByRole('button', { name: /FERNÁNDEZ, Lucía/ }).click();
  await expect(page.getByRole('region', { name: /^Sesiones/ })).toContainText(es.date('2025-03-07'));
  await page.getByRole('region', { name: /^Sesiones/ }).locator('button.row-link').first().click();
  await expect(page.getByRole('toolbar', { name: 'Herramientas del mapa' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Firmar la sesión…' })).toBeVisible();
  await expect(page.getByRole('form', { name: 'Formulario de la sesión' })).toBeVisible();
  await expect(page.locator('.topbar__nav')).toContainText(es.date('2025-03-07'));
  await expect(page.getByRole('button', { name: 'Sign session…' })).toHaveCount(0);
  expect(await page.evaluate(() => (window as any).__samePage)).toBe(true);
  await app.screenshot('languages-switch-en-to-es-session');
});
