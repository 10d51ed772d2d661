import type { Locator, Page } from '@playwright/test';
import { CONTRAINDICATIONS } from '../../shared/contraindications.ts';
import { addDays } from '../../shared/courseSchedule.ts';
import { todayIso } from '../../shared/dates.ts';
import { createFormatter } from '../../shared/format/formatter.ts';
import { call } from './api.ts';
import { expect, test } from './fixtures.ts';

// Issue 12, "a first day without friction": safety checks, forms and dialogs. Each friction a new
// practitioner met is reproduced here and must now go the safe way: a product the patient is allergic
// to is flagged on the cocktail and in the sign dialog (whose focus is then on "Keep editing"); a
// session's heading follows its date at once; a session dated after today cannot be signed (the dialog
// says why and the boundary refuses it); a birth date in the future is refused and the patient form
// shows every error at once; "5,5" typed as a depth is 5.5 mm; Escape on a dialog with a drawn
// signature asks before discarding it. A session starts one way: "New session" (a course's button is a
// shortcut into the same form), where the course and the previous session to start from are chosen.

const en = createFormatter('en', 'UTC');

function clearScreening(screenedOn: string) {
  return { screenedOn, answers: Object.fromEntries(CONTRAINDICATIONS.map((c) => [c.key, { present: false, note: '' }])) };
}

async function openPatient(page: Page, lastName: string) {
  await page.reload();
  await page.locator('#patient-search').fill(lastName);
  await page.getByRole('row', { name: new RegExp(lastName, 'i') }).getByRole('button').first().click();
  await expect(page.getByRole('heading', { level: 1, name: new RegExp(lastName, 'i') })).toBeVisible();
}

async function openFirstSession(page: Page) {
  await page.getByRole('region', { name: /Sessions/ }).locator('button.row-link').first().click();
  await expect(page.getByRole('region', { name: 'Session status' })).toBeVisible();
}

/** A patient allergic to lidocaine, and a draft session of today whose cocktail holds it. */
async function allergicPatientWithSession(page: Page): Promise<{ patientId: string; sessionId: string }> {
  const today = todayIso();
  const patient = await call<{ id: string }>(page, 'createPatient', {
    firstName: 'Inès', lastName: 'Carvalho', dateOfBirth: '1979-04-02', sex: 'female', allergies: 'Lidocaïne (urticaria, 2019)', screening: clearScreening(today),
  });
  const session = await call<{ id: string }>(page, 'createSession', {
    consentOverride: 'Consent on paper (e2e)', patientId: patient.id, date: today, time: '10:00', practitioner: 'Dr Test', indication: 'pain', treatedAreas: ['Knee'],
  });
  const point = { id: crypto.randomUUID(), view: 'body-front', x: 900, y: 1500, region: '', depthMm: 4, needle: '30G-6mm', technique: 'point', productIndex: 0 };
  await call(page, 'saveSession', {
    id: session.id,
    fields: { products: [{ name: 'Xylocaine 2%', activeIngredients: 'lidocaine hydrochloride', lot: 'XY-2211', expiry: addDays(today, 300), volumeMl: 2 }] },
    points: [point],
  });
  return { patientId: patient.id, sessionId: session.id };
}

/** A signature: two strokes dragged across the pad with the mouse. */
async function draw(page: Page, pad: Locator): Promise<void> {
  await pad.scrollIntoViewIfNeeded();
  const box = (await pad.boundingBox())!;
  await page.mouse.move(box.x + 0.1 * box.width, box.y + 0.7 * box.height);
  await page.mouse.down();
  for (const [x, y] of [[0.3, 0.3], [0.5, 0.7], [0.7, 0.3], [0.9, 0.6]] as const) await page.mouse.move(box.x + x * box.width, box.y + y * box.height, { steps: 6 });
  await page.mouse.up();
}

