import { z } from 'zod';
import { ApiError, invalidInput } from '../../shared/errors.ts';
import { needleCatalogueSchema, needleSchema, newNeedleId, type Needle } from '../../shared/needles.ts';

/**
 * The needle catalogue as the preferences edit it, as pure functions over a list: add a needle, rename
 * one (its label), retire it or offer it again. A needle is never removed and its id never changes, so
 * that every point that names it still reads it. Checked with the settings' own schema before sending.
 */

export type AddOutcome = { ok: true; list: Needle[]; added: Needle } | { ok: false; field: 'gauge' | 'lengthMm'; error: ApiError };

export function addNeedle(list: readonly Needle[], gauge: number, lengthMm: number): AddOutcome {
  const candidate = { id: newNeedleId(list, gauge, lengthMm), gauge, lengthMm, label: '', retired: false };
  const parsed = needleSchema.safeParse(candidate);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const field = issue.path[0] === 'gauge' ? 'gauge' : 'lengthMm';
    return { ok: false, field, error: invalidInput(new z.ZodError([issue]), candidate) };
  }
  return { ok: true, list: [...list, parsed.data], added: parsed.data };
}

export function renameNeedle(list: readonly Needle[], id: string, label: string): Needle[] {
  return list.map((n) => (n.id === id ? { ...n, label } : n));
}

export function setRetired(list: readonly Needle[], id: string, retired: boolean): Needle[] {
  return list.map((n) => (n.id === id ? { ...n, retired } : n));
}

/** What the main process would refuse in the list (a label too long, every needle retired), or null. */
export function catalogueProblem(list: readonly Needle[]): ApiError | null {
  const input = { needles: list };
  const parsed = z.object({ needles: needleCatalogueSchema }).safeParse(input);
  return parsed.success ? null : invalidInput(parsed.error, input);
}

export function catalogueChanged(list: readonly Needle[], saved: readonly Needle[]): boolean {
  return JSON.stringify(list) !== JSON.stringify(saved);
}
