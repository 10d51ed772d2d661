import { describe, expect, it } from 'vitest';
import { ChartEditor } from '../../../renderer/editor/store.ts';
import { editorText } from '../../../renderer/map/editorText.ts';
import { createFormatter } from '../../../shared/format/formatter.ts';
import { createTranslator } from '../../../shared/i18n/translator.ts';
import { NEEDLES, type Needle } from '../../../shared/needles.ts';
import { editor, idFactory, session } from './fixtures.ts';

const en = (await createTranslator('en')).t;
const fr = (await createTranslator('fr')).t;

describe('the chart editor keeps a point no deeper than its needle is long', () => {
  it('refuses a shorter needle at the needle field, and says why', () => {
    const e = editor();
    e.place(400, 700);
    expect(e.updateSelection({ depthMm: 6 }).ok).toBe(true);
    expect(e.updateSelection({ needle: '30G-4mm' }).ok).toBe(false);
    expect(e.state.problem).toEqual({ field: 'needle', message: { key: 'deeperThanNeedle', values: { depth: 6, length: 4 } } });
    expect(e.state.points[0]?.needle).toBe('32G-6mm');
    expect(editorText(en, createFormatter('en'), e.state.problem!.message)).toBe('A depth of 6 mm is deeper than the needle is long (4 mm): nothing was changed.');
    expect(editorText(fr, createFormatter('fr'), e.state.problem!.message)).toMatch(/dépasse la longueur de l’aiguille \(4\s?mm\)/);
  });

  it('refuses a deeper depth at the depth field', () => {
    const e = editor({ defaultNeedle: '30G-4mm' });
    e.place(400, 700);
    expect(e.state.points[0]?.depthMm).toBe(4);
    expect(e.updateSelection({ depthMm: 5 }).ok).toBe(false);
    expect(e.state.problem?.field).toBe('depthMm');
  });

  it('places new points no deeper than the session’s needle (default depth 4.5 mm, needle 4 mm)', () => {
    const e = editor({ defaultNeedle: '30G-4mm' });
    e.place(400, 700);
    expect(e.state.points[0]?.depthMm).toBe(4);
  });

  it('offers the clinic’s catalogue: a needle it does not hold is refused, a retired one still read', () => {
    const needles: Needle[] = [...NEEDLES.map((n) => ({ ...n, retired: n.id === '32G-6mm' })), { id: '31G-6mm', gauge: 31, lengthMm: 6, label: 'House 31G', retired: false }];
    const e = new ChartEditor({ session: session(), depthRange: { min: 4, max: 6 }, defaultDepthMm: 4.5, needles, newId: idFactory() });
    e.place(400, 700);
    expect(e.state.points[0]?.needle).toBe('32G-6mm');
    expect(e.updateSelection({ needle: '31G-6mm' }).ok).toBe(true);
    expect(e.updateSelection({ needle: '33G-6mm' }).ok).toBe(false);
    expect(e.state.problem?.message.key).toBe('needle');
  });

  it('a multi-injector carries 3 to 18 needles', () => {
    const e = editor();
    e.place(400, 700);
    expect(e.updateSelection({ injector: { kind: 'multi', needleCount: 2 } }).ok).toBe(false);
    expect(e.state.problem?.message).toEqual({ key: 'needleCount', values: { min: 3, max: 18, n: 2 } });
    expect(editorText(en, createFormatter('en'), e.state.problem!.message)).toBe('A multi-injector carries 3 to 18 needles: 2 is not possible.');
    expect(e.updateSelection({ injector: { kind: 'multi', needleCount: 3 } }).ok).toBe(true);
  });
});

describe('a draft whose default injector predates the 3–18 rule', () => {
  it('places new points with the single needle rather than 2 needles, and refuses setting 2 again', () => {
    const e = editor({ injector: { kind: 'multi', needleCount: 2 } });
    e.place(400, 700);
    expect(e.state.points[0]?.injector).toEqual({ kind: 'single' });
    expect(e.setFields({ injector: { kind: 'multi', needleCount: 2 } }).ok).toBe(false);
    expect(e.setFields({ injector: { kind: 'multi', needleCount: 4 } }).ok).toBe(true);
    e.place(500, 700);
    expect(e.state.points[1]?.injector).toEqual({ kind: 'multi', needleCount: 4 });
  });
});
