import type { PractitionerSummary } from '../../shared/access.ts';
import { systemTimeZone } from '../../shared/format/formatter.ts';
import type { UiLanguage } from '../../shared/i18n/languages.ts';
import type { Settings } from '../../shared/settings.ts';

/**
 * What the recovery sheet prints, gathered in the main thread and handed to the export worker as plain
 * data (as recordData.ts does for the records): the records' recovery key as it is shown on screen, the
 * clinic it opens the records of, who made it and when, in the language of the practitioner who prints it.
 */
export type RecoverySheetData = {
  kind: 'recovery-sheet';
  /** The practitioner's own language, else the clinic's. */
  language: UiLanguage;
  clinic: Settings['clinic'];
  /** The practitioner unlocked when the key was shown (the records were sealed, or the key renewed). */
  practitioner: string;
  /** When the key was made (ISO instant): printed in the clinic's time zone. */
  createdAt: string;
  timeZone: string;
  /** The grouped text of shared/recoveryKey.ts's formatRecoveryKey: printed as it is. */
  recoveryKey: string;
};

type Sources = {
  settings: Settings;
  practitioner: Pick<PractitionerSummary, 'displayName' | 'language'>;
  recoveryKey: string;
  /** When the key was made; absent: now. */
  createdAt?: string | undefined;
  now?: () => Date;
};

export function recoverySheetData({ settings, practitioner, recoveryKey, createdAt, now }: Sources): RecoverySheetData {
  return {
    kind: 'recovery-sheet',
    language: practitioner.language ?? settings.language ?? 'en',
    clinic: settings.clinic,
    practitioner: practitioner.displayName,
    createdAt: createdAt ?? (now?.() ?? new Date()).toISOString(),
    timeZone: settings.timeZone ?? systemTimeZone(),
    recoveryKey,
  };
}
