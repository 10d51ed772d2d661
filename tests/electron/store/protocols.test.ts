import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { actor, auditCount, dumpDatabase, openTestStore, point, thrownBy } from './fixtures.ts';
import { MAP_GEOMETRY } from '../../../shared/map/index.ts';
import { stampProtocol } from '../../../shared/protocols.ts';
import { regionAt } from '../../../shared/regions.ts';
import { interiorPoint } from '../../assets/polygonProbe.ts';

const knee = [
  point({ view: 'body-front', x: 700, y: 1400, depthMm: 4 }),
  point({ view: 'body-front', x: 740, y: 1400, depthMm: 5, technique: 'nappage' }),
  point({ view: 'body-front', x: 720, y: 1460, injector: { kind: 'multi', needleCount: 3 }, note: 'below the patella' }),
];

describe('protocols', () => {
  it('saves a selection relative to its centroid, with who and when', () => {
    const at = new Date('2025-02-01T12:00:00.000Z');
    const { store } = openTestStore(undefined, { now: () => at });

    const saved = store.saveProtocol({ name: ' Knee, anterior ', view: 'body-front', points: knee }, actor);

    expect(saved).toEqual({
      id: expect.any(String),
      name: 'Knee, anterior',
      view: 'body-front',
      createdAt: at.toISOString(),
      createdBy: actor.name,
      points: [
        { dx: -20, dy: -20, depthMm: 4, needle: '30G-4mm', injector: { kind: 'single' }, technique: 'point', volumeMl: null, note: '' },
        { dx: 20, dy: -20, depthMm: 5, needle: '30G-4mm', injector: { kind: 'single' }, technique: 'nappage', volumeMl: null, note: '' },
        { dx: 0, dy: 40, depthMm: 4, needle: '30G-4mm', injector: { kind: 'multi', needleCount: 3 }, technique: 'point', volumeMl: null, note: 'below the patella' },
      ],
    });
    expect(store.listProtocols()).toEqual([saved]);
  });

  it('lists protocols by name, all of them or those of one view', () => {
    const { store } = openTestStore();
    const scalp = store.saveProtocol({ name: 'vertex grid', view: 'scalp', points: [point({ view: 'scalp' })] }, actor);
    const kneeProtocol = store.saveProtocol({ name: 'Knee, anterior', view: 'body-front', points: knee }, actor);
    const abdomen = store.saveProtocol({ name: 'Abdomen, lower', view: 'body-front', points: [point({ view: 'body-front' })] }, actor);

    expect(store.listProtocols().map((p) => p.name)).toEqual(['Abdomen, lower', 'Knee, anterior', 'vertex grid']);
    expect(store.listProtocols('body-front')).toEqual([abdomen, kneeProtocol]);
    expect(store.listProtocols('scalp')).toEqual([scalp]);
    expect(store.listProtocols('face')).toEqual([]);
  });

  it('refuses a second protocol of the same name, whatever its case or spacing, as a conflict on the name', () => {
    const { store, path } = openTestStore();
    store.saveProtocol({ name: 'Knee, anterior', view: 'body-front', points: knee }, actor);
    const before = dumpDatabase(path);
    const error = thrownBy(() => store.saveProtocol({ name: 'KNEE,  anterior', view: 'body-front', points: knee }, actor));
    expect(error).toMatchObject({ code: 'conflict', field: 'name', reason: 'protocol-name-taken', params: { name: 'Knee, anterior' } });
    expect(dumpDatabase(path)).toEqual(before);
  });

  it("refuses a point of another view than the protocol's, naming it", () => {
    const { store } = openTestStore();
    const error = thrownBy(() => store.saveProtocol({ name: 'Mixed', view: 'body-front', points: [knee[0]!, point({ view: 'face' })] }, actor));
    expect(error).toMatchObject({ code: 'invalid-input', field: 'points.1.view' });
    expect(store.listProtocols()).toEqual([]);
  });

  it('deletes a protocol and answers it as it was; an unknown one is not found', () => {
    const { store } = openTestStore();
    const saved = store.saveProtocol({ name: 'Knee, anterior', view: 'body-front', points: knee }, actor);
    expect(store.deleteProtocol(saved.id, actor)).toEqual(saved);
    expect(store.listProtocols()).toEqual([]);
    expect(thrownBy(() => store.deleteProtocol(saved.id, actor))).toMatchObject({ code: 'not-found' });
    expect(thrownBy(() => store.deleteProtocol(randomUUID(), actor))).toMatchObject({ code: 'not-found' });
    // The name is free again.
    expect(store.saveProtocol({ name: 'knee, anterior', view: 'body-front', points: knee }, actor).name).toBe('knee, anterior');
  });

  it('writes one audit entry for each creation and deletion', () => {
    const { store, path } = openTestStore();
    const saved = store.saveProtocol({ name: 'Knee, anterior', view: 'body-front', points: knee }, actor);
    store.deleteProtocol(saved.id, { name: 'Nurse Petra' });
    expect(auditCount(path)).toBe(2);
    expect(store.listAudit(saved.id)).toMatchObject([
      { action: 'protocol.create', entity: 'protocol', actor: actor.name, detail: { name: 'Knee, anterior', view: 'body-front', points: 3 } },
      { action: 'protocol.delete', entity: 'protocol', actor: 'Nurse Petra', detail: { name: 'Knee, anterior' } },
    ]);
  });
});

describe('protocols on a detail view', () => {
  it("saves the knee's front-view pattern and stamps it back on the other knee, each point in that knee's landmark region", () => {
    const { store } = openTestStore();
    // Round the right patella (the image's left panel), then stamped over the left one: the mirror panel.
    const right = MAP_GEOMETRY['knee-anterior'].regions.find((r) => r.id === 'patella-right')!;
    const left = MAP_GEOMETRY['knee-anterior'].regions.find((r) => r.id === 'patella-left')!;
    const c = interiorPoint(right.polygon);
    const around = [0, 1, 2, 3].map((i) => point({ view: 'knee-anterior', x: c.x + [-12, 12, 0, 0][i]!, y: c.y + [0, 0, -12, 12][i]! }));
    const saved = store.saveProtocol({ name: 'Patella ring', view: 'knee-anterior', points: around }, actor);
    expect(store.listProtocols('knee-anterior')).toEqual([saved]);

    const target = interiorPoint(left.polygon);
    const stamped = stampProtocol(saved, target, () => randomUUID(), (view, x, y) => {
      const r = regionAt(view, x, y);
      return r ? { id: r.id, label: r.id } : null;
    });
    expect(stamped.map((p) => [p.view, p.region])).toEqual(Array.from({ length: 4 }, () => ['knee-anterior', 'patella-left']));
  });
});
