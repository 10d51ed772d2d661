import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
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
import { api } from '../api.ts';
import { useLoad } from '../useLoad.ts';
import { announce } from '../status.ts';
import { errorText } from '../i18n/errorText.ts';
import { clinicToday } from '../../shared/clinicDay.ts';
import { parseGs1Scan } from '../../shared/gs1.ts';
import { gtinAsPrinted, productKindLabel, type CatalogueProduct } from '../../shared/productCatalogue.ts';
import { ProductDialog } from '../products/ProductDialog.tsx';
import type { ProductDraft as CatalogueDraft } from '../products/productDraft.ts';
import { ProductNameCombobox } from './ProductNameCombobox.tsx';
import { LotCombobox } from './LotCombobox.tsx';
import { pickLot, type LotSuggestion } from './lotSuggestions.ts';
import { offersToCatalogue, pickCatalogueProduct, withTypedName } from './catalogueSuggestions.ts';
import { fillFromScan, scanFilledText, splitScan, undoScan, type ScanField } from './scanFill.ts';
import { separatorTyped } from '../products/scanSeparator.ts';
import { scanRefusalText } from '../products/scanRefusal.ts';
import './cocktailCatalogue.css';

/** The field that picks from the catalogue and takes a scan, beside the lot. */
const NAME_FIELD: ProductField = 'name';
/** The field that offers the lots in stock and takes a scan too. */
const LOT_FIELD: ProductField = 'lot';

