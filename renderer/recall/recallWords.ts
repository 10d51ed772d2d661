import type { TFunction } from 'i18next';
import type { Namespace } from '../../shared/i18n/namespaces.ts';
import type { RecallSummary } from '../../shared/recall.ts';

/** What a recall is about, as the lot search says it: "lot LD2-4471", "product “Lidocaine”", or both. */
export function recallWhat(t: TFunction<Namespace[]>, { lot, product }: Pick<RecallSummary, 'lot' | 'product'>): string {
  if (lot && product) return t('records:recall.whatBoth', { lot, product });
  if (lot) return t('records:recall.whatLot', { lot });
  return t('records:recall.whatProduct', { product });
}

/** "7 of 12 contacted". */
export function recallProgress(t: TFunction<Namespace[]>, recall: Pick<RecallSummary, 'patientCount' | 'contactedCount'>): string {
  return t('records:recalls.progress', { count: recall.patientCount, contacted: recall.contactedCount });
}
