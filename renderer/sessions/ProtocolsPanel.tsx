import { Trans, useTranslation } from 'react-i18next';
import { useEffect, useState } from 'react';
import { viewLabel } from '../../shared/mapViews.ts';
import type { Protocol } from '../../shared/protocols.ts';
import { api } from '../api.ts';
import { Field } from '../components/Field.tsx';
import { Modal } from '../components/Modal.tsx';
import type { ChartEditor } from '../editor/store.ts';
import type { Namespace, TFunction } from 'i18next';
import { errorText } from '../i18n/errorText.ts';
import { announce } from '../status.ts';
import { toApiError, useLoad } from '../useLoad.ts';
import { refusalText } from './fieldDrafts.ts';
import { armStamp, clearStamp, useStampMode } from './stampMode.ts';
import { useChart } from '../editor/useChart.ts';


/**
 * Protocols of the view shown: save the selected points under a name, stamp one (the next click on the
 * map places it), delete one.
 */
export function ProtocolsPanel({ editor }: { editor: ChartEditor }) {
  const { t, i18n } = useTranslation(['sessions', 'clinical', 'common']);
  const view = useChart(editor, (s) => s.view);
  const selectionCount = useChart(editor, (s) => s.selection.length);
  const readOnly = useChart(editor, (s) => s.readOnly);
  const armed = useStampMode();
  const list = useLoad(() => api.listProtocols({ view }), [view]);
  const [saving, setSaving] = useState(false);
  const [confirmDelete, setConfirmDelete] = useState<Protocol | null>(null);
  const [error, setError] = useState<string | null>(null);

  // Stamp mode belongs to a view: another view, or leaving the session, ends it. Escape cancels it.
  useEffect(() => {
    if (armed && armed.view !== view) clearStamp();
  }, [armed, view]);
  useEffect(() => () => clearStamp(), []);
  useEffect(() => {
    if (!armed) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') clearStamp();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [armed]);

  const remove = async (p: Protocol) => {
    try {
      await api.deleteProtocol({ id: p.id });
      if (armed?.id === p.id) clearStamp();
      announce(t('protocols.deleted', { name: p.name }), 'success');
      setConfirmDelete(null);
      list.reload();
    } catch (caught) {
      setError(errorText(i18n.t, toApiError(caught)));
      setConfirmDelete(null);
    }
  };

  return (
    <section className="protocols" aria-labelledby="protocols-title">
      <div className="protocols__header">
        <h3 className="protocols__title" id="protocols-title">
          {t('protocols.title', { view: viewLabel(t, view) })}
        </h3>
        <button type="button" className="button button--small" onClick={() => setSaving(true)} disabled={selectionCount === 0} title={selectionCount === 0 ? t('protocols.selectFirst') : undefined}>
          {t('protocols.saveSelection')}
        </button>
      </div>
      <p className="field__hint">
        {selectionCount === 0 ? t('protocols.selectToSave') : t('protocols.selected', { count: selectionCount })}
      </p>
      {armed ? (
        <div className="callout stamp-banner" role="status">
          <p>
            <Trans t={t} i18nKey="protocols.stampHint" values={{ name: armed.name }} components={{ strong: <strong />, kbd: <kbd className="kbd" /> }} />
          </p>
          <button type="button" className="button button--small" onClick={clearStamp}>
            {t('protocols.cancel')}
          </button>
        </div>
      ) : null}
      {error ? (
        <p className="field__error" role="alert">
          {error}
        </p>
      ) : null}
      {list.state === 'loading' ? <p className="muted">{t('protocols.loading')}</p> : null}
      {list.state === 'error' ? (
        <p className="field__error" role="alert">
          {t('protocols.loadFailed', { error: errorText(i18n.t, list.error) })}{' '}
          <button type="button" className="button button--small" onClick={list.reload}>
            {t('protocols.tryAgain')}
          </button>
        </p>
      ) : null}
      {list.state === 'ready' && list.value.length === 0 ? <p className="muted protocols__empty">{t('protocols.none')}</p> : null}
      {list.state === 'ready' && list.value.length > 0 ? (
        <ul className="protocol-list">
          {list.value.map((p) => {
            const on = armed?.id === p.id;
            return (
              <li key={p.id} className={`protocol${on ? ' protocol--armed' : ''}`}>
                <div className="protocol__text">
                  <span className="protocol__name">{p.name}</span>
                  <span className="protocol__meta">{t('protocols.points', { count: p.points.length })}</span>
                </div>
                <div className="protocol__actions">
                  <button
                    type="button"
                    className={`button button--small${on ? ' button--primary' : ''}`}
                    aria-pressed={on}
                    disabled={readOnly}
                    onClick={() => (on ? clearStamp() : armStamp(p))}
                    aria-label={t('protocols.stampLabel', { name: p.name })}
                  >
                    {on ? t('protocols.stamping') : t('protocols.stamp')}
                  </button>
                  <button type="button" className="button button--ghost button--small" onClick={() => setConfirmDelete(p)} aria-label={t('protocols.deleteLabel', { name: p.name })}>
                    {t('common:delete')}
                  </button>
                </div>
              </li>
            );
          })}
        </ul>
      ) : null}
      {saving ? (
        <SaveProtocolDialog
          editor={editor}
          onClose={() => setSaving(false)}
          onSaved={(p) => {
            setSaving(false);
            announce(t('protocols.saved', { name: p.name }), 'success');
            list.reload();
          }}
        />
      ) : null}
      {confirmDelete ? (
        <Modal
          title={t('protocols.confirmDelete', { name: confirmDelete.name })}
          onClose={() => setConfirmDelete(null)}
          initialFocus=".modal__footer .button:not(.button--danger)"
          footer={
            <>
              <button type="button" className="button" onClick={() => setConfirmDelete(null)}>
                {t('protocols.keep')}
              </button>
              <button type="button" className="button button--danger" onClick={() => void remove(confirmDelete)}>
                {t('protocols.deleteProtocol')}
              </button>
            </>
          }
        >
          <p>{t('protocols.deleteExplain')}</p>
        </Modal>
      ) : null}
    </section>
  );
}

function SaveProtocolDialog({ editor, onClose, onSaved }: { editor: ChartEditor; onClose: () => void; onSaved: (p: Protocol) => void }) {
  const { t, i18n } = useTranslation(['sessions', 'clinical']);
  const s = editor.state;
  const selected = s.selection.map((sid) => s.points[s.pointIndex[sid] ?? -1]).filter((p): p is NonNullable<typeof p> => p !== undefined);
  const [name, setName] = useState(() => suggestName(t, selected.map((p) => p.region), selected.length));
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const save = async () => {
    if (name.trim() === '') {
      setError(t('protocols.nameRequired'));
      return;
    }
    setBusy(true);
    try {
      onSaved(await api.saveProtocol({ name: name.trim(), view: s.view, points: selected }));
    } catch (caught) {
      const e = toApiError(caught);
      setBusy(false);
      setError(e.code === 'conflict' ? errorText(i18n.t, e) : refusalText(t, e));
    }
  };
  return (
    <Modal
      title={t('protocols.saveTitle')}
      onClose={busy ? null : onClose}
      footer={
        <>
          <button type="button" className="button" onClick={onClose} disabled={busy}>
            {t('protocols.cancel')}
          </button>
          <button type="button" className="button button--primary" onClick={save} disabled={busy}>
            {busy ? t('protocols.saving') : t('protocols.save')}
          </button>
        </>
      }
    >
      <p>
        {t('protocols.saveExplain', { count: selected.length, view: viewLabel(t, s.view).toLowerCase() })}
      </p>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void save();
        }}
      >
        {/* The hint gives way to the error: one line under the box either way. */}
        <Field id="protocol-name" label={t('protocols.name')} error={error} hint={error ? undefined : t('protocols.nameHint')}>
          {(c) => (
            <input
              {...c}
              className="input"
              value={name}
              onChange={(e) => {
                setName(e.target.value);
                setError(null);
              }}
            />
          )}
        </Field>
      </form>
    </Modal>
  );
}

/** "knee-left, 12 points" from the regions most of the points lie in. */
export function suggestName(t: TFunction<Namespace>, regions: readonly string[], count: number): string {
  const tally = new Map<string, number>();
  for (const r of regions) if (r) tally.set(r, (tally.get(r) ?? 0) + 1);
  const top = [...tally.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
  const area = top ? top.replace(/-/g, ' ') : t('sessions:protocols.suggestedArea');
  return t('sessions:protocols.suggested', { area, count });
}
