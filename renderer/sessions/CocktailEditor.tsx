import { useEffect, useState } from 'react';
import { Field } from '../components/Field.tsx';
import type { ChartEditor } from '../editor/store.ts';
import { Trans, useTranslation } from 'react-i18next';
import { useFormat } from '../i18n/locale.ts';
import { PRODUCT_FIELDS, productFieldLabel, productLabel, type ProductField } from '../../shared/product.ts';
import { fieldProblemText } from './fieldDrafts.ts';
import { allergyMatches } from '../../shared/allergyMatch.ts';
import {
  draftFlags,
  draftsFromProducts,
  draftsMatch,
  emptyProductDraft,
  moveItem,
  parseCocktail,
  productPath,
  removeItem,
  settleOrigins,
  type CocktailErrors,
  type ProductDraft,
} from './cocktail.ts';
import { dispatchCocktail } from './cocktailEdit.ts';
import { sessionDomId } from './sessionFormState.ts';
import { useChart } from '../editor/useChart.ts';

type Props = {
  editor: ChartEditor;
  /** A refusal from the store at one product field ("products.2.expiry"), shown there. */
  refusal: { path: string; text: string } | null;
  disabled: boolean;
  /** The patient's recorded allergies: a product that matches one is flagged in words (shared/allergyMatch.ts). */
  allergies?: readonly string[];
};

/**
 * The session's cocktail: products with active ingredients, concentration, dilution, volume, lot and
 * expiry. Rows are typed as text and checked with the shared schema as they are typed; the cocktail
 * goes to the chart editor (undoable, autosaved with the points) whenever every row is valid. Removing
 * or reordering a product carries the points that name it along, in the same undo step.
 */
