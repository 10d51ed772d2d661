import type { FocusEvent, KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { productKindLabel, type CatalogueProduct } from '../../shared/productCatalogue.ts';
import type { ControlProps } from '../components/Field.tsx';
import { catalogueSuggestions } from './catalogueSuggestions.ts';
import { SuggestionCombobox } from './SuggestionCombobox.tsx';

type Props = {
  control: ControlProps;
  value: string;
  catalogue: readonly CatalogueProduct[];
  placeholder?: string | undefined;
  onType: (value: string) => void;
  onPick: (product: CatalogueProduct) => void;
  /** Runs first; a handler that calls preventDefault (a scan read on Enter) keeps the list from acting. */
  onKeyDown?: ((event: KeyboardEvent<HTMLInputElement>) => void) | undefined;
  onBlur?: ((event: FocusEvent<HTMLInputElement>) => void) | undefined;
};

/**
 * The product name, offering the catalogue's products as it is typed (SuggestionCombobox): each with the
 * kind, composition and concentration that tell two products apart. The name can always be typed freely.
 */
export function ProductNameCombobox({ control, value, catalogue, placeholder, onType, onPick, onKeyDown, onBlur }: Props) {
  const { t } = useTranslation(['sessions', 'products']);
  return (
    <SuggestionCombobox
      control={control}
      value={value}
      suggest={(typed) => catalogueSuggestions(catalogue, typed)}
      keyOf={(p) => p.id}
      render={(p) => ({ name: p.name, detail: [productKindLabel(t, p.kind), p.activeIngredients, p.concentration].filter(Boolean).join(' · ') })}
      listLabel={t('sessions:catalogue.suggestions')}
      placeholder={placeholder}
      onType={onType}
      onPick={onPick}
      onKeyDown={onKeyDown}
      onBlur={onBlur}
    />
  );
}
