// Lint: type-aware promise rules everywhere, and a pure core — src/domain may not reach the platform or the clock.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['node_modules/**', 'static/*/build/**', 'dist/**', '.local-site/**', 'tests/integration/host/fixture-app/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts', '**/*.tsx'],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // Tests read arbitrary JSON answers of the emulated REST APIs; `any` there is the honest type.
    files: ['tests/**/*.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  {
    files: ['src/domain/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [
        { group: ['@forge/*'], message: 'src/domain is pure: no Forge SDK.' },
        { group: ['**/platform/**', '**/services/**', '**/resolvers/**', '**/contract/**', 'node:*', 'fs', 'http', 'https'], message: 'src/domain imports nothing outside itself.' },
      ] }],
      'no-restricted-syntax': ['error',
        { selector: "NewExpression[callee.name='Date'][arguments.length=0]", message: 'src/domain reads no clock: pass today in.' },
        { selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']", message: 'src/domain reads no clock: pass today in.' },
      ],
    },
  },
  {
    // The published pages are pure views: model in, storage format out, the same bytes for the same model.
    files: ['src/confluence/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [
        { group: ['@forge/*'], message: 'src/confluence is pure: no Forge SDK.' },
        { group: ['**/platform/**', '**/services/**', '**/resolvers/**', '**/contract/**', '**/triggers/**', 'node:*', 'fs', 'http', 'https', 'crypto'], message: 'src/confluence renders from its model and the pure domain only.' },
      ] }],
      'no-restricted-syntax': ['error',
        { selector: "NewExpression[callee.name='Date'][arguments.length=0]", message: 'src/confluence reads no clock: the model carries the day.' },
        { selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']", message: 'src/confluence reads no clock: the model carries the day.' },
        { selector: "CallExpression[callee.object.name='Math'][callee.property.name='random']", message: 'src/confluence renders deterministically: the sync compares hashes.' },
      ],
    },
  },
);
