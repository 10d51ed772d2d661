import { useTranslation } from 'react-i18next';
import { poseLabel } from '../../shared/photo.ts';
import { api } from '../api.ts';
import { useFormat } from '../i18n/locale.ts';
import { useLoad } from '../useLoad.ts';
import { usePhotoImages } from './usePhotoImages.ts';
import './photos.css';

/** Under the compare view's maps: the photos of the chosen sessions, a column per session, poses aligned. */
export function ComparedPhotos({ patientId, sessions, labels }: { patientId: string; sessions: readonly { id: string; date: string }[]; labels: Readonly<Record<string, string>> }) {
  const { t } = useTranslation(['photos', 'clinical']);
  const format = useFormat();
  const photos = useLoad(() => api.listPhotos({ patientId }), [patientId]);
  const ids = new Set(sessions.map((s) => s.id));
  const shown = photos.state === 'ready' ? photos.value.filter((p) => ids.has(p.sessionId)) : [];
  const urls = usePhotoImages(shown.map((p) => p.id), 'thumb');
  if (shown.length === 0) return null;
  const poses = [...new Set(shown.map((p) => p.pose))];
  return (
    <section className="compare-section" aria-labelledby="compared-photos-title">
      <h2 className="compare-section__title" id="compared-photos-title">
        {t('comparedTitle')}
      </h2>
      <div className="compared-photos" style={{ gridTemplateColumns: `120px repeat(${sessions.length}, minmax(0, 1fr))` }}>
        <span />
        {sessions.map((s) => (
          <strong key={s.id}>
            {labels[s.id] ?? ''} {format.date(s.date)}
          </strong>
        ))}
        {poses.map((pose) => [
          <span key={pose} className="photo-tile__pose">
            {poseLabel(t, pose)}
          </span>,
          ...sessions.map((s) => {
            const of = shown.filter((p) => p.sessionId === s.id && p.pose === pose);
            return (
              <div key={`${pose}-${s.id}`} className="compared-photos__cell">
                {of.map((p) => (urls[p.id] ? <img key={p.id} className="photo-tile__img" src={urls[p.id]} alt={p.caption ? t('altCaption', { pose: poseLabel(t, p.pose), date: format.date(p.sessionDate), caption: p.caption }) : t('alt', { pose: poseLabel(t, p.pose), date: format.date(p.sessionDate) })} /> : null))}
                {of.length === 0 ? <span className="muted">—</span> : null}
              </div>
            );
          }),
        ])}
      </div>
    </section>
  );
}