/** What a row says about its last scan: ready for one, what it filled (and an unknown GTIN to add), or why it was refused. */
type RowNote = { tone: 'ready' | 'filled' | 'refused'; text: string; unknownGtin?: string | null };

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
  const { t } = useTranslation(['sessions', 'common', 'products', 'errors']);
  const format = useFormat();
  const stored = useChart(editor, (s) => s.fields.products);
  const sessionDate = useChart(editor, (s) => s.fields.date);
  const [drafts, setDrafts] = useState<ProductDraft[]>(() => draftsFromProducts(stored));
  const [errors, setErrors] = useState<CocktailErrors>({});
  const catalogue = useLoad(() => api.listCatalogue({ includeRetired: false }), []);
  const offered = catalogue.state === 'ready' ? catalogue.value : [];
  // The lots in stock, offered in a row's lot field once it names a catalogue product.
  const stock = useLoad(() => api.listStock({}), []);
  const inStock = stock.state === 'ready' ? stock.value.rows : [];
  const [notes, setNotes] = useState<Record<string, RowNote>>({});
  const [adding, setAdding] = useState<{ key: string; prefill: Partial<CatalogueDraft> } | null>(null);
  // The rows as last drawn, for a scan whose catalogue look-up answers after the keystroke that sent it.
  const latest = useRef(drafts);
  latest.current = drafts;
  const reading = useRef(new Set<string>());

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

  const setNote = (key: string, note: RowNote | null) =>
    setNotes((current) => {
      const { [key]: _old, ...rest } = current;
      return note ? { ...rest, [key]: note } : rest;
    });

  const setField = (index: number, field: ProductField, value: string) => {
    const draft = drafts[index];
    if (!draft) return;
    // A scan arriving keystroke by keystroke stays on screen only until it is read: nothing half-way reaches the record.
    if ((field === 'name' || field === 'lot') && splitScan(value)) {
      setDrafts(drafts.map((d, i) => (i === index ? { ...d, [field]: value } : d)));
      return;
    }
    if (notes[draft.key]?.tone === 'refused') setNote(draft.key, null);
    const next = field === 'name' ? withTypedName(draft, value) : { ...draft, [field]: value };
    update(
      drafts.map((d, i) => (i === index ? next : d)),
      `field:products.${draft.key}.${field}`,
    );
  };

  const pick = (index: number, product: CatalogueProduct) => {
    const draft = drafts[index];
    if (!draft) return;
    setNote(draft.key, null);
    update(drafts.map((d, i) => (i === index ? pickCatalogueProduct(d, product) : d)));
  };

  const pickStockLot = (index: number, lot: LotSuggestion) => {
    const draft = drafts[index];
    if (!draft) return;
    setNote(draft.key, null);
    update(drafts.map((d, i) => (i === index ? pickLot(d, lot) : d)));
  };

  /** The reason for using an expired lot, typed into its row (one undo step while typing). */
  const setReason = (index: number, value: string) => {
    const draft = drafts[index];
    if (!draft) return;
    update(
      drafts.map((d, i) => (i === index ? { ...d, expiredLotReason: value } : d)),
      `field:products.${draft.key}.expiredLotReason`,
    );
  };

  /** The row `key` replaced, in the rows as they are now. */
  const updateRow = (key: string, change: (row: ProductDraft) => ProductDraft) => update(latest.current.map((d) => (d.key === key ? change(d) : d)));

  /** Reads the scan a row's name or lot field holds (on Enter, or when the field is left): all of it fills the row, or nothing does. */
  const readScan = async (key: string, field: ScanField) => {
    const row = latest.current.find((d) => d.key === key);
    const split = row ? splitScan(row[field]) : null;
    const token = `${key}.${field}`;
    if (!split || reading.current.has(token)) return;
    reading.current.add(token);
    try {
      const result = parseGs1Scan(split.scan, clinicToday(format));
      if (!result.ok) {
        updateRow(key, (d) => undoScan(d, field, split.before));
        const text = scanRefusalText(t, result);
        setNote(key, { tone: 'refused', text });
        announce(text, 'error');
        return;
      }
      let found: CatalogueProduct | null = null;
      try {
        found = result.value.gtin ? await api.findCatalogueProductByGtin({ gtin: result.value.gtin }) : null;
      } catch (caught) {
        updateRow(key, (d) => undoScan(d, field, split.before));
        const text = t('products:scan.refused', { reason: errorText(t, caught) });
        setNote(key, { tone: 'refused', text });
        announce(text, 'error');
        return;
      }
      const current = latest.current.find((d) => d.key === key);
      if (!current) return;
      const filled = fillFromScan(current, field, split.before, result.value, found);
      updateRow(key, () => filled.draft);
      const text = scanFilledText(t, filled, result.value, format.date);
      setNote(key, { tone: 'filled', text, unknownGtin: filled.unknownGtin });
      announce(text, 'success');
    } finally {
      reading.current.delete(token);
    }
  };

  /** Keys of a field that takes scans: Ctrl+] is the scanner's group separator; Enter reads a scan. */
  const scanKeys = (index: number, field: ScanField) => (e: KeyboardEvent<HTMLInputElement>) => {
    const input = e.currentTarget;
    const separated = separatorTyped(e);
    if (separated) {
      setField(index, field, separated.value);
      requestAnimationFrame(() => input.setSelectionRange(separated.caret, separated.caret));
      return;
    }
    const key = drafts[index]?.key;
    if (e.key === 'Enter' && key && splitScan(input.value)) {
      e.preventDefault();
      void readScan(key, field);
    }
  };

  const scanBlur = (index: number, field: ScanField) => () => {
    const key = drafts[index]?.key;
    if (!key) return;
    if (notes[key]?.tone === 'ready') setNote(key, null);
    void readScan(key, field);
  };

  /** "Scan a box": the row's name field focused, the caret at its end, and the row saying it waits for the scanner. */
  const readyToScan = (index: number) => {
    const key = drafts[index]?.key;
    const input = document.getElementById(sessionDomId(productPath(index, 'name'))) as HTMLInputElement | null;
    if (!key || !input) return;
    input.focus();
    input.setSelectionRange(input.value.length, input.value.length);
    setNote(key, { tone: 'ready', text: t('sessions:scan.ready') });
  };

  /** "Add to the catalogue": the Products screen's dialog, prefilled from the row (and the GTIN of a box scanned into it). */
  const offerToCatalogue = (draft: ProductDraft, gtin: string | null) =>
    setAdding({
      key: draft.key,
      prefill: {
        name: draft.name,
        activeIngredients: draft.activeIngredients,
        concentration: draft.concentration,
        dilution: draft.dilution,
        ...(gtin ? { gtins: [gtinAsPrinted(gtin)] } : {}),
      },
    });

  const addedToCatalogue = (product: CatalogueProduct) => {
    const key = adding?.key;
    setAdding(null);
    catalogue.reload();
    if (key) {
      setNote(key, null);
      updateRow(key, (d) => pickCatalogueProduct(d, product));
    }
    announce(t('sessions:catalogue.added', { name: product.name }), 'success');
  };

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
  // The store's refusal to sign without it; the schema's limit on its length.
  const reasonErrorAt = (index: number): string | null => {
    const path = `products.${index}.expiredLotReason`;
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
                    <button type="button" className="button button--ghost button--small" onClick={() => readyToScan(i)} aria-label={t('scan.buttonFor', { product: legend })}>
                      {t('scan.button')}
                    </button>
                    <button type="button" className="button button--ghost button--small product__remove" onClick={() => remove(i)} aria-label={t('cocktail.remove', { product: legend })}>
                      {t('common:remove')}
                    </button>
                  </div>
                  <div className="product__grid">
                    <Field id={sessionDomId(productPath(i, 'name'))} label={productFieldLabel(t, NAME_FIELD)} required error={errorAt(i, 'name')} layout="compact" describedBy={`cocktail-${i}-flags cocktail-${i}-scan`} className="product__wide">
                      {(c) => (
                        <ProductNameCombobox
                          control={c}
                          value={d.name}
                          catalogue={offered}
                          placeholder={t('cocktail.namePlaceholder')}
                          onType={(value) => setField(i, 'name', value)}
                          onPick={(product) => pick(i, product)}
                          onKeyDown={scanKeys(i, 'name')}
                          onBlur={scanBlur(i, 'name')}
                        />
                      )}
                    </Field>
                    <CatalogueLine draft={d} index={i} offered={catalogue.state === 'ready' && offersToCatalogue(d, offered)} onAdd={() => offerToCatalogue(d, null)} disabled={disabled} />
                    <ProductInput draft={d} index={i} field="activeIngredients" error={errorAt(i, 'activeIngredients')} onChange={setField} span={4} placeholder={t('cocktail.ingredientsPlaceholder')} />
                    <ProductInput draft={d} index={i} field="volumeMl" error={errorAt(i, 'volumeMl')} onChange={setField} inputMode="decimal" placeholder={t('cocktail.volumePlaceholder')} span={2} />
                    <ProductInput draft={d} index={i} field="concentration" error={errorAt(i, 'concentration')} onChange={setField} placeholder={t('cocktail.concentrationPlaceholder')} span={3} />
                    <ProductInput draft={d} index={i} field="dilution" error={errorAt(i, 'dilution')} onChange={setField} placeholder={t('cocktail.dilutionPlaceholder')} span={3} />
                    <Field id={sessionDomId(productPath(i, LOT_FIELD))} label={productFieldLabel(t, LOT_FIELD)} error={errorAt(i, LOT_FIELD)} layout="compact" describedBy={`cocktail-${i}-flags cocktail-${i}-scan`} className="product__span3">
                      {(c) => (
                        <LotCombobox
                          control={c}
                          value={d.lot}
                          stock={inStock}
                          catalogueId={d.catalogueId}
                          sessionDate={sessionDate}
                          placeholder={t('cocktail.lotPlaceholder')}
                          onType={(value) => setField(i, 'lot', value)}
                          onPick={(lot) => pickStockLot(i, lot)}
                          onKeyDown={scanKeys(i, 'lot')}
                          onBlur={scanBlur(i, 'lot')}
                        />
                      )}
                    </Field>
                    <ProductInput draft={d} index={i} field="expiry" error={errorAt(i, 'expiry')} onChange={setField} type="date" span={3} />
                    {flags.expired ? (
                      <Field id={sessionDomId(`products.${i}.expiredLotReason`)} label={t('cocktail.expiredLotReason')} required error={reasonErrorAt(i)} layout="compact" hint={t('cocktail.expiredLotReasonHint')} className="product__wide">
                        {(c) => <input {...c} type="text" className="input input--compact" value={d.expiredLotReason} onChange={(e) => setReason(i, e.target.value)} />}
                      </Field>
                    ) : null}
                  </div>
                  <ScanNote note={notes[d.key]} id={`cocktail-${i}-scan`} onAdd={(gtin) => offerToCatalogue(d, gtin)} disabled={disabled} />
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
      {adding ? <ProductDialog prefill={adding.prefill} onSaved={addedToCatalogue} onClose={() => setAdding(null)} /> : null}
    </div>
  );
}

