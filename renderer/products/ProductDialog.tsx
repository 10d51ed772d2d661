import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PRESENTATION_FORMS, PRODUCT_KINDS, presentationFormLabel, productKindLabel, type CatalogueProduct } from '../../shared/productCatalogue.ts';
import { api } from '../api.ts';
import { ErrorBanner } from '../components/ErrorBanner.tsx';
import { Field } from '../components/Field.tsx';
import { Modal } from '../components/Modal.tsx';
import { SelectField } from '../components/SelectField.tsx';
import { errorText, issueText } from '../i18n/errorText.ts';
import { useFormat } from '../i18n/locale.ts';
import { toApiError } from '../useLoad.ts';
import { checkDraft, draftOf, isDirty, newProductDraft, problemField, type ProductDraft } from './productDraft.ts';
import { DialogActions } from '../components/DialogActions.tsx';

type Props = {
  /** The product to edit; a new one without. */
  product?: CatalogueProduct | undefined;
  /** A new product's fields known already: the name typed in a cocktail, the GTIN of a box scanned there. */
  prefill?: Partial<ProductDraft> | undefined;
  onSaved: (product: CatalogueProduct) => void;
  onClose: () => void;
};

type LineProps = { id: string; label: string; value: string; max: number; error: string | null; onChange: (value: string) => void; required?: boolean; hint?: string; wide?: boolean };

/** A one-line text field of the dialog. */
function LineField({ id, label, value, max, error, onChange, required = false, hint, wide = false }: LineProps) {
  return (
    <Field id={id} label={label} required={required} hint={hint} error={error} className={wide ? 'product-form__wide' : undefined}>
      {(c) => <input {...c} className="input" value={value} maxLength={max} onChange={(e) => onChange(e.target.value)} />}
    </Field>
  );
}

/**
 * Adds a product to the clinic's catalogue or edits one: name, kind, composition, presentation,
 * manufacturer, the GTINs of its boxes (one box each: a scanner types into the focused one), notes.
 * Checked with the channel's own schema before it is sent, every problem under its field at once;
 * closing with something typed asks first.
 */
