import type { TFunction } from 'i18next';
import { languageForLocale, type UiLanguage } from '../shared/i18n/languages.ts';
import { createTranslator, switchLanguage } from '../shared/i18n/translator.ts';
import type { OpenPurpose, SavePurpose } from './channels/filePort.ts';
import type { SettingsFileProblem } from './settings/settingsFile.ts';
import type { OpenFailure } from './openOutcome.ts';

/**
 * The main process's words (menu, system dialogs, the messages main.ts shows), from the `main`
 * namespace of the catalogues, in the practitioner's language. Plain Node, no Electron: tested in
 * tests/electron/mainText.test.ts.
 */

/** A translator of the main process's namespace. */
export type MainT = TFunction<['main']>;

/** The language the main process speaks: the clinic's (settings.language), else the system's locale. */
export function mainLanguage(settingsLanguage: UiLanguage | null | undefined, systemLocale: string): UiLanguage {
  return settingsLanguage ?? languageForLocale(systemLocale);
}

export type DialogText = { title: string; filters: { name: string; extensions: string[] }[] };

/** A save dialog's title and file types, for what it saves. */
export function saveDialogText(t: MainT, purpose: SavePurpose): DialogText {
  const pdf = [{ name: t('main:dialog.filterPdf'), extensions: ['pdf'] }];
  switch (purpose) {
    case 'session-record':
      return { title: t('main:dialog.saveSessionRecord'), filters: pdf };
    case 'consent-record':
      return { title: t('main:dialog.saveConsentRecord'), filters: pdf };
    case 'course-record':
      return { title: t('main:dialog.saveCourseRecord'), filters: pdf };
    case 'adverse-event-report':
      return { title: t('main:dialog.saveAdverseEventReport'), filters: pdf };
    case 'recall-csv':
      return { title: t('main:dialog.saveRecallCsv'), filters: [{ name: t('main:dialog.filterCsv'), extensions: ['csv'] }] };
    case 'stock-csv':
      return { title: t('main:dialog.saveStockCsv'), filters: [{ name: t('main:dialog.filterCsv'), extensions: ['csv'] }] };
    case 'recall-letters':
      return { title: t('main:dialog.saveRecallLetters'), filters: pdf };
    case 'recovery-sheet':
      return { title: t('main:dialog.saveRecoverySheet'), filters: pdf };
  }
}

/** An open dialog's title and file types, for what it opens. */
export function openDialogText(t: MainT, purpose: OpenPurpose): DialogText {
  switch (purpose) {
    case 'photos':
      return { title: t('main:dialog.addPhotos'), filters: [{ name: t('main:dialog.filterPhotos'), extensions: ['jpg', 'jpeg', 'png'] }] };
  }
}

/** Why the records could not be opened, and what to do, in words. */
export function openFailureText(t: MainT, failure: Pick<OpenFailure, 'reason' | 'params'>): string {
  const p = failure.params;
  switch (failure.reason) {
    case 'newer-schema':
      return t('main:openFailure.newerSchema', { version: String(p.version), supported: String(p.supported) });
    case 'foreign':
      return t('main:openFailure.foreign');
    case 'not-a-database':
      return t('main:openFailure.notADatabase');
    case 'truncated':
      return t('main:openFailure.truncated');
    case 'records-damaged':
      return t('main:openFailure.damaged');
    case 'key-refused':
      return t('main:openFailure.keyRefused');
    case 'not-writable':
      return t('main:openFailure.notWritable', { path: String(p.path) });
    default:
      return t('main:openFailure.unreadable');
  }
}

/** The settings file that was set aside, in words. */
export function settingsProblemText(t: MainT, problem: SettingsFileProblem): string {
  if (problem.reason === 'unreadable') return t('main:settingsProblem.unreadable', { keptAs: problem.keptAs });
  return problem.where === null
    ? t('main:settingsProblem.invalidWhole', { keptAs: problem.keptAs })
    : t('main:settingsProblem.invalid', { where: problem.where, keptAs: problem.keptAs });
}

/**
 * The main process's translator, following the clinic's language: `follow(port)` gives a settings
 * port whose updates switch the translator (and call `onChange`, e.g. to rebuild the menu) when the
 * language changes, at once and without a restart.
 */
export type MainLocale = {
  t: () => MainT;
  language: () => UiLanguage;
  follow<P extends { get(): { language?: UiLanguage | null | undefined }; update(patch: never): unknown }>(port: P, onChange: () => void): P;
};

export async function createMainLocale(settingsLanguage: UiLanguage | null | undefined, systemLocale: string): Promise<MainLocale> {
  let language = mainLanguage(settingsLanguage, systemLocale);
  const translator = await createTranslator(language);
  const relabel = async (next: UiLanguage, onChange: () => void) => {
    if (next === language) return;
    language = next;
    await switchLanguage(translator, next);
    onChange();
  };
  return {
    t: () => translator.getFixedT(null, ['main']),
    language: () => language,
    follow: (port, onChange) => {
      const update = port.update.bind(port) as (patch: never) => unknown;
      return {
        ...port,
        get: port.get.bind(port),
        update: (patch: never) => {
          const result = update(patch);
          void relabel(mainLanguage(port.get().language, systemLocale), onChange);
          return result;
        },
      };
    },
  };
}
