// Lint: TypeScript's recommended rules, plus the import directions of STYLE.md:
// entrypoints -> components -> lib, never back; in lib/, only *.dom.ts files and lib/platform/
// touch the DOM or the browser API.
import js from '@eslint/js';
import importX, { createNodeResolver } from 'eslint-plugin-import-x';
import tseslint from 'typescript-eslint';

const DOM_GLOBALS = ['document', 'window', 'navigator', 'location', 'DOMParser', 'chrome', 'browser', 'localStorage', 'indexedDB'].map(
  (name) => ({ name, message: 'Pure lib/ code must not touch the DOM or the browser: move this into a *.dom.ts file or lib/platform/.' }),
);

export default tseslint.config(
  { ignores: ['.output/**', '.wxt/**', 'node_modules/**', 'out/**', 'dist/**', 'test/fixtures/**', 'scratch/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    plugins: { 'import-x': importX },
    settings: { 'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.tsx', '.js', '.mjs', '.json'] })] },
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
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: [
            { target: './lib', from: './components', message: 'lib/ must not import components/.' },
            { target: './lib', from: './entrypoints', message: 'lib/ must not import entrypoints/.' },
            { target: './components', from: './entrypoints', message: 'components/ must not import entrypoints/.' },
            { target: './lib/extract', from: './lib/platform', message: 'The pure engine must not import platform adapters.' },
            { target: './lib/claims', from: './lib/platform', message: 'The pure engine must not import platform adapters.' },
            { target: './lib/engine', from: './lib/platform', message: 'The pure engine must not import platform adapters.' },
            { target: './lib/factbase', from: './lib/platform', message: 'The fact base must not import platform adapters.' },
          ],
        },
      ],
    },
  },
  {
    files: ['scripts/**/*.mjs', '*.js'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly' } },
  },
  {
    files: ['lib/**/*.ts', 'lib/**/*.tsx'],
    ignores: ['lib/**/*.dom.ts', 'lib/platform/**'],
    rules: {
      'no-restricted-globals': ['error', ...DOM_GLOBALS],
      'no-restricted-imports': ['error', { paths: [{ name: 'wxt/browser', message: 'Only lib/platform/ may use the browser API.' }] }],
    },
  },
);
