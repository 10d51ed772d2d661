import { describe, expect, it } from 'vitest';
import { createTranslator } from '../../shared/i18n/translator.ts';
import { regionName } from '../../shared/regions.ts';
import { diffSessions, lastTreatedByRegion, UNCHARTED_REGION } from '../../shared/sessionDiff.ts';
import { chartPoint, signedSession } from './sessionFixtures.ts';

const { t } = await createTranslator('en');
const UNCHARTED_LABEL = 'Outside the named regions';
const named = (r: { view: 'body-front' | 'body-back' | 'face' | 'scalp'; region: string }) => regionName(t, r.view, r.region);

const knee = (id: string, o: Parameters<typeof chartPoint>[1] = {}) => chartPoint(id, { region: 'knee-left', ...o });

describe('the diff per region', () => {
  const first = signedSession({
    id: 's1',
    date: '2025-03-03',
    numberInCourse: 1,
    points: [
      knee('a', { depthMm: 4, volumeMl: 0.1, productIndex: 0 }),
      knee('b', { depthMm: 5, volumeMl: 0.2, productIndex: 1 }),
      chartPoint('c', { view: 'face', region: 'forehead', depthMm: 4, productIndex: 0 }),
    ],
  });
  const second = signedSession({
    id: 's2',
    date: '2025-03-10',
    numberInCourse: 2,
    points: [
      knee('a', { depthMm: 6, volumeMl: 0.3, productIndex: 1 }),
      knee('b', { depthMm: 6, volumeMl: 0.1, productIndex: 1 }),
      knee('c', { depthMm: 5, volumeMl: null, productIndex: null }),
      chartPoint('d', { region: '', x: 10, y: 10 }),
    ],
  });
  const third = signedSession({ id: 's3', date: '2025-03-17', numberInCourse: 3, points: [chartPoint('e', { view: 'face', region: 'forehead', depthMm: 5, volumeMl: 0.05, productIndex: 0 })] });

  it('gives each region its points, mean depth, volume and products in every session, oldest first', () => {
    const diff = diffSessions([third, first, second]);
    expect(diff.sessions.map((s) => s.id)).toEqual(['s1', 's2', 's3']);
    const kneeRow = diff.regions.find((r) => r.region === 'knee-left');
    expect(kneeRow && named(kneeRow)).toBe('Left knee');
    expect(kneeRow?.stats).toEqual([
      { points: 2, meanDepthMm: 4.5, totalVolumeMl: 0.3, pointsWithVolume: 2, products: ['Lidocaine 2%', 'Piroxicam'] },
      { points: 3, meanDepthMm: 5.7, totalVolumeMl: 0.4, pointsWithVolume: 2, products: ['Piroxicam'] },
      { points: 0, meanDepthMm: null, totalVolumeMl: 0, pointsWithVolume: 0, products: [] },
    ]);
    expect(kneeRow?.changes[0]).toBeNull();
    expect(kneeRow?.changes[1]).toEqual({ points: 1, meanDepthMm: 1.2, totalVolumeMl: 0.1, productsAdded: [], productsRemoved: ['Lidocaine 2%'] });
    expect(kneeRow?.changes[2]).toEqual({ points: -3, meanDepthMm: null, totalVolumeMl: -0.4, productsAdded: [], productsRemoved: ['Piroxicam'] });
    expect(kneeRow?.overall.points).toBe(-2);
  });

  it('lists regions by view and artwork order, points outside every region last in their view', () => {
    const diff = diffSessions([first, second]);
    expect(diff.regions.map((r) => `${r.view}/${named(r)}`)).toEqual(['body-front/Left knee', `body-front/${UNCHARTED_LABEL}`, 'face/Forehead']);
    expect(diff.regions.map((r) => r.region)).toEqual(['knee-left', UNCHARTED_REGION, 'forehead']);
    const forehead = diff.regions.find((r) => r.region === 'forehead');
    expect(forehead?.changes[1]).toMatchObject({ points: -1, productsRemoved: ['Lidocaine 2%'] });
  });

  it('knows when each region was last treated over a course', () => {
    const last = lastTreatedByRegion([third, second, first]);
    expect(last.map((r) => [named(r), r.date, r.sessions])).toEqual([
      ['Left knee', '2025-03-10', 2],
      [UNCHARTED_LABEL, '2025-03-10', 1],
      ['Forehead', '2025-03-17', 2],
    ]);
    expect(last.find((r) => r.region === 'forehead')).toMatchObject({ sessionId: 's3', numberInCourse: 3 });
  });
});
