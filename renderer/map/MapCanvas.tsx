import type Konva from 'konva';
import { useCallback, useEffect, useId, useLayoutEffect, useMemo, useRef, useState, type PointerEvent as ReactPointerEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Stage } from 'react-konva';
import { MAP_ARTWORK } from '../../assets/maps/index.ts';
import { viewLabel, WHOLE_VIEWS } from '../../shared/mapViews.ts';
import { regionAt, regionLabel, regionName } from '../../shared/regions.ts';
import type { Autosave } from '../editor/autosave.ts';
import type { EditorAction } from '../editor/keyboard.ts';
import { SpatialIndex } from '../editor/spatialIndex.ts';
import type { ChartEditor } from '../editor/store.ts';
import { useFormat } from '../i18n/locale.ts';
import { consumeStamp } from '../sessions/stampMode.ts';
import { ArtworkLayer } from './ArtworkLayer.tsx';
import { DragLayer, type Overlay } from './DragLayer.tsx';
import { pointNumbers, type DrawInfo } from './drawInfo.ts';
import { contentAt, MAP_GESTURES, viewportOf, ZOOM_STEP, zoomOf, type Point } from './gestures.ts';
import { Legend } from './Legend.tsx';
import { MapToolbar, type Tool } from './MapToolbar.tsx';
import { sessionFrames } from './initialFraming.ts';
import { footprintRadius, LABELLED } from './markerStyle.ts';
import { PointsLayer } from './PointsLayer.tsx';
import { ShortcutsHelp } from './ShortcutsHelp.tsx';
import { useChart } from '../editor/useChart.ts';
import { listenWheel, localPoint, useGestures, useShownContent } from './useGestures.ts';
import { useMapKeyboard } from './useMapKeyboard.ts';
import { toMap } from './viewport.ts';
import './map.css';

type Props = {
  editor: ChartEditor;
  autosave?: Autosave | null;
  /** Fixed stage height in px; by default the canvas fills its box (CSS). */
  height?: number;
};

/**
 * The injection map: the toolbar (MapToolbar), the Konva stage (artwork, points, drag/overlay layers),
 * the legend and the shortcuts help. Pointer input is handled on the stage's box and hit-tested
 * against an R-tree (SpatialIndex), not Konva's hit graph: no layer listens. What a pointer does is the
 * gesture reducer's (gestures.ts, shared with the compare and photo views); what a finished gesture
 * means for the chart is done here; the keys are useMapKeyboard's.
 *
 * Gestures. Place tool: a click on empty map places a point; Select tool: it clears the selection.
 * A click on a point selects it (Shift toggles it); dragging a point moves the selection; dragging on
 * empty map draws a rubber band (Shift adds). Pan: Space + drag, or drag with the middle or right
 * button. Zoom: wheel or pinch around the pointer, + / − buttons and keys, 0 or Fit to fit.
 */
