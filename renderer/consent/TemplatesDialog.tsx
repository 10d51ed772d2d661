import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ConsentTemplate } from '../../shared/consent.ts';
import { LanguageSelect } from '../components/LanguageSelect.tsx';
import { LANGUAGE_AUTONYM, type Language } from '../../shared/i18n/languages.ts';
import { INDICATIONS, indicationLabel, type IndicationId } from '../../shared/indications.ts';
import { api } from '../api.ts';
import { ErrorBanner } from '../components/ErrorBanner.tsx';
import { Field } from '../components/Field.tsx';
import { SelectField } from '../components/SelectField.tsx';
import { Modal } from '../components/Modal.tsx';
import { errorText } from '../i18n/errorText.ts';
import { useFormat, useLocale } from '../i18n/locale.ts';
import { announce } from '../status.ts';
import { useLoad } from '../useLoad.ts';
import { textLanguageOf } from './consentText.ts';
import { useReadingLocale } from './readingTranslator.ts';
import './consent.css';

type Draft = { templateId?: string; indication: IndicationId; language: Language; title: string; body: string };

/**
 * The consent templates, by language: one per indication to start with in every language (shipped),
 * editable; saving makes a new version and every earlier version stays readable (the version picker shows
 * them read-only). A new template is written in the language the list shows.
 */
