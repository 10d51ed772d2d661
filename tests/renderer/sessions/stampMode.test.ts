import { afterEach, describe, expect, it } from 'vitest';
import type { Protocol } from '../../../shared/protocols.ts';
import { protocolPointsFrom } from '../../../shared/protocols.ts';
import { armStamp, armedProtocol, clearStamp, consumeStamp, stampPointsFrom } from '../../../renderer/sessions/stampMode.ts';
import { suggestName } from '../../../renderer/sessions/ProtocolsPanel.tsx';
import { editor as makeEditor } from '../editor/fixtures.ts';
import { createTranslator } from '../../../shared/i18n/translator.ts';

const { t: en } = await createTranslator('en');
const { t: fr } = await createTranslator('fr');

function protocol(view: Protocol['view'] = 'body-front'): Protocol {
  const e = makeEditor();
  e.setView(view);
  e.place(1000, 1000);
  e.place(1020, 1000);
  e.place(1010, 1030);
  e.updatePoints(e.state.points.map((p) => p.id), { depthMm: 5, volumeMl: 0.1, note: 'slow' });
  return { id: 'p', name: 'knee, anterior, 3 points', view, points: protocolPointsFrom(e.state.points), createdAt: '', createdBy: '' };
}

afterEach(() => clearStamp());

describe('stamp mode', () => {
  it('turns protocol points into the editor’s stamp points, without product', () => {
    const p = protocol();
    const points = stampPointsFrom(p);
    expect(points).toHaveLength(3);
    expect(points[0]).toEqual({ dx: p.points[0]!.dx, dy: p.points[0]!.dy, depthMm: 5, needle: '32G-6mm', injector: { kind: 'single' }, technique: 'nappage', volumeMl: 0.1, note: 'slow' });
    expect(points.every((s) => !('productIndex' in s))).toBe(true);
  });

  it('does nothing when no protocol is armed', () => {
    const e = makeEditor();
    expect(consumeStamp(e, 500, 500)).toBeNull();
    expect(e.state.points).toHaveLength(0);
  });

  it('stamps the armed protocol where the map is clicked, once, as one undo step', () => {
    const e = makeEditor();
    armStamp(protocol());
    const result = consumeStamp(e, 600, 900);
    expect(result).toEqual({ ok: true });
    expect(armedProtocol()).toBeNull();
    expect(e.state.points).toHaveLength(3);
    const cx = e.state.points.reduce((s, p) => s + p.x, 0) / 3;
    const cy = e.state.points.reduce((s, p) => s + p.y, 0) / 3;
    expect(cx).toBeCloseTo(600, 0);
    expect(cy).toBeCloseTo(900, 0);
    expect(e.state.points.every((p) => p.depthMm === 5 && p.note === 'slow')).toBe(true);
    expect(e.state.selection).toHaveLength(3);
    expect(consumeStamp(e, 700, 900)).toBeNull();
    e.undo();
    expect(e.state.points).toHaveLength(0);
  });

  it('waits while another view is shown', () => {
    const e = makeEditor();
    armStamp(protocol('face'));
    expect(consumeStamp(e, 600, 900)).toBeNull();
    expect(armedProtocol()?.view).toBe('face');
  });

  it('keeps the mode when the session is read-only', () => {
    const e = makeEditor();
    e.setReadOnly({ key: 'signed' });
    armStamp(protocol());
    expect(consumeStamp(e, 600, 900)).toMatchObject({ ok: false });
    expect(armedProtocol()).not.toBeNull();
  });

  it('suggests a name from the regions of the selection', () => {
    expect(suggestName(en, ['knee-left', 'knee-left', 'thigh-left'], 12)).toBe('knee left, 12 points');
    expect(suggestName(en, ['', ''], 2)).toBe('protocol, 2 points');
    expect(suggestName(en, ['knee-left'], 1)).toBe('knee left, 1 point');
    expect(suggestName(fr, ['', ''], 2)).toBe('protocole, 2 points');
  });
});
