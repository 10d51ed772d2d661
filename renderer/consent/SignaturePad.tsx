import type { Namespace, TFunction } from 'i18next';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { signaturePadRatio } from '../../shared/signatureImage.ts';

/**
 * A signature drawn with the pointer (mouse, pen or finger) on a canvas. Strokes are smoothed with
 * quadratic curves through midpoints; the PNG (transparent background) goes to `onChange`, null when
 * cleared. Drawn at the device's pixel ratio so the stored image is sharp. Its words are the screens'
 * unless `t` is given (the patient's pad speaks the language the patient reads).
 */
export function SignaturePad({ label, onChange, height = 150, t }: { label: string; onChange: (png: string | null) => void; height?: number; t?: TFunction<Namespace> }) {
  const { t: screenT } = useTranslation(['consent']);
  const words = t ?? (screenT as unknown as TFunction<Namespace>);
  const canvas = useRef<HTMLCanvasElement>(null);
  const drawing = useRef<{ points: { x: number; y: number }[] } | null>(null);
  const [empty, setEmpty] = useState(true);
  const emptyRef = useRef(true);
  emptyRef.current = empty;
  const onChangeRef = useRef(onChange);
  onChangeRef.current = onChange;

  /**
   * The backing store follows the box's size at the device's pixel ratio. Sized when the pen first
   * touches an empty pad (a dialog may lay the canvas out after mounting it) and on resize while empty.
   */
  const fit = (c: HTMLCanvasElement) => {
    const rect = c.getBoundingClientRect();
    // Within the size the main process accepts for a signature image.
    const ratio = signaturePadRatio(window.devicePixelRatio, rect.width, rect.height);
    const w = Math.floor(rect.width * ratio);
    const h = Math.floor(rect.height * ratio);
    if (w === 0 || h === 0 || (c.width === w && c.height === h)) return;
    c.width = w;
    c.height = h;
    const ctx = c.getContext('2d');
    if (!ctx) return;
    ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
    ctx.lineCap = 'round';
    ctx.lineJoin = 'round';
    ctx.lineWidth = 2.2;
    ctx.strokeStyle = '#13202e';
    ctx.fillStyle = '#13202e';
  };

  useEffect(() => {
    const c = canvas.current;
    if (!c) return;
    fit(c);
    const observer = new ResizeObserver(() => {
      if (emptyRef.current) fit(c);
    });
    observer.observe(c);
    return () => observer.disconnect();
  }, []);

  const at = (e: React.PointerEvent<HTMLCanvasElement>) => {
    const rect = e.currentTarget.getBoundingClientRect();
    return { x: e.clientX - rect.left, y: e.clientY - rect.top };
  };

  const down = (e: React.PointerEvent<HTMLCanvasElement>) => {
    e.preventDefault();
    e.currentTarget.setPointerCapture(e.pointerId);
    if (emptyRef.current) fit(e.currentTarget);
    const p = at(e);
    drawing.current = { points: [p] };
    const ctx = e.currentTarget.getContext('2d');
    ctx?.beginPath();
    ctx?.arc(p.x, p.y, 1.1, 0, Math.PI * 2);
    ctx?.fill();
  };

  const move = (e: React.PointerEvent<HTMLCanvasElement>) => {
    const stroke = drawing.current;
    const ctx = e.currentTarget.getContext('2d');
    if (!stroke || !ctx) return;
    const p = at(e);
    const prev = stroke.points[stroke.points.length - 1]!;
    const before = stroke.points[stroke.points.length - 2] ?? prev;
    stroke.points.push(p);
    ctx.beginPath();
    ctx.moveTo((before.x + prev.x) / 2, (before.y + prev.y) / 2);
    ctx.quadraticCurveTo(prev.x, prev.y, (prev.x + p.x) / 2, (prev.y + p.y) / 2);
    ctx.stroke();
  };

  const up = (e: React.PointerEvent<HTMLCanvasElement>) => {
    if (!drawing.current) return;
    drawing.current = null;
    setEmpty(false);
    onChangeRef.current(e.currentTarget.toDataURL('image/png'));
  };

  const clear = () => {
    const c = canvas.current;
    const ctx = c?.getContext('2d');
    if (c && ctx) {
      ctx.save();
      ctx.setTransform(1, 0, 0, 1, 0, 0);
      ctx.clearRect(0, 0, c.width, c.height);
      ctx.restore();
    }
    setEmpty(true);
    onChangeRef.current(null);
  };

  return (
    <div className="signature-pad">
      <div className="signature-pad__head">
        <span className="field__label">{label}</span>
        <button type="button" className="button button--ghost button--small" onClick={clear} disabled={empty}>
          {words('consent:pad.clear')}
        </button>
      </div>
      <canvas
        ref={canvas}
        className="signature-pad__canvas"
        style={{ height }}
        aria-label={words('consent:pad.canvas', { label })}
        role="img"
        onPointerDown={down}
        onPointerMove={move}
        onPointerUp={up}
        onPointerCancel={up}
      />
      <p className="signature-pad__hint muted">{empty ? words('consent:pad.empty') : words('consent:pad.signed')}</p>
    </div>
  );
}
