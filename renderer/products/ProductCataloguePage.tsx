import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { gtinAsPrinted, presentationFormLabel, productKindLabel, type CatalogueProduct } from '../../shared/productCatalogue.ts';
import { api } from '../api.ts';
import { Badge } from '../components/Badge.tsx';
import { CheckboxField } from '../components/CheckboxField.tsx';
import { DataTable } from '../components/DataTable.tsx';
import { EmptyState } from '../components/EmptyState.tsx';
import { ErrorBanner } from '../components/ErrorBanner.tsx';
import { Field } from '../components/Field.tsx';
import { Loading } from '../components/Loading.tsx';
import { ScreenHeading } from '../components/ScreenHeading.tsx';
import { errorText } from '../i18n/errorText.ts';
import { useFormat } from '../i18n/locale.ts';
import { announce } from '../status.ts';
import { useLoad } from '../useLoad.ts';
import { navigate } from '../navigation.ts';
import { ProductDialog } from './ProductDialog.tsx';
import { matchesSearch } from './productDraft.ts';
import './products.css';

/** Which dialog is open: none, a new product, or the product being edited. */
type Editing = null | { product: CatalogueProduct | undefined };

/**
 * The clinic's product catalogue: what the cocktail picks from. A table of the products offered (the
 * retired ones too on demand), searched by name, ingredient, manufacturer or GTIN; a product is added
 * or edited in a dialog, and retired or offered again here. Retiring never touches a session: each
 * keeps its own copy of what it used.
 */
export function ProductCataloguePage() {
  const { t } = useTranslation(['products', 'common', 'errors']);
  const format = useFormat();
  const [showRetired, setShowRetired] = useState(false);
  const [search, setSearch] = useState('');
  const [editing, setEditing] = useState<Editing>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [busyId, setBusyId] = useState<string | null>(null);
  const catalogue = useLoad(() => api.listCatalogue({ includeRetired: showRetired }), [showRetired]);

  const saved = (product: CatalogueProduct) => {
    const added = editing?.product === undefined;
    setEditing(null);
    catalogue.reload();
    announce(added ? t('announce.added', { name: product.name }) : t('announce.saved', { name: product.name }), 'success');
  };

  const setRetired = async (product: CatalogueProduct, retired: boolean) => {
    setBusyId(product.id);
    setFailure(null);
    try {
      await api.setProductRetired({ id: product.id, retired });
      catalogue.reload();
      announce(retired ? t('announce.retired', { name: product.name }) : t('announce.restored', { name: product.name }), 'success');
    } catch (caught) {
      setFailure(errorText(t, caught));
    } finally {
      setBusyId(null);
    }
  };

  const products = catalogue.state === 'ready' ? catalogue.value : [];
  const shown = products.filter((p) => matchesSearch(p, search));
  const presentation = (p: CatalogueProduct) =>
    p.presentation.volumeMl === null
      ? presentationFormLabel(t, p.presentation.form)
      : t('presentation', { form: presentationFormLabel(t, p.presentation.form), volume: format.volume(p.presentation.volumeMl) });

  return (
    <div className="screen screen--products">
      <div className="screen-header">
        <div>
          <ScreenHeading>{t('title')}</ScreenHeading>
          <p className="screen-subtitle">{t('subtitle')}</p>
        </div>
        <div className="screen-header__actions">
          <button type="button" className="button" onClick={() => navigate({ name: 'stock' })}>
            {t('common:shell.stock')}
          </button>
          <button type="button" className="button button--primary" onClick={() => setEditing({ product: undefined })}>
            <span aria-hidden="true" className="button__icon">
              +
            </span>
            {t('add')}
          </button>
        </div>
      </div>

      <div className="toolbar" role="search">
        <Field id="product-search" label={t('search')} hint={t('searchHint')} className="toolbar__search">
          {(c) => <input {...c} type="search" className="input input--search" value={search} autoComplete="off" spellCheck={false} onChange={(e) => setSearch(e.target.value)} />}
        </Field>
        <CheckboxField label={t('showRetired')} checked={showRetired} onChange={setShowRetired} className="toolbar__toggle" />
      </div>

      {failure ? <ErrorBanner title={t('actionFailed')} message={failure} /> : null}
      {catalogue.state === 'error' ? <ErrorBanner title={t('loadFailed')} message={errorText(t, catalogue.error)} onRetry={catalogue.reload} /> : null}
      {catalogue.state === 'loading' ? <Loading text={t('loading')} /> : null}

      {catalogue.state === 'ready' && shown.length === 0 ? (
        search.trim() !== '' && products.length > 0 ? (
          <EmptyState title={t('noMatch.title', { search: search.trim() })}>
            <p>{showRetired ? t('noMatch.text') : t('noMatch.textRetiredHidden')}</p>
          </EmptyState>
        ) : (
          <EmptyState
            title={t('empty.title')}
            action={
              <button type="button" className="button button--primary" onClick={() => setEditing({ product: undefined })}>
                {t('add')}
              </button>
            }
          >
            <p>{t('empty.text')}</p>
          </EmptyState>
        )
      ) : null}

      {shown.length > 0 ? (
        <DataTable
          className="table--products"
          testId="product-catalogue"
          caption={t('caption')}
          columns={[
            { label: t('column.name') },
            { label: t('column.kind') },
            { label: t('column.composition') },
            { label: t('column.presentation') },
            { label: t('column.manufacturer') },
            { label: t('column.gtins') },
            { label: t('column.actions'), hidden: true },
          ]}
        >
          {shown.map((p) => (
            <tr key={p.id} data-product={p.id} className={p.retired ? 'table__row--muted' : undefined}>
              <th scope="row">
                <span className="product-name">{p.name}</span>
                {p.retired ? <Badge tone="muted">{t('retired')}</Badge> : null}
              </th>
              <td>{productKindLabel(t, p.kind)}</td>
              <td>
                {p.activeIngredients || <span className="muted">{t('common:none')}</span>}
                {p.concentration || p.dilution ? (
                  <span className="product-detail">{[p.concentration, p.dilution ? t('dilutionValue', { dilution: p.dilution }) : ''].filter(Boolean).join(' · ')}</span>
                ) : null}
              </td>
              <td>{presentation(p)}</td>
              <td>{p.manufacturer || <span className="muted">{t('common:none')}</span>}</td>
              <td className="mono">{p.gtins.length === 0 ? <span className="muted">{t('common:none')}</span> : p.gtins.map((g) => <span key={g} className="product-gtin">{gtinAsPrinted(g)}</span>)}</td>
              <td>
                <div className="product-actions">
                  <button type="button" className="button button--ghost button--small" aria-label={t('editLabel', { name: p.name })} onClick={() => setEditing({ product: p })} disabled={busyId === p.id}>
                    {t('edit')}
                  </button>
                  <button
                    type="button"
                    className="button button--ghost button--small"
                    aria-label={p.retired ? t('restoreLabel', { name: p.name }) : t('retireLabel', { name: p.name })}
                    onClick={() => void setRetired(p, !p.retired)}
                    disabled={busyId === p.id}
                  >
                    {p.retired ? t('restore') : t('retire')}
                  </button>
                </div>
              </td>
            </tr>
          ))}
        </DataTable>
      ) : null}
      {catalogue.state === 'ready' && shown.length > 0 ? <p className="table-footnote">{t('count', { count: shown.length })}</p> : null}

      {editing ? <ProductDialog product={editing.product} onSaved={saved} onClose={() => setEditing(null)} /> : null}
    </div>
  );
}
