import { describe, expect, it } from 'vitest';
import { MAP_GEOMETRY } from '../../../shared/map/index.ts';
import { chartOf, panelAt, pointsSeenOn, projectPoint } from '../../../shared/map/viewProjection.ts';
import { MAP_VIEWS, type MapViewId } from '../../../shared/mapViews.ts';
import { numbersByChart } from '../../../shared/markerPalette.ts';
import { regionAt } from '../../../shared/regions.ts';
import { chartPoint } from '../sessionFixtures.ts';
import { interiorPoint } from '../../assets/polygonProbe.ts';

const DETAIL_VIEWS = MAP_VIEWS.map((v) => v.id).filter((id) => MAP_GEOMETRY[id].detail);
const inBox = (b: { x: number; y: number; w: number; h: number }, p: { x: number; y: number }) => p.x >= b.x && p.x <= b.x + b.w && p.y >= b.y && p.y <= b.y + b.h;

describe('the whole views', () => {
  it('are their own charts and show no other whole view’s points', () => {
    for (const view of ['body-front', 'body-back', 'face', 'scalp'] as const) {
      expect(chartOf(view)).toBe(view);
      expect(MAP_GEOMETRY[view].detail).toBeUndefined();
    }
    expect(projectPoint({ view: 'face', x: 500, y: 500 }, 'body-front')).toBeNull();
    expect(projectPoint({ view: 'body-front', x: 400, y: 900 }, 'body-back')).toBeNull();
    expect(projectPoint({ view: 'body-front', x: 400, y: 900 }, 'body-front')).toEqual({ x: 400, y: 900 });
  });
});

describe.runIf(DETAIL_VIEWS.length > 0).each(DETAIL_VIEWS)('detail view %s', (view: MapViewId) => {
  const g = MAP_GEOMETRY[view];
  const detail = g.detail!;
  const body = MAP_GEOMETRY[detail.body];

  it('numbers its points with its body view’s', () => {
    expect(chartOf(view)).toBe(detail.body);
  });

  it('has panels inside its box, each mapped onto the body view’s box', () => {
    expect(detail.panels.length).toBeGreaterThan(0);
    for (const p of detail.panels) {
      expect(p.box.x).toBeGreaterThanOrEqual(0);
      expect(p.box.y).toBeGreaterThanOrEqual(0);
      expect(p.box.x + p.box.w).toBeLessThanOrEqual(g.width);
      expect(p.box.y + p.box.h).toBeLessThanOrEqual(g.height);
      expect(p.onBody.x).toBeGreaterThanOrEqual(0);
      expect(p.onBody.y).toBeGreaterThanOrEqual(0);
      expect(p.onBody.x + p.onBody.w).toBeLessThanOrEqual(body.width);
      expect(p.onBody.y + p.onBody.h).toBeLessThanOrEqual(body.height);
    }
  });

  it('shows every region’s points on the body view, in the body region of the same side', () => {
    for (const r of g.regions) {
      const at = interiorPoint(r.polygon);
      const panel = panelAt(view, at);
      expect(panel, r.id).not.toBeNull();
      const onBody = projectPoint({ view, x: at.x, y: at.y }, detail.body)!;
      expect(inBox(panel!.onBody, onBody), r.id).toBe(true);
      // A two-sided view's regions lie in their side's panel; a midline drawing (the spine) has both sides in one.
      const side = r.id.match(/-(left|right)(-|$)/)?.[1];
      if (side && panel!.side) expect(panel!.side, r.id).toBe(side);
    }
  });

  it('shows a body point back in its place where a panel faces the body view, and only there', () => {
    for (const p of detail.panels) {
      const centre = { x: p.onBody.x + p.onBody.w / 2, y: p.onBody.y + p.onBody.h / 2 };
      const back = projectPoint({ view: detail.body, ...centre }, view);
      if (p.facesBody) {
        expect(back).not.toBeNull();
        const round = projectPoint({ view, ...back! }, detail.body)!;
        expect(round.x).toBeCloseTo(centre.x, 6);
        expect(round.y).toBeCloseTo(centre.y, 6);
      } else if (back) {
        // A side panel shows no body point; another panel facing that place may.
        expect(detail.panels.some((q) => q.facesBody && inBox(q.onBody, centre))).toBe(true);
      }
    }
  });
});

describe.runIf(DETAIL_VIEWS.length > 0)('one chart, several views', () => {
  const view = DETAIL_VIEWS[0] ?? 'body-front';
  const detail = MAP_GEOMETRY[view].detail ?? { body: 'body-front' };
  const region = MAP_GEOMETRY[view].regions[0]!;
  const at = interiorPoint(region.polygon);

  it('numbers a detail view’s points in one sequence with its body view’s, and the other views apart', () => {
    const points = [
      chartPoint('a', { view: detail.body, x: 100, y: 100 }),
      chartPoint('b', { view, x: at.x, y: at.y }),
      chartPoint('c', { view: 'face', x: 500, y: 500 }),
      chartPoint('d', { view: detail.body, x: 120, y: 100 }),
    ];
    const n = numbersByChart(points);
    expect([n.get('a'), n.get('b'), n.get('c'), n.get('d')]).toEqual([1, 2, 1, 3]);
  });

  it('lists on the body view its own points and the detail’s, marked as placed elsewhere', () => {
    const points = [chartPoint('own', { view: detail.body, x: 100, y: 100 }), chartPoint('knee', { view, x: at.x, y: at.y })];
    const seen = pointsSeenOn(points, detail.body);
    expect(seen.map((s) => [s.point.id, s.own])).toEqual([
      ['own', true],
      ['knee', false],
    ]);
    expect(regionAt(view, at.x, at.y)?.id).toBe(region.id);
  });
});
