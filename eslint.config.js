// Lint: TypeScript's recommended rules, plus the import directions of STYLE.md:
// entrypoints -> components -> lib, never back; in lib/, only *.dom.ts files and lib/platform/
// touch the DOM or the browser API.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const DOM_GLOBALS = ['document', 'window', 'navigator', 'location', 'DOMParser', 'chrome', 'browser', 'localStorage', 'indexedDB'].map(
  (name) => ({ name, message: 'Pure lib/ code must not touch the DOM or the browser: move this into a *.dom.ts file or lib/platform/.' }),
);

export default tseslint.config(
  { ignores: ['.output/**', '.wxt/**', 'node_modules/**', 'out/**', 'dist/**', 'test/fixtures/**', 'scratch/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2022, sourceType: 'module' },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
      'no-restricted-syntax': [
        'error',
        { selector: "AssignmentExpression > MemberExpression.left[property.name=/^(innerHTML|outerHTML)$/]", message: 'Never insert HTML: build nodes, or let Preact render text.' },
        { selector: "CallExpression[callee.property.name='insertAdjacentHTML']", message: 'Never insert HTML: build nodes, or let Preact render text.' },
        { selector: "CallExpression[callee.object.name='document'][callee.property.name=/^(write|writeln)$/]", message: 'Never insert HTML.' },
        { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'Never insert HTML: let Preact render text.' },
      ],
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
);
