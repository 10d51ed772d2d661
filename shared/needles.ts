import type { Namespace, TFunction } from 'i18next';
import { z } from 'zod';

/** The usual mesotherapy needles, by gauge and length. */
export const NEEDLES = [
  { id: '27G-4mm', gauge: 27, lengthMm: 4 },
  { id: '27G-6mm', gauge: 27, lengthMm: 6 },
  { id: '30G-4mm', gauge: 30, lengthMm: 4 },
  { id: '30G-6mm', gauge: 30, lengthMm: 6 },
  { id: '30G-13mm', gauge: 30, lengthMm: 13 },
  { id: '32G-4mm', gauge: 32, lengthMm: 4 },
  { id: '32G-6mm', gauge: 32, lengthMm: 6 },
] as const;

export type NeedleId = (typeof NEEDLES)[number]['id'];
const needleIds = NEEDLES.map((n) => n.id) as [NeedleId, ...NeedleId[]];
export const needleIdSchema = z.enum(needleIds);

export const MAX_INJECTOR_NEEDLES = 18;

/** A single needle, or a multi-injector carrying 1–18 needles whose shot is one point. */
export const injectorSchema = z.discriminatedUnion(
  'kind',
  [
    z.object({ kind: z.literal('single') }),
    z.object({
      kind: z.literal('multi'),
      needleCount: z
        .int()
        .min(1)
        .max(MAX_INJECTOR_NEEDLES),
    }),
  ],
);
export type Injector = z.infer<typeof injectorSchema>;

/** "27G × 4 mm" (`clinical:needle.label`); an unknown id as it is. */
export function needleLabel(t: TFunction<Namespace>, id: string): string {
  const needle = NEEDLES.find((n) => n.id === id);
  return needle ? t('clinical:needle.label', { gauge: needle.gauge, length: needle.lengthMm }) : id;
}
