/**
 * The catalogue's namespaces: one file per namespace per language (shared/i18n/locales/<language>/<ns>.json).
 * A namespace is the words of one part of the app, so that each part's wording sits in one place.
 */
export const NAMESPACES = [
  'common', // buttons, states and words every screen uses
  'errors', // every error a channel can answer, worded from its code, field and parameters
  'clinical', // techniques, needles, depths, side effects, indications, contraindications, views, regions, products
  'access', // first run, lock screen, practitioner profiles
  'patients', // patient list, patient page, patient form and screening, export / import
  'sessions', // session page, session form, cocktail, workflow, signing, amendments, protocols
  'map', // the chart: canvas, toolbar, inspector, legend, shortcuts
  'courses', // courses and their timeline
  'compare', // the compare view and course view
  'consent', // informed consent: templates, obtaining, signing, withdrawing
  'photos', // photos: grid, import, compare
  'records', // printing / exporting records from the screens, and lot recall
  'settings', // the settings screen: preferences, practitioners, backups, audit
  'pdf', // printed records (session, course, consent) and CSV headers
  'main', // the main process: menu and system dialogs
  'adverseEvents', // adverse events: their terms, the session's panel and dialog, the patient page's list, the printed tables and report
  'products', // the clinic's product catalogue: its screen and dialog, product kinds and presentations
  'stock', // lots in stock: the stock screen, receiving (and scanning) a lot, adjusting one, its CSV
] as const;

export type Namespace = (typeof NAMESPACES)[number];
