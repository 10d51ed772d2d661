import { MIN_PASSPHRASE_LENGTH, type AccessState, type PractitionerSummary } from '../../shared/access.ts';

/** Why the lock screen shows: said on it, so that nobody wonders where their work went. */
export type LockReason = 'start' | 'manual' | 'idle' | 'elsewhere';

/** What the whole window shows, decided by the main process's answer. */
export type AccessView =
  | { phase: 'loading' }
  | { phase: 'error'; message: string }
  | { phase: 'first-run' }
  | { phase: 'locked'; practitioners: PractitionerSummary[]; reason: LockReason; idleMinutes: number }
  | { phase: 'locking'; reason: LockReason; current: PractitionerSummary; idleMinutes: number; practitioners: PractitionerSummary[] }
  | { phase: 'unlocked'; current: PractitionerSummary; idleMinutes: number; practitioners: PractitionerSummary[] };

/** No profile yet: first run. A practitioner named: unlocked. Otherwise: locked, with the reason given. */
export function viewOf(state: AccessState, reason: LockReason): AccessView {
  if (state.practitioners.length === 0) return { phase: 'first-run' };
  if (state.current) return { phase: 'unlocked', current: state.current, idleMinutes: state.idleMinutes, practitioners: state.practitioners };
  return { phase: 'locked', practitioners: state.practitioners, reason, idleMinutes: state.idleMinutes };
}

export function lockMessage(reason: LockReason, idleMinutes: number | null): string {
  switch (reason) {
    case 'start':
      return 'Choose your profile and enter your passphrase to open the records.';
    case 'manual':
      return 'Locked. Your work was saved before locking.';
    case 'idle':
      return `Locked after ${idleMinutes ?? 'some'} minute${idleMinutes === 1 ? '' : 's'} without activity. Your work was saved before locking.`;
    case 'elsewhere':
      return 'MesoChart locked itself after a time without activity. Unlock to carry on; unsaved edits are kept and saved once unlocked.';
  }
}

/** The profile the lock screen selects first: whoever was working, else the only or first enabled one. */
export function defaultProfileChoice(practitioners: readonly PractitionerSummary[], lastId: string | null): string | null {
  const enabled = practitioners.filter((p) => !p.disabled);
  return (enabled.find((p) => p.id === lastId) ?? enabled[0])?.id ?? null;
}

export type FieldProblem = { field: 'displayName' | 'passphrase' | 'confirm'; message: string };

/**
 * What is wrong with a new profile or passphrase as typed, before it is sent (the main process checks
 * again): a name, at least MIN_PASSPHRASE_LENGTH characters, the same passphrase twice.
 */
export function newPassphraseProblems(input: { displayName?: string; passphrase: string; confirm: string }): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (input.displayName !== undefined && input.displayName.trim() === '') problems.push({ field: 'displayName', message: 'Enter the name to show on sessions and signatures.' });
  if (input.passphrase.length < MIN_PASSPHRASE_LENGTH) {
    problems.push({ field: 'passphrase', message: `Use at least ${MIN_PASSPHRASE_LENGTH} characters (${input.passphrase.length} so far). A few words make a good passphrase.` });
  } else if (input.displayName !== undefined && input.passphrase.trim().toLowerCase() === input.displayName.trim().toLowerCase()) {
    problems.push({ field: 'passphrase', message: 'The passphrase must not be your name.' });
  }
  if (input.confirm !== input.passphrase) problems.push({ field: 'confirm', message: 'The two passphrases differ: type the same passphrase twice.' });
  return problems;
}
