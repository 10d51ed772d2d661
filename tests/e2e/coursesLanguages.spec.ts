import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { MAP_ARTWORK } from '../../assets/maps/index.ts';
import { addDays } from '../../shared/courseSchedule.ts';
import { todayIso } from '../../shared/dates.ts';
import { createTranslator } from '../../shared/i18n/translator.ts';
import { regionAt } from '../../shared/regions.ts';
import { call } from './api.ts';
import { expect, SCREENSHOT_DIR, test } from './fixtures.ts';

// The course timeline, the compare view (side by side, overlay, course view), the photos panel and lot
// recall in French, found by their French names, and in the pseudo-language (every string from the
// catalogue, longer): captured at 1366x768 to be looked at (nothing cut, nothing overlapping, no English).

function inRegion(region: string, n: number): { x: number; y: number }[] {
  const r = MAP_ARTWORK['body-front'].regions.find((g) => g.id === region)!;
  const xs = r.polygon.map((p) => p[0]);
  const ys = r.polygon.map((p) => p[1]);
  const out: { x: number; y: number }[] = [];
  for (let y = Math.min(...ys) + 20; y < Math.max(...ys); y += 40) for (let x = Math.min(...xs) + 20; x < Math.max(...xs); x += 40) if (regionAt('body-front', x, y)?.id === region && out.length < n) out.push({ x, y });
  return out;
}

function chart(n: number) {
  const point = (at: { x: number; y: number }, depthMm: number) => ({ id: crypto.randomUUID(), view: 'body-front', x: at.x, y: at.y, region: regionAt('body-front', at.x, at.y)?.id ?? '', depthMm, needle: '30G-6mm', technique: 'point', productIndex: 0, volumeMl: 0.1 });
  return [...inRegion('thigh-outer-left', 2 + n).map((p) => point(p, 4 + n * 0.5)), ...(n === 1 ? inRegion('abdomen-lower', 2).map((p) => point(p, 4)) : [])];
}

