import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const CYTOSCAPE = ['cytoscape', 'cytoscape-*', 'react-cytoscapejs'];
/** The branded id types of src/model/schema.ts, as an esquery regex. */
const ID_TYPES = '/^(NodeId|RelationId|SourceId|EdgeId)$/';
/** Casts that get past the branded-id helpers of src/model/ids.ts (no-restricted-syntax). */
const NO_ID_CASTS = ['TSAsExpression', 'TSTypeAssertion'].flatMap((cast) => [
  {
    selector: `${cast} > .typeAnnotation TSTypeReference[typeName.name=${ID_TYPES}], ${cast} > TSTypeReference.typeAnnotation[typeName.name=${ID_TYPES}]`,
    message: 'Do not cast to an id type: use the helpers of src/model/ids.ts (nodeById, edgeById, …).',
  },
  {
    selector: `${cast} > TSNeverKeyword.typeAnnotation`,
    message: 'Do not cast to never: type the value (for an id, use the helpers of src/model/ids.ts).',
  },
]);
/** Cytoscape's state selectors: asking the canvas what it shows or has picked. */
const STATE_SELECTOR = '/:(visible|hidden|selected|unselected|transparent|backgrounding)\\b/';
const READ_BACK =
  'reads state back from Cytoscape: use the derived view (src/model/view.ts, canvas/drawn.ts)';
const NO_READ_BACK = [
  {
    selector: `CallExpression > Literal.arguments[value=${STATE_SELECTOR}]`,
    message: `A state selector in a query ${READ_BACK}.`,
  },
  {
    selector: `CallExpression > TemplateLiteral.arguments > TemplateElement[value.raw=${STATE_SELECTOR}]`,
    message: `A state selector in a query ${READ_BACK}.`,
  },
  {
    selector:
      'CallExpression[arguments.length=0] > MemberExpression.callee[property.name=/^(visible|hidden|selected|isVisible|isHidden|transparent)$/]',
    message: `Asking an element whether it is shown or picked ${READ_BACK}.`,
  },
];
/** Import patterns of the named src/ folders, however many ../ lead there. */
const layers = (...names) =>
  names.map((n) => ({ group: [`**/${n}/*`, `**/${n}`], message: `not from src/${n}` }));
/** A no-restricted-imports block for some files: patterns are strings or { group | regex, message }. */
const restrict = (files, why, patterns, ignores = []) => [
  {
    files,
    ignores,
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: patterns.map((p) =>
            typeof p === 'string'
              ? { group: [p], message: `${why}.` }
              : { ...p, message: `${why}: ${p.message}` },
          ),
        },
      ],
    },
  },
];

export default tseslint.config(
  {
    ignores: [
      'dist',
      'bench/dist-scale',
      'node_modules',
      'test-results',
      'graph-data/schema',
      'reports',
      '.stryker-tmp',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'warn',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['scripts/**/*.mjs'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    files: ['src/app/sw.js'],
    languageOptions: { globals: { ...globals.serviceworker } },
  },
  // Imports flow one way (STYLE.md): model → export/store → canvas/image/features → app. Each folder
  // lists what it may not import; scripts/check-imports.mjs adds the check for import cycles.
  ...restrict(['src/model/**', 'src/export/**'], 'The model and the exporters are pure', [
    'react',
    'react-*',
    'zustand',
    ...CYTOSCAPE,
    ...layers('store', 'canvas', 'image', 'features', 'app'),
  ]),
  // Import readers run in a Web Worker and in node (the convert CLI): pure, like the model.
  ...restrict(['src/import/**'], 'The import readers are pure', [
    'react',
    'react-*',
    'zustand',
    'node:*',
    ...CYTOSCAPE,
    ...layers('store', 'canvas', 'image', 'features', 'app'),
  ]),
  ...restrict(['src/store/**'], 'The store holds ids and UI state', [
    ...CYTOSCAPE,
    ...layers('canvas', 'image', 'features', 'app'),
  ]),
  ...restrict(['src/canvas/**'], 'The canvas follows the store, never a panel', layers('features', 'app')),
  // Image rendering reads laid-out elements, so three files need Cytoscape; the rest is pure drawing.
  ...restrict(
    ['src/image/**'],
    'Image rendering draws from the canvas and the model',
    [...CYTOSCAPE, ...layers('features', 'app')],
    ['src/image/imageSvg.ts', 'src/image/imageExport.ts', 'src/image/stepPictures.ts'],
  ),
  ...restrict(
    ['src/image/imageSvg.ts', 'src/image/imageExport.ts', 'src/image/stepPictures.ts'],
    'Image rendering draws from the canvas and the model',
    layers('features', 'app'),
  ),
  // Features stand alone (STYLE.md habit 12): a feature imports model, store, canvas, image and
  // features/common, never another feature, and never Cytoscape itself.
  ...restrict(
    ['src/features/**'],
    'A feature imports the model, store, canvas, image and features/common only',
    [
      ...CYTOSCAPE,
      ...layers('app'),
      {
        regex: '^\\.\\./(?!common/)[^./][^/]*/',
        message: 'A feature never imports another feature: move what both need to features/common.',
      },
    ],
  ),
  ...restrict(['src/app/**'], 'Only src/canvas and src/image talk to Cytoscape', CYTOSCAPE),
  // Typed ids from the boundary in (README "Architecture"): a plain string becomes an id only through
  // the helpers of src/model/ids.ts (or the schema that parses graph-data), which look it up in the
  // graph. A cast to an id type, or to `never` to get past one, skips that check.
  {
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/model/ids.ts'],
    rules: { 'no-restricted-syntax': ['error', ...NO_ID_CASTS] },
  },
  // No state read back from Cytoscape (STYLE.md habit 11, issue 21): what is shown, hidden or picked
  // is the derived view's answer (src/model/view.ts), never asked of the canvas with `:visible`,
  // `:selected` and the like. A stylesheet rule's selector (`{ selector: ':selected' }`) is not a
  // call, so it is not caught. (A later block replaces the rule for its files: both lists go here.)
  {
    files: ['src/canvas/**/*.{ts,tsx}', 'src/features/**/*.{ts,tsx}', 'src/image/**/*.{ts,tsx}'],
    rules: { 'no-restricted-syntax': ['error', ...NO_ID_CASTS, ...NO_READ_BACK] },
  },
);
