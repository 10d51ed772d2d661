import type { SelectHTMLAttributes } from 'react';
import { LANGUAGE_AUTONYM, LANGUAGES, type Language } from '../../shared/i18n/languages.ts';

type Props<Unset extends string | undefined> = Omit<SelectHTMLAttributes<HTMLSelectElement>, 'value' | 'onChange' | 'children'> & {
  /** With `unset`, null is a choice (the first option, worded by the caller: "The clinic's language"). */
  unset?: Unset;
  value: Unset extends string ? Language | null : Language;
  onChange: (language: Unset extends string ? Language | null : Language) => void;
  /** How a language is named in the list; by default in itself ("Français"), whatever the screen's language. */
  optionLabel?: (language: Language) => string;
};

const isLanguage = (value: string): value is Language => (LANGUAGES as readonly string[]).includes(value);

/** The one picker of a language: every language MesoChart is written in, each named in itself. */
export function LanguageSelect<Unset extends string | undefined = undefined>({ unset, value, onChange, optionLabel, className = 'input select', ...select }: Props<Unset>) {
  type Chosen = Parameters<Props<Unset>['onChange']>[0];
  return (
    <select {...select} className={className} value={value ?? ''} onChange={(e) => onChange((isLanguage(e.target.value) ? e.target.value : null) as Chosen)}>
      {unset !== undefined ? <option value="">{unset}</option> : null}
      {LANGUAGES.map((language) => (
        <option key={language} value={language} lang={language}>
          {optionLabel ? optionLabel(language) : LANGUAGE_AUTONYM[language]}
        </option>
      ))}
    </select>
  );
}
