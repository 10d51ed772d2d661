import { describe, expect, it } from 'vitest';
import { TEXTS_8_EN } from '../../electron/store/migrations/008-textsEn.ts';
import { TEXTS_8_ES } from '../../electron/store/migrations/008-textsEs.ts';
import { TEXTS_8_FR } from '../../electron/store/migrations/008-textsFr.ts';
import { TEXTS_8_IT } from '../../electron/store/migrations/008-textsIt.ts';
import { TEXTS_8_PTBR } from '../../electron/store/migrations/008-textsPtBR.ts';
import en from '../../shared/i18n/locales/en/index.ts';
import es from '../../shared/i18n/locales/es/index.ts';
import fr from '../../shared/i18n/locales/fr/index.ts';
import it_ from '../../shared/i18n/locales/it/index.ts';
import ptBR from '../../shared/i18n/locales/pt-BR/index.ts';

/**
 * The session form's one-click aftercare phrases and the aftercare section of the consent the patient
 * signed (second edition of the starting templates) give the same durations, in every language: they once
 * said 12 h and 24 h of no make-up.
 */
const CASES = [
  ['en', en.sessions.aftercare, TEXTS_8_EN.aftercare],
  ['fr', fr.sessions.aftercare, TEXTS_8_FR.aftercare],
  ['it', it_.sessions.aftercare, TEXTS_8_IT.aftercare],
  ['es', es.sessions.aftercare, TEXTS_8_ES.aftercare],
  ['pt-BR', ptBR.sessions.aftercare, TEXTS_8_PTBR.aftercare],
] as const;

/** The durations a text names, in hours: "24 h", "24 hours", "48 heures", "24 ore", "48 horas". */
const hours = (text: string): number[] => [...text.matchAll(/(\d+)(?:[\s\u00a0]*(?:h\b|hours|heures|ore|horas))/g)].map((m) => Number(m[1]));
describe('aftercare phrases agree with the consent', () => {
  it.each(CASES)('%s: every duration a phrase names is one the consent names, and make-up and massage wait as long in both', (_, phrases, consent) => {
    const inConsent = new Set(hours(consent));
    for (const [key, phrase] of Object.entries(phrases)) for (const h of hours(phrase)) expect(inConsent.has(h), `${key}: ${h} h`).toBe(true);
    // The consent's first duration is its clause on make-up, creams, sauna, sport and massage ("For 24 hours: …").
    const first = hours(consent)[0];
    expect(hours(phrases.makeUp)).toEqual([first]);
    expect(hours(phrases.massage)).toEqual([first]);
  });
});
