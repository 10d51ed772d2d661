import type { Namespace, TFunction } from 'i18next';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { createFormatter, type Formatter } from '../../shared/format/formatter.ts';
import { PSEUDO_LANGUAGE, type Language, type UiLanguage } from '../../shared/i18n/languages.ts';
import { createTranslator } from '../../shared/i18n/translator.ts';
import { useLocale } from '../i18n/locale.ts';

/**
 * The words of a consent's patient-facing part in the language the patient reads, which may differ from
 * the screens' (a Spanish patient in an Italian clinic). That language's catalogue is loaded on demand,
 * once; while it loads the screens' language stands in.
 */
const loaded = new Map<UiLanguage, Promise<TFunction<Namespace>>>();

function translatorFor(language: UiLanguage): Promise<TFunction<Namespace>> {
  let found = loaded.get(language);
  if (!found) {
    found = createTranslator(language).then((instance) => instance.getFixedT(language) as unknown as TFunction<Namespace>);
    loaded.set(language, found);
  }
  return found;
}

/** The t and formatter of the language a patient reads (the screens' pseudo-language stays pseudo for English texts). */
export function useReadingLocale(language: Language): { t: TFunction<Namespace>; format: Formatter } {
  const { t: screenT } = useTranslation(['consent', 'common', 'clinical']);
  const screen = useLocale((s) => s.language);
  const timeZone = useLocale((s) => s.timeZone);
  const screenFormat = useLocale((s) => s.format);
  const wanted: UiLanguage = screen === PSEUDO_LANGUAGE && language === 'en' ? PSEUDO_LANGUAGE : language;
  const [other, setOther] = useState<{ language: UiLanguage; t: TFunction<Namespace> } | null>(null);
  useEffect(() => {
    if (wanted === screen) return;
    let alive = true;
    void translatorFor(wanted).then((t) => {
      if (alive) setOther({ language: wanted, t });
    });
    return () => {
      alive = false;
    };
  }, [wanted, screen]);
  if (wanted === screen || other?.language !== wanted) return { t: screenT as unknown as TFunction<Namespace>, format: screenFormat };
  return { t: other.t, format: createFormatter(wanted, timeZone) };
}
