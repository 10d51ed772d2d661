import { describe, expect, it } from 'vitest';
import { diffSessions, lastTreatedByRegion, UNCHARTED_REGION } from '../../shared/sessionDiff.ts';
import { chartPoint, signedSession } from './sessionFixtures.ts';

// Regions by view and id: how they are named is tests/shared/regions.test.ts's business.

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
    expect(kneeRow?.view).toBe('body-front');
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
    expect(diff.regions.map((r) => `${r.view}/${r.region}`)).toEqual(['body-front/knee-left', `body-front/${UNCHARTED_REGION}`, 'face/forehead']);
    const forehead = diff.regions.find((r) => r.region === 'forehead');
    expect(forehead?.changes[1]).toMatchObject({ points: -1, productsRemoved: ['Lidocaine 2%'] });
  });

  it('knows when each region was last treated over a course', () => {
    const last = lastTreatedByRegion([third, second, first]);
    expect(last.map((r) => [r.view, r.region, r.date, r.sessions])).toEqual([
      ['body-front', 'knee-left', '2025-03-10', 2],
      ['body-front', UNCHARTED_REGION, '2025-03-10', 1],
      ['face', 'forehead', '2025-03-17', 2],
    ]);
    expect(last.find((r) => r.region === 'forehead')).toMatchObject({ sessionId: 's3', numberInCourse: 3 });
  });
});
