import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { PractitionerSummary } from '../../shared/access.ts';
import { registerLabel, registrationRegion, REGISTERS, type Register, type Registration } from '../../shared/registration.ts';
import { api, ApiError } from '../api.ts';
import { Field } from '../components/Field.tsx';
import { SelectField } from '../components/SelectField.tsx';
import { errorText } from '../i18n/errorText.ts';
import { announce } from '../status.ts';

/** The form as typed: every field text; '' for the register means none given. */
type Draft = { register: Register | ''; region: string; number: string; qualification: string };

/** Where a register keeps its region: the province's code, the state (UF), another register's name. */
const REGION_FIELD: Partial<Record<Register, 'province' | 'state' | 'registerName'>> = { ordine: 'province', crm: 'state', other: 'registerName' };
const REGION_LABEL = { province: 'registration.province', state: 'registration.state', registerName: 'registration.registerName' } as const;

function draftOf(p: Pick<PractitionerSummary, 'registration' | 'qualification'>): Draft {
  const r = p.registration;
  return { register: r?.register ?? '', region: r ? (registrationRegion(r) ?? '') : '', number: r?.number ?? '', qualification: p.qualification };
}

/** What is sent: the shared schema (at the boundary) checks the number against its register's format. */
function registrationOf(d: Draft): Registration | null {
  if (d.register === '') return null;
  const region = REGION_FIELD[d.register];
  return { register: d.register, number: d.number, ...(region ? { [region]: d.region } : {}) } as Registration;
}

/**
 * The unlocked practitioner's own registration and qualification, printed with their name on every
 * record. Only one's own (what a record says of a practitioner is theirs to state); each save is audited.
 */
export function MyRegistrationForm({ me, onChanged }: { me: PractitionerSummary; onChanged: () => Promise<void> }) {
  const { t } = useTranslation(['access', 'common']);
  const id = useId();
  const [draft, setDraft] = useState<Draft>(() => draftOf(me));
  const [problem, setProblem] = useState<{ field: string; message: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const set = <K extends keyof Draft>(key: K, value: Draft[K]) => setDraft((d) => ({ ...d, [key]: value }));
  const regionField = draft.register === '' ? undefined : REGION_FIELD[draft.register];
  const errorAt = (field: string) => (problem?.field === field ? problem.message : null);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setProblem(null);
    try {
      const saved = await api.setPractitionerRegistration({ registration: registrationOf(draft), qualification: draft.qualification });
      setDraft(draftOf(saved));
      announce(t('registration.saved'), 'success');
      await onChanged();
    } catch (caught) {
      // "registration.number" is shown at the number; anything else at the register.
      const field = caught instanceof ApiError && caught.field ? caught.field.replace(/^registration\./, '') : 'register';
      const shown = ['number', 'province', 'state', 'registerName', 'qualification'].includes(field) ? (field === 'province' || field === 'state' || field === 'registerName' ? 'region' : field) : 'register';
      setProblem({ field: shown, message: errorText(t, caught) });
      requestAnimationFrame(() => document.getElementById(`${id}-${shown}`)?.focus());
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="inset subform" onSubmit={submit} noValidate aria-busy={busy || undefined} aria-labelledby={`${id}-title`}>
      <h3 className="subform__title" id={`${id}-title`}>
        {t('registration.title')}
      </h3>
      <p className="muted subform__intro">{t('registration.intro', { name: me.displayName })}</p>
      <Field id={`${id}-qualification`} label={t('registration.qualification')} hint={t('registration.qualificationHint')} error={errorAt('qualification')}>
        {(c) => <input {...c} type="text" className="input" value={draft.qualification} onChange={(e) => set('qualification', e.target.value)} />}
      </Field>
      <div className="form-grid form-grid--3">
        <SelectField<Register | ''>
          id={`${id}-register`}
          label={t('registration.registerLabel')}
          value={draft.register}
          onChange={(v) => set('register', v)}
          options={[{ value: '', label: t('registration.none') }, ...REGISTERS.map((r) => ({ value: r, label: registerLabel(t, r) }))]}
          error={errorAt('register')}
        />
        {regionField ? (
          <Field id={`${id}-region`} label={t(REGION_LABEL[regionField])} error={errorAt('region')}>
            {(c) => <input {...c} type="text" className="input" autoComplete="off" value={draft.region} onChange={(e) => set('region', e.target.value)} />}
          </Field>
        ) : null}
        {draft.register !== '' ? (
          <Field id={`${id}-number`} label={t('registration.number')} hint={t(`registration.hint.${draft.register}`)} error={errorAt('number')}>
            {(c) => <input {...c} type="text" className="input" autoComplete="off" inputMode={draft.register === 'other' ? 'text' : 'numeric'} value={draft.number} onChange={(e) => set('number', e.target.value)} />}
          </Field>
        ) : null}
      </div>
      <div>
        <button type="submit" className="button" disabled={busy}>
          {busy ? t('registration.saving') : t('registration.save')}
        </button>
      </div>
    </form>
  );
}
