import type { Product } from '../../shared/product.ts';
import type { ChartEditor } from '../editor/store.ts';
import { draftOrder, indexMapping, pointRemaps, type ProductDraft } from './cocktail.ts';

/**
 * Puts a valid cocktail into the chart editor. When rows were removed or reordered, the points that
 * name a product by index follow it (or lose it, when it was removed), in the same undo step as the
 * cocktail itself. Edits passing the same `coalesce` key (typing into one field) make one undo step.
 */
export function dispatchCocktail(
  editor: Pick<ChartEditor, 'state' | 'setFields' | 'updatePoints' | 'mark' | 'squashToMark'>,
  drafts: readonly ProductDraft[],
  products: Product[],
  options: { coalesce?: string } = {},
): void {
  const state = editor.state;
  const mapping = indexMapping(state.fields.products.length, draftOrder(drafts));
  const remaps = pointRemaps(state.points, mapping);
  if (remaps.size === 0) {
    editor.setFields({ products }, options.coalesce ? { coalesce: options.coalesce } : {});
    return;
  }
  const mark = editor.mark('cocktail');
  editor.setFields({ products });
  for (const [to, ids] of remaps) editor.updatePoints(ids, { productIndex: to });
  editor.squashToMark(mark, 'Edit cocktail');
}
