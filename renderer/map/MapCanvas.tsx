import type Konva from 'konva';
import { useCallback, useEffect, useId, useLayoutEffect, useMemo, useRef, useState, type PointerEvent as ReactPointerEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Stage } from 'react-konva';
import { MAP_ARTWORK } from '../../assets/maps/index.ts';
import { MAP_VIEWS, viewLabel, type MapViewId } from '../../shared/mapViews.ts';
import { regionAt, regionLabel, regionName } from '../../shared/regions.ts';
import type { Autosave } from '../editor/autosave.ts';
import { actionForKey, type EditorAction } from '../editor/keyboard.ts';
import { SpatialIndex } from '../editor/spatialIndex.ts';
import type { ChartEditor } from '../editor/store.ts';
import { useFormat } from '../i18n/locale.ts';
import { consumeStamp } from '../sessions/stampMode.ts';
import { ArtworkLayer } from './ArtworkLayer.tsx';
import { DragLayer, type Overlay } from './DragLayer.tsx';
import { pointNumbers, type DrawInfo } from './drawInfo.ts';
import { Legend } from './Legend.tsx';
import { footprintRadius, LABELLED } from './markerStyle.ts';
import { PointsLayer } from './PointsLayer.tsx';
import { SaveStatusView } from './SaveStatusView.tsx';
import { ShortcutsHelp } from './ShortcutsHelp.tsx';
import { shallowArray, useChart } from './useChart.ts';
import { fitViewport, MIN_ZOOM_OF_FIT, toMap, zoomAt, type Viewport } from './viewport.ts';
import './map.css';

export type Tool = 'place' | 'select';

type Gesture =
  | { kind: 'pending-point'; id: string; sx: number; sy: number; start: { x: number; y: number }; shift: boolean }
  | { kind: 'drag'; sx: number; sy: number; start: { x: number; y: number } }
  | { kind: 'pending-empty'; sx: number; sy: number; shift: boolean }
  | { kind: 'band'; sx: number; sy: number; shift: boolean }
  | { kind: 'pan'; sx: number; sy: number; from: Viewport }
  | { kind: 'pinch'; distance: number; centre: { x: number; y: number }; from: Viewport };

/** A pointer must travel this far (CSS px) before a press becomes a drag or a rubber band. */
const DRAG_THRESHOLD = 3;
const ZOOM_STEP = 1.25;

function isEditable(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  if (!el || !el.tagName) return false;
  return el.isContentEditable || el.tagName === 'INPUT' || el.tagName === 'TEXTAREA' || el.tagName === 'SELECT';
}

type Props = {
  editor: ChartEditor;
  autosave?: Autosave | null;
  /** Fixed stage height in px; by default the canvas fills its box (CSS). */
  height?: number;
};

