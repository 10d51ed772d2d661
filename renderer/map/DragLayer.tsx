import type Konva from 'konva';
import { useCallback, useEffect, useRef, type RefObject } from 'react';
import { Layer, Shape } from 'react-konva';
import type { InjectionPoint } from '../../shared/point.ts';
import type { ChartEditor } from '../editor/store.ts';
import { perfHooks, pointNumbers, type DrawInfo } from './drawInfo.ts';
import { drawMarkers, SELECTION_COLOUR, type ScreenMarker } from './markerStyle.ts';
import type { Viewport } from './viewport.ts';

/** What the overlay shows besides dragged points: the rubber band and the keyboard cursor (screen px). */
export type Overlay = {
  band: { x0: number; y0: number; x1: number; y1: number } | null;
  /** The keyboard cursor, in map coordinates; shown while the canvas has the keyboard focus. */
  cursor: { x: number; y: number } | null;
};

type Props = { editor: ChartEditor; viewport: Viewport; info: { current: DrawInfo }; overlay: RefObject<Overlay>; layerRef: RefObject<Konva.Layer | null> };

/**
 * The layer above the points: the point(s) being dragged, drawn at their current place at every
 * pointer move (a handful of markers, so a frame costs next to nothing), the selection rubber band and
 * the keyboard cursor.
 */
export function DragLayer({ editor, viewport, info, overlay, layerRef }: Props) {
  const view = useRef(viewport);
  view.current = viewport;

  const sceneFunc = useCallback(
    (context: Konva.Context) => {
      const ctx = context._context;
      const v = view.current;
      const s = editor.state;
      if (s.dragging) {
        const nums = pointNumbers(s.points);
        const markers: ScreenMarker[] = [];
        for (const id of editor.draggedIds) {
          const i = s.pointIndex[id];
          const p = i === undefined ? undefined : (s.points[i] as InjectionPoint);
          if (p) markers.push({ point: p, sx: p.x * v.scale + v.x, sy: p.y * v.scale + v.y, number: nums.get(id) ?? 0 });
        }
        drawMarkers(ctx, markers, { range: s.depthRange, scale: info.current.scale, selected: new Set(s.selection) });
        perfHooks()?.dragDrawn?.(performance.now());
      }
      const o = overlay.current;
      if (o?.band) {
        const { x0, y0, x1, y1 } = o.band;
        ctx.fillStyle = 'rgba(232, 89, 12, 0.08)';
        ctx.fillRect(Math.min(x0, x1), Math.min(y0, y1), Math.abs(x1 - x0), Math.abs(y1 - y0));
        ctx.strokeStyle = SELECTION_COLOUR;
        ctx.lineWidth = 1;
        ctx.setLineDash([5, 3]);
        ctx.strokeRect(Math.min(x0, x1) + 0.5, Math.min(y0, y1) + 0.5, Math.abs(x1 - x0), Math.abs(y1 - y0));
        ctx.setLineDash([]);
      }
      if (o?.cursor) {
        const cx = o.cursor.x * v.scale + v.x;
        const cy = o.cursor.y * v.scale + v.y;
        ctx.lineWidth = 3.5;
        ctx.strokeStyle = '#ffffff';
        const cross = () => {
          ctx.beginPath();
          ctx.moveTo(cx - 12, cy);
          ctx.lineTo(cx - 4, cy);
          ctx.moveTo(cx + 4, cy);
          ctx.lineTo(cx + 12, cy);
          ctx.moveTo(cx, cy - 12);
          ctx.lineTo(cx, cy - 4);
          ctx.moveTo(cx, cy + 4);
          ctx.lineTo(cx, cy + 12);
          ctx.stroke();
        };
        cross();
        ctx.lineWidth = 1.5;
        ctx.strokeStyle = '#0d6577';
        cross();
      }
    },
    [editor, info, overlay],
  );

  useEffect(() => {
    layerRef.current?.batchDraw();
  }, [viewport, layerRef]);

  useEffect(
    () =>
      editor.subscribe((s, prev) => {
        if (s.dragging || prev.dragging) layerRef.current?.batchDraw();
      }),
    [editor, layerRef],
  );

  return (
    <Layer ref={layerRef} listening={false}>
      <Shape sceneFunc={sceneFunc} listening={false} perfectDrawEnabled={false} />
    </Layer>
  );
}
