import type { TFunction } from 'i18next';
import type { Namespace } from '../../shared/i18n/namespaces.ts';
import { MIN_PASSPHRASE_LENGTH, type AccessState, type PractitionerSummary } from '../../shared/access.ts';

/** Why the lock screen shows: said on it, so that nobody wonders where their work went. */
export type LockReason = 'start' | 'manual' | 'idle' | 'elsewhere';

/** What the whole window shows, decided by the main process's answer. */
export type AccessView =
  | { phase: 'loading' }
  | { phase: 'error'; error: unknown }
  | { phase: 'first-run' }
  | { phase: 'locked'; practitioners: PractitionerSummary[]; reason: LockReason; idleMinutes: number }
  | { phase: 'locking'; reason: LockReason; current: PractitionerSummary; idleMinutes: number; practitioners: PractitionerSummary[] }
  /**
   * `recoveryKey`: the records' recovery key while it is still to be printed or written down. Unlocked all
   * the same (the idle lock runs, edits flushed meanwhile are saved in this practitioner's name), but the
   * gate shows the key and nothing else until someone confirms it is kept.
   */
  | { phase: 'unlocked'; current: PractitionerSummary; idleMinutes: number; practitioners: PractitionerSummary[]; recoveryKey: string | null; sealingProblem: string | null };

/** No profile yet: first run. A practitioner named: unlocked. Otherwise: locked, with the reason given. */
export function viewOf(state: AccessState, reason: LockReason): AccessView {
  if (state.practitioners.length === 0) return { phase: 'first-run' };
  if (state.current) return { phase: 'unlocked', current: state.current, idleMinutes: state.idleMinutes, practitioners: state.practitioners, recoveryKey: state.recoveryKeyToShow ?? null, sealingProblem: state.sealingProblem ?? null };
  return { phase: 'locked', practitioners: state.practitioners, reason, idleMinutes: state.idleMinutes };
}

export function lockMessage(t: TFunction<Namespace[]>, reason: LockReason, idleMinutes: number | null): string {
  switch (reason) {
    case 'start':
      return t('access:lockMessage.start');
    case 'manual':
      return t('access:lockMessage.manual');
    case 'idle':
      return idleMinutes === null ? t('access:lockMessage.idleUnknown') : t('access:lockMessage.idle', { count: idleMinutes });
    case 'elsewhere':
      return t('access:lockMessage.elsewhere');
  }
}

/** The profile the lock screen selects first: whoever was working, else the only or first enabled one. */
export function defaultProfileChoice(practitioners: readonly PractitionerSummary[], lastId: string | null): string | null {
  const enabled = practitioners.filter((p) => !p.disabled);
  return (enabled.find((p) => p.id === lastId) ?? enabled[0])?.id ?? null;
}

export type FieldProblem = { field: 'displayName' | 'passphrase' | 'confirm' | 'clinicName' | 'clinicAddress' | 'clinicPhone' | 'understood'; message: string };

/**
 * What is wrong with a new profile or passphrase as typed, before it is sent (the main process checks
 * again): a name, at least MIN_PASSPHRASE_LENGTH characters, the same passphrase twice.
 */
export function newPassphraseProblems(t: TFunction<Namespace[]>, input: { displayName?: string; passphrase: string; confirm: string }): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (input.displayName !== undefined && input.displayName.trim() === '') problems.push({ field: 'displayName', message: t('access:problems.name') });
  if (input.passphrase.length < MIN_PASSPHRASE_LENGTH) {
    problems.push({ field: 'passphrase', message: t('access:problems.tooShort', { min: MIN_PASSPHRASE_LENGTH, typed: input.passphrase.length }) });
  } else if (input.displayName !== undefined && input.passphrase.trim().toLowerCase() === input.displayName.trim().toLowerCase()) {
    problems.push({ field: 'passphrase', message: t('access:problems.isName') });
  }
  if (input.confirm !== input.passphrase) problems.push({ field: 'confirm', message: t('access:problems.differ') });
  return problems;
}

/**
 * What is wrong with the first-run form as typed: the clinic's name (it heads every printed record, else
 * a bare "Clinic"), then the profile and its passphrase, then the sealed records understood (with neither
 * passphrase nor recovery key they are lost, so nobody goes on without having said they read it); every
 * problem at once, in the form's order.
 */
export function firstRunProblems(t: TFunction<Namespace[]>, input: { clinicName: string; displayName: string; passphrase: string; confirm: string; understood: boolean }): FieldProblem[] {
  const clinic: FieldProblem[] = input.clinicName.trim() === '' ? [{ field: 'clinicName', message: t('access:problems.clinicName') }] : [];
  const understood: FieldProblem[] = input.understood ? [] : [{ field: 'understood', message: t('access:problems.understood') }];
  return [...clinic, ...newPassphraseProblems(t, input), ...understood];
}

/** The first-run field a refusal of the main process names ("clinic.name" → clinicName), or null. */
export function firstRunFieldOf(path: string | null): FieldProblem['field'] | null {
  if (path === 'displayName' || path === 'passphrase') return path;
  if (path === 'clinic.name') return 'clinicName';
  if (path === 'clinic.address') return 'clinicAddress';
  if (path === 'clinic.phone') return 'clinicPhone';
  return null;
}
