import type Konva from 'konva';
import { useCallback, useEffect, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Group, Layer, Shape } from 'react-konva';
import { MAP_ARTWORK } from '../../assets/maps/index.ts';
import type { MapArtwork } from '../../assets/maps/artwork.ts';
import type { MapViewId } from '../../shared/mapViews.ts';
import type { Viewport } from './viewport.ts';
import { ARTWORK_COLOURS } from './artworkColours.ts';

/** Largest cached bitmap side: beyond it (deep zoom) the artwork is drawn live, which stays cheap. */
const MAX_CACHE_SIDE = 4096;

type Paths = { fill: Path2D; details: Path2D; outline: Path2D; regions: Path2D };

/**
 * A view's artwork as native Path2D objects, parsed from its SVG path data once per view and kept:
 * the browser parses and rasterises them, with no Konva node (nor JS path replay) per stroke.
 */
const pathsCache = new Map<MapViewId, Paths>();
function pathsOf(view: MapViewId): Paths {
  let p = pathsCache.get(view);
  if (p) return p;
  const art = MAP_ARTWORK[view];
  const join = (list: readonly string[]) => {
    const all = new Path2D();
    for (const d of list) all.addPath(new Path2D(d));
    return all;
  };
  const regions = new Path2D();
  for (const r of art.regions) {
    r.polygon.forEach(([x, y], i) => (i === 0 ? regions.moveTo(x, y) : regions.lineTo(x, y)));
    regions.closePath();
  }
  // Every closed outline is skin: a detail view draws one per panel (the right knee, the left knee).
  const closed = art.outline.filter((d, i) => i === 0 || d.trimEnd().endsWith('Z'));
  p = { fill: join(closed), details: join(art.details), outline: join(art.outline), regions };
  pathsCache.set(view, p);
  return p;
}

/** Screen pixels of a panel's side caption and of a vertebral level's mark, whatever the zoom. */
const CAPTION_PX = 13;
const MARK_PX = 11;

/**
 * The words a detail view carries: each panel's side ("Right side") over its top, and the fixed marks
 * (vertebral levels) beside the art. Sized in screen pixels (`px` is one of them in view units), so they
 * stay legible at any zoom.
 */
function drawWords(ctx: CanvasRenderingContext2D, art: MapArtwork, captions: { left: string; right: string }, px: number): void {
  ctx.fillStyle = ARTWORK_COLOURS.outline;
  ctx.textAlign = 'center';
  ctx.font = `600 ${CAPTION_PX * px}px system-ui, sans-serif`;
  for (const panel of art.detail?.panels ?? []) {
    if (!panel.side) continue;
    // Over the panel where the view leaves room above it at this zoom, else just inside its top.
    const above = panel.box.y >= (CAPTION_PX + 4) * px;
    ctx.textBaseline = above ? 'bottom' : 'top';
    ctx.fillText(captions[panel.side], panel.box.x + panel.box.w / 2, above ? panel.box.y - 2 * px : panel.box.y + 4 * px);
  }
  ctx.textBaseline = 'middle';
  ctx.textAlign = 'left';
  ctx.font = `${MARK_PX * px}px system-ui, sans-serif`;
  for (const m of art.marks ?? []) ctx.fillText(m.text, m.x, m.y);
}

/**
 * The view's line art: the silhouette filled and stroked darker, inner anatomical lines thin, and
 * optionally the named regions as faint outlines; one Konva shape drawing a few native paths. Never
 * listens to the pointer. Once the zoom settles it is cached as one bitmap at that zoom, so panning and
 * redrawing the layer cost a bitmap copy.
 */
export function ArtworkLayer({ view, viewport, showRegions }: { view: MapViewId; viewport: Viewport; showRegions: boolean }) {
  const art = MAP_ARTWORK[view];
  const { t } = useTranslation('clinical');
  const captions = useMemo(() => ({ left: t('panelSide.left'), right: t('panelSide.right') }), [t]);
  const group = useRef<Konva.Group>(null);
  const px = 1 / viewport.scale;

  const sceneFunc = useCallback(
    (context: Konva.Context) => {
      const ctx = context._context;
      const p = pathsOf(view);
      ctx.lineCap = 'round';
      ctx.lineJoin = 'round';
      ctx.fillStyle = ARTWORK_COLOURS.fill;
      ctx.fill(p.fill);
      if (showRegions) {
        ctx.fillStyle = 'rgba(13, 101, 119, 0.05)';
        ctx.fill(p.regions, 'evenodd');
        ctx.strokeStyle = 'rgba(13, 101, 119, 0.55)';
        ctx.lineWidth = 1 * px;
        ctx.setLineDash([4 * px, 3 * px]);
        ctx.stroke(p.regions);
        ctx.setLineDash([]);
      }
      ctx.strokeStyle = ARTWORK_COLOURS.detail;
      ctx.lineWidth = 1.1 * px;
      ctx.stroke(p.details);
      ctx.strokeStyle = ARTWORK_COLOURS.outline;
      ctx.lineWidth = 1.8 * px;
      ctx.stroke(p.outline);
      drawWords(ctx, art, captions, px);
    },
    [view, showRegions, px, art, captions],
  );

  useEffect(() => {
    const g = group.current;
    if (!g) return;
    if (g.isCached()) {
      g.clearCache();
      g.getLayer()?.batchDraw();
    }
    const ratio = Math.min(window.devicePixelRatio || 1, 2) * viewport.scale;
    if (Math.max(art.width, art.height) * ratio > MAX_CACHE_SIDE) return;
    const t = window.setTimeout(() => {
      g.cache({ x: -4 * px, y: -4 * px, width: art.width + 8 * px, height: art.height + 8 * px, pixelRatio: ratio });
      g.getLayer()?.batchDraw();
    }, 300);
    return () => window.clearTimeout(t);
  }, [view, viewport.scale, showRegions, art.width, art.height, px]);

  return (
    <Layer listening={false} imageSmoothingEnabled>
      <Group ref={group} x={viewport.x} y={viewport.y} scaleX={viewport.scale} scaleY={viewport.scale} listening={false}>
        <Shape sceneFunc={sceneFunc} listening={false} perfectDrawEnabled={false} />
      </Group>
    </Layer>
  );
}
