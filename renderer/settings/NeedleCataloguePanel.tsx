import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../shared/errors.ts';
import { needleCatalogue, needleLabel, type Needle } from '../../shared/needles.ts';
import type { Settings } from '../../shared/settings.ts';
import { api } from '../api.ts';
import { DataTable } from '../components/DataTable.tsx';
import { ErrorBanner } from '../components/ErrorBanner.tsx';
import { Field } from '../components/Field.tsx';
import { Panel } from '../components/Panel.tsx';
import { errorText } from '../i18n/errorText.ts';
import { screenTranslator } from '../i18n/locale.ts';
import { announce } from '../status.ts';
import { addNeedle, catalogueChanged, catalogueProblem, renameNeedle, setRetired } from './NeedleCatalogueDraft.ts';
import { parseNumber } from './settingsForm.ts';

/**
 * The clinic's needle catalogue: add a needle, name it as the clinic says it, retire it or offer it
 * again. The default needle of the preferences cannot be retired (new points start with it). Saved as
 * one setting; the editor, the session form and the printed records read needles from it.
 */
export function NeedleCataloguePanel({ settings, onSaved }: { settings: Settings; onSaved: () => void }) {
  const { t } = useTranslation(['settings', 'common', 'clinical']);
  const id = useId();
  const [saved, setSaved] = useState<readonly Needle[]>(() => needleCatalogue(settings.needles));
  const [list, setList] = useState<Needle[]>(() => [...needleCatalogue(settings.needles)]);
  const [gauge, setGauge] = useState('30');
  const [length, setLength] = useState('');
  const [addError, setAddError] = useState<{ field: 'gauge' | 'lengthMm'; error: ApiError } | null>(null);
  const [failure, setFailure] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const changed = catalogueChanged(list, saved);
  const defaultNeedle = settings.defaults.needle;

  const add = () => {
    const outcome = addNeedle(list, parseNumber(gauge), parseNumber(length));
    if (!outcome.ok) {
      setAddError({ field: outcome.field, error: outcome.error });
      document.getElementById(`${id}-${outcome.field === 'gauge' ? 'gauge' : 'length'}`)?.focus();
      return;
    }
    setAddError(null);
    setList(outcome.list);
    setLength('');
    announce(t('needles.added', { needle: needleLabel(t, outcome.added.id, outcome.list) }), 'info');
  };

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setFailure(null);
    const problem = catalogueProblem(list);
    if (problem) {
      setFailure(problem);
      return;
    }
    setBusy(true);
    try {
      const next = await api.updateSettings({ needles: list });
      const catalogue = needleCatalogue(next.needles);
      setSaved(catalogue);
      setList([...catalogue]);
      announce(screenTranslator().t('settings:needles.saved'), 'success');
      onSaved();
    } catch (caught) {
      setFailure(caught);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Panel id="settings-needles" className="settings__section" title={t('needles.title')} intro={t('needles.intro')} busy={busy}>
      <form className="settings__needles" onSubmit={submit} noValidate aria-label={t('needles.title')}>
        {failure ? <ErrorBanner title={t('needles.failed')} message={errorText(t, failure)} /> : null}
        <DataTable
          className="table--needles"
          testId="needle-catalogue"
          columns={[
            { label: t('needles.gauge') },
            { label: t('needles.length') },
            { label: t('needles.name') },
            { label: t('needles.status') },
            { label: t('needles.retire'), hidden: true },
          ]}
        >
          {list.map((n) => {
            const standard = t('clinical:needle.label', { gauge: n.gauge, length: n.lengthMm });
            const isDefault = n.id === defaultNeedle;
            return (
              <tr key={n.id} data-needle={n.id} className={n.retired ? 'table__row--muted' : undefined}>
                <td>{t('needles.gaugeValue', { gauge: n.gauge })}</td>
                <td>{n.lengthMm}</td>
                <td>
                  <input
                    type="text"
                    className="input"
                    maxLength={60}
                    value={n.label}
                    placeholder={standard}
                    aria-label={`${t('needles.name')} (${standard})`}
                    title={t('needles.nameHint', { label: standard })}
                    onChange={(e) => setList((prev) => renameNeedle(prev, n.id, e.target.value))}
                  />
                </td>
                <td>{n.retired ? t('needles.retired') : isDefault ? `${t('needles.offered')} (${t('needles.defaultNeedle')})` : t('needles.offered')}</td>
                <td>
                  <button
                    type="button"
                    className="button button--ghost button--small"
                    disabled={busy || (isDefault && !n.retired)}
                    aria-label={`${n.retired ? t('needles.offer') : t('needles.retire')}: ${needleLabel(t, n.id, list)}`}
                    onClick={() => setList((prev) => setRetired(prev, n.id, !n.retired))}
                  >
                    {n.retired ? t('needles.offer') : t('needles.retire')}
                  </button>
                </td>
              </tr>
            );
          })}
        </DataTable>
        <fieldset className="form-grid form-grid--4 needle-add">
          <legend className="visually-hidden">{t('needles.add')}</legend>
          <Field id={`${id}-gauge`} label={t('needles.newGauge')} error={addError?.field === 'gauge' ? errorText(t, addError.error) : null}>
            {(c) => (
              <input {...c} type="text" inputMode="numeric" className="input input--number" value={gauge} onChange={(e) => setGauge(e.target.value)} />
            )}
          </Field>
          <Field id={`${id}-length`} label={t('needles.newLength')} error={addError?.field === 'lengthMm' ? errorText(t, addError.error) : null}>
            {(c) => (
              <span className="input-unit">
                <input {...c} type="text" inputMode="decimal" className="input input--number" value={length} onChange={(e) => setLength(e.target.value)} />
                <span className="input-unit__unit" aria-hidden="true">
                  {t('prefs.unitMm')}
                </span>
              </span>
            )}
          </Field>
          <div className="needle-add__action">
            <button type="button" className="button" disabled={busy} onClick={add}>
              {t('needles.add')}
            </button>
          </div>
        </fieldset>
        <div className="form-actions">
          <button type="submit" className="button button--primary" disabled={busy || !changed}>
            {busy ? t('common:saving') : t('needles.save')}
          </button>
          <button type="button" className="button button--ghost" disabled={busy || !changed} onClick={() => (setList([...saved]), setFailure(null), setAddError(null))}>
            {t('needles.discard')}
          </button>
          <span className="form-actions__hint">{changed ? t('needles.unsaved') : t('needles.allSaved')}</span>
        </div>
      </form>
    </Panel>
  );
}
