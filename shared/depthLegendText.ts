import type { Namespace, TFunction } from 'i18next';
import { clinicalText, idKey } from './clinicalText.ts';
import type { DepthRange } from './depth.ts';
import type { Formatter } from './format/formatter.ts';
import { depthLegend, SKIN_LAYERS, type SkinLayerId } from './markerPalette.ts';

/**
 * The depth legend as the screen (renderer/map/Legend.tsx, and the compare screen's key through it) and
 * the printed record (electron/pdf/mapDrawing.ts) word it, so that both say the same: a colour a skin
 * layer with its depth span ("Superficial dermis · 1–2 mm") when the scale in use colours by layer, a
 * depth of the scale ("4.5 mm") otherwise.
 */
export function depthLegendEntries(t: TFunction<Namespace>, format: Formatter, range: DepthRange): { colour: string; text: string }[] {
  return depthLegend(range).map((entry) => ({
    colour: entry.colour,
    text: entry.layer ? skinLayerText(t, format, entry.layer) : format.depthStep(entry.depthMm),
  }));
}

/** "Epidermis · < 1 mm", "Deep dermis · 2–4 mm" (`clinical:skinLayer.*`, `clinical:skinLayerLegend.*`). */
export function skinLayerText(t: TFunction<Namespace>, format: Formatter, id: SkinLayerId): string {
  const layer = clinicalText(t, `skinLayer.${idKey(id)}`);
  const span = SKIN_LAYERS.find((l) => l.layer === id)?.span ?? { min: 0, max: 0 };
  const max = format.number(span.max);
  return span.min === 0 ? t('clinical:skinLayerLegend.below', { layer, max }) : t('clinical:skinLayerLegend.span', { layer, min: format.number(span.min), max });
}
