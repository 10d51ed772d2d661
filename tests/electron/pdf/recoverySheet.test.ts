import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportPdf } from '../../../electron/pdf/exportPdf.ts';
import { recoverySheetData } from '../../../electron/pdf/recoverySheetData.ts';
import type { UiLanguage } from '../../../shared/i18n/languages.ts';
import { createTranslator } from '../../../shared/i18n/translator.ts';
import { formatRecoveryKey, RECOVERY_KEY_BYTES } from '../../../shared/recoveryKey.ts';
import { DEFAULT_SETTINGS, settingsSchema } from '../../../shared/settings.ts';
import { tempDir } from '../store/fixtures.ts';

/**
 * The recovery sheet in each language, for a clinic whose long name is written in Arabic and Chinese:
 * one page, read back as a reader sees it (pdftotext), and rendered to tests/.artifacts/pdf/ to be looked at.
 */

const ARTIFACTS = 'tests/.artifacts/pdf';
const LANGUAGES: readonly UiLanguage[] = ['en', 'fr', 'it', 'es', 'pt-BR'];
const CLINIC = {
  name: 'عيادة الدكتورة ليلى الحسيني للطب التجميلي والميزوثيرابي · 北京协和医学美容中胚层疗法诊所（朝阳分院）',
  address: 'Rua Doutor Bacelar 1234, conjunto 56\nVila Clementino, São Paulo – SP, 04026-002',
  phone: '+55 11 5555-0123',
};
const KEY = formatRecoveryKey(Uint8Array.from({ length: RECOVERY_KEY_BYTES }, (_, i) => (i * 53 + 7) & 255));

const text = (pdf: string) => execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
const info = (pdf: string) => execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });

function renderPage(pdf: string, name: string): void {
  mkdirSync(ARTIFACTS, { recursive: true });
  for (const f of readdirSync(ARTIFACTS)) if (f.startsWith(`${name}-`)) rmSync(join(ARTIFACTS, f));
  execFileSync('pdftoppm', ['-png', '-r', '100', '-f', '1', '-l', '1', pdf, join(ARTIFACTS, name)]);
}

function sheetFor(language: UiLanguage) {
  const settings = settingsSchema.parse({ ...DEFAULT_SETTINGS, clinic: CLINIC, language, timeZone: 'Europe/Paris' });
  return recoverySheetData({ settings, practitioner: { displayName: 'Dr Hélène Dubois-Wiśniewska', language: null }, recoveryKey: KEY, createdAt: '2026-03-07T13:30:00.000Z' });
}

describe('the recovery sheet', () => {
  it.each(LANGUAGES)('prints on one page in %s: the clinic whole, the key in its groups, what to do with it', async (language) => {
    const { t } = await createTranslator(language);
    const path = join(tempDir(), `recovery-${language}.pdf`);
    const result = await exportPdf(sheetFor(language), path);
    expect(result.pages).toBe(1);
    const read = text(path);
    const flat = read.replace(/\s+/g, ' ');
    expect(flat).toContain(t('access:recoverySheet.title'));
    // Every symbol, in order, group after group (each is drawn in a cell of its own).
    expect(read.replace(/\s+/g, '')).toContain(KEY.replace(/-/g, ''));
    for (const key of ['whatTitle', 'keepTitle', 'riskTitle', 'useTitle', 'renewTitle', 'keptAt', 'keptOn', 'footer'] as const) {
      expect(flat, key).toContain(t(`access:recoverySheet.${key}`));
    }
    // The lock screen's own words, so that the sheet leads to the button it names.
    expect(flat).toContain(t('access:lock.forgot'));
    expect(flat).toContain('Dr Hélène Dubois-Wiśniewska');
    expect(read.replace(/\s+/g, '')).toContain('北京协和医学美容中胚层疗法诊所（朝阳分院）');
    // The key is on the page only: not in the file's metadata.
    expect(info(path)).not.toContain(KEY.slice(0, 9));
    renderPage(path, `recovery-sheet-${language}`);
  });

  it('speaks the printing practitioner’s language, else the clinic’s', () => {
    const settings = settingsSchema.parse({ ...DEFAULT_SETTINGS, language: 'it' });
    expect(recoverySheetData({ settings, practitioner: { displayName: 'Dr A', language: 'pt-BR' }, recoveryKey: KEY }).language).toBe('pt-BR');
    expect(recoverySheetData({ settings, practitioner: { displayName: 'Dr A', language: null }, recoveryKey: KEY }).language).toBe('it');
    const when = recoverySheetData({ settings, practitioner: { displayName: 'Dr A', language: null }, recoveryKey: KEY, now: () => new Date('2026-01-02T03:04:05Z') });
    expect(when.createdAt).toBe('2026-01-02T03:04:05.000Z');
  });
});
