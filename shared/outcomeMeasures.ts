import type { Namespace, TFunction } from 'i18next';
import { z } from 'zod';
import { clinicalText, idKey } from './clinicalText.ts';
import type { Formatter } from './format/formatter.ts';
import type { IndicationId } from './indications.ts';
import { requiredLine } from './text.ts';

/**
 * Outcome measures beyond pain (issue 11): what practitioners follow per indication, as data with
 * their scales. Sources and the words of each language: docs/clinical-sources.md, "Outcome measures".
 *
 * - VAS 0–10 is one of the measures, but its values stay where they always were (the session's
 *   vasBefore / vasAfter, recorded before and after): `stored: 'vas-fields'`.
 * - Every other measure is recorded in the session's `outcomes`, one entry per measure (per site or
 *   area for the measures taken at a place), validated here against its scale.
 *
 * The Cellulite Severity Scale (Hexsel et al. 2009) is recorded as its five items, each 0–3, and its
 * total (mild 1–5, moderate 6–10, severe 11–15) derived from them: the items are what the
 * practitioner grades (the published form is a grading of five photonumeric items), a total alone
 * cannot be checked against them nor tell which feature changed (the depth of the depressions often
 * improves before their number), and a derived total can never disagree with its items.
 */

export const OUTCOME_MEASURE_IDS = ['vas', 'cellulite-grade', 'cellulite-severity', 'norwood', 'ludwig', 'hair-count', 'girth', 'satisfaction'] as const;
export type OutcomeMeasureId = (typeof OUTCOME_MEASURE_IDS)[number];
/** The measures recorded in a session's `outcomes` (VAS has its own two fields). */
export type RecordedMeasureId = Exclude<OutcomeMeasureId, 'vas'>;

/** Nürnberger–Müller: 0 (none) to III (raised areas and nodules). */
const NURNBERGER_MULLER_GRADES = ['0', 'I', 'II', 'III'] as const;
/** Norwood–Hamilton, with Norwood's variants (a: anterior; III vertex), for men. */
export const NORWOOD_STAGES = ['I', 'II', 'IIa', 'III', 'IIIa', 'III-vertex', 'IV', 'IVa', 'V', 'Va', 'VI', 'VII'] as const;
/** Ludwig I–III, for women. */
const LUDWIG_STAGES = ['I', 'II', 'III'] as const;
/** The five items of the Cellulite Severity Scale, each graded 0–3, in the published order (A–E). */
export const CSS_ITEMS = ['depressionCount', 'depressionDepth', 'raisedAreas', 'laxity', 'nurnbergerMuller'] as const;
type CssItem = (typeof CSS_ITEMS)[number];

/** How a measure is graded or counted; the plot's y axis follows it. */
export type OutcomeScale =
  | { kind: 'stages'; stages: readonly string[] }
  | { kind: 'score'; min: number; max: number }
  | { kind: 'items'; items: readonly CssItem[]; itemMax: number; totalMin: number; totalMax: number }
  | { kind: 'amount'; unit: 'cm' | 'perCm2'; min: number; max: number };

type OutcomeMeasure = {
  id: OutcomeMeasureId;
  scale: OutcomeScale;
  /** Taken at a named place (a girth's site, a hair count's marked area): several per session, one per place. */
  sited: boolean;
  stored: 'vas-fields' | 'outcomes';
};

const OUTCOME_MEASURES: readonly OutcomeMeasure[] = [
  { id: 'vas', scale: { kind: 'score', min: 0, max: 10 }, sited: false, stored: 'vas-fields' },
  { id: 'cellulite-grade', scale: { kind: 'stages', stages: NURNBERGER_MULLER_GRADES }, sited: false, stored: 'outcomes' },
  { id: 'cellulite-severity', scale: { kind: 'items', items: CSS_ITEMS, itemMax: 3, totalMin: 1, totalMax: 15 }, sited: false, stored: 'outcomes' },
  { id: 'norwood', scale: { kind: 'stages', stages: NORWOOD_STAGES }, sited: false, stored: 'outcomes' },
  { id: 'ludwig', scale: { kind: 'stages', stages: LUDWIG_STAGES }, sited: false, stored: 'outcomes' },
  { id: 'hair-count', scale: { kind: 'amount', unit: 'perCm2', min: 0, max: 1000 }, sited: true, stored: 'outcomes' },
  { id: 'girth', scale: { kind: 'amount', unit: 'cm', min: 1, max: 300 }, sited: true, stored: 'outcomes' },
  { id: 'satisfaction', scale: { kind: 'score', min: 0, max: 10 }, sited: false, stored: 'outcomes' },
];

