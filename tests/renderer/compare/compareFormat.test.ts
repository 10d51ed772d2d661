import { describe, expect, it } from 'vitest';
import { busiestView, changePhrases, changeTone, countByView, paneColumns, statsLine } from '../../../renderer/compare/compareFormat.ts';
import { createFormatter } from '../../../shared/format/formatter.ts';
import { createTranslator } from '../../../shared/i18n/translator.ts';
import type { InjectionPoint } from '../../../shared/point.ts';

const en = { t: (await createTranslator('en')).t, format: createFormatter('en', 'UTC') };
const fr = { t: (await createTranslator('fr')).t, format: createFormatter('fr', 'UTC') };

const pt = (view: InjectionPoint['view']) => ({ view }) as InjectionPoint;

describe('compare formatting', () => {
  it('sums a region up', () => {
    expect(statsLine(en, { points: 0, meanDepthMm: null, totalVolumeMl: 0, pointsWithVolume: 0, products: [] })).toBe('—');
    expect(statsLine(en, { points: 1, meanDepthMm: 4, totalVolumeMl: 0, pointsWithVolume: 0, products: [] })).toBe('1 point · 4.0 mm');
    expect(statsLine(en, { points: 12, meanDepthMm: 5.5, totalVolumeMl: 1.25, pointsWithVolume: 12, products: ['A'] })).toBe('12 points · 5.5 mm · 1.25 ml');
  });

  it('sums a region up in French: decimal commas', () => {
    // Intl writes a (narrow) no-break space between a number and its unit in French.
    const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');
    expect(plain(statsLine(fr, { points: 12, meanDepthMm: 4.5, totalVolumeMl: 1.2, pointsWithVolume: 12, products: ['A'] }))).toBe('12 points · 4,5 mm · 1,2 ml');
    expect(changePhrases(fr, { points: 4, meanDepthMm: 0.5, totalVolumeMl: 0, productsAdded: ['Dutastéride'], productsRemoved: [] }).map(plain)).toEqual(['+4 points', '+0,5 mm de profondeur', 'ajout : Dutastéride']);
  });

  it('words a change with signs', () => {
    expect(changePhrases(en, { points: 4, meanDepthMm: 0.5, totalVolumeMl: 0.4, productsAdded: ['Dutasteride'], productsRemoved: ['Biotin'] })).toEqual([
      '+4 points',
      '+0.5 mm depth',
      '+0.4 ml',
      'added Dutasteride',
      'dropped Biotin',
    ]);
    expect(changePhrases(en, { points: -1, meanDepthMm: -0.3, totalVolumeMl: -0.05, productsAdded: [], productsRemoved: [] })).toEqual(['−1 point', '−0.3 mm depth', '−0.05 ml']);
    expect(changePhrases(en, { points: 0, meanDepthMm: null, totalVolumeMl: 0, productsAdded: [], productsRemoved: [] })).toEqual([]);
  });

  it('tells new, stopped, changed and unchanged regions apart', () => {
    const none = { points: 0, meanDepthMm: null, totalVolumeMl: 0, productsAdded: [], productsRemoved: [] };
    expect(changeTone({ ...none, points: 3 }, 0, 3)).toBe('new');
    expect(changeTone({ ...none, points: -3 }, 3, 0)).toBe('stopped');
    expect(changeTone({ ...none, points: 2 }, 3, 5)).toBe('changed');
    expect(changeTone(none, 3, 3)).toBe('same');
  });

  it('counts points per view and opens on the busiest', () => {
    const charts = [[pt('face'), pt('face')], [pt('scalp'), pt('face')], []];
    expect(countByView(charts)).toMatchObject({ 'body-front': 0, 'body-back': 0, face: 3, scalp: 1 });
    // Every view is counted, the detail views too.
    expect(Object.values(countByView(charts)).reduce((a, b) => a + b, 0)).toBe(4);
    expect(busiestView(charts)).toBe('face');
    expect(busiestView([])).toBe('body-front');
  });

  it('puts panes in one row when wide enough', () => {
    expect(paneColumns(2, 600)).toBe(2);
    expect(paneColumns(4, 1200)).toBe(4);
    expect(paneColumns(4, 800)).toBe(2);
    expect(paneColumns(3, 700)).toBe(3);
    expect(paneColumns(1, 700)).toBe(1);
  });
});
