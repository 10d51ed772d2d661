import { useState, type FocusEvent, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { productKindLabel, type CatalogueProduct } from '../../shared/productCatalogue.ts';
import type { ControlProps } from '../components/Field.tsx';
import { catalogueSuggestions } from './catalogueSuggestions.ts';

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
 * The product name, offering the catalogue's products as it is typed: the ARIA 1.2 combobox with a list
 * box (editable, list autocomplete, no inline completion). Chosen over a native <datalist>: picking a
 * product must fill five other fields, which a datalist only signals as ordinary typing; its options
 * cannot show the composition and kind that tell two products apart; and Chromium's datalist popup is not
 * announced by every screen reader. Down and Up move through the products (Down opens the list, the whole
 * catalogue when nothing is typed), Enter picks, Escape closes; the name can always be typed freely.
 */
export function ProductNameCombobox({ control, value, catalogue, placeholder, onType, onPick, onKeyDown, onBlur }: Props) {
  const { t } = useTranslation(['sessions', 'products']);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const suggestions = open ? catalogueSuggestions(catalogue, value) : [];
  const shown = open && suggestions.length > 0;
  const listId = `${control.id}-suggestions`;
  const optionId = (i: number) => `${control.id}-suggestion-${i}`;

  const close = () => {
    setOpen(false);
    setActive(-1);
  };
  const pick = (product: CatalogueProduct) => {
    close();
    onPick(product);
  };

  const keyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    onKeyDown?.(e);
    // A scan read on Enter (or its separator typed) is not a name: no list to offer for it.
    if (e.defaultPrevented) {
      close();
      return;
    }
    const count = catalogueSuggestions(catalogue, value).length;
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      if (count === 0) return;
      e.preventDefault();
      if (!open || e.altKey) {
        setOpen(true);
        setActive(e.key === 'ArrowUp' ? count - 1 : e.altKey ? -1 : 0);
        return;
      }
      // Past the last product (or above the first) the focus is back on the text typed, then round again.
      const step = e.key === 'ArrowDown' ? 1 : -1;
      setActive((a) => (a + step >= count ? -1 : a + step < -1 ? count - 1 : a + step));
    } else if (e.key === 'Enter' && shown && active >= 0) {
      e.preventDefault();
      const product = suggestions[active];
      if (product) pick(product);
    } else if (e.key === 'Escape' && open) {
      // Closing the list is all Escape does here: the dialog or page around must not act on it too.
      e.preventDefault();
      e.stopPropagation();
      close();
    }
  };

  return (
    <div className="combobox">
      <input
        {...control}
        type="text"
        className="input input--compact"
        role="combobox"
        aria-autocomplete="list"
        aria-expanded={shown}
        aria-controls={listId}
        aria-activedescendant={shown && active >= 0 ? optionId(active) : undefined}
        autoComplete="off"
        spellCheck={false}
        value={value}
        placeholder={placeholder}
        onChange={(e) => {
          onType(e.target.value);
          // The whole catalogue is opened on purpose (Down); emptying the field closes the list.
          setOpen(e.target.value.trim() !== '');
          setActive(-1);
        }}
        onKeyDown={keyDown}
        onBlur={(e) => {
          close();
          onBlur?.(e);
        }}
      />
      <ul id={listId} role="listbox" className="combobox__list" aria-label={t('sessions:catalogue.suggestions')} hidden={!shown}>
        {suggestions.map((p, i) => (
          <li
            key={p.id}
            id={optionId(i)}
            role="option"
            aria-selected={i === active}
            className={i === active ? 'combobox__option combobox__option--active' : 'combobox__option'}
            // The input keeps the focus (and the list stays open) while the pointer picks.
            onMouseDown={(e) => e.preventDefault()}
            onClick={() => pick(p)}
          >
            <span className="combobox__name">{p.name}</span>
            <span className="combobox__detail">{[productKindLabel(t, p.kind), p.activeIngredients, p.concentration].filter(Boolean).join(' · ')}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}
