import { describe, expect, it } from 'vitest';
import { createFormatter } from '../../../shared/format/formatter.ts';
import { createTranslator } from '../../../shared/i18n/translator.ts';
import { editorText } from '../../../renderer/map/editorText.ts';
import { sessionSaveSchema } from '../../../shared/session.ts';
import { applyDiff, diffBetween, reverseDiff } from '../../../renderer/editor/diff.ts';
import { ChartEditor } from '../../../renderer/editor/store.ts';
import { editor, idFactory, inside, session } from './fixtures.ts';

const { t: en } = await createTranslator('en');
const { t: fr } = await createTranslator('fr');

describe('placing points', () => {
  it('stores the region under the point and the session defaults', () => {
    const e = editor({ defaultNeedle: '30G-6mm', defaultTechnique: 'point', injector: { kind: 'multi', needleCount: 5 } });
    const at = inside('body-front', 'abdomen-lower');
    expect(e.place(at.x, at.y)).toEqual({ ok: true });
    const [p] = e.state.points;
    expect(p).toMatchObject({ view: 'body-front', region: 'abdomen-lower', depthMm: 4.5, needle: '30G-6mm', technique: 'point', injector: { kind: 'multi', needleCount: 5 }, productIndex: null });
    expect(e.state.selection).toEqual([p?.id]);
    expect(e.state.pointIndex[p!.id]).toBe(0);
  });

  it('places on the active view and keeps points of every view apart', () => {
    const e = editor();
    for (const [view, region] of [['body-front', 'knee-left'], ['body-back', 'lumbar'], ['face', 'forehead'], ['scalp', 'vertex']] as const) {
      e.setView(view);
      const at = inside(view, region);
      e.place(at.x, at.y);
    }
    expect(e.state.points.map((p) => [p.view, p.region])).toEqual([
      ['body-front', 'knee-left'],
      ['body-back', 'lumbar'],
      ['face', 'forehead'],
      ['scalp', 'vertex'],
    ]);
    // The chart it produces is what the store accepts.
    expect(sessionSaveSchema.safeParse({ id: e.state.sessionId, points: e.state.points }).success).toBe(true);
  });

  it('leaves the region empty off the silhouette and keeps the point on the map', () => {
    const e = editor();
    e.place(-50, 5);
    expect(e.state.points[0]).toMatchObject({ x: 0, y: 5, region: '' });
  });

  it('stamps a protocol around a point, each point in its own region', () => {
    const e = editor();
    const at = inside('body-front', 'abdomen-upper');
    e.stamp(at.x, at.y, [{ dx: 0, dy: 0 }, { dx: 5, dy: 0, depthMm: 6, note: 'p2' }, { dx: 0, dy: 5, depthMm: 9 }]);
    expect(e.state.points).toHaveLength(3);
    expect(e.state.points.map((p) => p.depthMm)).toEqual([4.5, 6, 4.5]);
    expect(e.state.selection).toHaveLength(3);
    e.undo();
    expect(e.state.points).toHaveLength(0);
  });
});