test('an allergy is flagged on the cocktail and at signing, the heading follows the date, a session of tomorrow cannot be signed', async ({ page, app }) => {
  test.setTimeout(90_000);
  await page.setViewportSize({ width: 1366, height: 900 });
  await app.start();
  const { sessionId } = await allergicPatientWithSession(page);
  await openPatient(page, 'Carvalho');
  await openFirstSession(page);

  // The cocktail flags the product in words.
  await expect(page.locator('.cocktail .flag--allergy')).toContainText('Recorded allergy');
  await expect(page.locator('.cocktail .flag--allergy')).toContainText('Lidocaïne (urticaria, 2019)');

  // The sign dialog flags it first among the warnings, and "Keep editing" has the focus.
  await page.getByRole('button', { name: 'Sign session…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Sign this session?' });
  await expect(dialog.getByRole('note')).toContainText('Product 1 (Xylocaine 2%) matches an allergy recorded for this patient: “Lidocaïne (urticaria, 2019)”.');
  await expect(dialog.getByRole('rowheader', { name: /Xylocaine 2%/ })).toContainText('Allergy');
  await expect(dialog.getByRole('button', { name: 'Keep editing' })).toBeFocused();
  // Enter on the focused answer keeps editing: nothing is signed.
  await page.keyboard.press('Enter');
  await expect(dialog).toHaveCount(0);
  expect((await call<{ status: string }>(page, 'getSession', { id: sessionId })).status).toBe('draft');

  // The session is moved to tomorrow: the heading says so at once.
  const tomorrow = addDays(todayIso(), 1);
  // "When and by whom" may be folded (settled when the session started): open it.
  if (!(await page.locator('#sf-date').isVisible())) await page.locator('span.session-form__title', { hasText: 'When and by whom' }).click();
  await page.locator('#sf-date').fill(tomorrow);
  await expect(page.getByRole('heading', { level: 1 })).toContainText(en.date(tomorrow));

  // Tomorrow's session cannot be signed: the dialog says why and offers no Sign; the boundary refuses it too.
  await page.getByRole('button', { name: 'Sign session…' }).click();
  await expect(dialog.getByRole('alert')).toContainText('This session cannot be signed yet');
  await expect(dialog.getByRole('alert')).toContainText('Date is after today');
  await expect(dialog.getByRole('button', { name: /^Sign/ })).toBeDisabled();
  await expect(dialog.getByRole('button', { name: 'Keep editing' })).toBeFocused();
  await dialog.getByRole('button', { name: 'Keep editing' }).click();
  await expect
    .poll(async () => (await call<{ date: string }>(page, 'getSession', { id: sessionId })).date)
    .toBe(tomorrow);
  const refused = await page.evaluate(async (id) => (window as unknown as { mesochart: { signSession: (i: unknown) => Promise<unknown> } }).mesochart.signSession({ id }), sessionId);
  expect(refused).toMatchObject({ ok: false, error: { code: 'conflict', field: 'date', reason: 'session-in-future' } });
});

test('"5,5" typed as a depth is 5.5 mm, never 55', async ({ page, app }) => {
  await page.setViewportSize({ width: 1366, height: 900 });
  await app.start();
  const { sessionId } = await allergicPatientWithSession(page);
  await openPatient(page, 'Carvalho');
  await openFirstSession(page);
  const stage = page.getByTestId('map-stage');
  await stage.focus();
  await page.keyboard.press('Control+a');
  const depth = page.getByTestId('inspector').getByLabel('Depth in mm');
  await depth.fill('5,5');
  await depth.press('Enter');
  await expect(depth).toHaveValue('5.5');
  await expect
    .poll(async () => (await call<{ points: { depthMm: number }[] }>(page, 'getSession', { id: sessionId })).points[0]?.depthMm)
    .toBe(5.5);
});

test('the patient form refuses a birth date in the future and shows every error at once', async ({ page, app }) => {
  await page.setViewportSize({ width: 1366, height: 900 });
  await app.start();
  await page.getByRole('button', { name: 'New patient Ctrl+N' }).click();
  await page.getByLabel(/^First name/).fill('Tomás');
  await page.getByLabel(/^Date of birth/).fill(addDays(todayIso(), 10));
  // Last name left empty, sex not chosen: three problems, all shown after one submit.
  await page.getByRole('button', { name: 'Create patient' }).click();
  const banner = page.getByRole('alert').filter({ hasText: 'The patient was not created' });
  await expect(banner).toContainText('3 problems to correct');
  await expect(banner.getByRole('listitem')).toHaveCount(3);
  await expect(banner).toContainText('Date of birth cannot be in the future');
  await expect(page.getByLabel(/^Last name/)).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByLabel(/^Date of birth/)).toHaveAttribute('aria-invalid', 'true');
  // Focus is on the first field in error.
  await expect(page.getByLabel(/^Last name/)).toBeFocused();
});

