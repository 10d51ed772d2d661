import type { Namespace, TFunction } from 'i18next';
import { z } from 'zod';
import { clinicalText, idKey } from './clinicalText.ts';

/** The side effects recorded after a session; worded from `clinical:sideEffect.<id>`. */
export const SIDE_EFFECTS = [
  { id: 'wheals' },
  { id: 'ecchymosis' },
  { id: 'burning' },
  { id: 'redness' },
  { id: 'swelling' },
  { id: 'tenderness' },
  { id: 'allergic-reaction' },
  { id: 'infection' },
] as const;

export type SideEffectId = (typeof SIDE_EFFECTS)[number]['id'];
export const sideEffectIdSchema = z.enum(SIDE_EFFECTS.map((s) => s.id) as [SideEffectId, ...SideEffectId[]]);

/** "Ecchymosis / bruising"; an unknown id as it is. */
export function sideEffectLabel(t: TFunction<Namespace>, id: string): string {
  return SIDE_EFFECTS.some((s) => s.id === id) ? clinicalText(t, `sideEffect.${idKey(id)}`) : id;
}
