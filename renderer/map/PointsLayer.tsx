import type Konva from 'konva';
import { useCallback, useEffect, useLayoutEffect, useRef } from 'react';
import { Layer, Shape } from 'react-konva';
import type { ChartEditor } from '../editor/store.ts';
import type { ChartState } from '../editor/types.ts';
import { perfHooks, visibleMarkers, type DrawInfo } from './drawInfo.ts';
import { drawMarkers } from './markerStyle.ts';
import type { Viewport } from './viewport.ts';

const NO_GHOST: ReadonlySet<string> = new Set();

type Props = { editor: ChartEditor; viewport: Viewport; width: number; height: number; info: { current: DrawInfo } };

/**
 * Every point of the active view, drawn by one Konva.Shape whose scene function batches the markers
 * (markerStyle.ts): no Konva node per point, nothing listening. It redraws when the chart, the
 * selection, the view or the viewport change, but not while points are being dragged: then it keeps
 * the chart as it was, the dragged points faded, and the drag layer draws them moving. It redraws once
 * when the drag ends.
 */
export function PointsLayer({ editor, viewport, width, height, info }: Props) {
  const layer = useRef<Konva.Layer>(null);
  const drawn = useRef<{ state: ChartState; ghost: ReadonlySet<string> }>({ state: editor.state, ghost: NO_GHOST });
  const view = useRef({ viewport, width, height });
  view.current = { viewport, width, height };
  // What the canvas shows now: a redraw asked for the same is skipped (Konva draws a layer when it is
  // added to the stage, so the mount would otherwise draw 5,000 markers twice).
  const painted = useRef<{ state: ChartState; ghost: ReadonlySet<string>; viewport: Viewport; width: number; height: number; canvas: number } | null>(null);

  const sceneFunc = useCallback(
    (context: Konva.Context) => {
      const ctx = context._context;
      const { state, ghost } = drawn.current;
      const { viewport: v, width: w, height: h } = view.current;
      const { markers, scale } = visibleMarkers(state, v, w, h);
      info.current.scale = scale;
      drawMarkers(ctx, markers, { range: state.depthRange, scale, selected: new Set(state.selection), ghost });
      const canvas = context.canvas._canvas;
      painted.current = { state, ghost, viewport: v, width: w, height: h, canvas: canvas.width * 65536 + canvas.height };
      const hooks = perfHooks();
      hooks?.pointsDrawn?.(performance.now());
      hooks?.markersDrawn?.(markers);
    },
    [info],
  );

  const upToDate = () => {
    const p = painted.current;
    const v = view.current;
    const canvas = layer.current?.getCanvas()._canvas;
    return (
      p !== null &&
      p.state === drawn.current.state &&
      p.ghost === drawn.current.ghost &&
      p.viewport === v.viewport &&
      p.width === v.width &&
      p.height === v.height &&
      canvas !== undefined &&
      p.canvas === canvas.width * 65536 + canvas.height
    );
  };

  // Konva asks every layer to draw again in the frame after one is added to the stage (and react-konva
  // after updates); for this layer such a redraw of what the canvas already shows is skipped.
  useLayoutEffect(() => {
    const l = layer.current;
    if (!l) return;
    const draw = l.draw.bind(l);
    l.draw = () => (upToDate() ? l : draw());
    return () => {
      l.draw = draw;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  useEffect(() => {
    if (!upToDate()) layer.current?.batchDraw();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [viewport, width, height]);

  // Edits are drawn at once, in the event that made them (a click places a point: its marker is on
  // the canvas before the handler returns); the first draw happens before the first paint.
  useLayoutEffect(() => {
    const redraw = (state: ChartState, ghost: ReadonlySet<string> = NO_GHOST) => {
      drawn.current = { state, ghost };
      if (!upToDate()) layer.current?.draw();
    };
    redraw(editor.state);
    return editor.subscribe((s, prev) => {
      if (s.dragging) {
        if (!prev.dragging) redraw(s, new Set(editor.draggedIds));
        return;
      }
      const d = drawn.current.state;
      if (prev.dragging || s.points !== d.points || s.selection !== d.selection || s.view !== d.view || s.depthRange !== d.depthRange) redraw(s);
    });
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [editor]);

  return (
    <Layer ref={layer} listening={false}>
      <Shape sceneFunc={sceneFunc} listening={false} perfectDrawEnabled={false} />
    </Layer>
  );
}
