// The literal-string lint of `npm test` (run by tools/eslint/run.ts): eslint-plugin-i18next's
// no-literal-string finds words written into the code instead of coming from the catalogues
// (shared/i18n/locales). Only this rule runs: the lint is about words, not style.
//
// - renderer/ (React): text in JSX (between tags, and string literals in JSX expressions such as
//   {saving ? 'Saving…' : 'Saved'}), and the attributes that a person reads or a screen reader speaks
//   (aria-label, title, placeholder, alt, label, and our components' text props: hint, message, what...).
//   Class names, test ids, roles, types and the like are not words and are not checked.
// - electron/pdf/ (the printed records, no JSX): every string literal and template literal that holds
//   words, except in the places that cannot reach paper (imports, comparisons, switch cases, object keys,
//   pdfkit's options such as align: 'center', the colours, fonts and ids below).
import tsParser from '@typescript-eslint/parser';
import i18next from 'eslint-plugin-i18next';

const upstream = i18next.rules['no-literal-string'];

/**
 * i18next's no-literal-string, except inside a spread of props ({...field('email')}): those are arguments
 * of code (a field's name, its id), never words on screen, but the plugin checks them as JSX text.
 */
const noLiteralString = {
  meta: upstream.meta,
  create(context) {
    const insideSpread = (node) => {
      for (let n = node.parent; n; n = n.parent) {
        if (n.type === 'JSXSpreadAttribute') return true;
        if (n.type === 'JSXElement' || n.type === 'JSXFragment') return false;
      }
      return false;
    };
    // The plugin quotes the literal's whole parent (a whole <button>...); quote the literal itself.
    const quoted = (node) => {
      const text = context.sourceCode.getText(node).replace(/\s+/g, ' ').trim();
      return text.length > 100 ? `${text.slice(0, 99)}…` : text;
    };
    const filtered = Object.create(context, {
      report: {
        value: (descriptor) => {
          if (descriptor.node && insideSpread(descriptor.node)) return;
          const prefix = String(descriptor.message).split(': ')[0];
          context.report(descriptor.node ? { node: descriptor.node, message: `${prefix}: ${quoted(descriptor.node)}` } : descriptor);
        },
      },
    });
    return upstream.create(filtered);
  },
};
const mesochart = { meta: { name: 'mesochart-i18n' }, rules: { 'no-literal-string': noLiteralString } };

/** Attributes and props whose value is read by a person (or spoken by a screen reader). */
export const TEXT_ATTRIBUTES = [
  'aria-label',
  'aria-description',
  'aria-roledescription',
  'aria-valuetext',
  'aria-placeholder',
  'title',
  'placeholder',
  'alt',
  'label',
  // our components' props that carry words (renderer/components and the screens)
  'hint',
  'message',
  'what',
  'aside',
  'heading',
  'description',
  'caption',
  'emptyText',
  'confirmLabel',
  'cancelLabel',
];

/**
 * Strings that are not words:
 * - no letter at all ("—", "·", "4–6", ", "), an all-capitals code (L, R, VAS), an emoji;
 * - an identifier in camelCase ("clinicName"), a catalogue key ("consent:reading.title"), a path, an id
 *   or a fragment of one in a template ("street-address", "image/png", "products.", "-error");
 * - a list of CSS classes with BEM separators ("timeline__slot timeline__slot--draft");
 * - the product's name and key combinations, the same on every keyboard these languages use (Ctrl+N).
 */
const NOT_WORDS = [
  /^[^\p{L}]*$/u,
  '[A-Z_-]+',
  /^\p{Emoji}+$/u,
  /^[a-z]+(?:[A-Z][a-z0-9]*)+$/,
  /^[a-z][a-zA-Z0-9]*:[a-zA-Z0-9_]+(?:\.[a-zA-Z0-9_]+)*$/,
  /^[-_.:/]*[a-z][a-zA-Z0-9]*(?:[-_.:/]+[a-zA-Z0-9]*)+$/,
  /^[-_.:/]+[a-zA-Z0-9]+$/,
  /^[a-z0-9]*(?:--|__|-)[a-z0-9_-]*(?:\s+[a-z0-9]*(?:--|__|-)[a-z0-9_-]*)*$/,
  /^MesoChart$/,
  /^(?:Ctrl|Shift|Alt|Cmd)(?:\+\S+)+$/,
  /^U\+$/,
];