describe('editing the selection', () => {
  it('refuses a depth outside the allowed range with a message, changing nothing', () => {
    const e = editor();
    e.place(400, 700);
    const before = e.state.points;
    const undos = e.state.history.undos.length;
    const r = e.updateSelection({ depthMm: 7 });
    expect(r.ok).toBe(false);
    expect(e.state.problem?.field).toBe('depthMm');
    expect(e.state.problem?.message).toEqual({ key: 'depthOutOfRange', values: { depth: 7, min: 4, max: 6 } });
    // Worded by the inspector in the screen's language (renderer/map/editorText.ts).
    expect(editorText(en, createFormatter('en'), e.state.problem!.message)).toMatch(/7 mm is outside the allowed range \(4–6 mm\)/);
    expect(editorText(fr, createFormatter('fr'), { key: 'depthOffGrid', values: { step: 0.5, depth: 4.3 } })).toMatch(/^La profondeur doit être un multiple de 0,5\smm\s: 4,3\smm ne l’est pas\.$/);
    expect(e.state.points).toBe(before);
    expect(e.state.history.undos).toHaveLength(undos);
    // The next good edit clears the message.
    expect(e.updateSelection({ depthMm: 5.5 }).ok).toBe(true);
    expect(e.state.problem).toBeNull();
    expect(e.state.points[0]?.depthMm).toBe(5.5);
  });

  it('refuses a depth off the 0.5 mm grid, a needle count over 18 and a product not in the cocktail', () => {
    const e = editor();
    e.place(400, 700);
    expect(e.updateSelection({ depthMm: 4.3 }).ok).toBe(false);
    expect(e.updateSelection({ injector: { kind: 'multi', needleCount: 19 } }).ok).toBe(false);
    expect(e.updateSelection({ productIndex: 0 }).ok).toBe(false);
    expect(e.state.problem?.message).toEqual({ key: 'noProducts' });
    expect(editorText(en, createFormatter('en'), e.state.problem!.message)).toMatch(/no product/);
  });

  it('changes several points at once, as one undo step', () => {
    const e = editor();
    e.place(400, 700);
    e.place(420, 700);
    e.place(440, 700);
    e.selectAll();
    e.updateSelection({ needle: '27G-6mm', injector: { kind: 'multi', needleCount: 18 } });
    expect(e.state.points.every((p) => p.needle === '27G-6mm' && p.injector.kind === 'multi')).toBe(true);
    e.undo();
    expect(e.state.points.every((p) => p.needle === '32G-6mm' && p.injector.kind === 'single')).toBe(true);
    expect(e.state.selection).toHaveLength(3);
  });

  it('deletes and duplicates, and undo puts deleted points back in their place', () => {
    const e = editor();
    e.place(400, 700);
    e.place(420, 700);
    e.place(440, 700);
    const ids = e.state.points.map((p) => p.id);
    e.select([ids[0]!, ids[2]!]);
    e.duplicateSelection();
    expect(e.state.points).toHaveLength(5);
    expect(e.state.points[3]).toMatchObject({ x: 416, y: 716 });
    e.select([ids[0]!, ids[2]!]);
    e.deleteSelection();
    expect(e.state.points.map((p) => p.id)).not.toContain(ids[0]);
    e.undo();
    expect(e.state.points.map((p) => p.id).slice(0, 3)).toEqual(ids);
    expect(e.state.selection).toEqual([ids[0], ids[2]]);
    e.redo();
    expect(e.state.points).toHaveLength(3);
  });

  it('nudges with the arrow keys, ten times as far with Shift, consecutive nudges as one step', () => {
    const e = editor();
    e.place(400, 700);
    e.nudge('right');
    e.nudge('right', true);
    e.nudge('up');
    expect(e.state.points[0]).toMatchObject({ x: 411, y: 699 });
    e.undo();
    expect(e.state.points[0]).toMatchObject({ x: 400, y: 700 });
  });

  it('sets session fields through the same history, typing coalesced', () => {
    const e = editor();
    e.setFields({ notes: 'W' }, { coalesce: 'notes' });
    e.setFields({ notes: 'We' }, { coalesce: 'notes' });
    e.setFields({ notes: 'Well' }, { coalesce: 'notes' });
    e.setFields({ vasBefore: 6 });
    expect(e.state.fields).toMatchObject({ notes: 'Well', vasBefore: 6 });
    e.undo();
    expect(e.state.fields.vasBefore).toBeNull();
    e.undo();
    expect(e.state.fields.notes).toBe('');
    expect(e.setFields({ vasAfter: 11 }).ok).toBe(false);
    expect(e.state.problem?.field).toBe('vasAfter');
  });

  it('forgets a product index when the cocktail shrinks', () => {
    const product = { name: 'Vitamin C', activeIngredients: '', concentration: '', dilution: '', volumeMl: null, lot: '', expiry: '', catalogueId: null, kind: null, expiredLotReason: '' };
    const e = editor({ products: [product, { ...product, name: 'HA' }] });
    e.place(400, 700);
    e.updateSelection({ productIndex: 1 });
    e.setFields({ products: [product] });
    expect(e.state.points[0]?.productIndex).toBeNull();
    e.undo();
    expect(e.state.points[0]?.productIndex).toBe(1);
  });
});

