import { emptyScreening } from '../../shared/contraindications.ts';
import { addDays } from '../../shared/courseSchedule.ts';
import { todayIso } from '../../shared/dates.ts';
import { createTranslator } from '../../shared/i18n/translator.ts';
import { call } from './api.ts';
import { expect, test } from './fixtures.ts';

// Issue 11, consent content, in French: the second edition of the consent template (alternatives, off-label
// use, the full list of risks) read in the app; the photographs asked as a question of their own; and, for
// a clinic in France, the notice of the ban on aesthetic fat lysis by injection when a course for localized
// fat is planned; and a completed course suggesting a new cycle six months on. Screenshots: consent-content-fr-*.png.

test.use({ locale: 'fr-FR' });

test('a French consent of the second edition, the photographs asked on their own, and the French restriction on localized fat', async ({ page, app }) => {
  test.setTimeout(90_000);
  await page.setViewportSize({ width: 1366, height: 900 });
  const { t } = await createTranslator('fr');
  await app.start({ settings: { language: 'fr', country: 'FR' } });
  const patient = await call(page, 'createPatient', { firstName: 'Camille', lastName: 'Durand', dateOfBirth: '1985-04-12', sex: 'female', language: 'fr', screening: emptyScreening(addDays(todayIso(), -240)) });
  // A course of pain completed seven months ago: its card suggests a new cycle (about six months after the last session).
  const start = addDays(todayIso(), -230);
  const done = await call(page, 'createCourse', { patientId: patient.id, indication: 'pain', area: 'Genou', plannedSessions: 4, startDate: start, status: 'completed' });
  await call(page, 'createSession', { patientId: patient.id, courseId: done.id, date: start, time: '10:00', practitioner: 'Dr Test', indication: 'pain', treatedAreas: ['Genou'], consentOverride: 'Consentement papier' });
  await page.reload();
  await page.getByRole('row', { name: /Durand/i }).getByRole('button').first().click();
  await expect(page.getByRole('heading', { level: 1, name: /DURAND/ })).toBeVisible();
  await expect(page.getByTestId('repeat-cycle')).toContainText(t('courses:card.repeatCycle'));
  await page.getByTestId('course-card').scrollIntoViewIfNeeded();
  await page.getByTestId('course-card').screenshot({ path: 'tests/.artifacts/screenshots/consent-content-fr-repeat-cycle.png' });

  // Plan a course for localized fat: the clinic is in France, so the décret's ban is shown beside the choice,
  // and the plan becomes the indication's usual one.
  await page.getByRole('button', { name: t('courses:panel.plan') }).click();
  const plan = page.getByRole('dialog', { name: t('courses:form.title') });
  await expect(plan.getByTestId('country-restriction')).toHaveCount(0);
  await plan.getByRole('combobox', { name: t('courses:form.field.indication') }).selectOption({ label: t('clinical:indication.localizedFat') });
  const notice = plan.getByTestId('country-restriction');
  await expect(notice).toContainText(t('clinical:restriction.frLocalizedFat.title'));
  await expect(notice).toContainText('Décret n° 2011-382 du 11 avril 2011');
  await expect(notice).toContainText('France');
  await expect(plan.getByRole('spinbutton', { name: t('courses:form.field.plannedSessions') })).toHaveValue('8');
  await app.screenshot('consent-content-fr-restriction');
  // Another indication: no notice, and its own plan (pain: 4–8 weekly).
  await plan.getByRole('combobox', { name: t('courses:form.field.indication') }).selectOption({ label: t('clinical:indication.pain') });
  await expect(plan.getByTestId('country-restriction')).toHaveCount(0);
  await expect(plan.getByRole('spinbutton', { name: t('courses:form.field.plannedSessions') })).toHaveValue('5');
  // The plan was changed, so closing asks before discarding it; discard, and the dialog is gone.
  await page.keyboard.press('Escape');
  await expect(plan.getByRole('alertdialog')).toContainText(t('courses:form.discard'));
  await plan.getByRole('button', { name: t('common:unsaved.discardChanges') }).click();
  await expect(plan).toBeHidden();

  // Obtain consent for scars (a template the second edition adds): read in French, with its new sections.
  await page.getByRole('button', { name: t('consent:panel.obtain') }).click();
  const dialog = page.getByRole('dialog', { name: /DURAND/ });
  await dialog.getByRole('combobox', { name: t('consent:obtain.form') }).selectOption({ label: 'Consentement éclairé : mésothérapie des cicatrices' });
  const text = dialog.getByTestId('consent-text');
  for (const section of ['AUTRES POSSIBILITÉS', 'HORS AMM', 'mycobactéries atypiques', 'nécrose cutanée', 'malaise vagal', 'lidocaïne', 'Pendant 24\u00a0heures', 'PHOTOGRAPHIES']) {
    await expect(text).toContainText(section);
  }
  // The declaration no longer holds the photographs: they are a question of their own, nothing ticked.
  await expect(text).not.toContainText('prise de photographies standardisées');
  const photos = dialog.getByRole('group', { name: t('consent:reading.photoQuestion') });
  await expect(photos.getByRole('radio')).toHaveCount(2);
  for (const radio of await photos.getByRole('radio').all()) await expect(radio).not.toBeChecked();
  await app.screenshot('consent-content-fr-text');
  await photos.scrollIntoViewIfNeeded();
  await photos.getByRole('radio', { name: t('consent:reading.photoNo') }).check();
  await page.screenshot({ path: 'tests/.artifacts/screenshots/consent-content-fr-photo-question.png' });
});
