import { useState, type FocusEvent, type KeyboardEvent } from 'react';
import type { ControlProps } from '../components/Field.tsx';

type Props<T> = {
  control: ControlProps;
  value: string;
  /** What the text typed offers, in the order shown (pure; called as the text and the list change). */
  suggest: (typed: string) => readonly T[];
  /** A stable key of a suggestion among the others. */
  keyOf: (item: T) => string;
  /** A suggestion's two lines: its name, and what tells it apart (composition, expiry...). */
  render: (item: T) => { name: string; detail: string; className?: string };
  /** The list box's accessible name ("Products from the catalogue"). */
  listLabel: string;
  placeholder?: string | undefined;
  /** Open the list when the field takes the focus empty (a short list worth seeing, e.g. the lots in stock). */
  openOnFocus?: boolean;
  onType: (value: string) => void;
  onPick: (item: T) => void;
  /** Runs first; a handler that calls preventDefault (a scan read on Enter) keeps the list from acting. */
  onKeyDown?: ((event: KeyboardEvent<HTMLInputElement>) => void) | undefined;
  onBlur?: ((event: FocusEvent<HTMLInputElement>) => void) | undefined;
};

/**
 * A text field that offers suggestions as it is typed: the ARIA 1.2 combobox with a list box (editable,
 * list autocomplete, no inline completion). Chosen over a native <datalist>: picking a suggestion must fill
 * other fields, which a datalist only signals as ordinary typing; its options cannot show the details that
 * tell two suggestions apart; and Chromium's datalist popup is not announced by every screen reader. Down
 * and Up move through the suggestions (Down opens the list, all of it when nothing is typed), Enter picks,
 * Escape closes; the text can always be typed freely.
 */
export function SuggestionCombobox<T>({ control, value, suggest, keyOf, render, listLabel, placeholder, openOnFocus = false, onType, onPick, onKeyDown, onBlur }: Props<T>) {
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const suggestions = open ? suggest(value) : [];
  const shown = open && suggestions.length > 0;
  const listId = `${control.id}-suggestions`;
  const optionId = (i: number) => `${control.id}-suggestion-${i}`;

  const close = () => {
    setOpen(false);
    setActive(-1);
  };
  const pick = (item: T) => {
    close();
    onPick(item);
  };

  const keyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    onKeyDown?.(e);
    // A scan read on Enter (or its separator typed) is not a choice: no list to offer for it.
    if (e.defaultPrevented) {
      close();
      return;
    }
    const count = suggest(value).length;
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      if (count === 0) return;
      e.preventDefault();
      if (!open || e.altKey) {
        setOpen(true);
        setActive(e.key === 'ArrowUp' ? count - 1 : e.altKey ? -1 : 0);
        return;
      }
      // Past the last suggestion (or above the first) the focus is back on the text typed, then round again.
      const step = e.key === 'ArrowDown' ? 1 : -1;
      setActive((a) => (a + step >= count ? -1 : a + step < -1 ? count - 1 : a + step));
    } else if (e.key === 'Enter' && shown && active >= 0) {
      e.preventDefault();
      const item = suggestions[active];
      if (item !== undefined) pick(item);
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
          // The whole list is opened on purpose (Down, or the focus when asked); emptying the field closes it.
          setOpen(e.target.value.trim() !== '');
          setActive(-1);
        }}
        onFocus={() => {
          if (openOnFocus && value.trim() === '') setOpen(true);
        }}
        onKeyDown={keyDown}
        onBlur={(e) => {
          close();
          onBlur?.(e);
        }}
      />
      <ul id={listId} role="listbox" className="combobox__list" aria-label={listLabel} hidden={!shown}>
        {suggestions.map((item, i) => {
          const { name, detail, className } = render(item);
          return (
            <li
              key={keyOf(item)}
              id={optionId(i)}
              role="option"
              aria-selected={i === active}
              className={['combobox__option', i === active ? 'combobox__option--active' : '', className ?? ''].filter(Boolean).join(' ')}
              // The input keeps the focus (and the list stays open) while the pointer picks.
              onMouseDown={(e) => e.preventDefault()}
              onClick={() => pick(item)}
            >
              <span className="combobox__name">{name}</span>
              <span className="combobox__detail">{detail}</span>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