export function outcomeMeasure(id: OutcomeMeasureId): OutcomeMeasure {
  return OUTCOME_MEASURES.find((m) => m.id === id) as OutcomeMeasure;
}

/**
 * The measures a session offers for its indication, in the order the form shows them; the
 * practitioner may add any other (otherMeasures). Pain and sports injuries are followed with the VAS;
 * cellulite with its grade or severity scale and girths; localized fat and oedema with girths; hair loss
 * with its stage (Norwood–Hamilton for men, Ludwig for women) and a hair count in a marked area; every
 * indication with the patient's satisfaction.
 */
const MEASURES_BY_INDICATION = {
  cellulite: ['cellulite-grade', 'cellulite-severity', 'girth', 'satisfaction'],
  'localized-fat': ['girth', 'satisfaction'],
  rejuvenation: ['satisfaction'],
  wrinkles: ['satisfaction'],
  'stretch-marks': ['satisfaction'],
  'hair-loss': ['norwood', 'ludwig', 'hair-count', 'satisfaction'],
  pain: ['vas', 'satisfaction'],
  'venous-lymphatic': ['girth', 'vas', 'satisfaction'],
  scars: ['satisfaction'],
  'sports-injuries': ['vas', 'satisfaction'],
} as const satisfies Record<IndicationId, readonly OutcomeMeasureId[]>;

/** The measures offered for an indication (satisfaction alone for an unknown one). */
export function measuresFor(indication: string): readonly OutcomeMeasureId[] {
  return (MEASURES_BY_INDICATION as Record<string, readonly OutcomeMeasureId[]>)[indication] ?? ['satisfaction'];
}

/** The measures an indication does not offer, for "add another measure". */
export function otherMeasures(indication: string): OutcomeMeasureId[] {
  const offered = new Set(measuresFor(indication));
  return OUTCOME_MEASURE_IDS.filter((id) => !offered.has(id));
}

// ---------- what a session records ----------

const cssItem = z.int().min(0).max(3);
const siteName = requiredLine(80);

/**
 * One recorded measure. Field names say what they hold, so that a refusal names the field ("Grade
 * (measure 2) must be one of 0, I, II, III").
 */
const outcomeEntrySchema = z.discriminatedUnion('measure', [
  z.strictObject({ measure: z.literal('cellulite-grade'), grade: z.enum(NURNBERGER_MULLER_GRADES) }),
  z.strictObject({
    measure: z.literal('cellulite-severity'),
    items: z.strictObject({ depressionCount: cssItem, depressionDepth: cssItem, raisedAreas: cssItem, laxity: cssItem, nurnbergerMuller: cssItem }),
  }),
  z.strictObject({ measure: z.literal('norwood'), stage: z.enum(NORWOOD_STAGES) }),
  z.strictObject({ measure: z.literal('ludwig'), stage: z.enum(LUDWIG_STAGES) }),
  z.strictObject({ measure: z.literal('hair-count'), area: siteName, perCm2: z.int().min(0).max(1000) }),
  z.strictObject({ measure: z.literal('girth'), site: siteName, cm: z.number().min(1).max(300) }),
  z.strictObject({ measure: z.literal('satisfaction'), score: z.int().min(0).max(10) }),
]);
export type OutcomeEntry = z.infer<typeof outcomeEntrySchema>;

