import type Konva from 'konva';
import { useCallback, useEffect, useLayoutEffect, useRef } from 'react';
import { Layer, Shape } from 'react-konva';
import type { ChartEditor } from '../editor/store.ts';
import type { ChartState } from '../editor/types.ts';
import { perfHooks, visibleMarkers, type DrawInfo } from './drawInfo.ts';
import { drawMarkers } from './markerStyle.ts';
import type { Viewport } from './viewport.ts';

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
  const drawn = useRef<{ state: ChartState; ghost: ReadonlySet<string> }>({ state: editor.state, ghost: new Set() });
  const view = useRef({ viewport, width, height });
  view.current = { viewport, width, height };

  const sceneFunc = useCallback(
    (context: Konva.Context) => {
      const ctx = context._context;
      const { state, ghost } = drawn.current;
      const { viewport: v, width: w, height: h } = view.current;
      const { markers, scale } = visibleMarkers(state, v, w, h);
      info.current.scale = scale;
      drawMarkers(ctx, markers, { range: state.depthRange, scale, selected: new Set(state.selection), ghost });
      perfHooks()?.pointsDrawn?.(performance.now());
    },
    [info],
  );

  const first = useRef(true);
  useEffect(() => {
    // The first draw is the layout effect's below.
    if (first.current) {
      first.current = false;
      return;
    }
    layer.current?.batchDraw();
  }, [viewport, width, height]);

  // Edits are drawn at once, in the event that made them (a click places a point: its marker is on
  // the canvas before the handler returns); the first draw happens before the first paint.
  useLayoutEffect(() => {
    const redraw = (state: ChartState, ghost: ReadonlySet<string> = new Set()) => {
      drawn.current = { state, ghost };
      layer.current?.draw();
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
  }, [editor]);

  return (
    <Layer ref={layer} listening={false}>
      <Shape sceneFunc={sceneFunc} listening={false} perfectDrawEnabled={false} />
    </Layer>
  );
}
