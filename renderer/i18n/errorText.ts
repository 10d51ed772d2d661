import type { Namespace, TFunction } from 'i18next';
import { ApiError } from '../../shared/errors.ts';

/**
 * An error worded for the practitioner, in the language of the screens. The main process answers errors
 * as data (code, field, parameters); this is where they become words.
 * (Being rewritten: errors as data, see the languages issue.)
 */
export function errorText(t: TFunction<Namespace>, error: unknown): string {
  void t;
  if (error instanceof ApiError) return error.message;
  return error instanceof Error ? error.message : String(error);
}