/** Where a measure taken at a place records that place. */
function placeOf(entry: OutcomeEntry): { field: 'site' | 'area'; name: string } | null {
  if (entry.measure === 'girth') return { field: 'site', name: entry.site };
  if (entry.measure === 'hair-count') return { field: 'area', name: entry.area };
  return null;
}

/** The place of a sited entry, compared without case or repeated spaces ("Left thigh" = "left  thigh"). */
const placeKey = (name: string): string => name.trim().replace(/\s+/g, ' ').toLocaleLowerCase();

/**
 * A session's outcome measures: at most one entry per measure, or per measure and place for the
 * measures taken at a place; a second is refused at its place (or measure) field.
 */
export const outcomesSchema = z
  .array(outcomeEntrySchema)
  .max(40)
  .superRefine((entries, ctx) => {
    const seen = new Set<string>();
    entries.forEach((entry, index) => {
      const place = placeOf(entry);
      const key = place ? `${entry.measure}\u0000${placeKey(place.name)}` : entry.measure;
      if (seen.has(key)) ctx.addIssue({ code: 'custom', path: [index, place ? place.field : 'measure'], params: { reason: 'repeated-measure', measure: entry.measure } });
      seen.add(key);
    });
  });

// ---------- values ----------

/** The Cellulite Severity Scale's total: the sum of its five items (0–15; 1–15 once any cellulite is graded). */
export function cssTotal(items: Record<CssItem, number>): number {
  return CSS_ITEMS.reduce((sum, item) => sum + items[item], 0);
}

/** Mild (1–5), moderate (6–10) or severe (11–15), as Hexsel et al. classify the total; none for 0. */
export function cssSeverity(total: number): 'none' | 'mild' | 'moderate' | 'severe' {
  if (total <= 0) return 'none';
  if (total <= 5) return 'mild';
  if (total <= 10) return 'moderate';
  return 'severe';
}

/**
 * The number an entry plots at: a stage its place on its scale (0 for the first), the severity scale
 * its total, the others their value.
 */
export function outcomeValue(entry: OutcomeEntry): number {
  switch (entry.measure) {
    case 'cellulite-grade':
      return NURNBERGER_MULLER_GRADES.indexOf(entry.grade);
    case 'cellulite-severity':
      return cssTotal(entry.items);
    case 'norwood':
      return (NORWOOD_STAGES as readonly string[]).indexOf(entry.stage);
    case 'ludwig':
      return (LUDWIG_STAGES as readonly string[]).indexOf(entry.stage);
    case 'hair-count':
      return entry.perCm2;
    case 'girth':
      return entry.cm;
    case 'satisfaction':
      return entry.score;
  }
}

/** The place an entry was taken at, as typed ('' for a measure taken as a whole). */
export function outcomePlace(entry: OutcomeEntry): string {
  return placeOf(entry)?.name ?? '';
}

/**
 * A course's series of one measure: the sessions in the order given (date order, as the course has
 * them), one series per place (the first spelling of a place names it), each value or null where a
 * session did not record it.
 */
type MeasureSeries = { place: string; values: (number | null)[] };

export function measureSeries(sessions: readonly { outcomes: readonly OutcomeEntry[] }[], measure: RecordedMeasureId): MeasureSeries[] {
  const byPlace = new Map<string, MeasureSeries>();
  sessions.forEach((session, i) => {
    for (const entry of session.outcomes) {
      if (entry.measure !== measure) continue;
      const place = outcomePlace(entry);
      const key = placeKey(place);
      let series = byPlace.get(key);
      if (!series) {
        series = { place, values: sessions.map(() => null) };
        byPlace.set(key, series);
      }
      series.values[i] = outcomeValue(entry);
    }
  });
  return [...byPlace.values()];
}

/** The measures recorded in any of the sessions, in the catalogue's order: one plot each. */
export function recordedMeasures(sessions: readonly { outcomes: readonly OutcomeEntry[] }[]): RecordedMeasureId[] {
  const present = new Set(sessions.flatMap((s) => s.outcomes.map((e) => e.measure)));
  return OUTCOME_MEASURE_IDS.filter((id): id is RecordedMeasureId => id !== 'vas' && present.has(id as RecordedMeasureId));
}

