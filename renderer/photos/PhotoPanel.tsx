import { useTranslation } from 'react-i18next';
import { useState } from 'react';
import { PHOTO_POSES, poseLabel, type Photo, type PhotoPose } from '../../shared/photo.ts';
import { indicationLabel } from '../../shared/indications.ts';
import { api } from '../api.ts';
import { formatDate } from '../format.ts';
import { useLoad } from '../useLoad.ts';
import { PhotoCompare } from './PhotoCompare.tsx';
import { usePhotoImages } from './usePhotoImages.ts';
import './photos.css';

/** A patient's photos as a grid, filterable by pose and course; pick two of one pose to compare them. */
export function PhotoPanel({ patientId }: { patientId: string }) {
  const { t } = useTranslation(['clinical']);
  const [pose, setPose] = useState<PhotoPose | ''>('');
  const [courseId, setCourseId] = useState('');
  const [picked, setPicked] = useState<string[]>([]);
  const [comparing, setComparing] = useState(false);
  const courses = useLoad(() => api.listCourses({ patientId }), [patientId]);
  const photos = useLoad(() => api.listPhotos({ patientId, ...(pose ? { pose } : {}), ...(courseId ? { courseId } : {}) }), [patientId, pose, courseId]);
  const list: Photo[] = photos.state === 'ready' ? photos.value : [];
  const urls = usePhotoImages(list.map((p) => p.id), 'thumb');
  const pickedPhotos = picked.map((id) => list.find((p) => p.id === id)).filter((p): p is Photo => !!p);
  const comparable = pickedPhotos.length === 2 && pickedPhotos[0]!.pose === pickedPhotos[1]!.pose && pickedPhotos[0]!.sessionId !== pickedPhotos[1]!.sessionId;

  const toggle = (id: string) => setPicked((p) => (p.includes(id) ? p.filter((x) => x !== id) : [...p.slice(-1), id]));

  return (
    <section className="panel" aria-labelledby="photos-title">
      <div className="panel__header">
        <h2 className="panel__title" id="photos-title">
          Photos
          {photos.state === 'ready' && list.length > 0 ? <span className="count">{list.length}</span> : null}
        </h2>
        <div className="panel__actions">
          <button type="button" className="button button--primary" disabled={!comparable} onClick={() => setComparing(true)} title={comparable ? undefined : 'Pick two photos of the same pose from different sessions'}>
            Compare {pickedPhotos.length}/2
          </button>
        </div>
      </div>
      <div className="photo-filters">
        <label className="field field--compact">
          <span className="field__label field__label--small">Pose</span>
          <select className="select" value={pose} onChange={(e) => setPose(e.target.value as PhotoPose | '')} aria-label="Filter by pose">
            <option value="">All poses</option>
            {PHOTO_POSES.map((p) => (
              <option key={p.id} value={p.id}>
                {poseLabel(t, p.id)}
              </option>
            ))}
          </select>
        </label>
        <label className="field field--compact">
          <span className="field__label field__label--small">Course</span>
          <select className="select" value={courseId} onChange={(e) => setCourseId(e.target.value)} aria-label="Filter by course">
            <option value="">All courses</option>
            {(courses.state === 'ready' ? courses.value : []).map((c) => (
              <option key={c.id} value={c.id}>
                {indicationLabel(t, c.indication)}, {c.area} ({formatDate(c.startDate)})
              </option>
            ))}
          </select>
        </label>
        <span className="muted">Pick two photos of the same pose from different sessions to compare them.</span>
      </div>
      {photos.state === 'ready' && list.length === 0 ? <p className="muted">No photos. Add them in a session: choose files, or drop them on the window.</p> : null}
      <ul className="photo-grid" aria-label="Photos">
        {list.map((p) => (
          <li key={p.id} className={`photo-tile ${picked.includes(p.id) ? 'photo-tile--picked' : ''}`}>
            <button type="button" className="photo-tile__button" aria-pressed={picked.includes(p.id)} onClick={() => toggle(p.id)} data-testid="photo-tile">
              {urls[p.id] ? <img className="photo-tile__img" src={urls[p.id]} alt={`${poseLabel(t, p.pose)}, ${formatDate(p.sessionDate)}`} loading="lazy" decoding="async" /> : <div className="photo-tile__img" />}
              <div className="photo-tile__caption">
                <div className="photo-tile__pose">{poseLabel(t, p.pose)}</div>
                <div>{formatDate(p.sessionDate)}</div>
                {p.caption ? <div className="muted">{p.caption}</div> : null}
              </div>
            </button>
          </li>
        ))}
      </ul>
      {comparing && comparable ? <PhotoCompare photos={[pickedPhotos[0]!, pickedPhotos[1]!]} onClose={() => setComparing(false)} /> : null}
    </section>
  );
}
