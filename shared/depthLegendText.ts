import type { Namespace, TFunction } from 'i18next';
import { clinicalText, idKey } from './clinicalText.ts';
import type { DepthRange } from './depth.ts';
import type { Formatter } from './format/formatter.ts';
import { depthLegend, SKIN_LAYERS, type SkinLayerId } from './markerPalette.ts';

/** One colour of the depth legend: `text` on one line; a skin layer also as its name and its span, for a narrow column. */
type DepthLegendEntry = { colour: string; text: string; layer?: { name: string; span: string } };

/**
 * The depth legend as the screen (renderer/map/Legend.tsx, and the compare screen's key through it) and
 * the printed record (electron/pdf/mapDrawing.ts) word it, so that both say the same: a colour a skin
 * layer with its depth span ("Superficial dermis · 1–2 mm") when the scale in use colours by layer, a
 * depth of the scale ("4.5 mm") otherwise.
 */
export function depthLegendEntries(t: TFunction<Namespace>, format: Formatter, range: DepthRange): DepthLegendEntry[] {
  return depthLegend(range).map((entry) => {
    if (!entry.layer) return { colour: entry.colour, text: format.depthStep(entry.depthMm) };
    const layer = skinLayerWords(t, format, entry.layer);
    return { colour: entry.colour, text: t('clinical:skinLayerLegend.entry', { layer: layer.name, span: layer.span }), layer };
  });
}

/** "Epidermis" and "< 1 mm", "Deep dermis" and "2–4 mm" (`clinical:skinLayer.*`, `clinical:skinLayerLegend.*`). */
function skinLayerWords(t: TFunction<Namespace>, format: Formatter, id: SkinLayerId): { name: string; span: string } {
  const name = clinicalText(t, `skinLayer.${idKey(id)}`);
  const { min, max } = SKIN_LAYERS.find((l) => l.layer === id)?.span ?? { min: 0, max: 0 };
  const span = min === 0 ? t('clinical:skinLayerLegend.below', { max: format.number(max) }) : t('clinical:skinLayerLegend.span', { min: format.number(min), max: format.number(max) });
  return { name, span };
}