/**
 * The injection map: view tabs with their point counts, a toolbar, the Konva stage (artwork, points,
 * drag/overlay layers), the legend and the shortcuts help. Pointer input is handled on the stage's box
 * and hit-tested against an R-tree (SpatialIndex), not Konva's hit graph: no layer listens.
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
  const [size, setSize] = useState<{ w: number; h: number } | null>(null);
  const sizeRef = useRef(size);
  sizeRef.current = size;
  // Zoom and pan per view, for the box size they were made at (a new size fits again).
  const [zoomed, setZoomed] = useState<{ size: { w: number; h: number } | null; views: Partial<Record<MapViewId, Viewport>> }>({ size: null, views: {} });
  const viewports = zoomed.size === size ? zoomed.views : {};
  const setViewports = useCallback(
    (update: (all: Partial<Record<MapViewId, Viewport>>) => Partial<Record<MapViewId, Viewport>>) =>
      setZoomed((z) => ({ size: sizeRef.current, views: update(z.size === sizeRef.current ? z.views : {}) })),
    [],
  );
  const [tool, setTool] = useState<Tool>('place');
  const [showRegions, setShowRegions] = useState(false);
  const [helpOpen, setHelpOpen] = useState(false);
  const [hover, setHover] = useState<{ region: string | null; point: boolean }>({ region: null, point: false });
  const [announcement, setAnnouncement] = useState('');
  const [focused, setFocused] = useState(false);
  const [panning, setPanning] = useState(false);
  const info = useRef<DrawInfo>({ scale: LABELLED });
  const overlay = useRef<Overlay>({ band: null, cursor: null });
  const overlayLayer = useRef<Konva.Layer | null>(null);
  const gesture = useRef<Gesture | null>(null);
  const touches = useRef(new Map<number, { x: number; y: number }>());
  const space = useRef(false);
  const index = useMemo(() => new SpatialIndex(), []);
  const hintId = useId();

  const art = MAP_ARTWORK[view];
  const fit = useMemo(() => (size ? fitViewport(art.width, art.height, size.w, size.h) : null), [art, size]);
  const viewport: Viewport | null = viewports[view] ?? fit;
  const vpRef = useRef(viewport);
  vpRef.current = viewport;

  const setViewport = useCallback(
    (next: Viewport) => {
      vpRef.current = next;
      setViewports((all) => ({ ...all, [editor.state.view]: next }));
    },
    [editor],
  );

  // The stage follows its box; measured before the first paint, so the map draws in the first frame.
  useLayoutEffect(() => {
    const el = box.current;
    if (!el) return;
    const measure = () => {
      const w = Math.max(200, Math.floor(el.clientWidth));
      const h = Math.max(200, Math.floor(el.clientHeight));
      setSize((old) => (old && old.w === w && old.h === h ? old : { w, h }));
    };
    measure();
    const ro = new ResizeObserver(measure);
    ro.observe(el);
    return () => ro.disconnect();
  }, []);


  const minScale = fit ? fit.scale * MIN_ZOOM_OF_FIT : 0.05;

  const mapPos = useCallback((sx: number, sy: number) => (vpRef.current ? toMap(vpRef.current, sx, sy) : { x: 0, y: 0 }), []);

  const localPos = (e: { clientX: number; clientY: number }) => {
    const r = box.current?.getBoundingClientRect();
    return { x: e.clientX - (r?.left ?? 0), y: e.clientY - (r?.top ?? 0) };
  };

  /** The point under a screen position, by the R-tree and each marker's drawn radius. */
  const hitAt = useCallback(
    (sx: number, sy: number): string | null => {
      const v = vpRef.current;
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
    [editor, index],
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

  const zoomBy = useCallback(
    (factor: number, at?: { x: number; y: number }) => {
      const v = vpRef.current;
      if (!v || !size) return;
      setViewport(zoomAt(v, factor, at?.x ?? size.w / 2, at?.y ?? size.h / 2, minScale));
    },
    [size, minScale, setViewport],
  );

  const fitView = useCallback(() => setViewports((all) => ({ ...all, [editor.state.view]: undefined })), [editor]);

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
            gesture.current = null;
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
          zoomBy(ZOOM_STEP);
          return true;
        case 'zoom-out':
          zoomBy(1 / ZOOM_STEP);
          return true;
        case 'fit':
          fitView();
          return true;
        case 'help':
          setHelpOpen((o) => !o);
          return true;
        case 'tool':
          setTool(a.tool);
          return true;
        case 'view': {
          const v = MAP_VIEWS[a.index];
          if (v) editor.setView(v.id);
          return true;
        }
      }
    },
    [editor, art, helpOpen, zoomBy, fitView, describePlaced, say, t],
  );

  // Shortcuts anywhere on the page except in text fields; the canvas-only ones need the canvas focused.
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || isEditable(e.target)) return;
      if (e.key === ' ' && (e.target === box.current || e.target === document.body)) {
        space.current = true;
        e.preventDefault();
        return;
      }
      const action = actionForKey(e);
      if (!action) return;
      const fromCanvas = e.target === box.current || e.target === document.body;
      if (perform(action, fromCanvas)) e.preventDefault();
    };
    const onKeyUp = (e: KeyboardEvent) => {
      if (e.key === ' ') space.current = false;
    };
    document.addEventListener('keydown', onKey);
    document.addEventListener('keyup', onKeyUp);
    return () => {
      document.removeEventListener('keydown', onKey);
      document.removeEventListener('keyup', onKeyUp);
    };
  }, [perform]);

  // Wheel zoom needs a non-passive listener to keep the page from scrolling.
  useEffect(() => {
    const el = box.current;
    if (!el) return;
    const onWheel = (e: WheelEvent) => {
      e.preventDefault();
      const p = localPos(e);
      const speed = e.ctrlKey ? 0.012 : 0.0018; // pinch on a touchpad arrives as a wheel with Ctrl
      const delta = e.deltaMode === 1 ? e.deltaY * 16 : e.deltaY;
      zoomBy(Math.exp(-delta * speed), p);
    };
    el.addEventListener('wheel', onWheel, { passive: false });
    return () => el.removeEventListener('wheel', onWheel);
  }, [zoomBy]);

  // ---------- pointer ----------

  const onPointerDown = (e: ReactPointerEvent<HTMLDivElement>) => {
    const p = localPos(e);
    box.current?.focus({ preventScroll: true });
    if (e.pointerType === 'touch') {
      touches.current.set(e.pointerId, p);
      if (touches.current.size === 2 && vpRef.current) {
        if (gesture.current?.kind === 'drag') editor.cancelDrag();
        const [a, b] = [...touches.current.values()] as [{ x: number; y: number }, { x: number; y: number }];
        gesture.current = { kind: 'pinch', distance: Math.hypot(a.x - b.x, a.y - b.y), centre: { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 }, from: vpRef.current };
        return;
      }
    }
    e.currentTarget.setPointerCapture(e.pointerId);
    if ((e.button === 1 || e.button === 2 || space.current) && vpRef.current) {
      e.preventDefault();
      gesture.current = { kind: 'pan', sx: p.x, sy: p.y, from: vpRef.current };
      setPanning(true);
      return;
    }
    if (e.button !== 0) return;
    const hit = hitAt(p.x, p.y);
    if (hit) {
      if (e.shiftKey) {
        editor.select([hit], 'toggle');
        gesture.current = null;
        return;
      }
      if (!editor.state.selection.includes(hit)) editor.select([hit]);
      gesture.current = { kind: 'pending-point', id: hit, sx: p.x, sy: p.y, start: mapPos(p.x, p.y), shift: false };
      return;
    }
    gesture.current = { kind: 'pending-empty', sx: p.x, sy: p.y, shift: e.shiftKey };
  };

  const onPointerMove = (e: ReactPointerEvent<HTMLDivElement>) => {
    const p = localPos(e);
    const g = gesture.current;
    if (e.pointerType === 'touch' && touches.current.has(e.pointerId)) {
      touches.current.set(e.pointerId, p);
      if (g?.kind === 'pinch' && touches.current.size === 2) {
        const [a, b] = [...touches.current.values()] as [{ x: number; y: number }, { x: number; y: number }];
        const d = Math.hypot(a.x - b.x, a.y - b.y);
        const c = { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 };
        const zoomed = zoomAt(g.from, d / Math.max(1, g.distance), g.centre.x, g.centre.y, minScale);
        setViewport({ ...zoomed, x: zoomed.x + c.x - g.centre.x, y: zoomed.y + c.y - g.centre.y });
        return;
      }
    }
    if (!g) {
      // Hover: what is under the pointer.
      const hit = hitAt(p.x, p.y);
      const m = mapPos(p.x, p.y);
      const found = regionAt(editor.state.view, m.x, m.y);
      const region = found ? regionName(t, editor.state.view, found.id) : null;
      if (region !== hover.region || Boolean(hit) !== hover.point) setHover({ region, point: Boolean(hit) });
      return;
    }
    if (g.kind === 'pinch') return;
    const moved = Math.hypot(p.x - g.sx, p.y - g.sy) >= DRAG_THRESHOLD;
    if (g.kind === 'pan') {
      setViewport({ ...g.from, x: g.from.x + p.x - g.sx, y: g.from.y + p.y - g.sy });
    } else if (g.kind === 'pending-point' && moved && !editor.state.readOnly) {
      editor.beginDrag();
      gesture.current = { kind: 'drag', sx: g.sx, sy: g.sy, start: g.start };
      const m = mapPos(p.x, p.y);
      editor.dragTo(m.x - g.start.x, m.y - g.start.y);
    } else if (g.kind === 'drag') {
      const m = mapPos(p.x, p.y);
      editor.dragTo(m.x - g.start.x, m.y - g.start.y);
    } else if ((g.kind === 'pending-empty' && moved) || g.kind === 'band') {
      gesture.current = { kind: 'band', sx: g.sx, sy: g.sy, shift: g.shift };
      overlay.current.band = { x0: g.sx, y0: g.sy, x1: p.x, y1: p.y };
      redrawOverlay();
    }
  };

  const onPointerUp = (e: ReactPointerEvent<HTMLDivElement>) => {
    const p = localPos(e);
    touches.current.delete(e.pointerId);
    const g = gesture.current;
    gesture.current = null;
    if (!g) return;
    if (g.kind === 'pinch') return;
    if (g.kind === 'pan') {
      setPanning(false);
      return;
    }
    if (g.kind === 'drag') {
      editor.endDrag();
      const s = editor.state;
      const id = s.selection[0];
      const i = id === undefined ? undefined : s.pointIndex[id];
      const pt = i === undefined ? undefined : s.points[i];
      if (pt) say(pt.region ? t('say.movedTo', { region: regionLabel(t, pt.view, pt.region) ?? pt.region }) : t('say.movedOutside'));
      return;
    }
    if (g.kind === 'pending-point') {
      editor.select([g.id]);
      return;
    }
    if (g.kind === 'band') {
      const v = vpRef.current;
      overlay.current.band = null;
      redrawOverlay();
      if (!v) return;
      const a = toMap(v, g.sx, g.sy);
      const b = toMap(v, p.x, p.y);
      index.sync(editor.state.points);
      const ids = index.inBox(editor.state.view, { minX: a.x, minY: a.y, maxX: b.x, maxY: b.y });
      editor.select(ids, g.shift ? 'add' : 'replace');
      say(t('say.selected', { count: editor.state.selection.length }));
      return;
    }
    // A click on empty map: an armed protocol (sessions/stampMode.ts) is stamped there, whatever the tool.
    if (!g.shift && !editor.state.readOnly) {
      const m = mapPos(p.x, p.y);
      const stamped = consumeStamp(editor, m.x, m.y);
      if (stamped) {
        if (stamped.ok) say(t('say.stamped', { count: editor.state.selection.length }));
        return;
      }
    }
    if (tool === 'place' && !g.shift && !editor.state.readOnly) {
      const m = mapPos(p.x, p.y);
      if (editor.place(m.x, m.y).ok) describePlaced();
    } else if (!g.shift) editor.clearSelection();
  };

  const onPointerCancel = (e: ReactPointerEvent<HTMLDivElement>) => {
    touches.current.delete(e.pointerId);
    if (gesture.current?.kind === 'drag') editor.endDrag();
    gesture.current = null;
    overlay.current.band = null;
    setPanning(false);
    redrawOverlay();
  };

  const viewName = viewLabel(t, view);
  const viewCount = counts[view] ?? 0;
  const cursorClass = panning ? 'map-stage--panning' : hover.point ? 'map-stage--over-point' : tool === 'place' && !readOnly ? 'map-stage--place' : '';

  useEffect(() => {
    overlay.current.cursor = focused ? (overlay.current.cursor ?? { x: art.width / 2, y: art.height / 2 }) : null;
    if (!focused) overlay.current.cursor = null;
    redrawOverlay();
  }, [focused, art]);

  return (
    <div className="map-editor">
      <div className="map-toolbar" role="toolbar" aria-label={t('toolbar.label')}>
        <div className="map-tabs" role="tablist" aria-label={t('toolbar.views')}>
          {MAP_VIEWS.map((v, i) => (
            <button
              key={v.id}
              type="button"
              role="tab"
              aria-selected={v.id === view}
              className={`map-tab${v.id === view ? ' map-tab--active' : ''}`}
              onClick={() => editor.setView(v.id)}
              title={t('toolbar.viewTitle', { view: viewLabel(t, v.id), key: i + 1 })}
            >
              {viewLabel(t, v.id)}
              <span className="map-tab__count" aria-label={t('toolbar.viewCount', { count: counts[v.id] ?? 0 })}>
                {counts[v.id] ?? 0}
              </span>
            </button>
          ))}
        </div>
        <div className="map-toolbar__group" role="group" aria-label={t('toolbar.tool')}>
          <button type="button" className={`map-button${tool === 'place' ? ' map-button--on' : ''}`} aria-pressed={tool === 'place'} onClick={() => setTool('place')} disabled={readOnly} title={t('toolbar.placeTitle')}>
            {t('toolbar.place')}
          </button>
          <button type="button" className={`map-button${tool === 'select' ? ' map-button--on' : ''}`} aria-pressed={tool === 'select'} onClick={() => setTool('select')} title={t('toolbar.selectTitle')}>
            {t('toolbar.select')}
          </button>
        </div>
        <div className="map-toolbar__group" role="group" aria-label={t('toolbar.history')}>
          <button type="button" className="map-button" onClick={() => perform({ type: 'undo' }, true)} disabled={!canUndo} title={t('toolbar.undoTitle')}>
            {t('toolbar.undo')}
          </button>
          <button type="button" className="map-button" onClick={() => perform({ type: 'redo' }, true)} disabled={!canRedo} title={t('toolbar.redoTitle')}>
            {t('toolbar.redo')}
          </button>
        </div>
        <div className="map-toolbar__group" role="group" aria-label={t('toolbar.zoom')}>
          <button type="button" className="map-button map-button--icon" onClick={() => zoomBy(1 / ZOOM_STEP)} aria-label={t('toolbar.zoomOut')} title={t('toolbar.zoomOutTitle')}>
            −
          </button>
          <span className="map-zoom" aria-live="off" title={t('toolbar.zoomLevelTitle')}>
            {viewport && fit ? format.percent(Math.round((viewport.scale / fit.scale) * 100) / 100) : '—'}
          </span>
          <button type="button" className="map-button map-button--icon" onClick={() => zoomBy(ZOOM_STEP)} aria-label={t('toolbar.zoomIn')} title={t('toolbar.zoomInTitle')}>
            +
          </button>
          <button type="button" className="map-button" onClick={fitView} title={t('toolbar.fitTitle')}>
            {t('toolbar.fit')}
          </button>
        </div>
        <div className="map-toolbar__group">
          <label className="map-check">
            <input type="checkbox" checked={showRegions} onChange={(e) => setShowRegions(e.target.checked)} /> {t('toolbar.regions')}
          </label>
          <button type="button" className="map-button map-button--icon" onClick={() => setHelpOpen(true)} aria-label={t('toolbar.shortcuts')} title={t('toolbar.shortcutsTitle')}>
            ?
          </button>
        </div>
        {autosave ? <SaveStatusView autosave={autosave} /> : null}
      </div>

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
        onPointerDown={onPointerDown}
        onPointerMove={onPointerMove}
        onPointerUp={onPointerUp}
        onPointerCancel={onPointerCancel}
        onPointerLeave={() => (gesture.current ? undefined : setHover({ region: null, point: false }))}
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
