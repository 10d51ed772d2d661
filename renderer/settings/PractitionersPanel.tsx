import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { MIN_PASSPHRASE_LENGTH } from '../../shared/access.ts';
import { LanguageSelect } from '../components/LanguageSelect.tsx';
import { LANGUAGE_AUTONYM, type Language } from '../../shared/i18n/languages.ts';
import { api, ApiError } from '../api.ts';
import { newPassphraseProblems, type FieldProblem } from '../access/accessState.ts';
import { updateUnlockedView, useAccessView } from '../access/accessStore.ts';
import { Badge } from '../components/Badge.tsx';
import { DataTable } from '../components/DataTable.tsx';
import { Field } from '../components/Field.tsx';
import { NewPassphraseFields } from '../components/NewPassphraseFields.tsx';
import { Panel } from '../components/Panel.tsx';
import { errorText } from '../i18n/errorText.ts';
import { screenTranslator, useFormat } from '../i18n/locale.ts';
import { announce } from '../status.ts';
import { practitionerCredentials } from '../../shared/registration.ts';
import { MyRegistrationForm } from './MyRegistrationForm.tsx';
import { RenewRecoveryKey } from './RenewRecoveryKey.tsx';

/** The value of a language select: a language, or '' for the clinic's (null). */

/** Who may unlock MesoChart: add a practitioner, change one's own passphrase, language, registration and qualification, disable a profile, renew the records' recovery key. */
export function PractitionersPanel() {
  const { t } = useTranslation(['access', 'common']);
  const format = useFormat();
  const access = useAccessView();
  const [busyId, setBusyId] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  if (access.phase !== 'unlocked') return null;
  const me = access.current;

  const refresh = async () => updateUnlockedView(await api.listPractitioners({}));
  const toggle = async (id: string, disabled: boolean) => {
    setBusyId(id);
    setFailure(null);
    try {
      const p = await api.setPractitionerDisabled({ id, disabled });
      announce(disabled ? t('practitioners.wasDisabled', { name: p.displayName }) : t('practitioners.wasEnabled', { name: p.displayName }), 'success');
      await refresh();
    } catch (caught) {
      setFailure(errorText(t, caught));
    } finally {
      setBusyId(null);
    }
  };

  return (
    <Panel id="settings-practitioners" className="settings__section" title={t('practitioners.title')} intro={t('practitioners.intro')}>
      {failure ? (
        <p className="banner banner--error" role="alert">
          {failure}
        </p>
      ) : null}
      <DataTable
        className="table--practitioners"
        columns={[
          { label: t('practitioners.name') },
          { label: t('practitioners.since') },
          { label: t('practitioners.language') },
          { label: t('registration.column') },
          { label: t('practitioners.status') },
          { label: t('practitioners.actions'), hidden: true },
        ]}
      >
        {access.practitioners.map((p) => (
          <tr key={p.id} className={p.disabled ? 'row--archived' : undefined}>
            <td>
              <strong>{p.displayName}</strong>
              {p.id === me.id ? <span className="muted">{t('practitioners.you')}</span> : null}
            </td>
            <td>{format.instantDay(p.createdAt)}</td>
            <td>{p.language ? <span lang={p.language}>{LANGUAGE_AUTONYM[p.language]}</span> : <span className="muted">{t('practitioners.clinicLanguageShort')}</span>}</td>
            <td>{p.registration || p.qualification ? practitionerCredentials(t, p) : <span className="muted">{t('registration.none')}</span>}</td>
            <td>{p.disabled ? <Badge tone="muted">{t('practitioners.disabled')}</Badge> : <Badge tone="success">{t('practitioners.active')}</Badge>}</td>
            <td className="cell-actions">
              {p.id === me.id ? null : (
                <button type="button" className="button button--ghost button--small" disabled={busyId !== null} onClick={() => void toggle(p.id, !p.disabled)}>
                  {p.disabled ? t('practitioners.enable') : t('practitioners.disable')}
                </button>
              )}
            </td>
          </tr>
        ))}
      </DataTable>
      <MyLanguageForm name={me.displayName} language={me.language} onChanged={refresh} />
      <MyRegistrationForm key={me.id} me={me} onChanged={refresh} />
      <div className="settings__pair">
        <AddPractitionerForm onAdded={refresh} />
        <ChangePassphraseForm name={me.displayName} />
      </div>
      <RenewRecoveryKey />
    </Panel>
  );
}


/** The unlocked practitioner's own language of the screens: saved and applied at once. */
function MyLanguageForm({ name, language, onChanged }: { name: string; language: Language | null; onChanged: () => Promise<void> }) {
  const { t } = useTranslation(['access', 'common']);
  const id = useId();
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const change = async (next: Language | null) => {
    setBusy(true);
    setFailure(null);
    try {
      await api.setPractitionerLanguage({ language: next });
      await onChanged();
      // Worded in the language just applied (this component's `t` still speaks the previous one).
      announce(screenTranslator().t('access:myLanguage.changed'), 'success');
    } catch (caught) {
      setFailure(errorText(t, caught));
    } finally {
      setBusy(false);
    }
  };
  return (
    <div className="inset subform" role="group" aria-labelledby={`${id}-title`} aria-busy={busy || undefined}>
      <h3 className="subform__title" id={`${id}-title`}>
        {t('myLanguage.title')}
      </h3>
      <p className="muted subform__intro">{t('myLanguage.intro', { name })}</p>
      <Field id={`${id}-language`} label={t('myLanguage.label')} error={failure}>
        {(c) => <LanguageSelect id={c.id} unset={t('practitioners.clinicLanguageShort')} value={language} disabled={busy} onChange={(next) => void change(next)} />}
      </Field>
    </div>
  );
}

