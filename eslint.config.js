// Lint: TypeScript's recommended rules, plus the import directions of STYLE.md:
// entrypoints -> components -> lib, never back; in lib/, only *.dom.ts files and lib/platform/
// touch the DOM or the browser API.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const DOM_GLOBALS = ['document', 'window', 'navigator', 'location', 'DOMParser', 'chrome', 'browser', 'localStorage', 'indexedDB'].map(
  (name) => ({ name, message: 'Pure lib/ code must not touch the DOM or the browser: move this into a *.dom.ts file or lib/platform/.' }),
);


// The layers inside lib/, lowest first (docs/layering.md): a folder may import the folders it
// lists and nothing above it. The data model (factbase/schema.ts and factbase/stored.ts) is for
// every folder above extract; factbase/db.ts's stored types may be imported as types.
const LIB_FOLDERS = ['extract', 'anchor', 'import', 'claims', 'engine', 'export', 'factbase', 'sync', 'notes', 'messaging', 'marks', 'background', 'platform', 'content'];
const MAY_IMPORT = {
  extract: [],
  anchor: ['extract'],
  import: ['extract'],
  claims: ['extract'],
  engine: ['extract', 'claims'],
  export: ['extract', 'claims'],
  factbase: ['extract', 'import', 'claims', 'engine', 'export'],
  sync: ['extract', 'claims', 'engine', 'export', 'factbase'],
  notes: ['extract', 'anchor', 'claims', 'factbase'],
  messaging: ['extract', 'anchor', 'import', 'claims', 'engine', 'export', 'factbase', 'sync'],
  marks: ['extract', 'anchor', 'claims', 'factbase', 'notes', 'messaging'],
  background: ['extract', 'anchor', 'import', 'claims', 'engine', 'export', 'factbase', 'sync', 'notes', 'messaging'],
  platform: LIB_FOLDERS.filter((f) => f !== 'content'),
  // The content script's controller: it drives marks and talks to the background through the
  // platform's adapters; nothing imports it but the content entry point.
  content: LIB_FOLDERS.filter((f) => f !== 'background'),
};
const MODEL = ['!**/factbase/schema', '!**/factbase/stored'];
const layerZones = Object.entries(MAY_IMPORT).map(([folder, allowed]) => {
  const above = LIB_FOLDERS.filter((f) => f !== folder && !allowed.includes(f));
  const modelOnly = folder !== 'extract' && !allowed.includes('factbase');
  const patterns = above
    .filter((f) => !(modelOnly && f === 'factbase'))
    .map((f) => ({ group: [`**/${f}/**`], message: `lib/${folder} sits below lib/${f} (docs/layering.md): move the shared part down, or this code up.` }));
  if (modelOnly) {
    patterns.push(
      { group: ['**/factbase/**', ...MODEL, '!**/factbase/db'], message: `lib/${folder} may use the fact base's data model only (factbase/schema, factbase/stored; docs/layering.md).` },
      { group: ['**/factbase/db'], allowTypeImports: true, message: `lib/${folder} may import factbase/db's stored types only, as types (docs/layering.md).` },
    );
  }
  return { files: [`lib/${folder}/**/*.ts`, `lib/${folder}/**/*.tsx`], rules: { '@typescript-eslint/no-restricted-imports': ['error', { patterns }] } };
});

const NO_HTML = [
  { selector: "AssignmentExpression > MemberExpression.left[property.name=/^(innerHTML|outerHTML)$/]", message: 'Never insert HTML: build nodes, or let Preact render text.' },
  { selector: "CallExpression[callee.property.name='insertAdjacentHTML']", message: 'Never insert HTML: build nodes, or let Preact render text.' },
  { selector: "CallExpression[callee.object.name='document'][callee.property.name=/^(write|writeln)$/]", message: 'Never insert HTML.' },
  { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'Never insert HTML: let Preact render text.' },
];
// One owner per store: only lib/factbase/ opens IndexedDB transactions, and only counts.ts a
// read-write one (so every write keeps the record counts in meta).
const TRANSACTION = { selector: "CallExpression[callee.property.name='transaction']", message: 'Only lib/factbase/ opens IndexedDB transactions: add a function there.' };
const READWRITE = { selector: "CallExpression[callee.property.name='transaction'] > Literal[value='readwrite']", message: 'Open read-write transactions with writeTransaction (lib/factbase/counts.ts), which keeps the record counts.' };

export default tseslint.config(
  { ignores: ['.output/**', '.wxt/**', 'node_modules/**', 'out/**', 'dist/**', 'test/fixtures/**', 'scratch/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2022, sourceType: 'module' },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
      'no-restricted-syntax': ['error', ...NO_HTML],
    },
  },
  {
    files: ['scripts/**/*.mjs', 'bin/**/*.mjs', '*.js'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly' } },
  },
  // Import directions (STYLE.md): entrypoints -> components -> lib, never back.
  {
    files: ['lib/**/*.ts', 'lib/**/*.tsx'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [
        { group: ['**/components/**', '**/entrypoints/**'], message: 'lib/ must not import components/ or entrypoints/.' },
      ] }],
    },
  },
  {
    files: ['components/**/*.ts', 'components/**/*.tsx'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['**/entrypoints/**'], message: 'components/ must not import entrypoints/.' }] }],
    },
  },
  // The pure engine runs in Node too: no DOM, no browser API, no platform adapters.
  {
    files: ['lib/**/*.ts', 'lib/**/*.tsx'],
    ignores: ['lib/**/*.dom.ts', 'lib/platform/**'],
    rules: {
      'no-restricted-globals': ['error', ...DOM_GLOBALS],
      'no-restricted-imports': ['error', {
        paths: [{ name: 'wxt/browser', message: 'Only lib/platform/ may use the browser API.' }],
        patterns: [
          { group: ['**/components/**', '**/entrypoints/**'], message: 'lib/ must not import components/ or entrypoints/.' },
          { group: ['**/platform/**', '!**/platform/**/*.dom'], message: 'The pure engine must not import platform adapters.' },
        ],
      }],
    },
  },
  // No import runs back up between the folders of lib/.
  ...layerZones,
  {
    files: ['lib/**/*.ts', 'lib/**/*.tsx', 'components/**/*.tsx', 'components/**/*.ts', 'entrypoints/**/*.ts', 'entrypoints/**/*.tsx'],
    ignores: ['lib/factbase/**'],
    rules: { 'no-restricted-syntax': ['error', ...NO_HTML, TRANSACTION] },
  },
  {
    files: ['lib/factbase/**/*.ts'],
    ignores: ['lib/factbase/counts.ts'],
    rules: { 'no-restricted-syntax': ['error', ...NO_HTML, READWRITE] },
  },
);
