import { describe, expect, it } from 'vitest';
import { createTranslator } from '../../shared/i18n/translator.ts';
import { gaugeOfId, needleCatalogue, needleCatalogueSchema, needleChoices, needleLabel, NEEDLES, newNeedleId, type Needle } from '../../shared/needles.ts';
import { needleShape } from '../../shared/markerPalette.ts';

const en = (await createTranslator('en')).t;
const fr = (await createTranslator('fr')).t;

describe('the shipped needles', () => {
  it('add 27G × 13 mm and 30G / 32G × 12–13 mm to the 4 and 6 mm needles', () => {
    expect(NEEDLES.map((n) => n.id)).toEqual(['27G-4mm', '27G-6mm', '27G-13mm', '30G-4mm', '30G-6mm', '30G-12mm', '30G-13mm', '32G-4mm', '32G-6mm', '32G-12mm', '32G-13mm']);
    expect(needleLabel(en, '27G-13mm')).toBe('27G × 13 mm');
    expect(needleLabel(fr, '32G-12mm')).toBe('32G × 12 mm');
  });
});

describe('the clinic’s catalogue', () => {
  const clinic: Needle[] = [
    ...NEEDLES.map((n) => ({ ...n, retired: n.id === '27G-6mm' })),
    { id: '31G-5mm', gauge: 31, lengthMm: 5, label: 'Meso-relle 31G', retired: false },
  ];

  it('names a needle as the clinic renamed it, else by gauge and length', () => {
    expect(needleLabel(en, '31G-5mm', clinic)).toBe('Meso-relle 31G');
    expect(needleLabel(en, '30G-4mm', clinic)).toBe('30G × 4 mm');
    // Without the catalogue (a caller with no settings at hand) an added needle reads as its id.
    expect(needleLabel(en, '31G-5mm')).toBe('31G-5mm');
  });

  it('a retired needle stays readable but is not offered, unless a point already carries it', () => {
    expect(needleLabel(en, '27G-6mm', clinic)).toBe('27G × 6 mm');
    expect(needleChoices(clinic).map((n) => n.id)).not.toContain('27G-6mm');
    expect(needleChoices(clinic, '27G-6mm').map((n) => n.id)).toContain('27G-6mm');
  });

  it('keeps every shipped needle known to an older setting that lacks some', () => {
    const older = [{ id: '30G-4mm', gauge: 30, lengthMm: 4, label: '', retired: false }];
    expect(needleCatalogue(older).map((n) => n.id)).toEqual(['30G-4mm', ...NEEDLES.map((n) => n.id).filter((id) => id !== '30G-4mm')]);
    expect(needleCatalogue(undefined)).toBe(NEEDLES);
  });

  it('refuses a catalogue with a repeated id, or with every needle retired', () => {
    expect(needleCatalogueSchema.safeParse(clinic).success).toBe(true);
    expect(needleCatalogueSchema.safeParse([...clinic, clinic[0]]).success).toBe(false);
    expect((needleCatalogueSchema.safeParse(clinic.map((n) => ({ ...n, retired: true }))).error?.issues[0] as { params?: unknown } | undefined)?.params).toEqual({ reason: 'all-needles-retired' });
    expect(needleCatalogueSchema.safeParse([{ id: '30G-20mm', gauge: 30, lengthMm: 20 }]).success).toBe(false);
  });

  it('gives an added needle an id of its size, with a suffix when that size is listed', () => {
    expect(newNeedleId(clinic, 33, 4)).toBe('33G-4mm');
    expect(newNeedleId(clinic, 30, 4)).toBe('30G-4mm-2');
    expect(newNeedleId(clinic, 30, 4.5)).toBe('30G-4.5mm');
  });

  it('an added needle’s marker shape follows the gauge in its id', () => {
    expect(gaugeOfId('27G-8mm-2')).toBe(27);
    expect(needleShape('27G-8mm-2')).toBe('square');
    expect(needleShape('33G-4mm')).toBe('ring');
    expect(needleShape('30G-4mm')).toBe('circle');
  });
});
