import { useTranslation } from 'react-i18next';
import type { PractitionerSummary } from '../../shared/access.ts';
import { useAccessView } from '../access/accessStore.ts';
import { SelectField } from '../components/SelectField.tsx';

/** The profiles a session can be by: the enabled ones, and the one already chosen even if disabled since. */
function practitionerChoices(practitioners: readonly PractitionerSummary[], chosen: string): PractitionerSummary[] {
  return practitioners.filter((p) => !p.disabled || p.id === chosen);
}

/** The unlocked practitioner's profile id ('' while nobody is unlocked): who a new session is by, unless another is chosen. */
export function useUnlockedPractitionerId(): string {
  const access = useAccessView();
  return access.phase === 'unlocked' ? access.current.id : '';
}

/**
 * Who a session is by: a practitioner profile of the clinic (the unlocked one to start with), never a
 * typed name. The session keeps the profile and its name as it is today.
 */
export function PractitionerSelect({ id, value, onChange, error }: { id: string; value: string; onChange: (id: string) => void; error?: string | null }) {
  const { t } = useTranslation(['sessions']);
  const access = useAccessView();
  const practitioners = access.phase === 'unlocked' ? access.practitioners : [];
  const options = practitionerChoices(practitioners, value).map((p) => ({ value: p.id, label: p.displayName }));
  return <SelectField id={id} label={t('new.practitioner')} hint={t('new.practitionerHint')} value={value} onChange={onChange} options={options} required error={error} />;
}

/**
 * The session editor's practitioner: a profile's name, as the session records it (the store keeps that
 * profile's id with it). A name no enabled profile has (a session from before profiles, a profile
 * disabled since) stays shown until another is chosen.
 */
export function PractitionerNameSelect({ id, label, value, onChange, error }: { id: string; label: string; value: string; onChange: (name: string) => void; error?: string | null }) {
  const access = useAccessView();
  const practitioners = access.phase === 'unlocked' ? access.practitioners : [];
  const names = practitioners.filter((p) => !p.disabled).map((p) => p.displayName);
  const options = (names.includes(value) ? names : [value, ...names]).map((name) => ({ value: name, label: name }));
  return <SelectField id={id} label={label} value={value} onChange={onChange} options={options} required error={error} />;
}