test('Escape on the consent dialog with a drawn signature asks before discarding it', async ({ page, app }) => {
  await page.setViewportSize({ width: 1366, height: 900 });
  await app.start();
  await call(page, 'createPatient', { firstName: 'Lea', lastName: 'Novak', dateOfBirth: '1988-08-08', sex: 'female', screening: clearScreening(todayIso()) });
  await openPatient(page, 'Novak');
  await page.getByRole('button', { name: 'Obtain consent…' }).click();
  const dialog = page.getByRole('dialog', { name: /Informed consent: NOVAK/ });
  await draw(page, dialog.getByRole('img', { name: /Patient's signature/ }));

  await page.keyboard.press('Escape');
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('alertdialog')).toContainText('Close and discard the signatures and answers given?');
  await dialog.getByRole('button', { name: 'Keep editing' }).click();
  await expect(dialog.getByRole('alertdialog')).toHaveCount(0);
  await expect(dialog).toBeVisible();

  // The close button asks too; discarding closes.
  await dialog.getByRole('button', { name: 'Close' }).click();
  await dialog.getByRole('button', { name: 'Discard changes' }).click();
  await expect(dialog).toHaveCount(0);

  // Without anything entered, Escape closes at once.
  await page.getByRole('button', { name: 'Obtain consent…' }).click();
  await expect(dialog).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
});

test('one way to start a session', async ({ page, app }) => {
  test.setTimeout(90_000);
  await page.setViewportSize({ width: 1366, height: 900 });
  await app.start();
  const today = todayIso();
  const patient = await call<{ id: string }>(page, 'createPatient', { firstName: 'Rui', lastName: 'Tavares', dateOfBirth: '1971-05-20', sex: 'male', screening: clearScreening(today) });
  const course = await call<{ id: string }>(page, 'createCourse', { patientId: patient.id, indication: 'pain', area: 'Knee', plannedSessions: 6, startDate: addDays(today, -14) });
  const inCourse = await call<{ id: string }>(page, 'createSession', {
    consentOverride: 'Consent on paper (e2e)', patientId: patient.id, courseId: course.id, date: addDays(today, -14), time: '10:00', indication: 'pain', treatedAreas: ['Knee'],
  });
  const point = { id: crypto.randomUUID(), view: 'body-front', x: 900, y: 1500, region: '', depthMm: 4, needle: '30G-6mm', technique: 'point', productIndex: null };
  await call(page, 'saveSession', { id: inCourse.id, points: [point] });
  // The latest session is outside the course: starting from it is starting outside any course.
  await call(page, 'createSession', { consentOverride: 'Consent on paper (e2e)', patientId: patient.id, date: addDays(today, -7), time: '10:00', indication: 'pain', treatedAreas: ['Shoulder'] });
  await openPatient(page, 'Tavares');

  // The sessions offer one start; the course's button is its shortcut into the same form.
  const sessions = page.getByRole('region', { name: /^Sessions/ });
  await expect(page.getByRole('button', { name: /^(new|start)\b|previous/i })).toHaveText(['New session 2 in this course', /^\+?New session$/]);
  await expect(page.getByRole('region', { name: /^Courses/ }).getByRole('button', { name: 'New session 2 in this course' })).toBeVisible();

  await sessions.getByRole('button', { name: /New session/ }).click();
  const courseSelect = page.getByLabel('Course', { exact: true });
  await expect(courseSelect).toHaveValue('');
  await expect(courseSelect.locator('option')).toHaveText(['No course', `Pain · Knee · 6 sessions weekly, then monthly maintenance · started ${en.date(addDays(today, -14))}`]);
  await page.getByLabel('Start from previous session').check();
  await expect(page.getByLabel('Previous session', { exact: true })).not.toHaveValue(inCourse.id);
  await expect(courseSelect).toHaveValue('');
  // Starting from the course's session continues its course: numbered 2 of 6, its indication and area.
  await page.getByLabel('Previous session', { exact: true }).selectOption(inCourse.id);
  await expect(courseSelect).toHaveValue(course.id);
  await expect(page.locator('#sf-indication')).toHaveValue('pain');
  await expect(page.getByText('Chosen: Knee.')).toBeVisible();
  await expect(page.locator('.screen-subtitle')).toContainText('session 2 of 6 of the course Pain · Knee');
  await app.screenshot('first-day-one-way-to-start');

  await page.getByRole('group', { name: 'Screening today' }).getByLabel(/Unchanged since/).check();
  await page.getByTestId('course-consent').getByLabel('Start without consent (override)').check();
  await page.getByTestId('course-consent').getByLabel(/Reason for starting without consent/).fill('Consent on paper (e2e)');
  await page.getByRole('button', { name: 'Start draft session' }).click();
  await expect(page.getByRole('region', { name: 'Session status' })).toContainText('Draft · 1 point');
  const started = (await call<{ id: string; courseId: string | null; numberInCourse: number | null; date: string }[]>(page, 'listSessions', { patientId: patient.id })).find((s) => s.date === today);
  expect(started).toMatchObject({ courseId: course.id, numberInCourse: 2 });
});
