import type Konva from 'konva';
import { useCallback, useEffect, useRef } from 'react';
import { Layer, Shape, Stage } from 'react-konva';
import type { DepthRange } from '../../shared/depth.ts';
import { DEPTH_COLOURS, MARKER_STROKE } from '../../shared/markerPalette.ts';
import type { MapViewId } from '../../shared/mapViews.ts';
import type { InjectionPoint } from '../../shared/point.ts';
import { ArtworkLayer } from '../map/ArtworkLayer.tsx';
import { COMPARE_RINGS, visibleMarkers } from '../map/drawInfo.ts';
import { depthStep, drawMarkers, LABELLED, markCrowded, needleShape, shapePath, type ScreenMarker } from '../map/markerStyle.ts';
import type { Viewport } from '../map/viewport.ts';
import { pointsSeenOn } from '../../shared/map/viewProjection.ts';

/**
 * What one compare map draws, bottom first:
 * - 'ghost': an earlier session, faded (its depth colours at low opacity, dashed outlines), unnumbered;
 * - 'depth': a session as the editor draws it (colour by depth, shape by needle, numbered);
 * - 'session': one session of a course in its own colour, its markers carrying the session number.
 */
export type MarkerSet =
  | { kind: 'ghost'; points: readonly InjectionPoint[] }
  | { kind: 'depth'; points: readonly InjectionPoint[] }
  | { kind: 'session'; points: readonly InjectionPoint[]; fill: string; text: string; number: number };

type Props = {
  view: MapViewId;
  viewport: Viewport;
  width: number;
  height: number;
  sets: readonly MarkerSet[];
  depthRange: DepthRange;
  showRegions?: boolean;
  /** Told after each draw of the markers (the compare bench times the opening with it). */
  onDrawn?: () => void;
};

const NOTHING: ReadonlySet<string> = new Set();
const GHOST_RADIUS = 8;

function onScreen(points: readonly InjectionPoint[], view: MapViewId, v: Viewport, w: number, h: number): ScreenMarker[] {
  const out: ScreenMarker[] = [];
  for (const seen of pointsSeenOn(points, view)) {
    const sx = seen.x * v.scale + v.x;
    const sy = seen.y * v.scale + v.y;
    if (sx < -40 || sy < -40 || sx > w + 40 || sy > h + 40) continue;
    out.push({ point: seen.point, sx, sy, number: 0 });
  }
  return out;
}

function drawGhost(ctx: CanvasRenderingContext2D, markers: readonly ScreenMarker[], range: DepthRange): void {
  const byStep = new Map<number, Path2D>();
  const outline = new Path2D();
  for (const m of markers) {
    const step = depthStep(m.point.depthMm, range);
    let p = byStep.get(step);
    if (!p) byStep.set(step, (p = new Path2D()));
    const shape = needleShape(m.point.needle);
    const r = m.point.injector.kind === 'multi' ? GHOST_RADIUS * 1.5 : GHOST_RADIUS;
    shapePath(p, shape === 'ring' ? 'circle' : shape, m.sx, m.sy, r);
    shapePath(outline, shape === 'ring' ? 'circle' : shape, m.sx, m.sy, r);
  }
  ctx.save();
  ctx.globalAlpha = 0.35;
  for (const [step, p] of byStep) {
    ctx.fillStyle = DEPTH_COLOURS[step] as string;
    ctx.fill(p);
  }
  ctx.globalAlpha = 0.9;
  ctx.strokeStyle = '#3f4b59';
  ctx.lineWidth = 1.4;
  ctx.setLineDash([3, 2.5]);
  ctx.stroke(outline);
  ctx.restore();
}

/** Course view: every session's markers in its colour, numbered with the session number where they do not crowd. */
function drawSessions(ctx: CanvasRenderingContext2D, sets: readonly (MarkerSet & { kind: 'session' })[], view: MapViewId, v: Viewport, w: number, h: number): void {
  const all: { marker: ScreenMarker; set: MarkerSet & { kind: 'session' } }[] = [];
  for (const set of sets) for (const marker of onScreen(set.points, view, v, w, h)) all.push({ marker, set });
  const dense = all.length > 400;
  const radius = dense ? 4.5 : LABELLED.radius;
  if (!dense) markCrowded(all.map((a) => a.marker), radius);
  ctx.save();
  ctx.lineJoin = 'round';
  ctx.strokeStyle = MARKER_STROKE;
  for (const set of sets) {
    const path = new Path2D();
    const small = new Path2D();
    let any = false;
    for (const a of all) {
      if (a.set !== set) continue;
      const shape = needleShape(a.marker.point.needle);
      const r0 = a.marker.compact || dense ? 4.5 : radius;
      const r = a.marker.point.injector.kind === 'multi' ? r0 * 1.45 : r0;
      // Rings would hide the colour: every gauge is a filled shape here, squares staying squares.
      shapePath(a.marker.compact || dense ? small : path, shape === 'ring' ? 'circle' : shape, a.marker.sx, a.marker.sy, r);
      any = true;
    }
    if (!any) continue;
    ctx.fillStyle = set.fill;
    ctx.lineWidth = 1.4;
    ctx.fill(path);
    ctx.stroke(path);
    ctx.lineWidth = 1;
    ctx.fill(small);
    ctx.stroke(small);
  }
  if (!dense) {
    ctx.textAlign = 'center';
    ctx.textBaseline = 'middle';
    for (const a of all) {
      if (a.marker.compact) continue;
      const text = String(a.set.number);
      ctx.font = `650 ${text.length >= 2 ? 9.5 : 11}px system-ui, sans-serif`;
      ctx.fillStyle = a.set.text;
      ctx.fillText(text, a.marker.sx, a.marker.sy + 0.5);
    }
  }
  ctx.restore();
}

/**
 * A read-only map for the compare view: the view's artwork (the editor's ArtworkLayer, cached) and one
 * shape drawing every marker set with the editor's batched marker drawing. Nothing listens: the pane
 * around it handles zoom and pan, and hands every map of the view the same viewport.
 */
export function CompareMap({ view, viewport, width, height, sets, depthRange, showRegions = false, onDrawn }: Props) {
  const layer = useRef<Konva.Layer>(null);
  const drawnRef = useRef(onDrawn);
  drawnRef.current = onDrawn;
  const sceneFunc = useCallback(
    (context: Konva.Context) => {
      const ctx = context._context;
      for (const set of sets) if (set.kind === 'ghost') drawGhost(ctx, onScreen(set.points, view, viewport, width, height), depthRange);
      const sessions = sets.filter((s): s is MarkerSet & { kind: 'session' } => s.kind === 'session');
      if (sessions.length > 0) drawSessions(ctx, sessions, view, viewport, width, height);
      for (const set of sets) {
        if (set.kind !== 'depth') continue;
        const { markers, scale } = visibleMarkers({ points: set.points as InjectionPoint[], view }, viewport, width, height, COMPARE_RINGS);
        drawMarkers(ctx, markers, { range: depthRange, scale, selected: NOTHING });
      }
      drawnRef.current?.();
    },
    [sets, view, viewport, width, height, depthRange],
  );
  useEffect(() => {
    layer.current?.batchDraw();
  }, [sceneFunc]);
  return (
    <Stage width={width} height={height} listening={false}>
      <ArtworkLayer view={view} viewport={viewport} showRegions={showRegions} />
      <Layer ref={layer} listening={false}>
        <Shape sceneFunc={sceneFunc} listening={false} perfectDrawEnabled={false} />
      </Layer>
    </Stage>
  );
}