/** A new entry of a measure, at the bottom of its scale (the form then sets it); a sited one with its place. */
export function emptyEntry(measure: RecordedMeasureId, place = ''): OutcomeEntry {
  switch (measure) {
    case 'cellulite-grade':
      return { measure, grade: '0' };
    case 'cellulite-severity':
      return { measure, items: { depressionCount: 0, depressionDepth: 0, raisedAreas: 0, laxity: 0, nurnbergerMuller: 0 } };
    case 'norwood':
      return { measure, stage: 'I' };
    case 'ludwig':
      return { measure, stage: 'I' };
    case 'hair-count':
      return { measure, area: place, perCm2: 0 };
    case 'girth':
      return { measure, site: place, cm: 1 };
    case 'satisfaction':
      return { measure, score: 0 };
  }
}

// ---------- words ----------

type T = TFunction<Namespace>;

/** "Cellulite grade (Nürnberger–Müller)"; an unknown id as it is. */
export function measureLabel(t: T, id: string): string {
  return (OUTCOME_MEASURE_IDS as readonly string[]).includes(id) ? clinicalText(t, `outcome.${idKey(id)}.name`) : id;
}

/** "0 (no pain) – 10 (worst pain)", "I–VII with variants"...: the scale in words, with its source. */
export function measureScaleText(t: T, id: OutcomeMeasureId): string {
  return clinicalText(t, `outcome.${idKey(id)}.scale`);
}

/** A stage as printed: "III vertex"; Roman numerals are the same in every language, the vertex too. */
export function stageLabel(stage: string): string {
  return stage.replace('-', ' ');
}

/** A CSS item's words: "Number of evident depressions". */
export function cssItemLabel(t: T, item: CssItem): string {
  return clinicalText(t, `outcome.cssItem.${item}`);
}

/** `clinical:outcome.<key>` with its values: keys of the measures' own group, so known to exist. */
function outcomeText(t: T, key: string, values: Record<string, string>): string {
  return (t as unknown as (key: string, values: Record<string, string>) => string)(`clinical:outcome.${key}`, values);
}

/** The value as it reads on the y axis or in a table: "II", "58.5 cm", "180 /cm²", "7". */
export function measureValueText(t: T, format: Formatter, measure: RecordedMeasureId, value: number): string {
  const scale = outcomeMeasure(measure).scale;
  if (scale.kind === 'stages') return stageLabel(scale.stages[Math.round(value)] ?? '');
  if (scale.kind === 'amount') return outcomeText(t, `unit.${scale.unit}`, { value: format.number(value, 1) });
  return format.integer(value);
}

/** What an entry records, without its name: "II", "58.5 cm", "9 (moderate: 2, 2, 1, 2, 2)". */
export function outcomeValueText(t: T, format: Formatter, entry: OutcomeEntry): string {
  if (entry.measure !== 'cellulite-severity') return measureValueText(t, format, entry.measure, outcomeValue(entry));
  const total = cssTotal(entry.items);
  return outcomeText(t, 'cssValue', {
    total: format.integer(total),
    severity: clinicalText(t, `outcome.cssSeverity.${cssSeverity(total)}`),
    items: CSS_ITEMS.map((item) => format.integer(entry.items[item])).join(', '),
  });
}

/** An entry's name with its place: "Girth (left thigh)", "Cellulite grade (Nürnberger–Müller)". */
export function outcomeEntryLabel(t: T, entry: OutcomeEntry): string {
  const name = measureLabel(t, entry.measure);
  const place = outcomePlace(entry);
  return place ? outcomeText(t, 'atPlace', { measure: name, place }) : name;
}

/** An entry in a line: "Girth (left thigh): 58.5 cm". */
export function outcomeEntryText(t: T, format: Formatter, entry: OutcomeEntry): string {
  return outcomeText(t, 'entry', { label: outcomeEntryLabel(t, entry), value: outcomeValueText(t, format, entry) });
}
