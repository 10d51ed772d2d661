import { describe, expect, it } from 'vitest';
import { NEEDLES, type Needle } from '../../../shared/needles.ts';
import { addNeedle, catalogueChanged, catalogueProblem, renameNeedle, setRetired } from '../../../renderer/settings/NeedleCatalogueDraft.ts';
import { errorText } from '../../../renderer/i18n/errorText.ts';
import { createTranslator } from '../../../shared/i18n/translator.ts';

const en = (await createTranslator('en')).t;
const start: Needle[] = NEEDLES.map((n) => ({ ...n }));

describe('the needle catalogue as the preferences edit it', () => {
  it('adds a needle under an id of its size, never reusing one', () => {
    const one = addNeedle(start, 33, 4);
    expect(one).toMatchObject({ ok: true, added: { id: '33G-4mm', gauge: 33, lengthMm: 4, label: '', retired: false } });
    const two = addNeedle(one.ok ? one.list : [], 33, 4);
    expect(two.ok && two.added.id).toBe('33G-4mm-2');
  });

  it('refuses a needle longer than 13 mm or of no gauge, naming the field', () => {
    const long = addNeedle(start, 30, 20);
    expect(long).toMatchObject({ ok: false, field: 'lengthMm', error: { field: 'lengthMm', reason: 'too_big', params: { maximum: 13 } } });
    expect(!long.ok && errorText(en, long.error)).toBe('Length must be at most 13 mm');
    expect(addNeedle(start, Number.NaN, 4)).toMatchObject({ ok: false, field: 'gauge' });
  });

  it('renames and retires by id, the id unchanged', () => {
    const renamed = renameNeedle(start, '30G-4mm', 'Meso 30G short');
    expect(renamed.find((n) => n.id === '30G-4mm')?.label).toBe('Meso 30G short');
    const retired = setRetired(renamed, '27G-6mm', true);
    expect(retired.find((n) => n.id === '27G-6mm')).toMatchObject({ id: '27G-6mm', retired: true });
    expect(retired).toHaveLength(start.length);
    expect(catalogueChanged(retired, start)).toBe(true);
    expect(catalogueChanged(setRetired(retired, '27G-6mm', false).map((n) => ({ ...n, label: '' })), start)).toBe(false);
  });

  it('refuses a catalogue with every needle retired, as the settings would', () => {
    const all = start.reduce((list, n) => setRetired(list, n.id, true), start);
    expect(catalogueProblem(all)).toMatchObject({ field: 'needles', reason: 'all-needles-retired' });
    expect(errorText(en, catalogueProblem(all))).toBe('Needles must keep at least one needle offered');
    expect(catalogueProblem(start)).toBeNull();
  });
});