export function TemplatesDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation(['consent', 'common', 'clinical']);
  const format = useFormat();
  const id = useId();
  const screenLanguage = useLocale((s) => s.language);
  const [language, setLanguage] = useState<Language>(() => textLanguageOf(screenLanguage));
  const templates = useLoad(() => api.listConsentTemplates({ language }), [language]);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [viewVersion, setViewVersion] = useState<number | null>(null);
  const [draft, setDraft] = useState<Draft | null>(null);
  // Typed into since the draft was (re)started: what a stray Escape would lose.
  const [edited, setEdited] = useState(false);
  useEffect(() => {
    if (draft === null) setEdited(false);
  }, [draft]);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  // A new template's suggested title is worded in the template's language, not the screens'.
  const writing = useReadingLocale(language);
  const list = templates.state === 'ready' ? templates.value.filter((tpl) => tpl.language === language) : [];
  const selected = list.find((tpl) => tpl.templateId === selectedId) ?? list[0] ?? null;
  const shown = useLoad<ConsentTemplate | null>(
    () => (selected ? api.getConsentTemplate({ templateId: selected.templateId, ...(viewVersion ? { version: viewVersion } : {}) }) : Promise.resolve(null)),
    [selected?.templateId, viewVersion, selected?.version],
  );

  useEffect(() => {
    // The loaded version may still be the previously selected template's for a moment: wait for this one's.
    if (shown.state === 'ready' && shown.value && !draft && shown.value.templateId === selected?.templateId) {
      const v = shown.value;
      if (v.version === v.versions[v.versions.length - 1]?.version) setDraft({ templateId: v.templateId, indication: v.indication, language: v.language, title: v.title, body: v.body });
    }
  }, [shown, draft, selected?.templateId]);

  const latest = !viewVersion || viewVersion === selected?.version;
  // A text typed and not saved as a version is not thrown away by a stray Escape.
  const dirty = draft !== null && edited;
  const save = async () => {
    if (!draft) return;
    setBusy(true);
    setError(null);
    try {
      const saved = await api.saveConsentTemplate(draft);
      announce(t('templates.saved', { title: saved.title, version: saved.version }), 'success');
      setSelectedId(saved.templateId);
      setViewVersion(null);
      setDraft(null);
      templates.reload();
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };

  const newTemplate = (indication: IndicationId) => {
    setEdited(false);
    setDraft({
      indication,
      language,
      title: writing.t('consent:templates.suggestedTitle', { indication: indicationLabel(writing.t, indication).toLocaleLowerCase(language) }),
      body: '',
    });
  };

  return (
    <Modal
      title={t('templates.title')}
      onClose={onClose}
      dirty={dirty && !busy}
      discardQuestion={t('templates.discard')}
      size="wide"
      footer={(requestClose) => (
        <>
          <button type="button" className="button" onClick={requestClose}>
            {t('common:close')}
          </button>
          <button type="button" className="button button--primary" onClick={save} disabled={!draft || !latest || busy}>
            {draft && !draft.templateId ? t('templates.create') : t('templates.saveVersion')}
          </button>
        </>
      )}
    >
      {error ? <ErrorBanner title={t('templates.failed')} message={errorText(t, error)} /> : null}
      <div className="template-editor">
        <div className="template-side">
          <Field id={`${id}-language`} label={t('templates.language')}>
            {(c) => <LanguageSelect {...c} value={language} onChange={(chosen) => (setLanguage(chosen), setSelectedId(null), setViewVersion(null), setDraft(null))} />}
          </Field>
          <ul className="template-list" aria-label={t('templates.list')} lang={language}>
            {list.map((tpl) => (
              <li key={tpl.templateId}>
                <button type="button" aria-current={tpl.templateId === selected?.templateId && !!draft?.templateId} onClick={() => (setSelectedId(tpl.templateId), setViewVersion(null), setDraft(null))}>
                  <strong>{indicationLabel(t, tpl.indication)}</strong>
                  <br />
                  <span className="muted">{t('templates.listItem', { title: tpl.title, version: tpl.version })}</span>
                </button>
              </li>
            ))}
          </ul>
          {templates.state === 'ready' && list.length === 0 ? <p className="muted">{t('templates.none')}</p> : null}
          {/* Choosing starts a new template; the picker goes back to its prompt. */}
          <SelectField<IndicationId | ''>
            id={`${id}-new`}
            label={t('templates.newFor')}
            value=""
            onChange={(chosen) => chosen && newTemplate(chosen)}
            placeholder={{ label: t('templates.chooseIndication') }}
            options={INDICATIONS.map((i) => ({ value: i.id, label: indicationLabel(t, i.id) }))}
          />
        </div>
        <div className="form">
          {selected && draft?.templateId !== undefined ? (
            <SelectField
              id={`${id}-version`}
              label={t('templates.version')}
              value={String(viewVersion ?? selected.version)}
              onChange={(chosen) => (setViewVersion(Number(chosen)), setDraft(null))}
              options={selected.versions.map((v) => ({
                value: String(v.version),
                label: t('templates.versionOption', { version: v.version, date: format.date(format.instantDay(v.createdAt)), author: v.createdBy }),
              }))}
            />
          ) : null}
          {!latest && shown.state === 'ready' && shown.value ? (
            <>
              <p className="muted">{t('templates.earlier')}</p>
              <h3 lang={shown.value.language}>{shown.value.title}</h3>
              <div className="consent-text" lang={shown.value.language}>
                {shown.value.body}
              </div>
              <button type="button" className="button" onClick={() => (setViewVersion(null), setDraft(null))}>
                {t('templates.backToLatest')}
              </button>
            </>
          ) : draft ? (
            <>
              {!draft.templateId ? <p className="muted">{t('templates.newNote', { indication: indicationLabel(t, draft.indication), language: LANGUAGE_AUTONYM[draft.language] })}</p> : null}
              <Field id={`${id}-title`} label={t('templates.titleLabel')}>
                {(c) => <input {...c} className="input" lang={draft.language} value={draft.title} onChange={(e) => (setDraft({ ...draft, title: e.target.value }), setEdited(true))} />}
              </Field>
              <Field id={`${id}-body`} label={t('templates.body')}>
                {(c) => <textarea {...c} className="input template-body" lang={draft.language} value={draft.body} onChange={(e) => (setDraft({ ...draft, body: e.target.value }), setEdited(true))} aria-label={t('templates.bodyLabel')} />}
              </Field>
            </>
          ) : templates.state === 'ready' && list.length === 0 ? null : (
            <p className="muted">{t('common:loading')}</p>
          )}
        </div>
      </div>
    </Modal>
  );
}
