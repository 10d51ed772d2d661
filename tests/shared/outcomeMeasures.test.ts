import { describe, expect, it } from 'vitest';
import { createFormatter } from '../../shared/format/formatter.ts';
import { createTranslator } from '../../shared/i18n/translator.ts';
import { INDICATIONS } from '../../shared/indications.ts';
import {
  NORWOOD_STAGES,
  cssSeverity,
  cssTotal,
  emptyEntry,
  measureLabel,
  measureSeries,
  measuresFor,
  otherMeasures,
  outcomeEntryText,
  outcomeValue,
  outcomesSchema,
  recordedMeasures,
  type OutcomeEntry,
} from '../../shared/outcomeMeasures.ts';
import { invalidInput } from '../../shared/errors.ts';
import { sessionFieldsSchema } from '../../shared/session.ts';

const en = (await createTranslator('en')).t;
const fr = (await createTranslator('fr')).t;

/** The refusal the save channel would answer for these outcomes, as data. */
function refusal(outcomes: unknown) {
  const input = { outcomes };
  const parsed = sessionFieldsSchema.partial().safeParse(input);
  if (parsed.success) return null;
  const { field, reason } = invalidInput(parsed.error, input).toPayload();
  return { field, reason };
}

describe('which measures a session offers', () => {
  it('follows the indication: a cellulite course its grade, severity scale, girths and satisfaction', () => {
    expect(measuresFor('cellulite')).toEqual(['cellulite-grade', 'cellulite-severity', 'girth', 'satisfaction']);
    expect(measuresFor('hair-loss')).toEqual(['norwood', 'ludwig', 'hair-count', 'satisfaction']);
    expect(measuresFor('pain')).toEqual(['vas', 'satisfaction']);
    expect(measuresFor('localized-fat')).toEqual(['girth', 'satisfaction']);
  });

  it('offers every indication at least the patient’s satisfaction, and an unknown one only that', () => {
    for (const { id } of INDICATIONS) expect(measuresFor(id)).toContain('satisfaction');
    expect(measuresFor('acne')).toEqual(['satisfaction']);
  });

  it('lets the practitioner add any measure the indication does not offer', () => {
    expect(otherMeasures('cellulite')).toEqual(['vas', 'norwood', 'ludwig', 'hair-count']);
    expect(otherMeasures('wrinkles')).not.toContain('satisfaction');
  });
});

describe('the scales', () => {
  it('accepts a grade, a stage, a severity scale, girths at several sites, a hair count and a satisfaction score', () => {
    const outcomes: OutcomeEntry[] = [
      { measure: 'cellulite-grade', grade: 'III' },
      { measure: 'cellulite-severity', items: { depressionCount: 3, depressionDepth: 2, raisedAreas: 1, laxity: 0, nurnbergerMuller: 3 } },
      { measure: 'norwood', stage: 'III-vertex' },
      { measure: 'ludwig', stage: 'II' },
      { measure: 'hair-count', area: 'Vertex, tattooed dot', perCm2: 182 },
      { measure: 'girth', site: 'Left thigh, 15 cm above the patella', cm: 58.5 },
      { measure: 'girth', site: 'Waist', cm: 74 },
      { measure: 'satisfaction', score: 8 },
    ];
    expect(outcomesSchema.parse(outcomes)).toEqual(outcomes);
  });

  it('refuses a grade out of its scale, naming the field', () => {
    expect(refusal([{ measure: 'satisfaction', score: 3 }, { measure: 'cellulite-grade', grade: 'IV' }])).toEqual({ field: 'outcomes.1.grade', reason: 'invalid_value' });
    expect(refusal([{ measure: 'ludwig', stage: 'IV' }])).toEqual({ field: 'outcomes.0.stage', reason: 'invalid_value' });
    expect(refusal([{ measure: 'satisfaction', score: 11 }])).toEqual({ field: 'outcomes.0.score', reason: 'too_big' });
    expect(refusal([{ measure: 'satisfaction', score: 6.5 }])).toEqual({ field: 'outcomes.0.score', reason: 'invalid_type' });
    expect(refusal([{ measure: 'cellulite-severity', items: { depressionCount: 4, depressionDepth: 0, raisedAreas: 0, laxity: 0, nurnbergerMuller: 0 } }])).toEqual({
      field: 'outcomes.0.items.depressionCount',
      reason: 'too_big',
    });
    expect(refusal([{ measure: 'girth', site: 'Waist', cm: 0 }])).toEqual({ field: 'outcomes.0.cm', reason: 'too_small' });
    expect(refusal([{ measure: 'hair-count', area: '  ', perCm2: 120 }])).toEqual({ field: 'outcomes.0.area', reason: 'required' });
  });

  it('refuses an unknown measure and a field a measure does not have', () => {
    expect(refusal([{ measure: 'bmi', value: 24 }])?.field).toBe('outcomes.0.measure');
    expect(refusal([{ measure: 'satisfaction', score: 5, grade: 'II' }])).toEqual({ field: 'outcomes.0', reason: 'unrecognized_keys' });
  });

  it('keeps one entry per measure, and per site for a measure taken at a site', () => {
    expect(refusal([{ measure: 'satisfaction', score: 5 }, { measure: 'satisfaction', score: 6 }])).toEqual({ field: 'outcomes.1.measure', reason: 'repeated-measure' });
    expect(refusal([{ measure: 'girth', site: 'Left thigh', cm: 58 }, { measure: 'girth', site: 'left  thigh', cm: 57 }])).toEqual({ field: 'outcomes.1.site', reason: 'repeated-measure' });
    expect(refusal([{ measure: 'girth', site: 'Left thigh', cm: 58 }, { measure: 'girth', site: 'Right thigh', cm: 57 }])).toBeNull();
  });

  it('knows every Norwood–Hamilton variant in its order, from I to VII', () => {
    expect(NORWOOD_STAGES).toEqual(['I', 'II', 'IIa', 'III', 'IIIa', 'III-vertex', 'IV', 'IVa', 'V', 'Va', 'VI', 'VII']);
    expect(outcomeValue({ measure: 'norwood', stage: 'VII' })).toBe(11);
  });
});

