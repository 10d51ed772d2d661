import type Konva from 'konva';
import { useEffect, useRef } from 'react';
import { Group, Layer, Line, Path } from 'react-konva';
import { MAP_ARTWORK } from '../../assets/maps/index.ts';
import type { MapViewId } from '../../shared/mapViews.ts';
import type { Viewport } from './viewport.ts';

/** Largest cached bitmap side: beyond it (deep zoom) the artwork is drawn live, which stays cheap. */
const MAX_CACHE_SIDE = 4096;

/**
 * The view's line art: the silhouette stroked darker, inner anatomical lines thin, and optionally the
 * named regions as faint outlines. Never listens to the pointer, and is cached as one bitmap at the
 * current zoom (re-cached when the zoom settles), so panning and drawing the points above cost nothing here.
 */
export function ArtworkLayer({ view, viewport, showRegions }: { view: MapViewId; viewport: Viewport; showRegions: boolean }) {
  const art = MAP_ARTWORK[view];
  const group = useRef<Konva.Group>(null);
  const px = 1 / viewport.scale;

  useEffect(() => {
    const g = group.current;
    if (!g) return;
    g.clearCache();
    const ratio = Math.min(window.devicePixelRatio || 1, 2) * viewport.scale;
    if (Math.max(art.width, art.height) * ratio > MAX_CACHE_SIDE) {
      g.getLayer()?.batchDraw();
      return;
    }
    const t = window.setTimeout(() => {
      g.cache({ pixelRatio: ratio, offset: 4 * px });
      g.getLayer()?.batchDraw();
    }, 120);
    return () => window.clearTimeout(t);
  }, [view, viewport.scale, showRegions, art.width, art.height, px]);

  return (
    <Layer listening={false} imageSmoothingEnabled>
      <Group ref={group} x={viewport.x} y={viewport.y} scaleX={viewport.scale} scaleY={viewport.scale} listening={false}>
        {art.outline[0] ? <Path data={art.outline[0]} fill="#fcfbf9" perfectDrawEnabled={false} listening={false} /> : null}
        {showRegions
          ? art.regions.map((r) => (
              <Line
                key={r.id}
                points={r.polygon.flat()}
                closed
                fill="rgba(13, 101, 119, 0.05)"
                stroke="rgba(13, 101, 119, 0.55)"
                strokeWidth={1 * px}
                dash={[4 * px, 3 * px]}
                perfectDrawEnabled={false}
                listening={false}
              />
            ))
          : null}
        {art.details.map((d, i) => (
          <Path key={`d${i}`} data={d} stroke="#8c97a5" strokeWidth={1.1 * px} lineCap="round" lineJoin="round" perfectDrawEnabled={false} listening={false} />
        ))}
        {art.outline.map((d, i) => (
          <Path key={`o${i}`} data={d} stroke="#3f4b59" strokeWidth={1.8 * px} lineCap="round" lineJoin="round" perfectDrawEnabled={false} listening={false} />
        ))}
      </Group>
    </Layer>
  );
}
