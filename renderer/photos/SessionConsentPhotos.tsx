import { useTranslation } from 'react-i18next';
import { useEffect, useState } from 'react';
import { PHOTO_LIMITS, PHOTO_POSES, poseLabel, type PhotoPose } from '../../shared/photo.ts';
import { indicationLabel } from '../../shared/indications.ts';
import type { Session } from '../../shared/session.ts';
import { api } from '../api.ts';
import { ErrorBanner } from '../components/ErrorBanner.tsx';
import { consentLine } from '../consent/consentText.ts';
import { announce } from '../status.ts';
import { toApiError, useLoad } from '../useLoad.ts';
import { usePhotoImages } from './usePhotoImages.ts';
import '../consent/consent.css';
import './photos.css';

/** Reads a dropped file's bytes as base64 (no path ever leaves the renderer). */
async function base64Of(file: File): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/**
 * Beside the session's chart: which consent covers the session (or the override its course started
 * with), and its photos: added from a file dialog (in main) or dropped anywhere on the window, with a
 * pose and a caption. On a signed session adding or removing a photo is an amendment with a reason.
 */
export function SessionConsentPhotos({ session }: { session: Pick<Session, 'id' | 'patientId' | 'status' | 'indication'> }) {
  const { t } = useTranslation(['clinical']);
  const coverage = useLoad(() => api.getSessionConsent({ sessionId: session.id }), [session.id]);
  const photos = useLoad(() => api.listPhotos({ patientId: session.patientId, sessionId: session.id }), [session.id]);
  const list = photos.state === 'ready' ? photos.value : [];
  const urls = usePhotoImages(list.map((p) => p.id), 'thumb');
  const [pose, setPose] = useState<PhotoPose>(session.indication === 'hair-loss' ? 'scalp' : ['rejuvenation', 'wrinkles'].includes(session.indication) ? 'face-front' : 'front');
  const [caption, setCaption] = useState('');
  const [reason, setReason] = useState('');
  const [dragging, setDragging] = useState(false);
  const [problems, setProblems] = useState<string[]>([]);
  const signed = session.status === 'signed';
  const amendReason = signed ? { reason: reason.trim() } : {};
  const canAdd = !signed || reason.trim() !== '';

  const addFiles = async (files: File[]) => {
    const refused: string[] = [];
    let added = 0;
    for (const file of files) {
      if (file.size > PHOTO_LIMITS.maxBytes) {
        refused.push(`${file.name}: larger than ${PHOTO_LIMITS.maxBytes / 1024 / 1024} MB`);
        continue;
      }
      try {
        await api.addPhoto({ sessionId: session.id, pose, caption, fileName: file.name.slice(0, 255), data: await base64Of(file), ...amendReason });
        added += 1;
      } catch (e) {
        refused.push(`${file.name}: ${toApiError(e).message}`);
      }
    }
    setProblems(refused);
    if (added) (announce(`${added} photo${added > 1 ? 's' : ''} added`, 'success'), photos.reload());
  };

  // Files dropped anywhere on the window while the session is open.
  useEffect(() => {
    const hasFiles = (e: DragEvent) => Array.from(e.dataTransfer?.types ?? []).includes('Files');
    const over = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      e.preventDefault();
      setDragging(true);
    };
    const leave = (e: DragEvent) => {
      if (e.relatedTarget === null) setDragging(false);
    };
    const drop = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      e.preventDefault();
      setDragging(false);
      if (!canAdd) {
        setProblems(['The session is signed: give the reason for the amendment first, then drop the photos again.']);
        return;
      }
      void addFiles(Array.from(e.dataTransfer?.files ?? []));
    };
    window.addEventListener('dragover', over);
    window.addEventListener('dragleave', leave);
    window.addEventListener('drop', drop);
    return () => {
      window.removeEventListener('dragover', over);
      window.removeEventListener('dragleave', leave);
      window.removeEventListener('drop', drop);
    };
  });

  const choose = async () => {
    try {
      const outcome = await api.importPhotos({ sessionId: session.id, pose, caption, ...amendReason });
      setProblems(outcome.refused.map((r) => `${r.fileName}: ${r.message}`));
      if (outcome.added.length) (announce(`${outcome.added.length} photos added`, 'success'), photos.reload());
    } catch (e) {
      setProblems([toApiError(e).message]);
    }
  };

  const remove = async (id: string) => {
    try {
      await api.removePhoto({ id, ...amendReason });
      photos.reload();
    } catch (e) {
      setProblems([toApiError(e).message]);
    }
  };

  const c = coverage.state === 'ready' ? coverage.value : null;
  return (
    <section className="panel session-photos" aria-labelledby="session-photos-title">
      {c ? (
        <div className={`session-consent ${c.consent && !c.consent.withdrawal ? 'session-consent--ok' : 'session-consent--warn'}`} data-testid="session-consent">
          {c.consent ? (
            <span>
              Consent: <strong>{c.consent.title}</strong> ({consentLine(t, c.consent)})
            </span>
          ) : (
            <span>No signed consent for {indicationLabel(t, c.indication).toLocaleLowerCase()} was in force on this day.</span>
          )}
          {c.override ? (
            <span>
              Course started without consent by {c.override.by}: {c.override.reason}
            </span>
          ) : null}
        </div>
      ) : null}
      <h2 className="panel__title" id="session-photos-title">
        Photos {list.length > 0 ? <span className="count">{list.length}</span> : null}
      </h2>
      <div className="session-photos__add">
        <label className="field field--compact">
          <span className="field__label field__label--small">Pose</span>
          <select className="select" value={pose} onChange={(e) => setPose(e.target.value as PhotoPose)} aria-label="Pose of the photos to add">
            {PHOTO_POSES.map((p) => (
              <option key={p.id} value={p.id}>
                {poseLabel(t, p.id)}
              </option>
            ))}
          </select>
        </label>
        <label className="field field--compact">
          <span className="field__label field__label--small">Caption</span>
          <input className="input input--compact" value={caption} onChange={(e) => setCaption(e.target.value)} aria-label="Caption of the photos to add" maxLength={300} />
        </label>
        {signed ? (
          <label className="field field--compact">
            <span className="field__label field__label--small">Reason (amendment)</span>
            <input className="input input--compact" value={reason} onChange={(e) => setReason(e.target.value)} aria-label="Reason for the amendment" />
          </label>
        ) : null}
        <button type="button" className="button" onClick={choose} disabled={!canAdd}>
          Add photos…
        </button>
      </div>
      <p className="muted">JPEG or PNG; or drop photos anywhere on the window.</p>
      {problems.length ? <ErrorBanner title="Some files were not added" message={problems.join('\n')} /> : null}
      <ul className="session-photos__strip" aria-label="Photos of the session">
        {list.map((p) => (
          <li key={p.id} className="photo-tile">
            {urls[p.id] ? <img className="photo-tile__img" src={urls[p.id]} alt={`${poseLabel(t, p.pose)}${p.caption ? `: ${p.caption}` : ''}`} /> : <div className="photo-tile__img" />}
            <div className="photo-tile__caption">
              <div className="photo-tile__pose">{poseLabel(t, p.pose)}</div>
              {p.caption ? <div className="muted">{p.caption}</div> : null}
            </div>
            <button type="button" className="icon-button photo-tile__remove" aria-label={`Remove the ${poseLabel(t, p.pose)} photo`} onClick={() => remove(p.id)} disabled={!canAdd}>
              ×
            </button>
          </li>
        ))}
      </ul>
      {dragging ? <div className="drop-veil">Drop to add the photos to this session</div> : null}
    </section>
  );
}