function AddPractitionerForm({ onAdded }: { onAdded: () => Promise<void> }) {
  const { t } = useTranslation(['access', 'common']);
  const id = useId();
  const [displayName, setDisplayName] = useState('');
  const [passphrase, setPassphrase] = useState('');
  const [confirm, setConfirm] = useState('');
  const [language, setLanguage] = useState<Language | null>(null);
  const [problems, setProblems] = useState<FieldProblem[]>([]);
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState<string | null>(null);
  const errorFor = (f: FieldProblem['field']) => problems.find((p) => p.field === f)?.message ?? null;

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setDone(null);
    const found = newPassphraseProblems(t, { displayName, passphrase, confirm });
    setProblems(found);
    if (found.length > 0) return document.getElementById(`${id}-${found[0]!.field}`)?.focus();
    setBusy(true);
    try {
      const added = await api.addPractitioner({ displayName, passphrase, language });
      setDisplayName('');
      setPassphrase('');
      setConfirm('');
      setLanguage(null);
      setDone(t('add.done', { name: added.displayName }));
      announce(t('add.announce', { name: added.displayName }), 'success');
      await onAdded();
    } catch (caught) {
      const field = caught instanceof ApiError ? caught.field : null;
      setProblems([{ field: field === 'passphrase' ? 'passphrase' : 'displayName', message: errorText(t, caught) }]);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="inset subform" onSubmit={submit} noValidate aria-busy={busy || undefined} aria-labelledby={`${id}-title`}>
      <h3 className="subform__title" id={`${id}-title`}>
        {t('add.title')}
      </h3>
      <Field id={`${id}-displayName`} label={t('add.name')} error={errorFor('displayName')}>
        {(c) => <input {...c} type="text" className="input" autoComplete="off" value={displayName} onChange={(e) => setDisplayName(e.target.value)} />}
      </Field>
      <NewPassphraseFields
        id={id}
        label={t('add.passphrase')}
        hint={t('add.passphraseHint', { min: MIN_PASSPHRASE_LENGTH })}
        confirmLabel={t('add.confirm')}
        passphrase={passphrase}
        confirm={confirm}
        onPassphrase={setPassphrase}
        onConfirm={setConfirm}
        errors={{ passphrase: errorFor('passphrase'), confirm: errorFor('confirm') }}
      />
      <Field id={`${id}-language`} label={t('add.language')}>
        {(c) => <LanguageSelect id={c.id} unset={t('practitioners.clinicLanguageShort')} value={language} onChange={setLanguage} />}
      </Field>
      {done ? (
        <p className="banner banner--success" role="status">
          {done}
        </p>
      ) : null}
      <div>
        <button type="submit" className="button" disabled={busy}>
          {busy ? t('add.adding') : t('add.submit')}
        </button>
      </div>
    </form>
  );
}

function ChangePassphraseForm({ name }: { name: string }) {
  const { t } = useTranslation(['access', 'common']);
  const id = useId();
  const [current, setCurrent] = useState('');
  const [passphrase, setPassphrase] = useState('');
  const [confirm, setConfirm] = useState('');
  const [problems, setProblems] = useState<(FieldProblem | { field: 'current'; message: string })[]>([]);
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState(false);
  const errorFor = (f: string) => problems.find((p) => p.field === f)?.message ?? null;

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setDone(false);
    const found: typeof problems = [...(current === '' ? [{ field: 'current' as const, message: t('change.enterCurrent') }] : []), ...newPassphraseProblems(t, { passphrase, confirm })];
    setProblems(found);
    if (found.length > 0) return document.getElementById(`${id}-${found[0]!.field}`)?.focus();
    setBusy(true);
    try {
      await api.changePassphrase({ current, next: passphrase });
      setCurrent('');
      setPassphrase('');
      setConfirm('');
      setDone(true);
      announce(t('change.announce'), 'success');
    } catch (caught) {
      const field = caught instanceof ApiError ? caught.field : null;
      setProblems([{ field: field === 'next' ? 'passphrase' : 'current', message: errorText(t, caught) }]);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="inset subform" onSubmit={submit} noValidate aria-busy={busy || undefined} aria-labelledby={`${id}-title`}>
      <h3 className="subform__title" id={`${id}-title`}>
        {t('change.title')}
      </h3>
      <p className="muted subform__intro">{t('change.intro', { name })}</p>
      <Field id={`${id}-current`} label={t('change.current')} error={errorFor('current')}>
        {(c) => <input {...c} type="password" className="input" autoComplete="current-password" value={current} onChange={(e) => setCurrent(e.target.value)} />}
      </Field>
      <NewPassphraseFields
        id={id}
        label={t('change.next')}
        hint={t('change.nextHint', { min: MIN_PASSPHRASE_LENGTH })}
        confirmLabel={t('change.confirm')}
        passphrase={passphrase}
        confirm={confirm}
        onPassphrase={setPassphrase}
        onConfirm={setConfirm}
        errors={{ passphrase: errorFor('passphrase'), confirm: errorFor('confirm') }}
      />
      {done ? (
        <p className="banner banner--success" role="status">
          {t('change.done')}
        </p>
      ) : null}
      <div>
        <button type="submit" className="button" disabled={busy}>
          {busy ? t('change.changing') : t('change.submit')}
        </button>
      </div>
    </form>
  );
}
