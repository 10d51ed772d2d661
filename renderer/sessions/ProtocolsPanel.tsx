import { useTranslation } from 'react-i18next';
import { useEffect, useState } from 'react';
import { viewLabel } from '../../shared/mapViews.ts';
import type { Protocol } from '../../shared/protocols.ts';
import { api } from '../api.ts';
import { Modal } from '../components/Modal.tsx';
import type { ChartEditor } from '../editor/store.ts';
import { plural } from '../format.ts';
import { announce } from '../status.ts';
import { toApiError, useLoad } from '../useLoad.ts';
import { refusalText } from './fieldDrafts.ts';
import { armStamp, clearStamp, useStampMode } from './stampMode.ts';
import { useEditorState } from './useEditorState.ts';


/**
 * Protocols of the view shown: save the selected points under a name, stamp one (the next click on the
 * map places it), delete one.
 */
export function ProtocolsPanel({ editor }: { editor: ChartEditor }) {
  const { t } = useTranslation(['clinical']);
  const view = useEditorState(editor, (s) => s.view);
  const selectionCount = useEditorState(editor, (s) => s.selection.length);
  const readOnly = useEditorState(editor, (s) => s.readOnly);
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
      announce(`Protocol “${p.name}” deleted`, 'success');
      setConfirmDelete(null);
      list.reload();
    } catch (caught) {
      setError(toApiError(caught).message);
      setConfirmDelete(null);
    }
  };

  return (
    <section className="protocols" aria-labelledby="protocols-title">
      <div className="protocols__header">
        <h3 className="protocols__title" id="protocols-title">
          Protocols · {viewLabel(t, view)}
        </h3>
        <button type="button" className="button button--small" onClick={() => setSaving(true)} disabled={selectionCount === 0} title={selectionCount === 0 ? 'Select points on the map first' : undefined}>
          Save selection as protocol…
        </button>
      </div>
      <p className="field__hint">
        {selectionCount === 0 ? 'Select points on the map to save them as a protocol.' : `${plural(selectionCount, 'point')} selected.`}
      </p>
      {armed ? (
        <div className="stamp-banner" role="status">
          <p>
            <strong>Stamp “{armed.name}”:</strong> click on the map where its centre goes. <kbd className="kbd">Esc</kbd> cancels.
          </p>
          <button type="button" className="button button--small" onClick={clearStamp}>
            Cancel
          </button>
        </div>
      ) : null}
      {error ? (
        <p className="field__error" role="alert">
          {error}
        </p>
      ) : null}
      {list.state === 'loading' ? <p className="muted">Loading protocols…</p> : null}
      {list.state === 'error' ? (
        <p className="field__error" role="alert">
          The protocols could not be loaded: {list.error.message}{' '}
          <button type="button" className="button button--small" onClick={list.reload}>
            Try again
          </button>
        </p>
      ) : null}
      {list.state === 'ready' && list.value.length === 0 ? <p className="muted protocols__empty">No protocol for this view yet.</p> : null}
      {list.state === 'ready' && list.value.length > 0 ? (
        <ul className="protocol-list">
          {list.value.map((p) => {
            const on = armed?.id === p.id;
            return (
              <li key={p.id} className={`protocol${on ? ' protocol--armed' : ''}`}>
                <div className="protocol__text">
                  <span className="protocol__name">{p.name}</span>
                  <span className="protocol__meta">{plural(p.points.length, 'point')}</span>
                </div>
                <div className="protocol__actions">
                  <button
                    type="button"
                    className={`button button--small${on ? ' button--primary' : ''}`}
                    aria-pressed={on}
                    disabled={readOnly}
                    onClick={() => (on ? clearStamp() : armStamp(p))}
                    aria-label={`Stamp ${p.name}`}
                  >
                    {on ? 'Stamping…' : 'Stamp'}
                  </button>
                  <button type="button" className="button button--ghost button--small" onClick={() => setConfirmDelete(p)} aria-label={`Delete ${p.name}`}>
                    Delete
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
            announce(`Protocol “${p.name}” saved`, 'success');
            list.reload();
          }}
        />
      ) : null}
      {confirmDelete ? (
        <Modal
          title={`Delete the protocol “${confirmDelete.name}”?`}
          onClose={() => setConfirmDelete(null)}
          initialFocus=".modal__footer .button:not(.button--danger)"
          footer={
            <>
              <button type="button" className="button" onClick={() => setConfirmDelete(null)}>
                Keep it
              </button>
              <button type="button" className="button button--danger" onClick={() => void remove(confirmDelete)}>
                Delete protocol
              </button>
            </>
          }
        >
          <p>Sessions it was stamped on keep their points. The protocol itself can no longer be stamped.</p>
        </Modal>
      ) : null}
    </section>
  );
}

function SaveProtocolDialog({ editor, onClose, onSaved }: { editor: ChartEditor; onClose: () => void; onSaved: (p: Protocol) => void }) {
  const { t } = useTranslation(['clinical']);
  const s = editor.state;
  const selected = s.selection.map((sid) => s.points[s.pointIndex[sid] ?? -1]).filter((p): p is NonNullable<typeof p> => p !== undefined);
  const [name, setName] = useState(() => suggestName(selected.map((p) => p.region), selected.length));
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const save = async () => {
    if (name.trim() === '') {
      setError('Name is required, e.g. “knee, anterior, 12 points”');
      return;
    }
    setBusy(true);
    try {
      onSaved(await api.saveProtocol({ name: name.trim(), view: s.view, points: selected }));
    } catch (caught) {
      const e = toApiError(caught);
      setBusy(false);
      setError(e.code === 'conflict' ? e.message : refusalText(e.field, e.message));
    }
  };
  return (
    <Modal
      title="Save selection as protocol"
      onClose={busy ? null : onClose}
      footer={
        <>
          <button type="button" className="button" onClick={onClose} disabled={busy}>
            Cancel
          </button>
          <button type="button" className="button button--primary" onClick={save} disabled={busy}>
            {busy ? 'Saving…' : 'Save protocol'}
          </button>
        </>
      }
    >
      <p>
        {plural(selected.length, 'point')} of the {viewLabel(t, s.view).toLowerCase()} view: their pattern, depth, needle, technique, volume and note. Not their product: a
        cocktail belongs to one session.
      </p>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void save();
        }}
      >
        <div className={`field${error ? ' field--invalid' : ''}`}>
          <label className="field__label" htmlFor="protocol-name">
            Protocol name
          </label>
          <input
            id="protocol-name"
            className="input"
            value={name}
            onChange={(e) => {
              setName(e.target.value);
              setError(null);
            }}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? 'protocol-name-error' : 'protocol-name-hint'}
          />
          {error ? (
            <p className="field__error" id="protocol-name-error">
              <span aria-hidden="true" className="field__error-icon">
                !
              </span>
              {error}
            </p>
          ) : (
            <p className="field__hint" id="protocol-name-hint">
              e.g. “knee, anterior, 12 points”. Names are unique.
            </p>
          )}
        </div>
      </form>
    </Modal>
  );
}

/** "knee-left, 12 points" from the regions most of the points lie in. */
export function suggestName(regions: readonly string[], count: number): string {
  const tally = new Map<string, number>();
  for (const r of regions) if (r) tally.set(r, (tally.get(r) ?? 0) + 1);
  const top = [...tally.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
  const area = top ? top.replace(/-/g, ' ') : 'protocol';
  return `${area}, ${plural(count, 'point')}`;
}
