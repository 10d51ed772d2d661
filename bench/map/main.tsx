import Konva from 'konva';
import { createRoot } from 'react-dom/client';
import { MAP_ARTWORK } from '../../assets/maps/index.ts';
import { ChartEditor } from '../../renderer/editor/store.ts';
import { MapCanvas } from '../../renderer/map/MapCanvas.tsx';
import { placeNumbers } from '../../renderer/map/drawInfo.ts';
import { markCrowded, LABELLED, numbersByChart, type ScreenMarker } from '../../renderer/map/markerStyle.ts';
import { fitViewport } from '../../renderer/map/viewport.ts';
import { mapViewIdSchema } from '../../shared/mapViews.ts';
import { generatedSession } from './generate.ts';

/**
 * The map benchmark page: ?mode=ours renders the real MapCanvas with 5,000 points on the body front
 * (or ?points=N on ?view=V);
 * ?mode=naive renders the same points the naive way (a listening Konva.Circle and Konva.Text per point
 * in one layer, Konva's drag and hit graph). bench/run.mjs drives it with Playwright.
 */
type Bench = {
  ready: boolean;
  firstRenderMs: number | null;
  lastPointsDrawn: number;
  /** Page coordinates of a map point on the stage as fitted. */
  screenOf: (x: number, y: number) => { x: number; y: number };
  target: { x: number; y: number };
  count: () => number;
  /**
   * Places the numbers of all the chart's points at once (markCrowded and placeNumbers, as the points
   * layer does for the markers in sight), the view zoomed to 4× its fit on a stage as large as that
   * makes it; answers the milliseconds. The app never numbers more than LABEL_LIMIT in sight: this is
   * the placement's worst case, for the record.
   */
  labelPlacementMs: () => number;
};

const params = new URLSearchParams(location.search);
const mode = params.get('mode') ?? 'ours';
const COUNT = Number(params.get('points') ?? 5000);
/** ?view=knee-anterior: a detail view (map.detail_first_render_ms); the body front by default. */
const VIEW = mapViewIdSchema.parse(params.get('view') ?? 'body-front');
const STAGE = { w: 1000, h: 820 };
const session = generatedSession(COUNT, VIEW);
const art = MAP_ARTWORK[VIEW];
const target = session.points[Math.floor(COUNT / 2)]!;

const bench: Bench = {
  ready: false,
  firstRenderMs: null,
  lastPointsDrawn: 0,
  screenOf: () => ({ x: 0, y: 0 }),
  target: { x: target.x, y: target.y },
  count: () => 0,
  labelPlacementMs: () => {
    const fit = fitViewport(art.width, art.height, STAGE.w, STAGE.h);
    const scale = fit.scale * 4;
    const numbers = numbersByChart(session.points);
    const markers: ScreenMarker[] = session.points.map((p) => ({ point: p, sx: p.x * scale, sy: p.y * scale, number: numbers.get(p.id) ?? 0 }));
    const t0 = performance.now();
    markCrowded(markers, LABELLED.radius);
    placeNumbers(markers, art.width * scale, art.height * scale);
    return performance.now() - t0;
  },
};
(window as unknown as { __bench: Bench }).__bench = bench;

const root = document.getElementById('root') as HTMLElement;

if (mode === 'ours') {
  const t0 = performance.now();
  (globalThis as { __mapPerf?: unknown }).__mapPerf = {
    pointsDrawn: (at: number) => {
      bench.lastPointsDrawn = at;
      if (bench.firstRenderMs === null) {
        bench.firstRenderMs = at - t0;
        bench.ready = true;
      }
    },
  };
  const editor = new ChartEditor({ session, depthRange: { min: 4, max: 6 }, defaultDepthMm: 4 });
  bench.count = () => editor.state.points.length;
  bench.screenOf = (x, y) => {
    const el = document.querySelector('[data-testid="map-stage"]') as HTMLElement;
    const r = el.getBoundingClientRect();
    const v = fitViewport(art.width, art.height, el.clientWidth, el.clientHeight);
    return { x: r.left + el.clientLeft + x * v.scale + v.x, y: r.top + el.clientTop + y * v.scale + v.y };
  };
  performance.mark('bench:render');
  createRoot(root).render(
    <div style={{ width: STAGE.w }}>
      <MapCanvas editor={editor} height={STAGE.h} />
    </div>,
  );
} else {
  // The naive stage: one node pair per point, all listening, Konva's own drag and hit testing.
  const t0 = performance.now();
  const container = document.createElement('div');
  root.appendChild(container);
  const stage = new Konva.Stage({ container, width: STAGE.w, height: STAGE.h });
  const v = fitViewport(art.width, art.height, STAGE.w, STAGE.h);
  const layer = new Konva.Layer();
  stage.add(layer);
  session.points.forEach((p, i) => {
    // A draggable group per point, so a press on its number drags it too.
    const group = new Konva.Group({ x: p.x * v.scale + v.x, y: p.y * v.scale + v.y, draggable: true });
    group.add(new Konva.Circle({ radius: 5, fill: '#2a9d8f', stroke: '#17202b', strokeWidth: 1 }));
    group.add(new Konva.Text({ x: 6, y: -6, text: String(i + 1), fontSize: 9, fill: '#1a2330' }));
    layer.add(group);
  });
  layer.draw();
  bench.firstRenderMs = performance.now() - t0;
  bench.ready = true;
  bench.count = () => layer.children.length;
  bench.screenOf = (x, y) => {
    const r = container.getBoundingClientRect();
    return { x: r.left + x * v.scale + v.x, y: r.top + y * v.scale + v.y };
  };
}
