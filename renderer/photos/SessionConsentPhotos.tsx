import { Trans, useTranslation } from 'react-i18next';
import { useEffect, useId, useState } from 'react';
import { PHOTO_LIMITS, poseLabel, type PhotoPose } from '../../shared/photo.ts';
import { indicationLabel } from '../../shared/indications.ts';
import type { Session } from '../../shared/session.ts';
import { ApiError } from '../../shared/errors.ts';
import { api } from '../api.ts';
import { ErrorBanner } from '../components/ErrorBanner.tsx';
import { Field } from '../components/Field.tsx';
import { SelectField } from '../components/SelectField.tsx';
import { consentLine } from '../consent/consentText.ts';
import { errorText } from '../i18n/errorText.ts';
import { announce } from '../status.ts';
import { useLoad } from '../useLoad.ts';
import { poseOptions } from './poseOptions.ts';
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
  const { t } = useTranslation(['photos', 'clinical', 'consent']);
  const id = useId();
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
        refused.push(t('session.tooLarge', { file: file.name, size: PHOTO_LIMITS.maxBytes / 1024 / 1024 }));
        continue;
      }
      try {
        await api.addPhoto({ sessionId: session.id, pose, caption, fileName: file.name.slice(0, 255), data: await base64Of(file), ...amendReason });
        added += 1;
      } catch (e) {
        refused.push(t('session.refused', { file: file.name, reason: errorText(t, e) }));
      }
    }
    setProblems(refused);
    if (added) (announce(t('session.added', { count: added }), 'success'), photos.reload());
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
        setProblems([t('session.signedDrop')]);
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
      setProblems(outcome.refused.map((r) => t('session.refused', { file: r.fileName, reason: errorText(t, new ApiError(r.error)) })));
      if (outcome.added.length) (announce(t('session.added', { count: outcome.added.length }), 'success'), photos.reload());
    } catch (e) {
      setProblems([errorText(t, e)]);
    }
  };

  const remove = async (id: string) => {
    try {
      await api.removePhoto({ id, ...amendReason });
      photos.reload();
    } catch (e) {
      setProblems([errorText(t, e)]);
    }
  };

  const c = coverage.state === 'ready' ? coverage.value : null;
  return (
    <section className="panel session-photos" aria-labelledby="session-photos-title">
      {c ? (
        <div className={`session-consent ${c.consent && !c.consent.withdrawal ? 'session-consent--ok' : 'session-consent--warn'}`} data-testid="session-consent">
          {c.consent ? (
            <span>
              <Trans t={t} i18nKey="session.consent" values={{ title: c.consent.title, line: consentLine(t, c.consent) }} components={{ strong: <strong /> }} />
            </span>
          ) : (
            <span>{t('session.noConsent', { indication: indicationLabel(t, c.indication).toLocaleLowerCase() })}</span>
          )}
          {c.override ? (
            <span>{t('session.override', { by: c.override.by, reason: c.override.reason })}</span>
          ) : null}
        </div>
      ) : null}
      <h2 className="panel__title" id="session-photos-title">
        {t('session.title')} {list.length > 0 ? <span className="count">{list.length}</span> : null}
      </h2>
      <div className="session-photos__add">
        <SelectField id={`${id}-pose`} label={t('session.pose')} compact value={pose} onChange={setPose} options={poseOptions(t)} ariaLabel={t('session.poseLabel')} />
        <Field id={`${id}-caption`} label={t('session.caption')} layout="compact">
          {(c) => <input {...c} className="input input--compact" value={caption} onChange={(e) => setCaption(e.target.value)} aria-label={t('session.captionLabel')} maxLength={300} />}
        </Field>
        {signed ? (
          <Field id={`${id}-reason`} label={t('session.reason')} layout="compact">
            {(c) => <input {...c} className="input input--compact" value={reason} onChange={(e) => setReason(e.target.value)} aria-label={t('session.reasonLabel')} />}
          </Field>
        ) : null}
        <button type="button" className="button" onClick={choose} disabled={!canAdd}>
          {t('session.add')}
        </button>
      </div>
      <p className="muted">{t('session.hint')}</p>
      {problems.length ? <ErrorBanner title={t('session.notAdded')} message={problems.join('\n')} /> : null}
      <ul className="session-photos__strip" aria-label={t('session.list')}>
        {list.map((p) => (
          <li key={p.id} className="photo-tile">
            {urls[p.id] ? <img className="photo-tile__img" src={urls[p.id]} alt={p.caption ? t('session.altCaption', { pose: poseLabel(t, p.pose), caption: p.caption }) : t('session.alt', { pose: poseLabel(t, p.pose) })} /> : <div className="photo-tile__img" />}
            <div className="photo-tile__caption">
              <div className="photo-tile__pose">{poseLabel(t, p.pose)}</div>
              {p.caption ? <div className="muted">{p.caption}</div> : null}
            </div>
            <button type="button" className="icon-button photo-tile__remove" aria-label={t('session.remove', { pose: poseLabel(t, p.pose) })} onClick={() => remove(p.id)} disabled={!canAdd}>
              ×
            </button>
          </li>
        ))}
      </ul>
      {dragging ? <div className="drop-veil">{t('session.drop')}</div> : null}
    </section>
  );
}
