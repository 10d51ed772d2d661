import { useId, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { clinicToday } from '../../shared/clinicDay.ts';
import { gtinAsPrinted, type CatalogueProduct } from '../../shared/productCatalogue.ts';
import { parseGs1Scan, type Gs1Product } from '../../shared/gs1.ts';
import { scanRefusalText } from '../products/scanRefusal.ts';
import { api } from '../api.ts';
import { ErrorBanner } from '../components/ErrorBanner.tsx';
import { Field } from '../components/Field.tsx';
import { Modal } from '../components/Modal.tsx';
import { SelectField } from '../components/SelectField.tsx';
import { errorText, issueText } from '../i18n/errorText.ts';
import { useFormat } from '../i18n/locale.ts';
import { ProductDialog } from '../products/ProductDialog.tsx';
import { useLoad, toApiError } from '../useLoad.ts';
import { checkReceiveDraft, fillFromScan, newReceiveDraft, type ReceiveDraft } from './receiveDraft.ts';
import { ScanField } from './ScanField.tsx';
import { DialogActions } from '../components/DialogActions.tsx';

type Props = { onReceived: (lot: string, onHand: number) => void; onClose: () => void };
type ScanOutcome = null | { kind: 'filled'; text: string } | { kind: 'refused'; text: string } | { kind: 'unknown'; gtin: string; scan: Gs1Product };

/**
 * Receives a lot: product (from the catalogue), lot, expiry, units, supplier, day of delivery. Scanning
 * the box fills product, lot and expiry at once; a scan that is wrong fills nothing and says why; a box
 * whose GTIN the catalogue does not know offers to add the product, then fills everything.
 */
export function ReceiveLotDialog({ onReceived, onClose }: Props) {
  const { t } = useTranslation(['stock', 'common', 'errors']);
  const format = useFormat();
  const id = useId();
  const today = clinicToday(format);
  const [start] = useState(() => newReceiveDraft(today));
  const [draft, setDraft] = useState<ReceiveDraft>(start);
  const [problems, setProblems] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [scan, setScan] = useState<ScanOutcome>(null);
  const [adding, setAdding] = useState<{ gtin: string; scan: Gs1Product } | null>(null);
  const catalogue = useLoad(() => api.listCatalogue({ includeRetired: false }), []);
  const products: CatalogueProduct[] = catalogue.state === 'ready' ? catalogue.value : [];
  const fieldId = (name: string) => `${id}-${name}`;
  const set = <K extends keyof ReceiveDraft>(key: K, value: string) => setDraft((d) => ({ ...d, [key]: value }));

  const filled = (scanned: Gs1Product, product: CatalogueProduct | null) => {
    setDraft((d) => fillFromScan(d, scanned, product?.id ?? null));
    setProblems({});
    const parts = [product ? product.name : null, scanned.lot ? t('scan.lot', { lot: scanned.lot }) : null, scanned.expiry ? t('scan.expiry', { expiry: format.date(scanned.expiry) }) : null].filter((p): p is string => p !== null);
    setScan({ kind: 'filled', text: t('scan.filled', { fields: parts.join(', ') }) });
  };

  const onScan = async (text: string) => {
    const parsed = parseGs1Scan(text, today);
    if (!parsed.ok) {
      setScan({ kind: 'refused', text: scanRefusalText(t, parsed) });
      return;
    }
    const { gtin } = parsed.value;
    if (gtin === undefined) {
      filled(parsed.value, null);
      return;
    }
    try {
      const product = await api.findCatalogueProductByGtin({ gtin });
      if (product === null || product.retired) setScan({ kind: 'unknown', gtin, scan: parsed.value });
      else filled(parsed.value, product);
    } catch (caught) {
      setScan({ kind: 'refused', text: errorText(t, caught) });
    }
  };

  const submit = async () => {
    const checked = checkReceiveDraft(draft);
    if (!checked.ok) {
      const found: Record<string, string> = {};
      for (const { field, issue } of checked.issues) found[field] ??= field === 'productId' && draft.productId === '' ? t('errors:problem.required') : issueText(t, issue, checked.input);
      setProblems(found);
      document.getElementById(fieldId(checked.issues[0]?.field ?? 'productId'))?.focus();
      return;
    }
    setProblems({});
    setFailure(null);
    setBusy(true);
    try {
      const change = await api.receiveLot(checked.fields);
      onReceived(checked.fields.lot, change.onHand);
    } catch (caught) {
      setBusy(false);
      const error = toApiError(caught);
      if (error.field && error.field in draft) setProblems({ [error.field]: errorText(t, { ...error.toPayload(), field: null }) });
      else setFailure(errorText(t, error));
    }
  };

  const scanResult: ReactNode =
    scan === null ? null : scan.kind === 'unknown' ? (
      <div className="stock-scan__unknown">
        <span>{t('scan.unknownGtin', { gtin: gtinAsPrinted(scan.gtin) })}</span>
        <button type="button" className="button button--small" onClick={() => setAdding({ gtin: scan.gtin, scan: scan.scan })}>
          {t('scan.addProduct')}
        </button>
      </div>
    ) : (
      <span className={scan.kind === 'refused' ? 'field__error' : undefined}>{scan.text}</span>
    );


  return (
    <>
      <Modal
        title={t('receiveDialog.title')}
        size="wide"
        onClose={busy ? null : onClose}
        dirty={JSON.stringify(draft) !== JSON.stringify(start)}
        discardQuestion={t('receiveDialog.discard')}
        initialFocus={`[id="${fieldId('scan')}"]`}
        footer={(requestClose) => (
          <DialogActions onCancel={requestClose} busy={busy} action={{ label: busy ? t('common:saving') : t('receiveDialog.submit'), onClick: () => void submit() }} />
        )}
      >
        <p className="muted">{t('receiveDialog.intro')}</p>
        <ScanField id={fieldId('scan')} onScan={(text) => void onScan(text)} result={scanResult} error={null} />
        {failure ? <ErrorBanner title={t('receiveDialog.failed')} message={failure} /> : null}
        <div className="stock-form">
          <SelectField
            id={fieldId('productId')}
            label={t('field.product')}
            required
            value={draft.productId}
            onChange={(v) => set('productId', v)}
            placeholder={{ label: catalogue.state === 'loading' ? t('loading') : t('receiveDialog.chooseProduct'), disabled: true }}
            options={products.map((p) => ({ value: p.id, label: p.name }))}
            error={problems.productId ?? null}
            className="stock-form__wide"
          />
          <Field id={fieldId('lot')} label={t('field.lot')} required error={problems.lot ?? null}>
            {(c) => <input {...c} className="input mono" value={draft.lot} maxLength={60} autoComplete="off" onChange={(e) => set('lot', e.target.value)} />}
          </Field>
          <Field id={fieldId('expiry')} label={t('field.expiry')} required error={problems.expiry ?? null}>
            {(c) => <input {...c} type="date" className="input" value={draft.expiry} onChange={(e) => set('expiry', e.target.value)} />}
          </Field>
          <Field id={fieldId('quantity')} label={t('field.quantity')} required hint={t('receiveDialog.quantityHint')} error={problems.quantity ?? null}>
            {(c) => <input {...c} className="input input--number" inputMode="numeric" value={draft.quantity} onChange={(e) => set('quantity', e.target.value)} />}
          </Field>
          <Field id={fieldId('supplier')} label={t('field.supplier')} error={problems.supplier ?? null}>
            {(c) => <input {...c} className="input" value={draft.supplier} maxLength={120} autoComplete="off" onChange={(e) => set('supplier', e.target.value)} />}
          </Field>
          <Field id={fieldId('receivedOn')} label={t('field.receivedOn')} required error={problems.receivedOn ?? null}>
            {(c) => <input {...c} type="date" className="input" value={draft.receivedOn} max={today} onChange={(e) => set('receivedOn', e.target.value)} />}
          </Field>
        </div>
      </Modal>
      {adding ? (
        <ProductDialog
          prefill={{ gtins: [gtinAsPrinted(adding.gtin)] }}
          onClose={() => setAdding(null)}
          onSaved={(product) => {
            setAdding(null);
            catalogue.reload();
            filled(adding.scan, product);
          }}
        />
      ) : null}
    </>
  );
}
