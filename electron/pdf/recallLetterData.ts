import { systemTimeZone } from '../../shared/format/formatter.ts';
import type { Language, UiLanguage } from '../../shared/i18n/languages.ts';
import type { Recall, RecallPatient } from '../../shared/recall.ts';
import type { Settings } from '../../shared/settings.ts';

/**
 * What the recall letters print, gathered in the main thread and handed to the export worker as plain
 * data (as recordData.ts does for the records): one letter per patient of the recall, each in its own
 * language (the one asked for, else the patient's, else the clinic's), with the patient's contact details
 * as the patient's record has them now.
 */
export type RecallLetter = { patient: RecallPatient; language: UiLanguage };

export type RecallLettersData = {
  kind: 'recall-letters';
  clinic: Settings['clinic'];
  recall: Pick<Recall, 'id' | 'lot' | 'product' | 'reference'>;
  letters: RecallLetter[];
  /** The file's own language (its metadata, and the page said when there is no patient): the one asked for, else the clinic's. */
  language: UiLanguage;
  /** When the letters were printed (ISO instant): the letters are dated that day in the clinic's time zone. */
  printedAt: string;
  printedBy: string;
  timeZone: string;
};

type Sources = { recall: Recall; settings: Settings; printedBy: string; language?: Language | undefined; now?: () => Date };

export function recallLettersData({ recall, settings, printedBy, language, now }: Sources): RecallLettersData {
  const clinicLanguage: UiLanguage = settings.language ?? 'en';
  return {
    kind: 'recall-letters',
    clinic: settings.clinic,
    recall: { id: recall.id, lot: recall.lot, product: recall.product, reference: recall.reference },
    letters: recall.patients.map((patient) => ({ patient, language: language ?? patient.language ?? clinicLanguage })),
    language: language ?? clinicLanguage,
    printedAt: (now?.() ?? new Date()).toISOString(),
    printedBy,
    timeZone: settings.timeZone ?? systemTimeZone(),
  };
}
