import { useTranslation } from 'react-i18next';
import { useState } from 'react';
import type { SessionFields } from '../../shared/session.ts';
import { SIDE_EFFECTS, sideEffectLabel } from '../../shared/sideEffects.ts';
import { toApiError } from '../useLoad.ts';
import { useFormat } from '../i18n/locale.ts';
import { Chip } from '../components/Chip.tsx';
import { Field } from '../components/Field.tsx';
import { Modal } from '../components/Modal.tsx';
import { api } from '../api.ts';
import type { Session } from '../../shared/session.ts';
import { amendDraftFrom, amendmentFields, describeChanges, type AmendDraft } from './amendmentText.ts';
import { amendmentChanges } from '../../shared/amendments.ts';
import { draftFlags, emptyProductDraft } from './cocktail.ts';
import { refusalPath, refusalText } from './fieldDrafts.ts';
import { ProductFlagsNote } from './CocktailEditor.tsx';
import { toggleSideEffect } from './sessionFormState.ts';
import { VasScale } from './VasScale.tsx';
import { OutcomeMeasuresFields } from './OutcomeMeasuresFields.tsx';

type Props = {
  sessionId: string;
  /** The session as corrected so far (sessionWithAmendments): what the dialog starts from. */
  current: SessionFields;
  onAmended: (session: Session) => void;
  onClose: () => void;
};

const id = (path: string) => `am-${path.replace(/\./g, '-')}`;