/** Under the name: the kind of a product picked from the catalogue, or the offer to add a product typed by hand. */
function CatalogueLine({ draft, index, offered, onAdd, disabled }: { draft: ProductDraft; index: number; offered: boolean; onAdd: () => void; disabled: boolean }) {
  const { t } = useTranslation(['sessions', 'products']);
  if (draft.kind !== null) {
    return (
      <p className="product__catalogue product__wide" id={`cocktail-${index}-kind`}>
        {t('sessions:catalogue.kind', { kind: productKindLabel(t, draft.kind) })}
      </p>
    );
  }
  if (!offered) return null;
  return (
    <p className="product__catalogue product__wide">
      <span>{t('sessions:catalogue.notInCatalogue')}</span>{' '}
      <button type="button" className="button button--ghost button--small" onClick={onAdd} disabled={disabled} aria-label={t('sessions:catalogue.addLabel', { name: draft.name.trim() })}>
        {t('sessions:catalogue.add')}
      </button>
    </p>
  );
}

/** What the row's last scan did, in words (the status line announces it too); an unknown GTIN offers to add its product. */
function ScanNote({ note, id, onAdd, disabled }: { note: RowNote | undefined; id: string; onAdd: (gtin: string) => void; disabled: boolean }) {
  const { t } = useTranslation(['sessions']);
  if (!note) return <span id={id} hidden />;
  const gtin = note.unknownGtin ?? null;
  return (
    <div className={`product__scan product__scan--${note.tone}`} id={id}>
      {note.tone === 'refused' ? (
        <span className="flag__icon" aria-hidden="true">
          !
        </span>
      ) : null}
      <span className="product__scan-text">{note.text}</span>
      {gtin ? (
        <button type="button" className="button button--small" onClick={() => onAdd(gtin)} disabled={disabled}>
          {t('scan.addProduct')}
        </button>
      ) : null}
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
  onKeyDown?: (event: KeyboardEvent<HTMLInputElement>) => void;
  onBlur?: () => void;
};

function ProductInput({ draft, index, field, error, onChange, wide, span, required, type = 'text', inputMode, placeholder, onKeyDown, onBlur }: InputProps) {
  const { t } = useTranslation(['sessions']);
  const id = sessionDomId(productPath(index, field));
  const flagsId = field === 'lot' || field === 'expiry' || field === 'name' || field === 'activeIngredients' ? `cocktail-${index}-flags` : '';
  const describedBy = field === 'lot' ? `${flagsId} cocktail-${index}-scan` : flagsId;
  const className = [wide ? 'product__wide' : '', span ? `product__span${span}` : ''].filter(Boolean).join(' ') || undefined;
  return (
    <Field id={id} label={productFieldLabel(t, field)} required={required} error={error} layout="compact" describedBy={describedBy || undefined} className={className}>
      {(c) => (
        <input
          {...c}
          type={type}
          className="input input--compact"
          value={draft[field]}
          inputMode={inputMode}
          placeholder={placeholder}
          onChange={(e) => onChange(index, field, e.target.value)}
          onKeyDown={onKeyDown}
          onBlur={onBlur}
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
