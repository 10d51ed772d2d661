import { useEffect, useState } from 'react';
import type { ConsentTemplate } from '../../shared/consent.ts';
import { INDICATIONS, indicationLabel, type IndicationId } from '../../shared/indications.ts';
import { api } from '../api.ts';
import { ErrorBanner } from '../components/ErrorBanner.tsx';
import { Modal } from '../components/Modal.tsx';
import { announce } from '../status.ts';
import { toApiError, useLoad } from '../useLoad.ts';
import './consent.css';

/**
 * The consent templates: one per indication to start with (shipped), editable; saving makes a new
 * version and every earlier version stays readable (the version picker shows them read-only).
 */
export function TemplatesDialog({ onClose }: { onClose: () => void }) {
  const templates = useLoad(() => api.listConsentTemplates({}), []);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [viewVersion, setViewVersion] = useState<number | null>(null);
  const [draft, setDraft] = useState<{ templateId?: string; indication: IndicationId; title: string; body: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const list = templates.state === 'ready' ? templates.value : [];
  const selected = list.find((t) => t.templateId === selectedId) ?? list[0] ?? null;
  const shown = useLoad<ConsentTemplate | null>(
    () => (selected ? api.getConsentTemplate({ templateId: selected.templateId, ...(viewVersion ? { version: viewVersion } : {}) }) : Promise.resolve(null)),
    [selected?.templateId, viewVersion, selected?.version],
  );

  useEffect(() => {
    // The loaded version may still be the previously selected template's for a moment: wait for this one's.
    if (shown.state === 'ready' && shown.value && !draft && shown.value.templateId === selected?.templateId) {
      const v = shown.value;
      if (v.version === v.versions[v.versions.length - 1]?.version) setDraft({ templateId: v.templateId, indication: v.indication, title: v.title, body: v.body });
    }
  }, [shown, draft, selected?.templateId]);

  const latest = !viewVersion || viewVersion === selected?.version;
  const save = async () => {
    if (!draft) return;
    setBusy(true);
    setError(null);
    try {
      const saved = await api.saveConsentTemplate(draft);
      announce(`Saved ${saved.title}, version ${saved.version}`, 'success');
      setSelectedId(saved.templateId);
      setViewVersion(null);
      setDraft(null);
      templates.reload();
    } catch (e) {
      setError(toApiError(e).message);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal
      title="Consent templates"
      onClose={onClose}
      size="wide"
      footer={
        <>
          <button type="button" className="button" onClick={onClose}>
            Close
          </button>
          <button type="button" className="button button--primary" onClick={save} disabled={!draft || !latest || busy}>
            {draft && !draft.templateId ? 'Create template' : 'Save as new version'}
          </button>
        </>
      }
    >
      {error ? <ErrorBanner title="The template was not saved" message={error} /> : null}
      <div className="template-editor">
        <div>
          <ul className="template-list" aria-label="Templates">
            {list.map((t) => (
              <li key={t.templateId}>
                <button type="button" aria-current={t.templateId === selected?.templateId && !!draft?.templateId} onClick={() => (setSelectedId(t.templateId), setViewVersion(null), setDraft(null))}>
                  <strong>{indicationLabel(t.indication)}</strong>
                  <br />
                  <span className="muted">
                    {t.title} · v{t.version}
                  </span>
                </button>
              </li>
            ))}
          </ul>
          <label className="field">
            <span className="field__label">New template for</span>
            <select className="select" value="" onChange={(e) => e.target.value && setDraft({ indication: e.target.value as IndicationId, title: `Informed consent: mesotherapy for ${indicationLabel(e.target.value as IndicationId).toLocaleLowerCase()}`, body: '' })}>
              <option value="">Choose an indication…</option>
              {INDICATIONS.map((i) => (
                <option key={i.id} value={i.id}>
                  {i.label}
                </option>
              ))}
            </select>
          </label>
        </div>
        <div className="form">
          {selected && draft?.templateId !== undefined ? (
            <label className="field">
              <span className="field__label">Version</span>
              <select className="select" value={viewVersion ?? selected.version} onChange={(e) => (setViewVersion(Number(e.target.value)), setDraft(null))}>
                {selected.versions.map((v) => (
                  <option key={v.version} value={v.version}>
                    Version {v.version}, {new Date(v.createdAt).toLocaleString('en-GB')} by {v.createdBy}
                  </option>
                ))}
              </select>
            </label>
          ) : null}
          {!latest && shown.state === 'ready' && shown.value ? (
            <>
              <p className="muted">An earlier version: read only. Consents signed on it keep this text.</p>
              <h3>{shown.value.title}</h3>
              <div className="consent-text">{shown.value.body}</div>
              <button type="button" className="button" onClick={() => (setViewVersion(null), setDraft(null))}>
                Back to the latest version
              </button>
            </>
          ) : draft ? (
            <>
              {!draft.templateId ? <p className="muted">New template for {indicationLabel(draft.indication)}: version 1 once saved.</p> : null}
              <label className="field">
                <span className="field__label">Title</span>
                <input className="input" value={draft.title} onChange={(e) => setDraft({ ...draft, title: e.target.value })} />
              </label>
              <label className="field">
                <span className="field__label">Text the patient reads</span>
                <textarea className="input template-body" value={draft.body} onChange={(e) => setDraft({ ...draft, body: e.target.value })} aria-label="Template text" />
              </label>
            </>
          ) : (
            <p className="muted">Loading…</p>
          )}
        </div>
      </div>
    </Modal>
  );
}