describe('the Cellulite Severity Scale', () => {
  it('totals its five items and classifies the total as Hexsel et al. do', () => {
    const items = { depressionCount: 3, depressionDepth: 2, raisedAreas: 2, laxity: 1, nurnbergerMuller: 3 };
    expect(cssTotal(items)).toBe(11);
    expect(outcomeValue({ measure: 'cellulite-severity', items })).toBe(11);
    expect([0, 1, 5, 6, 10, 11, 15].map(cssSeverity)).toEqual(['none', 'mild', 'mild', 'moderate', 'moderate', 'severe', 'severe']);
  });
});

describe('a course’s series of a measure', () => {
  const sessions: { outcomes: OutcomeEntry[] }[] = [
    { outcomes: [{ measure: 'cellulite-grade', grade: 'III' }, { measure: 'girth', site: 'Left thigh', cm: 60 }] },
    { outcomes: [] },
    { outcomes: [{ measure: 'cellulite-grade', grade: 'II' }, { measure: 'girth', site: 'left thigh', cm: 59 }, { measure: 'girth', site: 'Waist', cm: 75 }] },
  ];

  it('has a value per session, null where a session did not record it', () => {
    expect(measureSeries(sessions, 'cellulite-grade')).toEqual([{ place: '', values: [3, null, 2] }]);
  });

  it('has one line per site, named by its first spelling', () => {
    expect(measureSeries(sessions, 'girth')).toEqual([
      { place: 'Left thigh', values: [60, null, 59] },
      { place: 'Waist', values: [null, null, 75] },
    ]);
  });

  it('lists the measures recorded, in the catalogue’s order', () => {
    expect(recordedMeasures(sessions)).toEqual(['cellulite-grade', 'girth']);
    expect(recordedMeasures([{ outcomes: [] }])).toEqual([]);
  });

  it('starts a new entry at the bottom of its scale, valid as it is', () => {
    for (const measure of ['cellulite-grade', 'cellulite-severity', 'norwood', 'ludwig', 'satisfaction'] as const) {
      expect(outcomesSchema.safeParse([emptyEntry(measure)]).success).toBe(true);
    }
  });
});

describe('in words', () => {
  it('names each measure with its scale’s authors, in English and French', () => {
    expect(measureLabel(en, 'cellulite-grade')).toBe('Cellulite grade (Nürnberger–Müller)');
    expect(measureLabel(fr, 'norwood')).toBe('Stade d’alopécie (Norwood-Hamilton)');
    expect(measureLabel(en, 'unknown-measure')).toBe('unknown-measure');
  });

  it('reads an entry as the record prints it', () => {
    const fmtEn = createFormatter('en', 'UTC');
    const fmtFr = createFormatter('fr', 'UTC');
    expect(outcomeEntryText(en, fmtEn, { measure: 'girth', site: 'Left thigh', cm: 58.5 })).toBe('Girth, Left thigh: 58.5 cm');
    expect(outcomeEntryText(fr, fmtFr, { measure: 'girth', site: 'Cuisse gauche', cm: 58.5 })).toBe('Périmètre, Cuisse gauche : 58,5 cm');
    expect(outcomeEntryText(en, fmtEn, { measure: 'norwood', stage: 'III-vertex' })).toBe('Hair loss stage (Norwood–Hamilton): III vertex');
    expect(outcomeEntryText(en, fmtEn, { measure: 'cellulite-severity', items: { depressionCount: 2, depressionDepth: 2, raisedAreas: 1, laxity: 2, nurnbergerMuller: 2 } })).toBe(
      'Cellulite Severity Scale (Hexsel): 9 (moderate; items 2, 2, 1, 2, 2)',
    );
  });
});
