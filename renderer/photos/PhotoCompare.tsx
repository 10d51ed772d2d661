import { useTranslation } from 'react-i18next';
import { useRef, useState } from 'react';
import { poseLabel, type Photo } from '../../shared/photo.ts';
import { Modal } from '../components/Modal.tsx';
import { useFormat } from '../i18n/locale.ts';
import { usePhotoImages } from './usePhotoImages.ts';
import './photos.css';

type View = { zoom: number; x: number; y: number };

/**
 * Two photos of the same pose from different sessions: side by side with zoom and pan shared (a drag
 * or a wheel in either pane moves both), or overlaid with an opacity slider.
 */
export function PhotoCompare({ photos, onClose }: { photos: [Photo, Photo]; onClose: () => void }) {
  const { t } = useTranslation(['photos', 'clinical']);
  const format = useFormat();
  const [before, after] = [...photos].sort((a, b) => a.sessionDate.localeCompare(b.sessionDate)) as [Photo, Photo];
  const urls = usePhotoImages([before.id, after.id], 'display');
  const [mode, setMode] = useState<'side' | 'overlay'>('side');
  const [opacity, setOpacity] = useState(0.5);
  const [view, setView] = useState<View>({ zoom: 1, x: 0, y: 0 });
  const drag = useRef<{ x: number; y: number; start: View } | null>(null);

  const pane = (photo: Photo, extra?: React.CSSProperties) => (
    <img
      src={urls[photo.id]}
      alt={photo.caption ? t('altCaption', { pose: poseLabel(t, photo.pose), date: format.date(photo.sessionDate), caption: photo.caption }) : t('alt', { pose: poseLabel(t, photo.pose), date: format.date(photo.sessionDate) })}
      style={{ transform: `translate(-50%, -50%) translate(${view.x}px, ${view.y}px) scale(${view.zoom})`, ...extra }}
      draggable={false}
    />
  );
  const handlers = {
    onPointerDown: (e: React.PointerEvent<HTMLDivElement>) => {
      e.currentTarget.setPointerCapture(e.pointerId);
      drag.current = { x: e.clientX, y: e.clientY, start: view };
    },
    onPointerMove: (e: React.PointerEvent<HTMLDivElement>) => {
      const d = drag.current;
      if (d) setView({ ...d.start, x: d.start.x + e.clientX - d.x, y: d.start.y + e.clientY - d.y });
    },
    onPointerUp: () => (drag.current = null),
    onWheel: (e: React.WheelEvent<HTMLDivElement>) => setView((v) => ({ ...v, zoom: Math.min(8, Math.max(1, v.zoom * (e.deltaY < 0 ? 1.15 : 1 / 1.15))) })),
  };
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
        <button type="button" className="button button--small" onClick={() => setView((v) => ({ ...v, zoom: Math.min(8, v.zoom * 1.25) }))}>
          {t('compare.zoomIn')}
        </button>
        <button type="button" className="button button--small" onClick={() => setView((v) => ({ ...v, zoom: Math.max(1, v.zoom / 1.25) }))}>
          {t('compare.zoomOut')}
        </button>
        <button type="button" className="button button--small button--ghost" onClick={() => setView({ zoom: 1, x: 0, y: 0 })}>
          {t('compare.fit')}
        </button>
        <span className="muted" data-testid="compare-zoom">
          {format.percent(view.zoom)}
        </span>
        {mode === 'overlay' ? (
          <label className="field field--compact">
            <span className="field__label field__label--small">
              {t('compare.opacity', { percent: format.percent(opacity) })}
            </span>
            <input type="range" min={0} max={1} step={0.01} value={opacity} onChange={(e) => setOpacity(Number(e.target.value))} aria-label={t('compare.opacityLabel')} />
          </label>
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