/** Calls whose string arguments never reach a person: the translator itself, DOM and module plumbing. */
const QUIET_CALLEES = [
  'i18n(ext)?',
  't',
  'i18next\\.t',
  'useTranslation',
  'require',
  'addEventListener',
  'removeEventListener',
  'postMessage',
  'getElementById',
  'querySelector(All)?',
  'dispatch',
  'includes',
  'indexOf',
  'endsWith',
  'startsWith',
  'split',
  'join',
  'replace(All)?',
  'padStart',
  'padEnd',
  'toLocale(Upper|Lower)Case',
  'Error',
  'TypeError',
  'RangeError',
  'console\\.(log|warn|error|info|debug)',
  // our helpers whose string arguments are field names, ids or shapes, never words
  'mark',
  'errorAt',
  'errorFor',
  'set',
  'setField',
  'domIdFor',
  'shapeElement',
];

/** The PDF code's calls that take colours, fonts, files or ids, never words. */
const PDF_QUIET_CALLEES = [
  ...QUIET_CALLEES,
  'fillColor',
  'strokeColor',
  'fill',
  'stroke',
  'fillAndStroke',
  'font',
  'registerFont',
  'setFont',
  'dash',
  'lineCap',
  'lineJoin',
  'opacity',
  'fillOpacity',
  'strokeOpacity',
  'path',
  'on',
  'once',
  'emit',
  'join',
  'resolve',
  'readFileSync',
  'createWriteStream',
  'Buffer\\.from',
  'createHash',
  'update',
  'digest',
  'toString',
  'encodeURI(Component)?',
  'new URL',
  'URL',
];

/** Object keys whose values are options, colours or ids in the PDF code (pdfkit's and ours). */
const PDF_QUIET_PROPERTIES = [
  '[A-Z_-]+',
  'align',
  'valign',
  'baseline',
  'font',
  'color',
  'colour',
  'fill',
  'stroke',
  'tone',
  'kind',
  'id',
  'key',
  'type',
  'size',
  'layout',
  'mime',
  'pose',
  'status',
  'view',
  'encoding',
  'compress',
  'pdfVersion',
  'userPassword',
  'ownerPassword',
  'Producer',
  'Creator',
  'name',
];

const RENDERER_RULE = {
  mode: 'jsx-only',
  'jsx-components': { include: [], exclude: ['Trans'] },
  'jsx-attributes': { include: TEXT_ATTRIBUTES, exclude: [] },
  words: { exclude: NOT_WORDS },
  callees: { exclude: QUIET_CALLEES },
  'object-properties': { include: [], exclude: ['[A-Z_-]+', 'autoComplete', 'inputMode', 'type', 'name', 'id', 'key', 'className', 'role', 'tone', 'variant', 'kind', 'size'] },
  'class-properties': { include: [], exclude: ['displayName'] },
  message: 'words on screen, not from the catalogue (shared/i18n/locales, t())',
  'should-validate-template': true,
};

const PDF_RULE = {
  mode: 'all',
  words: {
    exclude: [
      ...NOT_WORDS,
      // an id, a key, a colour, a font or a file name: one token, no space ("body-front", "NotoSans-Bold",
      // "#1f2937", "records:title", "utf8", "image/png")
      /^[#@]?[\p{L}\p{N}_./:#-]*[\p{N}_./:#-][\p{L}\p{N}_./:#-]*$/u,
      /^[a-z][a-zA-Z0-9]*$/,
    ],
  },
  callees: { exclude: PDF_QUIET_CALLEES },
  'object-properties': { include: [], exclude: PDF_QUIET_PROPERTIES },
  'class-properties': { include: [], exclude: ['displayName', 'name'] },
  message: 'words on paper, not from the catalogue (shared/i18n/locales, t())',
  'should-validate-template': true,
};

export default [
  { ignores: ['**/*.d.ts'] },
  {
    files: ['renderer/**/*.{ts,tsx}', 'electron/pdf/**/*.ts'],
    languageOptions: {
      parser: tsParser,
      parserOptions: { ecmaVersion: 'latest', sourceType: 'module', ecmaFeatures: { jsx: true } },
    },
    linterOptions: { noInlineConfig: true, reportUnusedDisableDirectives: 'off' },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    plugins: { i18n: mesochart },
    rules: { 'i18n/no-literal-string': ['error', RENDERER_RULE] },
  },
  {
    files: ['electron/pdf/**/*.ts'],
    plugins: { i18n: mesochart },
    rules: { 'i18n/no-literal-string': ['error', PDF_RULE] },
  },
];