describe('undo and redo', () => {
  it('replays every edit backwards and forwards, and a new edit drops the redo stack', () => {
    const e = editor();
    e.place(400, 700);
    e.updateSelection({ depthMm: 6 });
    e.updateSelection({ technique: 'linear-retrograde' });
    e.undo();
    e.undo();
    expect(e.state.points[0]).toMatchObject({ depthMm: 4.5, technique: 'nappage' });
    e.redo();
    expect(e.state.points[0]).toMatchObject({ depthMm: 6, technique: 'nappage' });
    e.updateSelection({ note: 'bruise' });
    expect(e.canRedo()).toBe(false);
    e.undo();
    e.undo();
    e.undo();
    expect(e.state.points).toHaveLength(0);
    expect(e.undo()).toBe(false);
  });

  it('shows the view where the undone change happened', () => {
    const e = editor();
    e.setView('face');
    e.place(500, 400);
    e.setView('scalp');
    e.undo();
    expect(e.state.view).toBe('face');
  });

  it('squashes a drag into one entry; its region updates as it moves', () => {
    const e = editor();
    const knee = inside('body-front', 'knee-left');
    const thigh = inside('body-front', 'thigh-anterior-left');
    e.place(knee.x, knee.y);
    const undos = e.state.history.undos.length;
    e.beginDrag();
    expect(e.state.dragging).toBe(true);
    const steps = 20;
    for (let i = 1; i <= steps; i += 1) e.dragTo(((thigh.x - knee.x) * i) / steps, ((thigh.y - knee.y) * i) / steps);
    expect(e.canUndo()).toBe(false);
    e.endDrag();
    expect(e.state.dragging).toBe(false);
    expect(e.state.history.undos).toHaveLength(undos + 1);
    expect(e.state.points[0]).toMatchObject({ x: thigh.x, y: thigh.y, region: 'thigh-anterior-left' });
    e.undo();
    expect(e.state.points[0]).toMatchObject({ x: knee.x, y: knee.y, region: 'knee-left' });
    e.redo();
    expect(e.state.points[0]).toMatchObject({ region: 'thigh-anterior-left' });
  });

  it('a cancelled drag leaves neither a change nor a history entry', () => {
    const e = editor();
    e.place(400, 700);
    const history = e.state.history;
    e.beginDrag();
    e.dragTo(30, 30);
    e.cancelDrag();
    expect(e.state.points[0]).toMatchObject({ x: 400, y: 700 });
    expect(e.state.history.undos).toEqual(history.undos);
  });

  it('diffs reverse exactly: applying a diff then its reverse gives the chart back', () => {
    const e = editor();
    for (let i = 0; i < 10; i += 1) e.place(300 + i * 10, 700);
    const before = { points: e.state.points, pointIndex: e.state.pointIndex, fields: e.state.fields };
    e.select(e.state.points.filter((_, i) => i % 3 === 0).map((p) => p.id));
    e.deleteSelection();
    e.place(100, 100);
    e.setFields({ notes: 'x' });
    const after = { points: e.state.points, pointIndex: e.state.pointIndex, fields: e.state.fields };
    const d = diffBetween(before, after);
    expect(applyDiff(after, reverseDiff(d)).points).toEqual(before.points);
    expect(applyDiff(before, d).points).toEqual(after.points);
  });
});

describe('selection and read-only', () => {
  it('click, shift-click toggle, select all, Escape', () => {
    const e = editor();
    e.place(400, 700);
    e.place(420, 700);
    e.setView('face');
    e.place(500, 500);
    e.setView('body-front');
    const [a, b, c] = e.state.points.map((p) => p.id);
    e.select([a!]);
    e.select([b!], 'toggle');
    expect(e.state.selection).toEqual([a, b]);
    e.select([a!], 'toggle');
    expect(e.state.selection).toEqual([b]);
    e.select([c!], 'add');
    expect(e.state.selection).toEqual([b]); // not on this view
    e.selectAll();
    expect(e.state.selection).toEqual([a, b]);
    e.clearSelection();
    expect(e.state.selection).toEqual([]);
  });

  it('a signed session refuses every edit', () => {
    const e = editor({ status: 'signed', points: [] });
    expect(e.state.readOnly).toBe(true);
    expect(e.place(400, 700).ok).toBe(false);
    expect(e.setFields({ notes: 'x' }).ok).toBe(false);
    expect(e.state.points).toHaveLength(0);
  });

  it('state stays plain data', () => {
    const e = editor();
    e.place(400, 700);
    e.updateSelection({ depthMm: 5 });
    const s = e.state;
    expect(JSON.parse(JSON.stringify(s))).toEqual(s);
  });
});

describe('the view a session opens on', () => {
  const open = (points: boolean, areasView: 'face' | null) => {
    const chart = editor();
    if (points) {
      chart.setView('body-back');
      const at = inside('body-back', 'buttock-left');
      chart.place(at.x, at.y);
    }
    return new ChartEditor({ session: session({ points: chart.state.points }), depthRange: { min: 4, max: 6 }, defaultDepthMm: 4.5, newId: idFactory(), areasView }).state.view;
  };

  it("with no points, the view of its treated areas; else the body's front", () => {
    expect(open(false, 'face')).toBe('face');
    expect(open(false, null)).toBe('body-front');
  });

  it('with points, the view of its points, whatever its treated areas', () => {
    expect(open(true, 'face')).toBe('body-back');
  });
});
