import { describe, expect, it } from 'vitest';
import { MAP_ARTWORK } from '../../assets/maps/index.ts';
import { MAP_VIEWS, type MapViewId } from '../../shared/mapViews.ts';
import { pointInPolygon, regionAt, regionLabel, regionsOf } from '../../shared/regions.ts';
import { interiorPoint } from '../assets/polygonProbe.ts';
import { createTranslator } from '../../shared/i18n/translator.ts';
import { catalogueText } from './i18n/catalogueText.ts';

const { t } = await createTranslator('en');
const fr = (await createTranslator('fr')).t;

const VIEWS = MAP_VIEWS.map((v) => v.id);
const EVERY_REGION = VIEWS.flatMap((view) => MAP_ARTWORK[view].regions.map((r) => [view, r.id] as const));

describe('regionAt finds every region from a point well inside it', () => {
  it.each(EVERY_REGION)('%s %s', (view, id) => {
    const region = regionsOf(view).find((r) => r.id === id);
    if (!region) throw new Error('unreachable');
    const p = interiorPoint(region.polygon);
    expect(p.clearance).toBeGreaterThan(8);
    expect(regionAt(view, p.x, p.y)?.id).toBe(id);
    // and from near it: a placement is never pixel-exact
    expect(regionAt(view, p.x + 2.5, p.y - 2.5)?.id).toBe(id);
  });
});

describe('regionAt returns null off the charted areas', () => {
  it.each(VIEWS)('%s: the corners of the artwork and points off the map', (view) => {
    const { width, height } = MAP_ARTWORK[view];
    for (const [x, y] of [[2, 2], [width - 2, 2], [2, height - 2], [width - 2, height - 2], [-50, 100], [100, 5000]]) {
      expect(regionAt(view, x!, y!), `${x}, ${y}`).toBeNull();
    }
    expect(regionAt(view, Number.NaN, 100)).toBeNull();
    expect(regionAt(view, 100, Number.POSITIVE_INFINITY)).toBeNull();
  });

  it.each([
    ['body-front', 400, 1500, 'between the shins'],
    ['body-front', 540, 620, 'between the arm and the waist'],
    ['body-back', 580, 1000, 'between the hand and the thigh'],
    ['body-back', 400, 1500, 'between the calves'],
    ['face', 500, 30, 'above the crown'],
    ['face', 850, 500, 'beside the ear'],
    ['scalp', 500, 950, 'behind the occiput'],
  ] as const)('%s (%d, %d): %s', (view, x, y, _where) => {
    expect(regionAt(view, x, y)).toBeNull();
  });
});

describe('regionAt at anatomical landmarks', () => {
  it.each([
    ['body-front', 400, 685, 'periumbilical'], // the navel
    ['body-front', 478, 1300, 'knee-left'], // the left knee cap is on the image right
    ['body-front', 322, 1300, 'knee-right'],
    ['body-front', 400, 380, 'decollete'],
    ['body-back', 400, 500, 'dorsal'],
    ['body-back', 400, 700, 'lumbar'],
    ['body-back', 430, 826, 'sacroiliac-right'], // dimple of Venus, image right seen from behind
    ['body-back', 470, 930, 'buttock-right'],
    ['body-back', 630, 1030, 'hand-back-right'],
    ['face', 609, 422, 'periorbital-left'], // the left pupil
    ['face', 500, 640, 'perioral'], // between the lips
    ['face', 500, 390, 'glabella'],
    ['face', 500, 850, 'neck'],
    ['face', 500, 1050, 'decollete'],
    ['scalp', 500, 640, 'vertex'], // the crown whorl
    ['scalp', 500, 200, 'frontal'],
    ['scalp', 500, 840, 'occipital'],
  ] as const)('%s (%d, %d) is %s', (view, x, y, id) => {
    expect(regionAt(view, x, y)?.id).toBe(id);
  });
});

describe('regionLabel and regionsOf', () => {
  it('labels a stored id for the practitioner with its view’s catalogue entry, in their language', async () => {
    expect(regionLabel(t, 'body-front', 'thigh-outer-left')).toBe(await catalogueText('en', 'clinical:region.bodyFront.thighOuterLeft'));
    expect(regionLabel(t, 'scalp', 'vertex')).toBe(await catalogueText('en', 'clinical:region.scalp.vertex'));
    expect(regionLabel(fr, 'face', 'nasolabial-right')).toBe(await catalogueText('fr', 'clinical:region.face.nasolabialRight'));
    expect(regionLabel(fr, 'face', 'nasolabial-right')).not.toBe(regionLabel(t, 'face', 'nasolabial-right'));
    // The two sides are told apart.
    expect(regionLabel(t, 'face', 'nasolabial-right')).not.toBe(regionLabel(t, 'face', 'nasolabial-left'));
  });

  it('answers null for an id the view does not have', () => {
    expect(regionLabel(t, 'scalp', 'thigh-outer-left')).toBeNull();
    expect(regionLabel(t, 'face', '')).toBeNull();
  });

  it.each(VIEWS)('%s: lists the artwork regions', (view: MapViewId) => {
    expect(regionsOf(view)).toBe(MAP_ARTWORK[view].regions);
    expect(regionsOf(view).length).toBeGreaterThan(4);
  });
});

describe('pointInPolygon', () => {
  const square: [number, number][] = [[0, 0], [10, 0], [10, 10], [0, 10]];
  const notch: [number, number][] = [[0, 0], [10, 0], [10, 10], [5, 3], [0, 10]]; // concave

  it('is true inside and false outside', () => {
    expect(pointInPolygon(square, 5, 5)).toBe(true);
    expect(pointInPolygon(square, 15, 5)).toBe(false);
    expect(pointInPolygon(square, 5, -1)).toBe(false);
  });

  it('handles concave polygons and rays through vertices', () => {
    expect(pointInPolygon(notch, 5, 2)).toBe(true);
    expect(pointInPolygon(notch, 5, 6)).toBe(false);
    expect(pointInPolygon(notch, 1, 8)).toBe(true);
    expect(pointInPolygon(notch, -1, 3)).toBe(false); // the ray passes through the vertex (5, 3)
    expect(pointInPolygon(notch, 2, 3)).toBe(true);
  });

  it('puts a point on an edge shared by two neighbours in exactly one of them', () => {
    const left: [number, number][] = [[0, 0], [5, 0], [5, 10], [0, 10]];
    const right: [number, number][] = [[5, 0], [10, 0], [10, 10], [5, 10]];
    for (const y of [0.5, 3, 7.25]) expect(Number(pointInPolygon(left, 5, y)) + Number(pointInPolygon(right, 5, y))).toBe(1);
  });
});