export function ProductDialog({ product, prefill, onSaved, onClose }: Props) {
  const { t } = useTranslation(['products', 'common', 'errors']);
  const format = useFormat();
  const id = useId();
  const separator = format.number(1.5).replace(/\d/g, '');
  const [start] = useState<ProductDraft>(() => (product ? draftOf(product, (n) => String(n).replace('.', separator)) : { ...newProductDraft(), ...prefill }));
  const [draft, setDraft] = useState<ProductDraft>(start);
  const [problems, setProblems] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const set = <K extends keyof ProductDraft>(key: K, value: ProductDraft[K]) => setDraft((d) => ({ ...d, [key]: value }));
  const fieldId = (name: string) => `${id}-${name.replace('.', '-')}`;
  const problem = (name: string) => problems[name] ?? null;
  const focus = (name: string) => document.getElementById(fieldId(name))?.focus();

  const submit = async () => {
    const checked = checkDraft(draft, product?.id);
    if (!checked.ok) {
      const found: Record<string, string> = {};
      // A kind not chosen yet is worded as missing, not as a value outside the choices (zod's word for it).
      for (const { field, issue } of checked.issues) found[field] ??= field === 'kind' && draft.kind === '' ? t('errors:problem.required') : issueText(t, issue, checked.input);
      setProblems(found);
      setFailure(null);
      focus(checked.issues[0]?.field ?? 'name');
      return;
    }
    setProblems({});
    setFailure(null);
    setBusy(true);
    try {
      onSaved(await api.saveCatalogueProduct(checked.fields));
    } catch (caught) {
      setBusy(false);
      const error = toApiError(caught);
      const field = error.field ? problemField(draft, error.field.split('.')) : '';
      if (field === 'name' || field.startsWith('gtins.')) {
        // Said under the field, without naming it again: "A product named … is already in the catalogue".
        setProblems({ [field]: errorText(t, { ...error.toPayload(), field: null }) });
        focus(field);
      } else {
        setFailure(errorText(t, error));
      }
    }
  };

  const setGtin = (index: number, value: string) => set('gtins', draft.gtins.map((g, i) => (i === index ? value : g)));
  const addGtin = () => {
    set('gtins', [...draft.gtins, '']);
    requestAnimationFrame(() => focus(`gtins.${draft.gtins.length}`));
  };
  const removeGtin = (index: number) => {
    set('gtins', draft.gtins.length === 1 ? [''] : draft.gtins.filter((_, i) => i !== index));
    setProblems((p) => Object.fromEntries(Object.entries(p).filter(([k]) => !k.startsWith('gtins.'))));
    requestAnimationFrame(() => focus(`gtins.${Math.max(0, Math.min(index, draft.gtins.length - 2))}`));
  };

  /** The props of a one-line field bound to the draft's text `name`. */
  const line = (name: 'name' | 'activeIngredients' | 'concentration' | 'dilution' | 'manufacturer') => ({
    id: fieldId(name),
    value: draft[name],
    error: problem(name),
    onChange: (value: string) => set(name, value),
  });

  return (
    <Modal
      title={product ? t('dialog.editTitle', { name: product.name }) : t('dialog.addTitle')}
      size="wide"
      onClose={busy ? null : onClose}
      dirty={isDirty(draft, start)}
      discardQuestion={product ? t('dialog.discardEdit', { name: product.name }) : t('dialog.discardNew')}
      describedBy={`${id}-intro`}
      initialFocus={`[id="${fieldId('name')}"]`}
      footer={(requestClose) => (
        <DialogActions onCancel={requestClose} busy={busy} action={{ label: busy ? t('common:saving') : product ? t('dialog.save') : t('dialog.add'), onClick: () => void submit() }} />
      )}
    >
      <p id={`${id}-intro`} className="muted">
        {t('dialog.intro')}
      </p>
      {failure ? <ErrorBanner title={t('dialog.failed')} message={failure} /> : null}
      <div className="product-form">
        <LineField {...line('name')} label={t('field.name')} max={120} required />
        <SelectField
          id={fieldId('kind')}
          label={t('field.kind')}
          required
          value={draft.kind}
          onChange={(v) => set('kind', v)}
          placeholder={{ label: t('dialog.choose'), disabled: true }}
          options={PRODUCT_KINDS.map((kind) => ({ value: kind, label: productKindLabel(t, kind) }))}
          hint={t('dialog.kindHint')}
          error={problem('kind')}
        />
        <LineField {...line('activeIngredients')} label={t('field.activeIngredients')} max={300} wide />
        <LineField {...line('concentration')} label={t('field.concentration')} max={60} hint={t('dialog.concentrationHint')} />
        <LineField {...line('dilution')} label={t('field.dilution')} max={60} hint={t('dialog.dilutionHint')} />
        <SelectField
          id={fieldId('form')}
          label={t('field.form')}
          value={draft.form}
          onChange={(v) => set('form', v)}
          options={PRESENTATION_FORMS.map((form) => ({ value: form, label: presentationFormLabel(t, form) }))}
          error={problem('form')}
        />
        <Field id={fieldId('volumeMl')} label={t('field.volumeMl')} error={problem('volumeMl')}>
          {(c) => <input {...c} className="input input--number" inputMode="decimal" value={draft.volumeMl} onChange={(e) => set('volumeMl', e.target.value)} />}
        </Field>
        <LineField {...line('manufacturer')} label={t('field.manufacturer')} max={120} wide />
      </div>

      <fieldset className="product-gtins" aria-describedby={`${id}-gtins-hint`}>
        <legend className="field__label">{t('field.gtins')}</legend>
        <p className="field__hint" id={`${id}-gtins-hint`}>
          {t('dialog.gtinsHint')}
        </p>
        {draft.gtins.map((gtin, index) => (
          <div className="product-gtins__row" key={index}>
            <Field id={fieldId(`gtins.${index}`)} label={t('dialog.gtinLabel', { n: index + 1 })} labelHidden error={problem(`gtins.${index}`)} className="product-gtins__field">
              {(c) => (
                <input
                  {...c}
                  className="input mono"
                  inputMode="numeric"
                  autoComplete="off"
                  spellCheck={false}
                  maxLength={40}
                  value={gtin}
                  placeholder={t('dialog.gtinPlaceholder')}
                  onChange={(e) => setGtin(index, e.target.value)}
                />
              )}
            </Field>
            <button
              type="button"
              className="button button--ghost button--small"
              aria-label={t('dialog.removeGtin', { n: index + 1 })}
              disabled={busy || (draft.gtins.length === 1 && gtin === '')}
              onClick={() => removeGtin(index)}
            >
              {t('common:remove')}
            </button>
          </div>
        ))}
        <button type="button" className="button button--small" onClick={addGtin} disabled={busy || draft.gtins.length >= 10}>
          {t('dialog.addGtin')}
        </button>
      </fieldset>

      <Field id={fieldId('notes')} label={t('field.notes')} error={problem('notes')}>
        {(c) => <textarea {...c} className="input textarea" rows={2} value={draft.notes} maxLength={1000} onChange={(e) => set('notes', e.target.value)} />}
      </Field>
    </Modal>
  );
}
