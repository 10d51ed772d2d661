import { z } from 'zod';

export const SIDE_EFFECTS = [
  { id: 'wheals', label: 'Wheals' },
  { id: 'ecchymosis', label: 'Ecchymosis / bruising' },
  { id: 'burning', label: 'Burning' },
  { id: 'redness', label: 'Redness' },
  { id: 'swelling', label: 'Swelling' },
  { id: 'tenderness', label: 'Tenderness' },
  { id: 'allergic-reaction', label: 'Allergic reaction' },
  { id: 'infection', label: 'Infection' },
] as const;

export type SideEffectId = (typeof SIDE_EFFECTS)[number]['id'];
export const sideEffectIdSchema = z.enum(SIDE_EFFECTS.map((s) => s.id) as [SideEffectId, ...SideEffectId[]], {
  error: 'must be one of the recorded side effects',
});

/** "Ecchymosis / bruising"; an unknown id as it is. */
export function sideEffectLabel(id: string): string {
  return SIDE_EFFECTS.find((s) => s.id === id)?.label ?? id;
}