export function CocktailEditor({ editor, refusal, disabled, allergies = [] }: Props) {
  const { t } = useTranslation(['sessions', 'common']);
  const stored = useChart(editor, (s) => s.fields.products);
  const sessionDate = useChart(editor, (s) => s.fields.date);
  const [drafts, setDrafts] = useState<ProductDraft[]>(() => draftsFromProducts(stored));
  const [errors, setErrors] = useState<CocktailErrors>({});

  // An outside change (undo, redo, another panel): show the editor's cocktail.
  useEffect(() => {
    setDrafts((current) => (draftsMatch(current, stored) ? current : draftsFromProducts(stored)));
    setErrors((current) => (Object.keys(current).length === 0 ? current : {}));
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [stored]);

  const update = (next: ProductDraft[], coalesce?: string) => {
    const parsed = parseCocktail(next);
    if (!parsed.ok) {
      setDrafts(next);
      setErrors(parsed.errors);
      return;
    }
    setErrors({});
    setDrafts(settleOrigins(next));
    dispatchCocktail(editor, next, parsed.products, coalesce ? { coalesce } : {});
  };

  const setField = (index: number, field: ProductField, value: string) =>
    update(
      drafts.map((d, i) => (i === index ? { ...d, [field]: value } : d)),
      `field:products.${drafts[index]?.key ?? index}.${field}`,
    );

  const add = () => {
    const next = [...drafts, emptyProductDraft()];
    update(next);
    requestAnimationFrame(() => document.getElementById(sessionDomId(productPath(next.length - 1, 'name')))?.focus());
  };

  const remove = (index: number) => {
    update(removeItem(drafts, index));
    requestAnimationFrame(() => {
      const focusAt = Math.min(index, drafts.length - 2);
      const target = focusAt >= 0 ? document.getElementById(sessionDomId(productPath(focusAt, 'name'))) : document.getElementById('cocktail-add');
      target?.focus();
    });
  };

  const move = (index: number, to: number, field: 'up' | 'down') => {
    update(moveItem(drafts, index, to));
    requestAnimationFrame(() => {
      const button = document.getElementById(`cocktail-${to}-${field}`) as HTMLButtonElement | null;
      (button && !button.disabled ? button : document.getElementById(sessionDomId(productPath(to, 'name'))))?.focus();
    });
  };

  // A row just added says nothing until something is typed into it.
  const pristine = (d: ProductDraft) => d.origin === null && PRODUCT_FIELDS.every((f) => d[f] === '');
  const errorAt = (index: number, field: ProductField): string | null => {
    const path = productPath(index, field);
    const draft = drafts[index];
    if (draft && pristine(draft)) return null;
    const problem = errors[path];
    return problem ? fieldProblemText(t, problem) : refusal && refusal.path === path ? refusal.text : null;
  };
  const visibleErrors = Object.keys(errors).some((path) => {
    const index = Number(path.split('.')[1]);
    const draft = drafts[index];
    return draft !== undefined && !pristine(draft);
  });
  const waitingForName = drafts.some(pristine);
  // Rows as typed, so that a product is flagged while its other fields are still being filled in.
  const allergic = allergyMatches(drafts, allergies);

  return (
    <div className="cocktail">
      {drafts.length === 0 ? (
        <p className="cocktail__empty">{t('cocktail.empty')}</p>
      ) : (
        <ol className="cocktail__list">
          {drafts.map((d, i) => {
            const flags = draftFlags(d, sessionDate);
            const allergyHits = allergic.get(i) ?? [];
            const legend = productLabel(t, d, i);
            return (
              <li key={d.key} className={`product${flags.expired || allergyHits.length > 0 ? ' product--expired' : ''}`}>
                <fieldset className="product__fieldset" disabled={disabled}>
                  <legend className="product__legend">
                    {t('product.label', { number: i + 1 })}
                    {d.name.trim() ? <span className="visually-hidden"> ({d.name.trim()})</span> : null}
                  </legend>
                  <div className="product__tools">
                    <button type="button" id={`cocktail-${i}-up`} className="button button--ghost button--small icon-button" onClick={() => move(i, i - 1, 'up')} disabled={i === 0} aria-label={t('cocktail.moveUp', { product: legend })} title={t('cocktail.moveUpTitle')}>
                      <span aria-hidden="true">↑</span>
                    </button>
                    <button type="button" id={`cocktail-${i}-down`} className="button button--ghost button--small icon-button" onClick={() => move(i, i + 1, 'down')} disabled={i === drafts.length - 1} aria-label={t('cocktail.moveDown', { product: legend })} title={t('cocktail.moveDownTitle')}>
                      <span aria-hidden="true">↓</span>
                    </button>
                    <button type="button" className="button button--ghost button--small product__remove" onClick={() => remove(i)} aria-label={t('cocktail.remove', { product: legend })}>
                      {t('common:remove')}
                    </button>
                  </div>
                  <div className="product__grid">
                    <ProductInput draft={d} index={i} field="name" error={errorAt(i, 'name')} onChange={setField} wide required placeholder={t('cocktail.namePlaceholder')} />
                    <ProductInput draft={d} index={i} field="activeIngredients" error={errorAt(i, 'activeIngredients')} onChange={setField} span={4} placeholder={t('cocktail.ingredientsPlaceholder')} />
                    <ProductInput draft={d} index={i} field="volumeMl" error={errorAt(i, 'volumeMl')} onChange={setField} inputMode="decimal" placeholder={t('cocktail.volumePlaceholder')} span={2} />
                    <ProductInput draft={d} index={i} field="concentration" error={errorAt(i, 'concentration')} onChange={setField} placeholder={t('cocktail.concentrationPlaceholder')} span={3} />
                    <ProductInput draft={d} index={i} field="dilution" error={errorAt(i, 'dilution')} onChange={setField} placeholder={t('cocktail.dilutionPlaceholder')} span={3} />
                    <ProductInput draft={d} index={i} field="lot" error={errorAt(i, 'lot')} onChange={setField} placeholder={t('cocktail.lotPlaceholder')} span={3} />
                    <ProductInput draft={d} index={i} field="expiry" error={errorAt(i, 'expiry')} onChange={setField} type="date" span={3} />
                  </div>
                  <ProductFlagsNote flags={flags} expiry={d.expiry} sessionDate={sessionDate} id={`cocktail-${i}-flags`} allergies={allergyHits} />
                </fieldset>
              </li>
            );
          })}
        </ol>
      )}
      <p className="cocktail__pending" role="status">
        {visibleErrors ? (
          <>
            <span aria-hidden="true">⚠ </span>
            {t('cocktail.pendingErrors')}
          </>
        ) : waitingForName ? (
          t('cocktail.pendingName')
        ) : null}
      </p>
      <button type="button" id="cocktail-add" className="button button--small" onClick={add} disabled={disabled || drafts.length >= 50}>
        <span aria-hidden="true" className="button__icon">
          +
        </span>
        {t('cocktail.add')}
      </button>
    </div>
  );
}

type InputProps = {
  draft: ProductDraft;
  index: number;
  field: ProductField;
  error: string | null;
  onChange: (index: number, field: ProductField, value: string) => void;
  wide?: boolean;
  /** Columns of the product's six-column grid. */
  span?: 2 | 3 | 4;
  required?: boolean;
  type?: 'text' | 'date';
  inputMode?: 'decimal';
  placeholder?: string;
};

function ProductInput({ draft, index, field, error, onChange, wide, span, required, type = 'text', inputMode, placeholder }: InputProps) {
  const { t } = useTranslation(['sessions']);
  const id = sessionDomId(productPath(index, field));
  const flagsId = field === 'lot' || field === 'expiry' || field === 'name' || field === 'activeIngredients' ? `cocktail-${index}-flags` : '';
  const className = [wide ? 'product__wide' : '', span ? `product__span${span}` : ''].filter(Boolean).join(' ') || undefined;
  return (
    <Field id={id} label={productFieldLabel(t, field)} required={required} error={error} layout="compact" describedBy={flagsId || undefined} className={className}>
      {(c) => (
        <input
          {...c}
          type={type}
          className="input input--compact"
          value={draft[field]}
          inputMode={inputMode}
          placeholder={placeholder}
          onChange={(e) => onChange(index, field, e.target.value)}
        />
      )}
    </Field>
  );
}

/** Safety and traceability in words, never colour alone: a recorded allergy matched, expired lot, lot or expiry not recorded. */
export function ProductFlagsNote({ flags, expiry, sessionDate, id, allergies = [] }: { flags: ReturnType<typeof draftFlags>; expiry: string; sessionDate: string; id: string; allergies?: readonly string[] }) {
  const { t } = useTranslation(['sessions']);
  const format = useFormat();
  if (!flags.expired && !flags.missingLot && !flags.missingExpiry && allergies.length === 0) return <span id={id} hidden />;
  return (
    <ul className="product__flags" id={id}>
      {allergies.length > 0 ? (
        <li className="flag flag--allergy">
          <span className="flag__icon" aria-hidden="true">
            !
          </span>
          <span>
            <Trans t={t} i18nKey="cocktail.allergyFlag" values={{ allergies: allergies.join('; ') }} components={{ strong: <strong /> }} />
          </span>
        </li>
      ) : null}
      {flags.expired ? (
        <li className="flag flag--expired">
          <span className="flag__icon" aria-hidden="true">
            !
          </span>
          <span>
            <Trans t={t} i18nKey="cocktail.expiredFlag" values={{ expiry: format.date(expiry), date: format.date(sessionDate) }} components={{ strong: <strong /> }} />
          </span>
        </li>
      ) : null}
      {flags.missingLot ? (
        <li className="flag flag--missing">
          <span className="flag__icon" aria-hidden="true">
            ?
          </span>
          <span>
            <Trans t={t} i18nKey="cocktail.lotMissingFlag" components={{ strong: <strong /> }} />
          </span>
        </li>
      ) : null}
      {!flags.missingLot && flags.missingExpiry ? (
        <li className="flag flag--missing">
          <span className="flag__icon" aria-hidden="true">
            ?
          </span>
          <span>
            <Trans t={t} i18nKey="cocktail.expiryMissingFlag" components={{ strong: <strong /> }} />
          </span>
        </li>
      ) : null}
    </ul>
  );
}
