import type { Namespace, TFunction } from 'i18next';
import type { Gs1Refusal } from '../../shared/gs1.ts';

/**
 * A refused scan in the practitioner's words, the same wherever a box is scanned (the cocktail, receiving a
 * lot): that nothing was filled, and what is wrong with the scan, naming our field by its AI.
 */

/** The fields of ours by their AI, named in words in a refusal ("the expiry date (17)"). */
const FIELD_NAME_OF_AI = { '01': 'gtin', '10': 'lot', '11': 'productionDate', '17': 'expiry', '21': 'serial' } as const;

function aiFieldName(t: TFunction<Namespace>, ai: string): string {
  const name = FIELD_NAME_OF_AI[ai as keyof typeof FIELD_NAME_OF_AI];
  return name ? t(`products:scan.field.${name}`) : t('products:scan.field.other', { ai });
}

export function scanRefusalText(t: TFunction<Namespace>, refusal: Gs1Refusal): string {
  const given = refusal.params['ai'];
  const ai = typeof given === 'string' ? given : typeof refusal.at === 'string' ? refusal.at : '';
  const params = { ...refusal.params, ai, field: aiFieldName(t, ai) };
  return t('products:scan.refused', { reason: t(`products:scan.refusal.${refusal.reason}`, params) });
}
