// Typed keys: t('patients:list.title') is checked against the English catalogue, the reference that
// every other language must match (locales/<language>/index.ts `satisfies` it).
import 'i18next';
import type { Catalogue } from './locales/en/index.ts';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'common';
    resources: Catalogue;
  }
}
