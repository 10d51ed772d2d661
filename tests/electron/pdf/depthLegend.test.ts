import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportPdf } from '../../../electron/pdf/exportPdf.ts';
import { loadSessionRecord } from '../../../electron/pdf/recordData.ts';
import { FULL_DEPTH_RANGE } from '../../../shared/depth.ts';
import type { UiLanguage } from '../../../shared/i18n/languages.ts';
import { openTestStore, tempDir } from '../store/fixtures.ts';
import { populateCourse, SETTINGS } from './recordFixtures.ts';

/**
 * The printed legend of marker colours says what the screen's says (shared/depthLegendText.ts): with the
 * full depth range, a colour is a skin layer, named with its span. Read back with pdftotext, lines
 * joined, since a layer's name may wrap in the legend's column.
 */
async function legendText(depthRange: { min: number; max: number }, language: UiLanguage): Promise<string> {
  const { store } = openTestStore();
  const fx = populateCourse(store, { sessions: 1, pointsPerSession: 12 });
  const data = await loadSessionRecord({ store, settings: { ...SETTINGS, depthRange }, language }, fx.sessions[0]!.id);
  const path = join(tempDir(), 'session.pdf');
  await exportPdf(data, path);
  return execFileSync('pdftotext', [path, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
}

describe('the printed depth legend', () => {
  it('with the full range, names each skin layer with its depth span', async () => {
    const en = await legendText(FULL_DEPTH_RANGE, 'en');
    for (const line of ['Epidermis · < 1 mm', 'Superficial dermis · 1–2 mm', 'Deep dermis · 2–4 mm', 'Hypodermis · 4–6 mm', 'Deep hypodermis · 6–13 mm']) {
      expect(en).toContain(line);
    }
    const fr = await legendText(FULL_DEPTH_RANGE, 'fr');
    expect(fr).toContain('Derme superficiel · 1–2 mm');
    expect(fr).toContain('Hypoderme profond · 6–13 mm');
  });

  it('within the default 4–6 mm, names depths of the scale and no layer', async () => {
    const en = await legendText({ min: 4, max: 6 }, 'en');
    expect(en).toContain('4.5 mm');
    expect(en).not.toContain('Epidermis');
  });
});
