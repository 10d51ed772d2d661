import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { addDays } from '../../shared/courseSchedule.ts';
import { todayIso } from '../../shared/dates.ts';
import { createTranslator } from '../../shared/i18n/translator.ts';
import { measureLabel, type OutcomeEntry } from '../../shared/outcomeMeasures.ts';
import { call } from './api.ts';
import { expect, SCREENSHOT_DIR, test } from './fixtures.ts';

// Issue 11, outcome measures beyond pain: a course of cellulite with its Nürnberger–Müller grade
// recorded over four sessions (the fourth through the session form), girths at a site with a session
// missing, plotted on the course view and printed in the course record, in English and in French. The
// screenshots and the PDF's pages (pdftoppm) are written to be looked at.

const GRADES = ['III', 'II', 'II', 'I'] as const;
/** Girth of the left thigh, none at the third session: its line has a gap. */
const GIRTHS = [61, 60, null, 58.5] as const;

for (const language of ['en', 'fr'] as const) {
  test(`a cellulite course's grade recorded, plotted and printed in ${language}`, async ({ page, app, dataDir }) => {
    test.setTimeout(150_000);
    mkdirSync(SCREENSHOT_DIR, { recursive: true });
    const { t } = await createTranslator(language);
    const site = language === 'fr' ? 'Cuisse gauche, 15 cm au-dessus de la rotule' : 'Left thigh, 15 cm above the patella';
    await page.setViewportSize({ width: 1366, height: 900 });
    await app.start({ settings: { language } });
    const patient = await call(page, 'createPatient', { firstName: 'Chloé', lastName: 'Marchetti', dateOfBirth: '1986-07-09', sex: 'female' });
    const start = addDays(todayIso(), -21);
    const course = await call(page, 'createCourse', { patientId: patient.id, indication: 'cellulite', area: 'Thighs, outer', plannedSessions: 10, startDate: start });
    for (let n = 1; n <= 4; n += 1) {
      const s = await call(page, 'createSession', {
        patientId: patient.id,
        courseId: course.id,
        date: addDays(start, (n - 1) * 7),
        time: '10:00',
        practitioner: 'Dr Test',
        indication: 'cellulite',
        treatedAreas: ['Thighs'],
        consentOverride: 'Consent on paper (e2e)',
      });
      const girth = GIRTHS[n - 1] ?? null;
      const outcomes: OutcomeEntry[] = [{ measure: 'satisfaction', score: 4 + n }];
      // The fourth session's grade is chosen in the form below.
      if (n < 4) outcomes.push({ measure: 'cellulite-grade', grade: GRADES[n - 1] ?? '0' });
      if (girth !== null) outcomes.push({ measure: 'girth', site, cm: girth });
      await call(page, 'saveSession', { id: s.id, fields: { outcomes } });
      if (n < 4) await call(page, 'signSession', { id: s.id });
    }

    // The fourth session: its form offers the indication's measures; the grade is chosen there.
    await page.reload();
    await page.getByRole('button', { name: /MARCHETTI, Chloé/ }).click();
    const card = page.getByTestId('course-card');
    await card.locator('.timeline__slot').nth(3).getByRole('button').click();
    const grade = page.getByLabel(measureLabel(t, 'cellulite-grade'), { exact: true });
    await expect(grade).toHaveValue('');
    await expect(page.getByText(measureLabel(t, 'cellulite-severity'), { exact: true })).toBeVisible();
    await grade.selectOption('I');
    await expect(page.getByTestId('save-status')).toHaveAttribute('data-state', 'saved', { timeout: 10_000 });
    const form = page.locator('.session-form__section', { has: page.locator('.outcomes') });
    await expect(form.locator('legend').first()).toContainText(t('sessions:outcomes.title'));
    await form.scrollIntoViewIfNeeded();
    await form.screenshot({ path: join(SCREENSHOT_DIR, `outcomes-${language}-session-form.png`) });

    // The course view: one chart per measure recorded, the grade on its 0–III axis.
    await page.getByRole('navigation', { name: t('common:shell.breadcrumb') }).getByRole('link', { name: /MARCHETTI, Chloé/ }).click();
    await card.getByRole('button', { name: t('courses:card.courseView') }).click();
    await expect(page.getByRole('heading', { level: 1, name: t('compare:page.courseTitle') })).toBeVisible();
    const charts = page.locator('.outcome-charts');
    const gradeTitle = t('compare:outcomes.courseTitle', { measure: measureLabel(t, 'cellulite-grade') });
    await expect(charts.getByRole('img', { name: gradeTitle })).toBeVisible();
    await expect(charts.getByRole('img', { name: t('compare:outcomes.courseTitle', { measure: measureLabel(t, 'girth') }) })).toBeVisible();
    await expect(charts.getByRole('img', { name: t('compare:outcomes.courseTitle', { measure: measureLabel(t, 'satisfaction') }) })).toBeVisible();
    // Four grade marks, one line; the girth's line broken where the third session has none.
    const gradeChart = charts.locator('.series-chart', { has: page.getByRole('heading', { name: gradeTitle }) });
    await expect(gradeChart.locator('svg circle')).toHaveCount(4);
    await expect(gradeChart.locator('svg text', { hasText: /^III$/ })).toHaveCount(1);
    const girthChart = charts.locator('.series-chart', { has: page.getByRole('heading', { name: t('compare:outcomes.courseTitle', { measure: measureLabel(t, 'girth') }) }) });
    await expect(girthChart.locator('path.series-chart__line')).toHaveAttribute('d', /^M[^M]*L[^M]*M[^M]*$/);
    await charts.scrollIntoViewIfNeeded();
    await charts.screenshot({ path: join(SCREENSHOT_DIR, `outcomes-${language}-course-charts.png`) });
    // The same figures as a table.
    await gradeChart.getByRole('button', { name: t('compare:chart.showTable') }).click();
    const table = gradeChart.getByRole('table', { name: gradeTitle });
    await expect(table.locator('tbody tr')).toHaveCount(4);
    await expect(table.locator('tbody tr').first()).toContainText('III');
    await expect(table.locator('tbody tr').last()).toContainText('I');
    const girthCells = girthChart.getByRole('button', { name: t('compare:chart.showTable') });
    await girthCells.click();
    await expect(girthChart.getByRole('table')).toContainText(language === 'fr' ? '58,5 cm' : '58.5 cm');
    await gradeChart.screenshot({ path: join(SCREENSHOT_DIR, `outcomes-${language}-grade-table.png`) });

    // The course record prints each measure's series, plot and table.
    await page.getByRole('navigation', { name: t('common:shell.breadcrumb') }).getByRole('link', { name: /MARCHETTI, Chloé/ }).click();
    await card.getByRole('button', { name: t('courses:card.exportPdf') }).click();
    await expect(card.getByTestId('export-saved')).toContainText('.pdf', { timeout: 30_000 });
    const exports = join(dataDir, 'exports');
    const pdf = join(exports, readdirSync(exports).find((f) => f.endsWith('.pdf') && f.includes('course'))!);
    const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' }).replace(/[ \t]+/g, ' ');
    expect(text).toContain(t('pdf:course.outcomesHeading'));
    expect(text).toContain(measureLabel(t, 'cellulite-grade'));
    expect(text).toContain(measureLabel(t, 'girth'));
    expect(text).toContain(language === 'fr' ? '58,5 cm' : '58.5 cm');
    // Each session's own record within the course prints its measures.
    expect(text).toContain(measureLabel(t, 'girth').toLocaleUpperCase(language));
    const pages = join(SCREENSHOT_DIR, `outcomes-${language}-course-pdf`);
    execFileSync('pdftoppm', ['-png', '-r', '70', '-f', '1', '-l', '2', pdf, pages]);
  });
}
