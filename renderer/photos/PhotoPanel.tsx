import { useTranslation } from 'react-i18next';
import { useId, useState } from 'react';
import { poseLabel, type Photo, type PhotoPose } from '../../shared/photo.ts';
import { indicationLabel } from '../../shared/indications.ts';
import { api } from '../api.ts';
import { SelectField } from '../components/SelectField.tsx';
import { useFormat } from '../i18n/locale.ts';
import { useLoad } from '../useLoad.ts';
import { PhotoCompare } from './PhotoCompare.tsx';
import { poseOptions } from './poseOptions.ts';
import { usePhotoImages } from './usePhotoImages.ts';
import './photos.css';

/** A patient's photos as a grid, filterable by pose and course; pick two of one pose to compare them. */
export function PhotoPanel({ patientId }: { patientId: string }) {
  const { t } = useTranslation(['photos', 'clinical']);
  const format = useFormat();
  const id = useId();
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
          {t('panel.title')}
          {photos.state === 'ready' && list.length > 0 ? <span className="count">{list.length}</span> : null}
        </h2>
        <div className="panel__actions">
          <button type="button" className="button button--primary" disabled={!comparable} onClick={() => setComparing(true)} title={comparable ? undefined : t('panel.compareHint')}>
            {t('panel.compare', { count: pickedPhotos.length })}
          </button>
        </div>
      </div>
      <div className="photo-filters">
        <SelectField<PhotoPose | ''>
          id={`${id}-pose`}
          label={t('panel.pose')}
          compact
          value={pose}
          onChange={setPose}
          placeholder={{ label: t('panel.allPoses') }}
          options={poseOptions(t)}
          ariaLabel={t('panel.filterPose')}
        />
        <SelectField
          id={`${id}-course`}
          label={t('panel.course')}
          compact
          value={courseId}
          onChange={setCourseId}
          placeholder={{ label: t('panel.allCourses') }}
          options={(courses.state === 'ready' ? courses.value : []).map((c) => ({
            value: c.id,
            label: t('panel.courseOption', { indication: indicationLabel(t, c.indication), area: c.area, date: format.date(c.startDate) }),
          }))}
          ariaLabel={t('panel.filterCourse')}
        />
        <span className="muted">{t('panel.hint')}</span>
      </div>
      {photos.state === 'ready' && list.length === 0 ? <p className="muted">{t('panel.empty')}</p> : null}
      <ul className="photo-grid" aria-label={t('panel.list')}>
        {list.map((p) => (
          <li key={p.id} className={`photo-tile ${picked.includes(p.id) ? 'photo-tile--picked' : ''}`}>
            <button type="button" className="photo-tile__button" aria-pressed={picked.includes(p.id)} onClick={() => toggle(p.id)} data-testid="photo-tile">
              {urls[p.id] ? <img className="photo-tile__img" src={urls[p.id]} alt={t('alt', { pose: poseLabel(t, p.pose), date: format.date(p.sessionDate) })} loading="lazy" decoding="async" /> : <div className="photo-tile__img" />}
              <div className="photo-tile__caption">
                <div className="photo-tile__pose">{poseLabel(t, p.pose)}</div>
                <div>{format.date(p.sessionDate)}</div>
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
