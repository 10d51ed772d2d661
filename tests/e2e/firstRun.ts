import { expect, type Page } from '@playwright/test';
import { createTranslator, type Translator } from '../../shared/i18n/translator.ts';
import { FORMAT_LOCALE, type UiLanguage } from '../../shared/i18n/languages.ts';

/** The catalogue of the language the screen speaks now (its `<html lang>`), so that these steps work in any language. */
async function screenTranslator(page: Page): Promise<Translator> {
  const lang = await page.locator('html').getAttribute('lang');
  const language = lang && lang in FORMAT_LOCALE ? (lang as UiLanguage) : 'en';
  return createTranslator(language);
}

/**
 * The recovery key screen gone through as a practitioner does: the key kept (the box ticked), Continue.
 * Answers the key as it was shown, for a spec that recovers with it later.
 */
export async function keepRecoveryKey(page: Page): Promise<string> {
  const shown = page.getByTestId('recovery-key');
  await expect(shown).toBeVisible();
  const key = ((await shown.textContent()) ?? '').trim();
  const { t } = await screenTranslator(page);
  await page.getByRole('checkbox', { name: t('access:recoveryKey.kept'), exact: true }).check();
  await page.getByRole('button', { name: t('access:recoveryKey.continue'), exact: true }).click();
  await expect(shown).toBeHidden();
  return key;
}

/**
 * The end of the first-run screen, its fields filled by the spec: the sealed records' warning understood,
 * the profile created, then the recovery key screen that follows (keepRecoveryKey). Answers the key.
 */
export async function finishFirstRun(page: Page): Promise<string> {
  const { t } = await screenTranslator(page);
  await page.getByRole('checkbox', { name: t('access:firstRun.understand'), exact: true }).check();
  await page.getByRole('button', { name: t('access:firstRun.submit'), exact: true }).click();
  return keepRecoveryKey(page);
}
