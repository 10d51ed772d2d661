import type { FocusEvent, KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { StockLot } from '../../shared/stock.ts';
import type { ControlProps } from '../components/Field.tsx';
import { useFormat } from '../i18n/locale.ts';
import { lotSuggestions, type LotSuggestion } from './lotSuggestions.ts';
import { SuggestionCombobox } from './SuggestionCombobox.tsx';

type Props = {
  control: ControlProps;
  value: string;
  /** The clinic's lots in stock (listStock), and the row's catalogue product (null: typed by hand, no lots). */
  stock: readonly StockLot[];
  catalogueId: string | null;
  sessionDate: string;
  placeholder?: string | undefined;
  onType: (value: string) => void;
  onPick: (lot: LotSuggestion) => void;
  onKeyDown?: ((event: KeyboardEvent<HTMLInputElement>) => void) | undefined;
  onBlur?: ((event: FocusEvent<HTMLInputElement>) => void) | undefined;
};

/**
 * The lot number, offering the lots in stock of the row's catalogue product (unexpired first, soonest
 * expiry first; expired ones last and said to be expired in words), opened as the field takes the focus
 * empty. A lot can always be typed, or scanned, by hand.
 */
export function LotCombobox({ control, value, stock, catalogueId, sessionDate, placeholder, onType, onPick, onKeyDown, onBlur }: Props) {
  const { t } = useTranslation(['sessions']);
  const format = useFormat();
  const detail = (s: LotSuggestion) => {
    const expiry = format.date(s.expiry);
    const units = t('sessions:lots.onHand', { count: s.onHand });
    return s.expired ? t('sessions:lots.expiredDetail', { expiry, units }) : t('sessions:lots.detail', { expiry, units });
  };
  return (
    <SuggestionCombobox
      control={control}
      value={value}
      suggest={(typed) => lotSuggestions(stock, catalogueId, typed, sessionDate)}
      keyOf={(s) => s.id}
      render={(s) => ({ name: s.lot, detail: detail(s), className: s.expired ? 'combobox__option--expired' : undefined })}
      listLabel={t('sessions:lots.suggestions')}
      placeholder={placeholder}
      openOnFocus
      onType={onType}
      onPick={onPick}
      onKeyDown={onKeyDown}
      onBlur={onBlur}
    />
  );
}
