// @ts-check
import tseslint from 'typescript-eslint';

/** Type-aware lint for the TypeScript code; the web's .svelte files are checked by svelte-check. */
export default tseslint.config(
  {
    ignores: ['**/node_modules/**', 'cdk.out/**', 'web/.svelte-kit/**', 'web/build/**', '.data/**', 'scratch/**', 'infra/web-placeholder/**', '**/*.js', '**/*.mjs'],
  },
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts'],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/await-thenable': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
      '@typescript-eslint/no-explicit-any': 'off',
    },
  },
  {
    // A loaded 2-core machine misses expect.poll's default 1 s: browser tests pass a wait (tests/e2e/waits.ts).
    files: ['tests/e2e/**/*.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "CallExpression[callee.object.name='expect'][callee.property.name='poll'][arguments.length<2]",
          message: 'Give expect.poll a timeout fit for a loaded machine: expect.poll(fn, WAIT) from tests/e2e/waits.ts.',
        },
      ],
    },
  },
);