/** A correction of a signed session: the corrected values and a required reason, appended to the record. */
export function AmendDialog({ sessionId, current, onAmended, onClose }: Props) {
  const { t } = useTranslation(['sessions', 'clinical']);
  const format = useFormat();
  const [draft, setDraft] = useState<AmendDraft>(() => amendDraftFrom(current));
  const [reason, setReason] = useState('');
  const [error, setError] = useState<{ path: string | null; text: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const fields = amendmentFields(current, draft);
  const preview = describeChanges(t, format, amendmentChanges({ ...current, points: [] }, fields));
  const set = <K extends keyof AmendDraft>(key: K, value: AmendDraft[K]) => setDraft((d) => ({ ...d, [key]: value }));
  const errorAt = (path: string) => (error && error.path === path ? error.text : null);

  const submit = async () => {
    if (reason.trim() === '') {
      setError({ path: 'reason', text: t('amend.reasonRequired') });
      document.getElementById(id('reason'))?.focus();
      return;
    }
    if (preview.length === 0) {
      setError({ path: null, text: t('amend.nothingChanged') });
      return;
    }
    setBusy(true);
    setError(null);
    try {
      const amended = await api.amendSession({ id: sessionId, reason: reason.trim(), fields });
      onAmended(amended);
    } catch (caught) {
      const e = toApiError(caught);
      setBusy(false);
      const path = refusalPath(e.field);
      setError({ path, text: refusalText(t, e) });
      if (path) document.getElementById(id(path))?.focus();
    }
  };

  return (
    <Modal
      title={t('amend.title')}
      size="wide"
      onClose={busy ? null : onClose}
      // A typed correction or reason is not thrown away by a stray Escape.
      dirty={preview.length > 0 || reason.trim() !== ''}
      discardQuestion={t('amend.discard')}
      describedBy="amend-intro"
      footer={(requestClose) => (
        <>
          <button type="button" className="button" onClick={requestClose} disabled={busy}>
            {t('amend.cancel')}
          </button>
          <button type="button" className="button button--primary" onClick={submit} disabled={busy}>
            {busy ? t('amend.recording') : t('amend.record')}
          </button>
        </>
      )}
    >
      <p id="amend-intro" className="muted">
        {t('amend.intro')}
      </p>
      {error && !error.path ? (
        <div className="banner banner--error" role="alert">
          <div className="banner__body">
            <p className="banner__message">{error.text}</p>
          </div>
        </div>
      ) : null}
      <div className="amend-grid">
        <div className="amend-grid__col">
          <VasScale name={id('vasBefore')} label={t('amend.vasBefore')} value={draft.vasBefore} onChange={(v) => set('vasBefore', v)} error={errorAt('vasBefore')} />
          <VasScale name={id('vasAfter')} label={t('amend.vasAfter')} value={draft.vasAfter} onChange={(v) => set('vasAfter', v)} error={errorAt('vasAfter')} />
          <fieldset className="areas areas--compact">
            <legend className="field__label">{t('amend.sideEffects')}</legend>
            <div className="chips">
              {SIDE_EFFECTS.map((s) => (
                <Chip key={s.id} small label={sideEffectLabel(t, s.id)} checked={draft.sideEffects.includes(s.id)} onChange={() => set('sideEffects', toggleSideEffect(draft.sideEffects, s.id))} />
              ))}
            </div>
          </fieldset>
          <fieldset className="areas areas--compact">
            <legend className="field__label">{t('outcomes.title')}</legend>
            <OutcomeMeasuresFields indication={current.indication} outcomes={draft.outcomes} domId={id} error={errorAt('outcomes')} onChange={(next) => set('outcomes', next)} />
          </fieldset>
        </div>
        <div className="amend-grid__col">
          <AmendText path="aftercare" label={t('amend.aftercare')} value={draft.aftercare} onChange={(v) => set('aftercare', v)} error={errorAt('aftercare')} />
          <AmendText path="notes" label={t('amend.notes')} value={draft.notes} onChange={(v) => set('notes', v)} error={errorAt('notes')} />
        </div>
      </div>
      {current.products.length > 0 ? (
        <fieldset className="amend-lots">
          <legend className="field__label">{t('amend.lots')}</legend>
          {current.products.map((p, i) => {
            const lot = draft.lots[i] ?? { lot: '', expiry: '', expiredLotReason: '' };
            const setLot = (patch: Partial<typeof lot>) => set('lots', draft.lots.map((l, j) => (j === i ? { ...l, ...patch } : l)));
            const flags = draftFlags({ ...emptyProductDraft(), lot: lot.lot, expiry: lot.expiry }, current.date);
            return (
              <div key={i} className="amend-lot">
                <p className="amend-lot__name">
                  {i + 1}. {p.name}
                </p>
                {/* The lot's and the expiry's refusals are worded once, beside the product's flags, for both fields. */}
                <Field id={id(`products.${i}.lot`)} label={t('amend.lotOf', { name: p.name })} layout="compact">
                  {(c) => <input {...c} className="input input--compact" value={lot.lot} onChange={(e) => setLot({ lot: e.target.value })} aria-invalid={errorAt(`products.${i}.lot`) ? true : undefined} />}
                </Field>
                <Field id={id(`products.${i}.expiry`)} label={t('amend.expiryOf', { name: p.name })} layout="compact">
                  {(c) => <input {...c} type="date" className="input input--compact" value={lot.expiry} onChange={(e) => setLot({ expiry: e.target.value })} aria-invalid={errorAt(`products.${i}.expiry`) ? true : undefined} />}
                </Field>
                {flags.expired ? (
                  <Field id={id(`products.${i}.expiredLotReason`)} label={t('cocktail.expiredLotReason')} required layout="compact" error={errorAt(`products.${i}.expiredLotReason`)}>
                    {(c) => <input {...c} className="input input--compact" value={lot.expiredLotReason} onChange={(e) => setLot({ expiredLotReason: e.target.value })} />}
                  </Field>
                ) : null}
                <div className="amend-lot__flags">
                  <ProductFlagsNote flags={flags} expiry={lot.expiry} sessionDate={current.date} id={id(`products.${i}.flags`)} />
                  {errorAt(`products.${i}.lot`) ?? errorAt(`products.${i}.expiry`) ? <p className="field__error">{errorAt(`products.${i}.lot`) ?? errorAt(`products.${i}.expiry`)}</p> : null}
                </div>
              </div>
            );
          })}
        </fieldset>
      ) : null}
      <Field id={id('reason')} label={t('amend.reason')} required error={errorAt('reason')}>
        {(c) => (
          <textarea
            {...c}
            className="input textarea"
            rows={2}
            value={reason}
            placeholder={t('amend.reasonPlaceholder')}
            onChange={(e) => {
              setReason(e.target.value);
              if (error?.path === 'reason' && e.target.value.trim()) setError(null);
            }}
          />
        )}
      </Field>
      <div className="amend-preview" aria-live="polite">
        <p className="amend-preview__title">{t('amend.preview')}</p>
        {preview.length === 0 ? (
          <p className="muted">{t('amend.noneYet')}</p>
        ) : (
          <ul className="change-list">
            {preview.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        )}
      </div>
    </Modal>
  );
}

function AmendText({ path, label, value, onChange, error }: { path: string; label: string; value: string; onChange: (v: string) => void; error: string | null }) {
  return (
    <Field id={id(path)} label={label} error={error}>
      {(c) => <textarea {...c} className="input textarea" rows={3} value={value} onChange={(e) => onChange(e.target.value)} />}
    </Field>
  );
}
