import { z } from 'zod';
import { LANGUAGES, PSEUDO_LANGUAGE } from './languages.ts';

// Apart from languages.ts so that the first screen can choose and load its catalogue without zod.
export const languageSchema = z.enum(LANGUAGES);
export const uiLanguageSchema = z.enum([...LANGUAGES, PSEUDO_LANGUAGE]);