for (const language of ['fr', 'en-XA'] as const) {
  test(`courses, compare and lot recall in ${language}`, async ({ page, app, dataDir }) => {
    test.setTimeout(120_000);
    mkdirSync(SCREENSHOT_DIR, { recursive: true });
    const { t } = await createTranslator(language);
    await page.setViewportSize({ width: 1366, height: 768 });
    await app.start({ settings: { language } });
    const patient = await call(page, 'createPatient', { firstName: 'Łucja', lastName: 'Brühl', dateOfBirth: '1981-02-14', sex: 'female' });
    const start = addDays(todayIso(), -28);
    const course = await call(page, 'createCourse', { patientId: patient.id, indication: 'cellulite', area: 'Cuisses, face externe', plannedSessions: 10, startDate: start });
    for (let n = 1; n <= 3; n += 1) {
      const s = await call(page, 'createSession', { consentOverride: 'Consent on paper (e2e)',
        patientId: patient.id,
        courseId: course.id,
        date: addDays(start, (n - 1) * 7),
        time: '10:00',
        practitioner: 'Dr Test',
        indication: 'cellulite',
        treatedAreas: ['Cuisses'],
        ...(n === 1 ? { consentOverride: 'Consentement papier (e2e)' } : {}),
      });
      await call(page, 'saveSession', { id: s.id, fields: { products: [{ name: 'Phosphatidylcholine', concentration: '5%', volumeMl: 4, lot: 'PC-2291', expiry: '2027-01-31' }], vasBefore: 7 - n, vasAfter: 5 - n }, points: chart(n) });
    }

    // The course card: its progress, its timeline, in the screen's language.
    await page.reload();
    await page.getByRole('button', { name: /BRÜHL, Łucja/ }).click();
    const card = page.getByTestId('course-card');
    await expect(card).toContainText(t('courses:progress.done', { done: 3, planned: 10 }));
    if (language === 'fr') {
      await expect(card).toContainText('3 sur 10 faites · 1 en retard');
      await expect(card.getByRole('button', { name: /Séance 2 sur 10, faite le/ })).toBeVisible();
      await expect(card.getByRole('img', { name: /Séance 4 sur 10, en retard depuis le/ })).toBeVisible();
      await expect(page.getByRole('button', { name: 'Planifier une cure…' })).toBeVisible();
    }
    await card.scrollIntoViewIfNeeded();
    await app.screenshot(`i18n-${language}-course-card`);
    await card.screenshot({ path: join(SCREENSHOT_DIR, `i18n-${language}-course-card-detail.png`) });

    // Compare the three sessions side by side, then as an overlay and as the course view.
    for (let i = 0; i < 3; i += 1) await page.getByRole('checkbox', { name: new RegExp(t('compare:picker.pick', { date: '.*', time: '10:00' }).replace(/[[\]()]/g, '\\$&')) }).nth(i).check();
    await page.getByRole('button', { name: t('compare:picker.compareCount', { count: 3 }) }).click();
    await expect(page.getByRole('heading', { level: 1, name: t('compare:page.title') })).toBeVisible();
    await expect(page.getByTestId('compare-pane')).toHaveCount(3);
    await expect(page.getByRole('table', { name: t('compare:changes.caption') })).toBeVisible();
    if (language === 'fr') {
      await expect(page.getByText('séance 2 sur 10').first()).toBeVisible();
      // Mean depth with a decimal comma.
      await expect(page.getByRole('table', { name: t('compare:changes.caption') })).toContainText(/5,5\s?mm/);
    }
    await page.evaluate(() => window.scrollTo(0, 0));
    await app.screenshot(`i18n-${language}-compare-side`);
    await page.getByRole('button', { name: t('compare:chart.showTable') }).click();
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    await app.screenshot(`i18n-${language}-compare-analysis`);
    await page.getByRole('button', { name: t('compare:chart.showChart') }).click();
    await page.getByText(t('compare:mode.overlay'), { exact: true }).click();
    await expect(page.getByTestId('compare-pane')).toHaveCount(1);
    await page.evaluate(() => window.scrollTo(0, 0));
    await app.screenshot(`i18n-${language}-compare-overlay`);
    await page.getByText(t('compare:mode.course'), { exact: true }).click();
    await expect(page.getByRole('heading', { level: 1, name: t('compare:page.courseTitle') })).toBeVisible();
    await page.evaluate(() => window.scrollTo(0, 0));
    await app.screenshot(`i18n-${language}-compare-course`);
    await page.locator('.compare-side').screenshot({ path: join(SCREENSHOT_DIR, `i18n-${language}-compare-course-side.png`) });

    // Lot recall, and its CSV in the screen's language.
    await page.reload();
    await app.screenshot(`i18n-${language}-patient-list`);
    await page.getByRole('button', { name: t('patients:list.lotRecall') }).click();
    await page.getByLabel(t('records:recall.lot')).fill('PC-2291');
    await page.getByRole('button', { name: t('records:recall.find') }).click();
    await expect(page.locator('table tbody tr')).toHaveCount(3);
    await page.getByRole('button', { name: t('records:recall.exportCsv') }).click();
    await expect(page.getByTestId('csv-saved')).toContainText(t('records:recall.saved', { count: 3 }));
    await app.screenshot(`i18n-${language}-lot-recall`);
    const exports = join(dataDir, 'exports');
    const csv = readFileSync(join(exports, readdirSync(exports).find((f) => f.endsWith('.csv'))!), 'utf8');
    if (language === 'fr') expect(csv.startsWith('\uFEFFPatient;Id patient;Id séance;Date;Heure;')).toBe(true);
    else expect(csv.startsWith('\uFEFFPatient,Patient id,')).toBe(true);

    // A row opens its session: the consent and photos panel beside the chart.
    await page.getByRole('button', { name: 'BRÜHL, Łucja' }).first().click();
    const photos = page.locator('.session-photos');
    await expect(photos.getByRole('button', { name: t('photos:session.add') })).toBeVisible();
    await photos.screenshot({ path: join(SCREENSHOT_DIR, `i18n-${language}-session-photos.png`) });
  });
}
