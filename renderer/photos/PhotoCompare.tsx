import { useTranslation } from 'react-i18next';
import { useId, useMemo, useState } from 'react';
import { poseLabel, type Photo } from '../../shared/photo.ts';
import { Field } from '../components/Field.tsx';
import { Modal } from '../components/Modal.tsx';
import { useFormat } from '../i18n/locale.ts';
import { PHOTO_GESTURES, viewportOf, ZOOM_STEP, zoomOf } from '../map/gestures.ts';
import { panZoomHandlers, useGestures, type GestureDispatch } from '../map/useGestures.ts';
import { usePhotoImages } from './usePhotoImages.ts';
import './photos.css';

/** A ref callback that tells the gestures the pane's size, now and whenever it changes. */
function measurePane(el: HTMLElement | null, dispatch: GestureDispatch): (() => void) | undefined {
  if (!el) return undefined;
  const measure = () => dispatch({ type: 'resize', w: el.clientWidth, h: el.clientHeight });
  measure();
  const ro = new ResizeObserver(measure);
  ro.observe(el);
  return () => ro.disconnect();
}

/**
 * Two photos of the same pose from different sessions: side by side with zoom and pan shared (a drag,
 * a pinch or a wheel in either pane moves both), or overlaid with an opacity slider. The gestures are
 * the maps' (map/gestures.ts): the content is the pane, in which CSS fits the photo.
 */
export function PhotoCompare({ photos, onClose }: { photos: [Photo, Photo]; onClose: () => void }) {
  const { t } = useTranslation(['photos', 'clinical']);
  const id = useId();
  const format = useFormat();
  const [before, after] = [...photos].sort((a, b) => a.sessionDate.localeCompare(b.sessionDate)) as [Photo, Photo];
  const urls = usePhotoImages([before.id, after.id], 'display');
  const [mode, setMode] = useState<'side' | 'overlay'>('side');
  const [opacity, setOpacity] = useState(0.5);
  const { state, current, dispatch } = useGestures(PHOTO_GESTURES, { key: 'photo', width: 1, height: 1 });
  const v = viewportOf(state);
  const zoom = zoomOf(state) ?? 1;
  // The photo sits centred in its pane; the viewport places the pane-sized content, so it moves by the
  // viewport's offset plus what scaling about the centre (the image's own origin) does not already do.
  const scale = v?.scale ?? 1;
  const shift = v && state.pane ? { x: v.x + ((scale - 1) * state.pane.w) / 2, y: v.y + ((scale - 1) * state.pane.h) / 2 } : { x: 0, y: 0 };

  const pane = (photo: Photo, extra?: React.CSSProperties) => (
    <img
      src={urls[photo.id]}
      alt={photo.caption ? t('altCaption', { pose: poseLabel(t, photo.pose), date: format.date(photo.sessionDate), caption: photo.caption }) : t('alt', { pose: poseLabel(t, photo.pose), date: format.date(photo.sessionDate) })}
      style={{ transform: `translate(-50%, -50%) translate(${shift.x}px, ${shift.y}px) scale(${scale})`, ...extra }}
      draggable={false}
    />
  );
  // Each pane tells its size (side by side they are equal) and zooms under the wheel.
  const handlers = useMemo(() => {
    const pan = panZoomHandlers(dispatch, current);
    const ref = (el: HTMLElement | null) => {
      const stopWheel = pan.ref(el);
      const stopMeasure = measurePane(el, dispatch);
      return () => {
        stopWheel?.();
        stopMeasure?.();
      };
    };
    return { ...pan, ref };
  }, [dispatch, current]);
  const label = (p: Photo) => (p.caption ? t('compare.photoCaption', { date: format.date(p.sessionDate), caption: p.caption }) : t('compare.photo', { date: format.date(p.sessionDate) }));

  return (
    <Modal
      title={t('compare.title', { pose: poseLabel(t, before.pose) })}
      onClose={onClose}
      size="wide"
      footer={
        <button type="button" className="button" onClick={onClose}>
          {t('compare.close')}
        </button>
      }
    >
      <div className="photo-compare__bar">
        <div role="radiogroup" aria-label={t('compare.layout')} className="chips">
          <button type="button" className={`chip ${mode === 'side' ? 'chip--on' : ''}`} aria-pressed={mode === 'side'} onClick={() => setMode('side')}>
            {t('compare.side')}
          </button>
          <button type="button" className={`chip ${mode === 'overlay' ? 'chip--on' : ''}`} aria-pressed={mode === 'overlay'} onClick={() => setMode('overlay')}>
            {t('compare.overlay')}
          </button>
        </div>
        <button type="button" className="button button--small" onClick={() => dispatch({ type: 'zoom', factor: ZOOM_STEP })}>
          {t('compare.zoomIn')}
        </button>
        <button type="button" className="button button--small" onClick={() => dispatch({ type: 'zoom', factor: 1 / ZOOM_STEP })}>
          {t('compare.zoomOut')}
        </button>
        <button type="button" className="button button--small button--ghost" onClick={() => dispatch({ type: 'fit' })}>
          {t('compare.fit')}
        </button>
        <span className="muted" data-testid="compare-zoom">
          {format.percent(zoom)}
        </span>
        {mode === 'overlay' ? (
          <Field id={`${id}-opacity`} label={t('compare.opacity', { percent: format.percent(opacity) })} layout="compact">
            {(c) => <input {...c} type="range" min={0} max={1} step={0.01} value={opacity} onChange={(e) => setOpacity(Number(e.target.value))} aria-label={t('compare.opacityLabel')} />}
          </Field>
        ) : null}
      </div>
      {mode === 'side' ? (
        <div className="photo-compare__panes">
          <div className="photo-compare__pane" data-testid="compare-pane" {...handlers}>
            {pane(before)}
            <span className="photo-compare__label">{t('compare.before', { photo: label(before) })}</span>
          </div>
          <div className="photo-compare__pane" data-testid="compare-pane" {...handlers}>
            {pane(after)}
            <span className="photo-compare__label">{t('compare.after', { photo: label(after) })}</span>
          </div>
        </div>
      ) : (
        <div className="photo-compare__pane photo-compare__overlay" data-testid="compare-overlay" {...handlers}>
          {pane(before)}
          {pane(after, { opacity })}
          <span className="photo-compare__label">{t('compare.under', { before: label(before), after: label(after) })}</span>
        </div>
      )}
    </Modal>
  );
}