export function MapCanvas({ editor, autosave, height }: Props) {
  const { t } = useTranslation(['map', 'clinical']);
  const format = useFormat();
  const view = useChart(editor, (s) => s.view);
  const readOnly = useChart(editor, (s) => s.readOnly);
  // Not during a drag: the tab counts cannot change then, and re-rendering at every move is wasted work.
  const points = useChart(editor, (s) => s.points, (a, b) => a === b || editor.state.dragging);
  const selection = useChart(editor, (s) => s.selection);
  const canUndo = useChart(editor, (s) => s.history.undos.length > 0 && !s.dragging && !s.readOnly);
  const canRedo = useChart(editor, (s) => s.history.redos.length > 0 && !s.dragging && !s.readOnly);
  const counts = useMemo(() => {
    const c: Record<string, number> = {};
    for (const p of points) c[p.view] = (c[p.view] ?? 0) + 1;
    return c;
  }, [points]);

  const box = useRef<HTMLDivElement>(null);
  const art = MAP_ARTWORK[view];
  // Each view opens framed on the session's points there, or its treated areas (initialFraming.ts).
  const areas = useChart(editor, (s) => s.fields.treatedAreas);
  const frames = useMemo(() => sessionFrames(t, points, areas), [t, points, areas]);
  // Zoom and pan per view, for the box size they were made at (a new size frames again).
  const gestures = useGestures(MAP_GESTURES, { key: view, width: art.width, height: art.height }, frames);
  const { current, dispatch } = gestures;
  // Kept for a view shown afresh: switching to a view frames that view's points as they are then.
  useLayoutEffect(() => void dispatch({ type: 'frames', frames }), [dispatch, frames]);
  const shown = useShownContent(gestures, view, art.width, art.height);
  const size = shown.pane;
  const viewport = viewportOf(shown);

  const [tool, setTool] = useState<Tool>('place');
  const [showRegions, setShowRegions] = useState(false);
  const [helpOpen, setHelpOpen] = useState(false);
  const [hover, setHover] = useState<{ region: string | null; point: boolean }>({ region: null, point: false });
  const [announcement, setAnnouncement] = useState('');
  const [focused, setFocused] = useState(false);
  const info = useRef<DrawInfo>({ scale: LABELLED });
  const overlay = useRef<Overlay>({ band: null, cursor: null });
  const overlayLayer = useRef<Konva.Layer | null>(null);
  const index = useMemo(() => new SpatialIndex(), []);
  const hintId = useId();

  // The stage follows its box; measured before the first paint, so the map draws in the first frame.
  useLayoutEffect(() => {
    const el = box.current;
    if (!el) return;
    const measure = () => dispatch({ type: 'resize', w: Math.max(200, Math.floor(el.clientWidth)), h: Math.max(200, Math.floor(el.clientHeight)) });
    measure();
    const ro = new ResizeObserver(measure);
    ro.observe(el);
    return () => ro.disconnect();
  }, [dispatch]);

  // Wheel zoom about the pointer (a non-passive listener keeps the page from scrolling).
  useEffect(() => listenWheel(box.current, dispatch), [dispatch]);

  const mapPos = useCallback((p: Point) => contentAt(current.current, p), [current]);
  const localPos = (e: { clientX: number; clientY: number }) => localPoint(box.current, e);

  /** The point under a screen position, by the R-tree and each marker's drawn radius. */
  const hitAt = useCallback(
    (sx: number, sy: number): string | null => {
      const v = viewportOf(current.current);
      if (!v) return null;
      const s = editor.state;
      index.sync(s.points);
      const m = toMap(v, sx, sy);
      const base = info.current.scale.radius + 2;
      const maxR = (footprintRadius({ injector: { kind: 'multi', needleCount: 18 } }, base) + 1) / v.scale;
      return index.hit(s.view, m.x, m.y, maxR, (id) => {
        const i = s.pointIndex[id];
        const p = i === undefined ? undefined : s.points[i];
        return p ? (footprintRadius(p, base) + 1) / v.scale : 0;
      });
    },
    [editor, index, current],
  );

  const say = useCallback((text: string) => setAnnouncement(text), []);

  const describePlaced = useCallback(() => {
    const s = editor.state;
    const id = s.selection[0];
    const i = id === undefined ? undefined : s.pointIndex[id];
    const p = i === undefined ? undefined : s.points[i];
    if (!p) return;
    const n = pointNumbers(s.points).get(p.id);
    const depth = format.depth(p.depthMm);
    say(p.region ? t('say.placedIn', { number: n, region: regionLabel(t, p.view, p.region) ?? p.region, depth }) : t('say.placedOutside', { number: n, depth }));
  }, [editor, say, t, format]);

  const redrawOverlay = () => overlayLayer.current?.batchDraw();

  // ---------- actions, shared by buttons and keys ----------

  const perform = useCallback(
    (a: EditorAction, fromCanvas: boolean): boolean => {
      const s = editor.state;
      switch (a.type) {
        case 'undo':
          if (editor.undo()) say(t('say.undone'));
          return true;
        case 'redo':
          if (editor.redo()) say(t('say.redone'));
          return true;
        case 'select-all':
          if (!fromCanvas) return false;
          editor.selectAll();
          say(t('say.selected', { count: editor.state.selection.length }));
          return true;
        case 'clear-selection':
          if (s.dragging) {
            editor.cancelDrag();
            dispatch({ type: 'cancel' });
            return true;
          }
          if (helpOpen) {
            setHelpOpen(false);
            return true;
          }
          editor.clearSelection();
          return fromCanvas;
        case 'delete':
          if (!fromCanvas || s.selection.length === 0) return false;
          if (editor.deleteSelection().ok) say(t('say.deleted', { count: s.selection.length }));
          return true;
        case 'duplicate':
          if (s.selection.length === 0) return false;
          editor.duplicateSelection();
          return true;
        case 'nudge':
          if (!fromCanvas) return false;
          if (s.selection.length > 0) editor.nudge(a.direction, a.large);
          else {
            const c = overlay.current.cursor ?? { x: art.width / 2, y: art.height / 2 };
            const step = a.large ? 50 : 10;
            const dx = a.direction === 'left' ? -step : a.direction === 'right' ? step : 0;
            const dy = a.direction === 'up' ? -step : a.direction === 'down' ? step : 0;
            const next = { x: Math.min(art.width, Math.max(0, c.x + dx)), y: Math.min(art.height, Math.max(0, c.y + dy)) };
            overlay.current.cursor = next;
            const region = regionAt(s.view, next.x, next.y);
            say(region ? regionName(t, s.view, region.id) : t('say.outside'));
            redrawOverlay();
          }
          return true;
        case 'place-at-cursor': {
          if (!fromCanvas) return false;
          const c = overlay.current.cursor ?? { x: art.width / 2, y: art.height / 2 };
          overlay.current.cursor = c;
          if (editor.place(c.x, c.y).ok) describePlaced();
          redrawOverlay();
          return true;
        }
        case 'zoom-in':
          dispatch({ type: 'zoom', factor: ZOOM_STEP });
          return true;
        case 'zoom-out':
          dispatch({ type: 'zoom', factor: 1 / ZOOM_STEP });
          return true;
        case 'fit':
          dispatch({ type: 'fit' });
          return true;
        case 'help':
          setHelpOpen((o) => !o);
          return true;
        case 'tool':
          setTool(a.tool);
          return true;
        case 'view': {
          const v = WHOLE_VIEWS[a.index];
          if (v) editor.setView(v);
          return true;
        }
      }
    },
    [editor, art, helpOpen, dispatch, describePlaced, say, t],
  );

  const space = useMapKeyboard(box, perform);

  // ---------- pointer: the reducer moves the map; what a gesture means for the chart is done here ----------

  const onPointerDown = (e: ReactPointerEvent<HTMLDivElement>) => {
    const p = localPos(e);
    box.current?.focus({ preventScroll: true });
    const touch = e.pointerType === 'touch';
    if (touch && Object.keys(current.current.touches).length === 1) {
      // A second finger: a pinch, whatever the first one had started.
      const before = dispatch({ type: 'down', pointer: e.pointerId, at: p, touch });
      if (before.gesture?.kind === 'drag') editor.cancelDrag();
      if (before.gesture?.kind === 'band') {
        overlay.current.band = null;
        redrawOverlay();
      }
      return;
    }
    e.currentTarget.setPointerCapture(e.pointerId);
    if (e.button === 1 || e.button === 2 || space.current) {
      e.preventDefault();
      dispatch({ type: 'down', pointer: e.pointerId, at: p, touch, pan: true });
      return;
    }
    if (e.button !== 0) return;
    const hit = hitAt(p.x, p.y);
    if (hit && e.shiftKey) {
      editor.select([hit], 'toggle');
      return;
    }
    if (hit && !editor.state.selection.includes(hit)) editor.select([hit]);
    dispatch({ type: 'down', pointer: e.pointerId, at: p, touch, target: hit, shift: e.shiftKey, draggable: !editor.state.readOnly });
  };

  const onPointerMove = (e: ReactPointerEvent<HTMLDivElement>) => {
    const p = localPos(e);
    const before = dispatch({ type: 'move', pointer: e.pointerId, at: p });
    if (!before.gesture) {
      // Hover: what is under the pointer.
      const hit = hitAt(p.x, p.y);
      const m = mapPos(p);
      const found = regionAt(editor.state.view, m.x, m.y);
      const region = found ? regionName(t, editor.state.view, found.id) : null;
      if (region !== hover.region || Boolean(hit) !== hover.point) setHover({ region, point: Boolean(hit) });
      return;
    }
    const g = current.current.gesture;
    if (g?.kind === 'drag') {
      if (before.gesture.kind === 'press') editor.beginDrag();
      const m = mapPos(p);
      editor.dragTo(m.x - g.origin.x, m.y - g.origin.y);
    } else if (g?.kind === 'band') {
      overlay.current.band = { x0: g.start.x, y0: g.start.y, x1: p.x, y1: p.y };
      redrawOverlay();
    }
  };

  const onPointerUp = (e: ReactPointerEvent<HTMLDivElement>) => {
    const p = localPos(e);
    const before = dispatch({ type: 'up', pointer: e.pointerId });
    const g = before.gesture;
    if (!g || current.current.gesture === g) return;
    switch (g.kind) {
      case 'pinch':
      case 'pan':
        return;
      case 'drag': {
        editor.endDrag();
        const s = editor.state;
        const id = s.selection[0];
        const i = id === undefined ? undefined : s.pointIndex[id];
        const pt = i === undefined ? undefined : s.points[i];
        if (pt) say(pt.region ? t('say.movedTo', { region: regionLabel(t, pt.view, pt.region) ?? pt.region }) : t('say.movedOutside'));
        return;
      }
      case 'band': {
        const v = viewportOf(before);
        overlay.current.band = null;
        redrawOverlay();
        if (!v) return;
        const a = toMap(v, g.start.x, g.start.y);
        const b = toMap(v, p.x, p.y);
        index.sync(editor.state.points);
        const ids = index.inBox(editor.state.view, { minX: a.x, minY: a.y, maxX: b.x, maxY: b.y });
        editor.select(ids, g.shift ? 'add' : 'replace');
        say(t('say.selected', { count: editor.state.selection.length }));
        return;
      }
      case 'press':
        break;
    }
    if (g.target !== null) {
      editor.select([g.target]);
      return;
    }
    // A click on empty map: an armed protocol (sessions/stampMode.ts) is stamped there, whatever the tool.
    if (!g.shift && !editor.state.readOnly) {
      const m = mapPos(p);
      const stamped = consumeStamp(editor, m.x, m.y);
      if (stamped) {
        if (stamped.ok) say(t('say.stamped', { count: editor.state.selection.length }));
        return;
      }
    }
    if (tool === 'place' && !g.shift && !editor.state.readOnly) {
      const m = mapPos(p);
      if (editor.place(m.x, m.y).ok) describePlaced();
    } else if (!g.shift) editor.clearSelection();
  };

  const onPointerCancel = (e: ReactPointerEvent<HTMLDivElement>) => {
    const before = dispatch({ type: 'cancel', pointer: e.pointerId });
    if (before.gesture?.kind === 'drag') editor.endDrag();
    overlay.current.band = null;
    redrawOverlay();
  };

  const viewName = viewLabel(t, view);
  const viewCount = counts[view] ?? 0;
  const panning = shown.gesture?.kind === 'pan';
  const cursorClass = panning ? 'map-stage--panning' : hover.point ? 'map-stage--over-point' : tool === 'place' && !readOnly ? 'map-stage--place' : '';

  useEffect(() => {
    overlay.current.cursor = focused ? (overlay.current.cursor ?? { x: art.width / 2, y: art.height / 2 }) : null;
    if (!focused) overlay.current.cursor = null;
    redrawOverlay();
  }, [focused, art]);

  return (
    <div className="map-editor">
      <MapToolbar
        view={view}
        counts={counts}
        onView={(v) => editor.setView(v)}
        tool={tool}
        onTool={setTool}
        readOnly={readOnly}
        canUndo={canUndo}
        canRedo={canRedo}
        onUndo={() => perform({ type: 'undo' }, true)}
        onRedo={() => perform({ type: 'redo' }, true)}
        zoom={zoomOf(shown)}
        onZoomIn={() => dispatch({ type: 'zoom', factor: ZOOM_STEP })}
        onZoomOut={() => dispatch({ type: 'zoom', factor: 1 / ZOOM_STEP })}
        onFit={() => dispatch({ type: 'fit' })}
        showRegions={showRegions}
        onShowRegions={setShowRegions}
        onHelp={() => setHelpOpen(true)}
        autosave={autosave}
      />

      <div
        ref={box}
        className={`map-stage ${cursorClass}`}
        style={height ? { height } : undefined}
        tabIndex={0}
        role="application"
        aria-roledescription={t('stage.roleDescription')}
        aria-label={t(readOnly ? 'stage.labelReadOnly' : 'stage.label', { view: viewName, count: viewCount, selected: selection.length })}
        aria-describedby={hintId}
        data-testid="map-stage"
        data-view={view}
        data-viewport={viewport ? `${viewport.scale} ${viewport.x} ${viewport.y}` : undefined}
        onPointerDown={onPointerDown}
        onPointerMove={onPointerMove}
        onPointerUp={onPointerUp}
        onPointerCancel={onPointerCancel}
        onPointerLeave={() => (current.current.gesture ? undefined : setHover({ region: null, point: false }))}
        onContextMenu={(e) => e.preventDefault()}
        onFocus={(e) => e.target === box.current && setFocused(true)}
        onBlur={() => setFocused(false)}
      >
        {size && viewport ? (
          <Stage width={size.w} height={size.h} listening={false}>
            <ArtworkLayer view={view} viewport={viewport} showRegions={showRegions} />
            <PointsLayer editor={editor} viewport={viewport} width={size.w} height={size.h} info={info} />
            <DragLayer editor={editor} viewport={viewport} info={info} overlay={overlay} layerRef={overlayLayer} />
          </Stage>
        ) : null}
        <div className="map-stage__readout" aria-hidden="true">
          {hover.region ?? (readOnly ? t('stage.readOnly') : tool === 'place' ? t('stage.clickToPlace') : t('stage.clickToSelect'))}
        </div>
        {readOnly ? <div className="map-stage__badge">{t('stage.readOnly')}</div> : null}
      </div>
      <p id={hintId} className="sr-only">
        {t('stage.hint')}
      </p>
      <div className="sr-only" aria-live="polite">
        {announcement}
      </div>
      <Legend editor={editor} />
      {helpOpen ? <ShortcutsHelp onClose={() => setHelpOpen(false)} /> : null}
    </div>
  );
}
