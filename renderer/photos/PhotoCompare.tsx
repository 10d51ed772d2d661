import { useTranslation } from 'react-i18next';
import { useRef, useState } from 'react';
import { poseLabel, type Photo } from '../../shared/photo.ts';
import { Modal } from '../components/Modal.tsx';
import { formatDate } from '../format.ts';
import { usePhotoImages } from './usePhotoImages.ts';
import './photos.css';

type View = { zoom: number; x: number; y: number };

/**
 * Two photos of the same pose from different sessions: side by side with zoom and pan shared (a drag
 * or a wheel in either pane moves both), or overlaid with an opacity slider.
 */
export function PhotoCompare({ photos, onClose }: { photos: [Photo, Photo]; onClose: () => void }) {
  const { t } = useTranslation(['clinical']);
  const [before, after] = [...photos].sort((a, b) => a.sessionDate.localeCompare(b.sessionDate)) as [Photo, Photo];
  const urls = usePhotoImages([before.id, after.id], 'display');
  const [mode, setMode] = useState<'side' | 'overlay'>('side');
  const [opacity, setOpacity] = useState(0.5);
  const [view, setView] = useState<View>({ zoom: 1, x: 0, y: 0 });
  const drag = useRef<{ x: number; y: number; start: View } | null>(null);

  const pane = (photo: Photo, extra?: React.CSSProperties) => (
    <img
      src={urls[photo.id]}
      alt={`${poseLabel(t, photo.pose)}, ${formatDate(photo.sessionDate)}${photo.caption ? `: ${photo.caption}` : ''}`}
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
  const label = (p: Photo) => `${formatDate(p.sessionDate)}${p.caption ? ` · ${p.caption}` : ''}`;

  return (
    <Modal
      title={`Compare: ${poseLabel(t, before.pose)}`}
      onClose={onClose}
      size="wide"
      footer={
        <button type="button" className="button" onClick={onClose}>
          Close
        </button>
      }
    >
      <div className="photo-compare__bar">
        <div role="radiogroup" aria-label="Layout" className="chips">
          <button type="button" className={`chip ${mode === 'side' ? 'chip--on' : ''}`} aria-pressed={mode === 'side'} onClick={() => setMode('side')}>
            Side by side
          </button>
          <button type="button" className={`chip ${mode === 'overlay' ? 'chip--on' : ''}`} aria-pressed={mode === 'overlay'} onClick={() => setMode('overlay')}>
            Overlay
          </button>
        </div>
        <button type="button" className="button button--small" onClick={() => setView((v) => ({ ...v, zoom: Math.min(8, v.zoom * 1.25) }))}>
          Zoom in
        </button>
        <button type="button" className="button button--small" onClick={() => setView((v) => ({ ...v, zoom: Math.max(1, v.zoom / 1.25) }))}>
          Zoom out
        </button>
        <button type="button" className="button button--small button--ghost" onClick={() => setView({ zoom: 1, x: 0, y: 0 })}>
          Fit
        </button>
        <span className="muted" data-testid="compare-zoom">
          {Math.round(view.zoom * 100)}%
        </span>
        {mode === 'overlay' ? (
          <label className="field field--compact">
            <span className="field__label field__label--small">
              Later photo opacity {Math.round(opacity * 100)}%
            </span>
            <input type="range" min={0} max={1} step={0.01} value={opacity} onChange={(e) => setOpacity(Number(e.target.value))} aria-label="Opacity of the later photo" />
          </label>
        ) : null}
      </div>
      {mode === 'side' ? (
        <div className="photo-compare__panes">
          <div className="photo-compare__pane" data-testid="compare-pane" {...handlers}>
            {pane(before)}
            <span className="photo-compare__label">Before · {label(before)}</span>
          </div>
          <div className="photo-compare__pane" data-testid="compare-pane" {...handlers}>
            {pane(after)}
            <span className="photo-compare__label">After · {label(after)}</span>
          </div>
        </div>
      ) : (
        <div className="photo-compare__pane photo-compare__overlay" data-testid="compare-overlay" {...handlers}>
          {pane(before)}
          {pane(after, { opacity })}
          <span className="photo-compare__label">
            {label(before)} under {label(after)}
          </span>
        </div>
      )}
    </Modal>
  );
}
