import { parseDecimal } from '../../shared/format/parseDecimal.ts';
import { OUTCOME_MEASURE_IDS, measuresFor, outcomePlace, type OutcomeEntry, type RecordedMeasureId } from '../../shared/outcomeMeasures.ts';

/**
 * The session form's edits of its outcome measures, pure: an entry replaces the one of the same
 * measure (and place, for the measures taken at a place) where it stands, or comes last.
 */

const samePlace = (a: string, b: string): boolean => a.trim().toLocaleLowerCase() === b.trim().toLocaleLowerCase();

function sameSlot(a: OutcomeEntry, b: Pick<OutcomeEntry, 'measure'> & { place: string }): boolean {
  return a.measure === b.measure && samePlace(outcomePlace(a), b.place);
}

export function withEntry(outcomes: readonly OutcomeEntry[], entry: OutcomeEntry): OutcomeEntry[] {
  const slot = { measure: entry.measure, place: outcomePlace(entry) };
  const at = outcomes.findIndex((e) => sameSlot(e, slot));
  return at < 0 ? [...outcomes, entry] : outcomes.map((e, i) => (i === at ? entry : e));
}

export function withoutEntry(outcomes: readonly OutcomeEntry[], measure: RecordedMeasureId, place = ''): OutcomeEntry[] {
  return outcomes.filter((e) => !sameSlot(e, { measure, place }));
}

export function entryOf(outcomes: readonly OutcomeEntry[], measure: RecordedMeasureId, place = ''): OutcomeEntry | undefined {
  return outcomes.find((e) => sameSlot(e, { measure, place }));
}

/**
 * The measures the form shows: the indication's (VAS aside: it has its own section), then any the
 * practitioner added or the session already records, in the catalogue's order.
 */
export function shownMeasures(indication: string, outcomes: readonly OutcomeEntry[], added: readonly RecordedMeasureId[]): RecordedMeasureId[] {
  const offered = measuresFor(indication).filter((m): m is RecordedMeasureId => m !== 'vas');
  const extra = new Set<RecordedMeasureId>([...added, ...outcomes.map((e) => e.measure)]);
  const more = OUTCOME_MEASURE_IDS.filter((m): m is RecordedMeasureId => m !== 'vas' && extra.has(m as RecordedMeasureId) && !offered.includes(m as RecordedMeasureId));
  return [...offered, ...more];
}

/** What "add another measure" offers: every recorded measure not shown yet. */
export function addableMeasures(shown: readonly RecordedMeasureId[]): RecordedMeasureId[] {
  return OUTCOME_MEASURE_IDS.filter((m): m is RecordedMeasureId => m !== 'vas' && !shown.includes(m as RecordedMeasureId));
}

/** "58,5" and "58.5" are 58.5; empty or anything else is not a number. */
export function parseMeasureNumber(text: string): number | null {
  const n = parseDecimal(text);
  return typeof n === 'number' && n >= 0 ? n : null;
}
